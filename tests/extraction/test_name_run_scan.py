"""The scanning form of NAME_RUN reads the same runs as NAME_RUN itself."""

from quotes_api.extraction.mentions import NAME_RUN, NAME_RUN_SCAN

TEXTS = [
    "Senator Ann Pike met Tom Ray and Sen. Lia O'Brien of the Harbour Council in St. Kilda.",
    "U.S. officials told J. Smith, Ludwig van Brook and Indo-Pacific Trade Minister Rey Ortiz.",
    "José Núñez met Zoë Le\u0301vesque and AndrÃ© Muller in ÃƒÂ town; Mr. Ray left. Dr. Ann Pike",
    "Harbour Council\ue000\ue000\ue000 Tom Ray's aide, Pike’s deputy, said ALL CAPS WORDS",
]


def test_scan_form_reads_the_same_runs() -> None:
    for text in TEXTS:
        assert [m.span() for m in NAME_RUN_SCAN.finditer(text)] == [m.span() for m in NAME_RUN.finditer(text)]
