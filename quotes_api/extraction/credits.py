"""Credit lines: in web articles a quotation is often signed on its own line, after a dash or
a horizontal bar: '"We will rebuild." ― Ann Pike' or '— Ann Pike, harbour master'. A photo
credit ("Getty/Instagram", "AP Photo") is never a speaker.

>>> masked = 'Mayor Tom Ray spoke.\\n\\n"~~~~" \\u2015 Ann Pike, harbour master\\n'
>>> close = masked.index('" ') + 1
>>> credit_line(masked, close, len(masked) - 1).parts
('Ann Pike',)
"""

from __future__ import annotations

import re

from quotes_api.extraction.attribution import Attribution
from quotes_api.extraction.mentions import NAME_RUN, clean, looks_like_speaker
from quotes_api.extraction.model import Rule

# A dash or bar, then the credit up to the paragraph's end: a name, perhaps ", role".
_CREDIT = re.compile(r"[ \t]*(?:[\u2015\u2014\u2013]|--?)[ \t]*([^\n\"“”]{2,100}?)[.]?[ \t]*$")
# Words of photo and agency credits, not of speakers.
_PHOTO = re.compile(
    r"/|\b(?:photo|photos|image|images|getty|shutterstock|instagram|twitter|facebook|"
    r"youtube|file|afp|ap|reuters|epa)\b",
    re.I,
)


def credit_line(masked: str, close_end: int, paragraph_end: int) -> Attribution | None:
    """The name a dash after a quotation credits it to, when nothing else follows on its line."""
    m = _CREDIT.match(masked, close_end, paragraph_end)
    if not m:
        return None
    name = clean(m.group(1).partition(", ")[0])
    if not name or _PHOTO.search(m.group(1)) or not NAME_RUN.fullmatch(name) or not looks_like_speaker(name):
        return None
    return Attribution(name, m.start(1), (name,), None, Rule.CREDIT, 0.7)
