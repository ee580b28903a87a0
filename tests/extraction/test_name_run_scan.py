"""The scanning form of NAME_RUN reads the same runs as NAME_RUN itself."""

from quotes_api.extraction.mentions import NAME_RUN, NAME_RUN_SCAN

TEXTS = [
    "Senator Ann Pike met Tom Ray and Sen. Lia O'Brien of the Harbour Council in St. Kilda.",
    "U.S. officials told J. Smith, Ludwig van Brook and Indo-Pacific Trade Minister Rey Ortiz.",
    "José Núñez met Zoë Le\u0301vesque and AndrÃ© Muller in ÃƒÂ town; Mr. Ray left. Dr. Ann Pike",
    "Harbour Council\ue000\ue000\ue000 Tom Ray's aide, Pike’s deputy, said ALL CAPS WORDS",
    "Ludwig van Beethoven, Ana von Berg, Ana de la Cruz, Rosa della Valle, Juan del Rio, Anne der"
    " Berg, Leo den Haag, Ali ibn Sina, Omar al Bashir, Omar el Said, Jan ter Horst, Ana da Silva",
    "Rui du Pont, Lu di Mare, Jon St. John, Roy dell Arte, Ana dela Cruz, Pen le Pen, Paz la Paz,"
    " Ana de  Gaulle, Ana de\tLa Salle, Ana de the, Rio de",
]


def test_scan_form_reads_the_same_runs() -> None:
    for text in TEXTS:
        assert [m.span() for m in NAME_RUN_SCAN.finditer(text)] == [m.span() for m in NAME_RUN.finditer(text)]
