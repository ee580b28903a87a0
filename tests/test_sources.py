"""Reading documents: a plain text article's first line is its title when it looks like one."""

from __future__ import annotations

import json
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


def test_a_section_label_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    path = tmp_path / "label.txt"
    path.write_text(
        "Post Magazine\n\nMinister urges 'in-depth' talks ahead of summit\n\nThe minister said.\n",
        encoding="utf-8",
    )
    assert read_one(path).metadata == {"title": "Minister urges 'in-depth' talks ahead of summit"}
    # A short headline over the first paragraph stays the title.
    plain = tmp_path / "plain.txt"
    plain.write_text(
        "Bridge Opens\n\nThe bridge opened on Sunday after years of work.\n\nMore.\n", encoding="utf-8"
    )
    assert read_one(plain).metadata == {"title": "Bridge Opens"}


def test_the_seed_article_is_titled_by_its_headline(fixtures_dir: Path) -> None:
    seed = read_one(fixtures_dir / "000_4a74c906bf940fc8.txt")
    assert seed.metadata["title"].startswith("Chinese foreign minister Wang Yi urges")


def test_a_folder_is_read_for_documents_only(tmp_path: Path, fixtures_dir: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline here\n\nBody.\n", encoding="utf-8")
    (tmp_path / "a.gold.jsonl").write_text('{"id": "a", "text": "Body."}\n', encoding="utf-8")
    (tmp_path / "a.gold.json").write_text('{"id": "a", "text": "Body."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "page.HTML").write_text(
        "<html><head><title>Quay works</title></head><body><article><h1>Quay works</h1>"
        "<p>Work on the quay begins on Monday and will last for three months, the port said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    found = list(read_documents([str(tmp_path)], recursive=True))
    assert [Path(d.id).name for d in found] == ["a.txt", "page.HTML"]
    assert found[1].metadata == {"title": "Quay works"}
    assert found[1].text == "Work on the quay begins on Monday and will last for three months, the port said."
    names = {Path(d.id).name for d in read_documents([str(fixtures_dir)], recursive=True)}
    assert len(names) == 8 and not any(".gold." in n for n in names)


def test_a_jsonl_html_record_keeps_its_id_and_given_metadata(tmp_path: Path) -> None:
    page = (
        "<html><head><meta property='og:title' content='From the page'><meta name='author' content='Page "
        "Author'></head><body><article><p>The council met on Tuesday and voted to close the old pool in "
        "the spring.</p></article></body></html>"
    )
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": 41, "html": page, "title": "Given title"}) + "\n", encoding="utf-8")
    (doc,) = list(read_documents([str(path)]))
    assert isinstance(doc, Document) and doc.id == "41" and doc.origin == f"{path}:1"
    assert doc.metadata == {"title": "Given title", "author": "Page Author"}
    assert doc.text.startswith("The council met on Tuesday")


def test_suffixes_are_read_whatever_their_case(tmp_path: Path) -> None:
    """A folder's ``.JSONL`` file is JSON Lines (it was read as one plain text document), and an
    upper-case gold file is still no article."""
    records = [{"id": "one", "text": "First story."}, {"id": "two", "text": "Second."}]
    (tmp_path / "feed.JSONL").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "b.GOLD.JSON").write_text('{"id": "b", "text": "Body."}\n', encoding="utf-8")
    found = list(read_documents([str(tmp_path)], recursive=True))
    assert [(d.id, d.text) for d in found] == [("one", "First story."), ("two", "Second.")]
    assert [d.id for d in read_documents([str(tmp_path / "feed.JSONL")])] == ["one", "two"]
