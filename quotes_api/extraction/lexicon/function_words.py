"""Function words: articles, determiners, pronouns, prepositions, conjunctions, auxiliaries.

Where two rules need slightly different sets, the difference is written as set algebra over
one list, so a word is added in one place. Lower-cased unless said otherwise.
"""

from __future__ import annotations

from quotes_api.extraction.lexicon.times import RELATIVE_DAYS, WEEKDAYS

# -- Articles, determiners, pronouns -----------------------------------------------------------

ARTICLES = frozenset("the a an".split())
POSSESSIVES = frozenset("his her their its".split())
DETERMINERS = ARTICLES | POSSESSIVES | {"our"}
# Words before a cue word that make it a noun ("the report", "his call").
NOUN_MARKERS = DETERMINERS | {"this", "that", "my", "your", "of"}
# Prepositions that open a noun phrase: "the use of executive orders" (a noun, no verb "orders").
NOUN_PREPOSITIONS = frozenset("of with for by about from into".split())
# Words that open a description of a person ("the former senator", "one aide").
DESCRIPTION_OPENERS = ARTICLES | {"one"}
# Articles, numerals and possessives before a description in an apposition ("another aide, Tom
# Ray", "his best friend at Dunmore, Bruce Tully").
APPOSITION_ARTICLES = DESCRIPTION_OPENERS | POSSESSIVES | {"another", "our"}
# Words a subject phrase does not end on ("the head of").
ARTICLES_AND_OF = ARTICLES | {"of"}
# Determiners and "of" that stand inside a speaker phrase ("the head of the agency").
DETERMINERS_AND_OF = DETERMINERS | {"of"}
# Determiners and quantifiers that name no one by themselves ("Some", "another of Pike's").
QUANTIFIERS = frozenset(
    """
another some many most few several other others his her their its our this that these those such
each every all both
""".split()
)

PERSONAL_PRONOUNS = ("he", "she", "they", "it", "i", "we")
# Pronouns that open a reported clause of their own ('said Wednesday she wants').
SUBJECT_PRONOUNS = frozenset(PERSONAL_PRONOUNS) - {"it"}
OBJECT_PRONOUNS = frozenset("it them him her".split())
# Reflexives that stress a subject ("Ray himself said"): not part of its name.
REFLEXIVES = frozenset("himself herself themselves itself myself ourselves".split())
PRONOUNS = {
    "he": ("male", False),
    "she": ("female", False),
    "they": (None, True),
    "it": ("neuter", False),
    "i": (None, False),
    "we": (None, True),
    "him": ("male", False),
    "her": ("female", False),
}
# Words that stand as the subject of a weak cue used as a verb ("they report", "data show").
VERB_SUBJECTS = frozenset("they we i you he she it data which that who".split())
# Words before a weak cue that make it a verb ("he hopes", "who answered", "later charged").
SUBJECT_LIKE = frozenset(PERSONAL_PRONOUNS) | frozenset(
    """
who which also has have had will would could should then and later often once
""".split()
)
# Words ending in "s" that are not plural nouns ("his show", "this play").
NOT_PLURALS = frozenset("his its this".split())

# -- Glue inside a noun phrase -----------------------------------------------------------------

# Small words a noun phrase holds between its capitalised words ("the head of the agency").
NP_GLUE = DETERMINERS | frozenset(
    """
of for at from one two three some several many other another new former top senior chief local
""".split()
)
# The narrower set subjects.py keeps (no numbers, quantifiers, "our" or ranks).
NP_GLUE_NARROW = ARTICLES | POSSESSIVES | frozenset("of for at from another other one new former".split())
# Small words inside a description of a source ("head of the agency in charge").
DESCRIPTION_GLUE = ARTICLES | frozenset("of for at in with and to on".split())
# Small words that end a cut-off role ("director of the"), not a role.
ROLE_LINKS = ARTICLES | frozenset("of for at in on to with from by and".split())
# Words a phrase does not end on ("the head of", "chairman and").
DANGLING_WORDS = frozenset("of for and at from in on".split())

# -- Prepositions ------------------------------------------------------------------------------

PREPOSITIONS = frozenset(
    """
with to in by for of from on at about until into onto upon over under after before during
without within through across against among between toward towards referring like unlike
""".split()
)
# The prepositions subjects.py looks for after a subject's head.
SUBJECT_PREPOSITIONS = frozenset("of for with to by about against from on at in into than like near".split())
# "Like Ray, Pike ...", "Unlike Ray": a comparison, whose name is not the sentence's subject.
COMPARING = frozenset("like unlike than".split())
# Prepositions after which a capitalised word is governed, not a new name ("of Texas").
GOVERNING = frozenset("of from at for in with on by to".split())
# "In Clarkston, refugees ...": where, not whom the sentence is about.
PLACE_PREPOSITIONS = frozenset("in at near".split())
# Prepositions of an adverbial of time or place ("in his office", "during her visit").
ADVERBIAL_PREPOSITIONS = frozenset("in at on during".split())
# Words before a time word that go with it ("on Friday", "last week").
TIME_LEADERS = frozenset("on in at this last late early".split())
# Prepositions and conjunctions that make a participle an adverbial of the main clause: "X ended by saying".
BEFORE_ADVERBIAL_PARTICIPLE = frozenset("by after before while without when in upon".split())

# -- Conjunctions and clause openers -----------------------------------------------------------

COORDINATORS = frozenset("but and yet so".split())
# Focusing adverbs before a subordinator: "But even as Ray claimed ...".
FOCUSING_ADVERBS = frozenset("even just only".split())
# Words after which a verb phrase goes on with the same subject ("he laughed and said").
VERB_LINKS = frozenset("and but then".split())
# Words opening a clause whose subject is not the sentence's: "Pike left before Ray arrived."
# Words opening a sentence whose subject comes after "is"/"was": "Across town, ... is Tom
# Ray", "And up on the pier stood Ray", "Among them was Ann Pike".
INVERSION_OPENERS = frozenset(
    """
across among amid yet there here in at behind beside next inside outside on along leading
joining standing
""".split()
)
SUBORDINATORS = frozenset(
    """
that because although though while whereas unless if whether since when before after until
""".split()
)
# Words opening a clause a pronoun may stand in before the person it means, named after the
# clause's comma: "After he ...", "In what he called ...", "As she spoke, ...".
CATAPHORA_OPENERS = SUBORDINATORS - {"that", "whether"} | frozenset("as once in".split())
# Words opening a condition or circumstance inside a reported clause: "She says if voters
# think ...", "said that when Ray railed against the banks, ...".
REPORTED_CONDITIONS = frozenset("if when whenever because although though unless once".split())
# Words after which a name opens a clause of its own ("..., while Tom Dyke, the former ...").
CLAUSE_OPENERS = frozenset("while and but whereas as when after before though although since".split())
# Words that open a clause after a comma rather than an apposition ("voters, while Clinton leads").
NOT_APPOSITION = frozenset("while but and although as because so".split())
# Words opening a clause after which a lower-case word is the clause's own ("with the crowd chanting").
OPENS_A_CLAUSE = frozenset("with and but or as while then when because after before".split())
# Words that end a clause, after which a subject phrase stops.
CLAUSE_WORDS = frozenset(
    """
that but while as because when after before if who which where although though since so
whereas until unless once whom whose what how why and
""".split()
)
# Words after a cue that begin a trailing adverbial ("Smith said as he left").
TRAILERS = frozenset("as in on at while during after before when to from by with".split())

# -- Auxiliaries and verbs a subject comes before ----------------------------------------------

# Auxiliaries that make a description the subject of a reported clause ("said the candidate could win").
AUXILIARIES = frozenset(
    """
could would will can should may might must is are was were has have had does did won't can't isn't wasn't
""".split()
)
# Auxiliaries opening a question ("Does he know ...?"), capitalised only for that.
QUESTION_AUXILIARIES = frozenset(
    """
does did do is are was were can could will would should shall has have had don't doesn't didn't
isn't aren't wasn't weren't can't won't
""".split()
)
# Auxiliaries and adverbs that stand between a subject and its verb ("has repeatedly said").
AUX_AND_ADVERBS = frozenset(
    """
also later then has have had was were is are will would could should may might must did does
do not never once previously recently repeatedly publicly privately separately reportedly
allegedly again further simply flatly angrily quickly first last finally earlier subsequently
just even still already often frequently openly specifically explicitly always initially
originally long yesterday today had've now
""".split()
)
# Adverbials of several words that stand between a subject and its verb ("has in the past
# described"), as word tuples.
ADVERBIAL_PHRASES = (
    ("in", "the", "past"),
    ("at", "the", "time"),
    ("at", "one", "point"),
    ("once", "again"),
    ("for", "years"),
    ("at", "times"),
)
# Relative pronouns whose clause takes the quotation as its object: "in what Ann Pike, the
# treasurer, called "..."".
RELATIVE_OBJECTS = frozenset("what that which whom".split())
# Words that make the phrase after a name a clause, not its role ("who leads", "is the").
# "that" and the verbs of saying too: "the candidate stated that Ray" gives Ray no role.
RELATIVE_OR_VERB = frozenset(
    "who which and is was that said says stated told added wrote noted argued".split()
)

# -- Words that are never a speaker or open an introductory phrase ------------------------------

# Words that cannot begin or be part of a speaker noun phrase.
NOT_IN_SPEAKER = frozenset(
    """
but and or nor yet so because although though while whereas if unless when whenever where
which that this these those what who whom whose why how than then there here not no never
is are was were be been being am do does did has have had will would shall should can could
may might must it's its after before during since until
""".split()
)

# Words that open an introductory phrase before the subject ("On Tuesday, ...").
INTRO_WORDS = (
    WEEKDAYS
    | RELATIVE_DAYS
    | frozenset(
        """
on in at during after before last this next earlier later since until for with without by
from as when while although though despite instead meanwhile however still yet but and so
speaking asked according separately also then now in-between like unlike amid among under over
hours days weeks months years minutes moments back soon shortly once twice first finally
recently previously indeed moreover besides overall thus plus just ever here
outside inside alongside across around near behind beyond throughout toward towards within upon
via late
""".split()
    )
)

# Small words a headline in title case capitalises ("Pike Shuts The Door On Ray") and a
# person's name never holds. Capitalised, as written.
HEADLINE_WORDS = frozenset("The A An And On In To For With Is Are Was Be At By From Into Over".split())
# Small words a headline capitalises and a quoted sentence does not ("We Are Going To Win").
HEADLINE_SMALL_WORDS = HEADLINE_WORDS | frozenset(
    "Of Not Do It If As Me Us Our My Can Will Might Than Or".split()
)
# Words before a noun that a person's name never follows ("the Dunmore graduate", "his Ohio").
DEMONSTRATIVES = frozenset("this that these those".split())
MODIFYING_WORDS = DETERMINERS | DEMONSTRATIVES
# Words of a closed class, never a one-word name ("He’s predicting", "There's").
CLOSED_CLASS_WORDS = MODIFYING_WORDS | frozenset(PERSONAL_PRONOUNS) | frozenset(("you", "there", "here"))

# Abbreviations whose full stop ends no sentence ("Mr.", "Jan.", "U.S.", "e.g.").
ABBREVIATIONS = frozenset(
    """
mr mrs ms dr sen rep gov lt gen col maj capt sgt adm st jr sr inc corp co ltd no vs v etc
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c p.m a.m e.g i.e prof rev
ft mt ave blvd dept univ assn sens reps govs
""".split()
)
# Small words an acronym leaves out of the name it spells ("Bank of Eastland" → "BE").
ACRONYM_SKIPS = frozenset("of the and for on in at to &".split())
