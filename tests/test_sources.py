"""Reading documents: a plain text article's first line is its title when it looks like one."""

from __future__ import annotations

from pathlib import Path

from quotes_api.sources import Document, read_documents


def read_one(path: Path) -> Document:
    (item,) = list(read_documents([str(path)]))
    assert isinstance(item, Document)
    return item


def test_a_short_first_line_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\ufeff  Harbour bridge opens  \n\nThe bridge opened on Sunday.\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.metadata == {"title": "Harbour bridge opens"}
    assert doc.text.startswith("  Harbour")  # the text itself is untouched, BOM aside


def test_no_title_for_a_single_line_or_a_long_first_paragraph(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("Just one line of text.", encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text("word " * 60 + "\n\nMore.", encoding="utf-8")
    assert read_one(one).metadata == {}
    assert read_one(long).metadata == {}
