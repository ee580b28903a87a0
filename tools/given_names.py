"""Build quotes_api/extraction/data/given_names.tsv from the nomquamgender package (MIT).

nomquamgender (Van Buskirk et al., https://github.com/ianvanbuskirk/nomquamgender) pools
name-gender counts from 36 public sources. We keep only given names that many sources know,
that are common, and that are used for one gender almost always: a pronoun is resolved on
them, so an ambiguous name ("Jordan", "Taylor") is kept as "either": a person, of no known gender.

    pip install nomquamgender && python tools/given_names.py
"""

from __future__ import annotations

import importlib.util
import json
import pathlib

MIN_SOURCES = 6  # named by at least this many of the pooled sources
MIN_COUNT = 100  # and this many people in them
CLEAR = 0.05  # share of the other gender at most
# Words that are given names in some country but mostly words or places in English news.
NOT_GIVEN = frozenset("said will may young washington the an and of in on at is so".split())

OUT = pathlib.Path(__file__).resolve().parent.parent / "quotes_api/extraction/data/given_names.tsv"


def main() -> None:
    # Read the data file only: importing the package would bring in numpy and pandas.
    spec = importlib.util.find_spec("nomquamgender")
    assert spec is not None and spec.submodule_search_locations, "pip install nomquamgender"
    folder = pathlib.Path(next(iter(spec.submodule_search_locations)))
    data = json.loads((folder / "name_data.json").read_text(encoding="utf-8"))
    rows = []
    for name, (sources, count, p_female, *_rest) in data.items():
        if not (name.isascii() and name.isalpha()) or name in NOT_GIVEN:
            continue
        if sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if p_female >= 1 - CLEAR:
            rows.append((name, "female"))
        elif p_female <= CLEAR:
            rows.append((name, "male"))
        elif sources >= 2 * MIN_SOURCES:
            rows.append((name, "either"))  # "Angel", "Sandy": a person's name, of either gender
    rows.sort()
    header = (
        "# given name<TAB>gender; derived from nomquamgender (MIT License, (c) 2022 Ian Van Buskirk)"
        " by tools/given_names.py\n"
    )
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in rows), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
