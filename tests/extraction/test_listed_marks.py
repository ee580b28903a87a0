"""The mark positions listed by string search give the same marks as the pattern."""

from quotes_api.extraction.marks import _listed_marks, _mark_positions, _paragraph_marks


def test_listed_marks_match_the_pattern() -> None:
    texts = [
        "Ann Pike said ''we won'' and ``Tom Ray's'' team ` left '''.",
        "«Nous gagnerons», dit Ann Pike. ‘Yes’ and “no” „ja“ ‹oui› '",
        "``` '' ` ' ``",
    ]
    for text in texts:
        listed = _mark_positions(text)
        assert listed is not None
        for end in range(len(text) + 1):
            k_end = sum(1 for i in listed if i < end)
            assert _listed_marks(text, listed, 0, k_end, end) == _paragraph_marks(text, 0, end)
