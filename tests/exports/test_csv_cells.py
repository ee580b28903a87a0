"""CSV cells that a spreadsheet would run as formulas are defused; everything else is untouched."""

from __future__ import annotations

import pytest

from quotes_api.exports.formats import _cell


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_a_formula_gets_a_leading_apostrophe(text: str) -> None:
    assert _cell(text) == "'" + text


@pytest.mark.parametrize("text", ["We will win.", "", "'90s", "“Curly” start", "1 = 1"])
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert _cell(text) == text
