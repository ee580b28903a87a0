"""``quotes-api speakers rename|merge|set-kind|import``, ``quotes-api quotes reassign|reject`` and
``quotes-api reextract``, run as a user runs them (subprocess) on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from quotes_api.storage.models import Correction, Quote, QuoteSpeaker, Speaker
from tests.support.cli import run_cli

BURMAN = '"The tax cut pays for itself only on paper," said Len Burman, an economist at the institute.'
OKAFOR = '"The vote is final," said the clerk.\n\n"No more counting," said Ruth Okafor, the county clerk.'
CLINTON = '"We will campaign in every county," Clinton said at the rally.'


def _ingest(tmp_path, url: str, **texts: str) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8"
    )
    done = run_cli(["ingest", str(path)], url)
    assert done.returncode == 0, done.stderr


def _speakers(db) -> dict[str, tuple[str, str, int]]:
    return {s.slug: (s.name, s.kind, s.quote_count) for s in Speaker.select().where(Speaker.quote_count > 0)}


def test_speaker_commands(database_url, db, tmp_path):
    _ingest(tmp_path, database_url, burman=BURMAN, okafor=OKAFOR)
    done = run_cli(["speakers", "rename", "len-burman", "Leonard E. Burman", "--label", "desk"], database_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("leonard-e-burman\tLeonard E. Burman\tperson\t1 quotes")
    [clerk] = [s for s in _speakers(db) if s.startswith("clerk")]
    assert run_cli(["speakers", "merge", clerk, "ruth-okafor"], database_url).returncode == 0
    assert run_cli(["speakers", "set-kind", "ruth-okafor", "organisation"], database_url).returncode == 0
    assert _speakers(db) == {
        "leonard-e-burman": ("Leonard E. Burman", "person", 1),
        "ruth-okafor": ("Ruth Okafor", "organisation", 2),
    }
    assert [c.label for c in Correction.select().order_by(Correction.id)] == ["desk", "cli", "cli"]
    refused = run_cli(["speakers", "merge", "nobody", "ruth-okafor"], database_url)
    assert refused.returncode == 1 and "No speaker with slug 'nobody'" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_quote_commands(database_url, db, tmp_path):
    _ingest(tmp_path, database_url, burman=BURMAN, okafor=OKAFOR)
    vote = Quote.get(Quote.text.contains("vote is final"))
    done = run_cli(["quotes", "reassign", str(vote.id), "ruth-okafor"], database_url)
    assert done.returncode == 0 and done.stdout.strip() == f"{vote.id}\truth-okafor", done.stderr
    assert run_cli(["quotes", "reject", str(vote.id)], database_url).stdout.strip() == f"{vote.id}\trejected"
    assert not Quote.select().where(Quote.id == vote.id).exists()
    assert run_cli(["quotes", "reject", "--undo", str(vote.id)], database_url).returncode == 0
    assert Quote.get_by_id(vote.id).text == vote.text
    missing = run_cli(["quotes", "reject", "99999"], database_url)
    assert missing.returncode == 1 and "No quote with id 99999" in missing.stderr


def test_import_anchors_identity_and_reports_bad_lines(database_url, db, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text(
        "name,aliases,kind,wikidata\n"
        "Hillary Clinton,Clinton;Mrs. Clinton,person,Q6294\n"
        "Bill Clinton,,person,Q1124\n"
        "Leonard E. Burman,Len Burman,person,\n",
        encoding="utf-8",
    )
    done = run_cli(["speakers", "import", str(people)], database_url)
    assert done.returncode == 0 and done.stdout.strip() == "3 people imported", done.stderr
    _ingest(tmp_path, database_url, clinton=CLINTON, burman=BURMAN)
    rows = _speakers(db)
    # Two Clintons: the surname alone would be ambiguous, but the list says who it is.
    assert rows == {
        "hillary-clinton": ("Hillary Clinton", "person", 1),
        "leonard-e-burman": ("Leonard E. Burman", "person", 1),
    }
    assert Speaker.get(Speaker.slug == "hillary-clinton").wikidata == "Q6294"
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind,wikidata\nAna Lopez,robot,\n,person,\nTom Reed,person,42\n", encoding="utf-8")
    refused = run_cli(["speakers", "import", str(bad)], database_url)
    assert refused.returncode == 1
    assert [line.split(": ", 2)[1] for line in refused.stderr.splitlines()] == [
        f"{bad}:2",
        f"{bad}:3",
        f"{bad}:4",
    ]
    assert not Speaker.select().where(Speaker.name == "Ana Lopez").exists()


def test_reextract_is_idempotent_and_keeps_corrections(database_url, db, tmp_path):
    _ingest(tmp_path, database_url, burman=BURMAN, okafor=OKAFOR, clinton=CLINTON)
    vote = Quote.get(Quote.text.contains("vote is final"))
    counting = Quote.get(Quote.text.contains("No more counting"))
    assert run_cli(["quotes", "reject", str(vote.id)], database_url).returncode == 0
    assert run_cli(["speakers", "rename", "clinton", "Hillary Rodham Clinton"], database_url).returncode == 0
    assert (
        run_cli(["quotes", "reassign", str(counting.id), "hillary-rodham-clinton"], database_url).returncode
        == 0
    )
    # Break the stored data the way an older extractor might have left it.
    Quote.update(cue="shouted").where(Quote.id == counting.id).execute()
    before = _speakers(db)
    done = run_cli(["reextract", "--progress"], database_url)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.strip() == "3 documents re-extracted: 1 changed, 2 unchanged, 0 failed; 1 quotes written"
    )
    assert "docs" in done.stderr  # the progress bar
    assert _speakers(db) == before
    assert not Quote.select().where(Quote.text.contains("vote is final")).exists()
    again = Quote.get(Quote.text.contains("No more counting"))
    speakers = Speaker.select().join(QuoteSpeaker).where(QuoteSpeaker.quote == again.id)
    assert again.cue == "said" and [s.slug for s in speakers] == ["hillary-rodham-clinton"]
    second = run_cli(["reextract"], database_url)
    assert (
        second.stdout.strip()
        == "3 documents re-extracted: 0 changed, 3 unchanged, 0 failed; 0 quotes written"
    )
