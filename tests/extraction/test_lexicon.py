"""The lexicon is consistent with itself, and it is the only place word lists live.

A word list is a set, frozenset, tuple or list literal, or a ``"...".split()``, of three or more
words (strings holding a letter). Every one in quotes_api/extraction must be in the lexicon
package, and no two there may hold the same words. Not word lists: the endings or openings a
``str.endswith``/``startswith`` tests, ``__all__`` and ``__slots__``, ``Literal[...]`` types,
and constants unpacked into names (``DOUBLE, SINGLE = "double", "single"``).
"""

import ast
import pathlib
from collections import Counter

from quotes_api.extraction.cues import CUE_WORDS, SPEECH_VERBS, WEAK_CUES, inflections

PACKAGE = pathlib.Path(__file__).resolve().parents[2] / "quotes_api" / "extraction"
LEXICON = PACKAGE / "lexicon"


def _words(node: ast.AST) -> list[str] | None:
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            words = [e.value for e in node.elts]
        else:
            return None
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and not node.args
    ):
        words = node.func.value.value.split()
    else:
        return None
    words = [w for w in words if any(c.isalpha() for c in w)]
    return words if len(words) >= 3 else None


def _exempt(tree: ast.AST) -> set[int]:
    """ids of the nodes that look like word lists but are not (see the module's docstring)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("endswith", "startswith")
        ):
            out.update(id(a) for a in node.args)
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if {"__all__", "__slots__"} & set(names) or any(isinstance(t, ast.Tuple) for t in node.targets):
                out.add(id(node.value))
        elif isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "Literal":
            out.add(id(node.slice))
    return out


def word_lists(source: str) -> list[tuple[int, list[str]]]:
    """The word lists of a module's source, with their line numbers."""
    tree = ast.parse(source)
    exempt = _exempt(tree)
    found = [
        (node.lineno, _words(node))
        for node in ast.walk(tree)
        if isinstance(node, ast.expr) and id(node) not in exempt
    ]
    return sorted((line, words) for line, words in found if words is not None)


def _modules(folder: pathlib.Path) -> list[pathlib.Path]:
    return sorted(folder.rglob("*.py"))


def test_word_lists_are_found():
    source = (
        'A = frozenset("one two three".split())\nok = w.endswith(("ed", "ing", "en"))\n'
        'B = x in ("he", "she", "it")\n__all__ = ["a", "b", "c"]\nC = (",", ".", "!")\n'
    )
    assert word_lists(source) == [(1, ["one", "two", "three"]), (3, ["he", "she", "it"])]


def test_no_word_list_outside_the_lexicon():
    outside = [
        f"{path.relative_to(PACKAGE)}:{line}: {' '.join(words[:5])}"
        for path in _modules(PACKAGE)
        if LEXICON not in path.parents
        for line, words in word_lists(path.read_text(encoding="utf-8"))
    ]
    assert outside == []


def test_no_word_list_defined_twice():
    seen: dict[frozenset[str], str] = {}
    twice = []
    for path in _modules(LEXICON):
        for line, words in word_lists(path.read_text(encoding="utf-8")):
            where = f"{path.name}:{line}"
            if frozenset(words) in seen:
                twice.append(f"{where} repeats {seen[frozenset(words)]}")
            seen.setdefault(frozenset(words), where)
    assert twice == []


def test_no_lexicon_name_defined_in_two_modules():
    defined = Counter()
    for path in _modules(LEXICON):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined.update(
            {
                t.id
                for node in tree.body
                if isinstance(node, ast.Assign)
                for t in node.targets
                if isinstance(t, ast.Name) and t.id.isupper()
            }
        )
    assert sorted(name for name, n in defined.items() if n > 1) == []


def test_each_speech_verb_is_listed_once():
    repeated = sorted(verb for verb, n in Counter(SPEECH_VERBS).items() if n > 1)
    assert repeated == []


def test_weak_cues_are_all_cue_words():
    assert sorted(WEAK_CUES - CUE_WORDS) == []


def test_verbs_ending_in_consonant_o_take_es():
    assert "echoes" in inflections("echo")
    assert "echoes" in CUE_WORDS


def test_irregular_speech_verbs_have_their_past_not_a_made_up_one():
    # "feel" was built as "feeled", so "felt" was never a cue.
    assert {"felt", "feels", "feeling"} <= CUE_WORDS
    assert "feeled" not in CUE_WORDS
