"""The small word lists that decide what a written name is: an organisation's, a group's, a
person's after a role, or not a name at all. Used by :mod:`quotes_api.storage.names` and
:mod:`quotes_api.storage.name_cleaning`; add a word here, once."""

from __future__ import annotations

# Words that make a name an organisation's: outlets, parties, agencies, companies, bodies.
ORGANISATION_WORDS = frozenset(
    """
    administration agency airlines association authority bank board bureau cabinet campaign
    caucus center centre coalition co commission committee company congress corp corporation
    council court department embassy federation foundation fund government group inc institute
    kremlin league ltd ministry network news office organisation organization pentagon police
    party post press reuters senate service times tribune journal herald gazette guardian
    telegraph union university website llc plc school hospital museum church energy airways
    motors holdings industries technologies systems pharmaceuticals insurance railways railroad
    pac institution agence presse
    """.split()
)

# Legal forms a company's name may carry or drop: "Northwind Energy Inc." is "Northwind Energy".
COMPANY_SUFFIXES = frozenset("inc corp co ltd llc plc ag sa gmbh".split())

# A last word that makes a name a group of people: "Democrats", "Senate Republicans", "protesters".
GROUP_WORDS = frozenset(
    """
    activists analysts authorities conservatives critics democrats demonstrators economists
    experts investigators lawmakers leaders liberals officials opponents organisers organizers
    parents protesters protestors republicans researchers residents scientists senators
    supporters teachers voters workers students doctors nurses farmers celebrities professors
    hackers survivors veterans immigrants victims witnesses employees citizens americans
    """.split()
)

# Words that are never a speaker's name on their own: pronouns and the like the extractor may
# leave as a "name" when a sentence starts oddly.
NOT_NAMES = frozenset(
    """
    i he she it we they you who this that these those there here one someone somebody everyone
    anyone nobody none both all each either neither other others another some many most few
    which what whom whose his her its our their him them us me my mine yours the a an and but
    or if then when while because so yet also only just even still said says told tells added
    """.split()
)

# Lower-case words a personal name may hold (particles): "Charles de Gaulle".
PARTICLES = frozenset("de da di du del della der den van von bin ibn al el la le dos das".split())

# Words a sentence or a headline puts before a name that are not part of it: "Maybe Trump
# said", "Neither Donald J. Trump nor ...", "Democrats Hillary Clinton".
LEADING_NOISE = frozenset(
    """
    maybe perhaps also then still yet now instead meanwhile however indeed even only but and so
    when while after before as at in on of for with without by from to neither nor either both
    like unlike endorsed understated team said says asked told added why how where what see
    """.split()
)

US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()
)

US_STATE_PAIRS = frozenset(
    "new hampshire|new jersey|new mexico|new york|north carolina|north dakota|south carolina|"
    "south dakota|rhode island|west virginia".split("|")
)

# Role words that may stand before a person's name in a mention ("Atlantic City Mayor Don Guardian").
ROLE_WORDS = frozenset(
    """
    mayor editor editor-in-chief senator sen rep representative governor gov president minister
    secretary chairman chairwoman chair chief director spokesman spokeswoman spokesperson judge
    general ceo leader candidate commissioner councillor councilman councilwoman treasurer
    ambassador adviser advisor attorney sheriff officer manager founder host anchor co-anchor
    advocate ag dj donor pollster strategist consultant
    """.split()
)

# Words a sentence leaves before an organisation's name: "Now Harbor Courier".
ORGANISATION_NOISE = frozenset(
    "now maybe perhaps also then still yet instead meanwhile however indeed even".split()
)
