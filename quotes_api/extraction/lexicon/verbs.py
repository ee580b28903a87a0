"""Verbs and phrases that introduce speech or a stated attitude, by base form.

Their inflections (said, says, saying) are built by ``cues.inflections``; a list here of
inflected forms holds only forms that are not built that way, or a set chosen form by form.
"""

from __future__ import annotations

# Irregular past forms (and past participles where they differ).
IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "read": ("read",),
    "swear": ("swore", "sworn"),
    "think": ("thought",),
    "hold": ("held",),
    "sing": ("sang", "sung"),
    "teach": ("taught",),
    "foresee": ("foresaw",),
    "forbid": ("forbade",),
    "plead": ("pleaded", "pled"),
    "put": ("put",),
    "begin": ("began", "begun"),
    "feel": ("felt",),
    "send": ("sent",),
    "run": ("ran", "run"),
}

# Verbs that report speech or writing. Base forms only.
SPEECH_VERBS = """
say tell add write state note explain claim argue insist declare announce answer reply respond
remark observe comment continue conclude recall recount confirm deny admit acknowledge concede
warn caution urge plead beg ask question wonder demand suggest propose predict promise pledge
vow swear assure boast brag complain lament grumble protest object charge accuse allege
contend maintain assert affirm emphasize emphasise stress point tweet retweet post blog email
text testify report reveal disclose inform mention joke quip shout yell scream cry
exclaim whisper mutter murmur sigh chant sing read speak elaborate clarify counter retort
rebut snap fire shoot gush rave praise criticize criticise condemn blast slam attack mock
decry denounce dismiss reject describe call term label brand dub characterize characterise
hail welcome thank congratulate apologize apologise regret tout hint indicate signal estimate
calculate forecast recommend advise agree disagree concur think believe feel hope fear
worry expect doubt voice express reiterate repeat underline underscore summarize
summarise sum offer interject chime begin start open close finish end muse reflect
figure guess reckon surmise speculate theorize confess lecture preach
order instruct direct command threaten challenge dare press implore appeal
cite quote paraphrase relate narrate recite interrupt
bark scoff laugh sneer growl fume rant rail thunder intone opine proclaim pronounce vent
bemoan blame herald deride grouse assail defend portray scold chide refer
gripe lash venture volunteer wager cheer marvel exult crow taunt tease exhort snipe
remember echo crack rip react retaliate confide
""".split()

# Cues that are not a single verb. Kept as written; matched case-insensitively.
PHRASES = [
    "according to",
    "went on to say",
    "goes on to say",
    "go on to say",
    "going on to say",
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "in a letter",
    "in a speech",
    "in remarks",
    "as saying",
    "quoted as saying",
    "was quoted as saying",
    "were quoted as saying",
    "was quoted saying",
    "in the words of",
    "per",
    "put it",
    "puts it",
    "putting it",
    "shot back",
    "hit back",
    "hits back",
    "hitting back",
    "went on",
]

# Longer verbs stressed on their last syllable, which double their last consonant as
# one-syllable verbs do (admit → admitted).
STRESSED_LAST = frozenset(
    "admit begin commit concur confer defer forbid omit prefer rebut refer regret".split()
)

# Verbs whose -ing form is also a common noun or adjective; they only cue in verb positions.
WEAK_CUES = frozenset(
    {
        "reading",
        "offering",
        "posting",
        "ending",
        "opening",
        "closing",
        "feeling",
        "hope",
        "fear",
        "order",
        "post",
        "report",
        "end",
        "start",
        "close",
        "open",
        "question",
        "answer",
        "call",
        "text",
        "point",
        "press",
        "fire",
        "shoot",
        "sum",
        "figure",
        "guess",
        "counter",
        "lecture",
        "quote",
        "cite",
        "estimate",
        "forecast",
        "appeal",
        "challenge",
        "dare",
        "attack",
        "blast",
        "charge",
        "email",
        "cry",
        "welcome",
        "thank",
        "regret",
        "signal",
        "comment",
        "reply",
        "repeat",
        "crack",
        "cracked",
        "cracking",
        "echo",
        "echoes",
    }
)

# Verbs whose noun phrase after them is their object ("thanked the mayor"): unlike "said" or
# "asked", they are never followed by their speaker ('"...," said the mayor').
OBJECT_VERBS = """
thank praise criticize criticise condemn blast slam attack mock decry denounce dismiss reject
describe call term label brand dub characterize characterise hail welcome congratulate tout
blame deride assail scold chide portray defend accuse tell quote cite lash taunt tease rip
""".split()

# -- Verbs a rule picks out of the cue lexicon, by base form -------------------------------------

# Cue words that, before "to" and a verb, speak of something going on or awaited, not of speech
# ("Rubio will continue to be").
ASPECT_VERBS = ("continue", "begin", "start", "expect", "hope")
# Cues that introduce speech after "to" ("wanted to say", "went on to warn").
TO_INFINITIVE_CUES = frozenset("say tell add write ask call describe warn declare portray".split())
# "It's safe to say ...", "Needless to say": a comment of the writer's, no one else speaking.
ASIDE_TO = frozenset("safe fair needless hard suffice true".split())
# Cue forms that are still verbs after a word of NOUN_MARKERS ("that said", "of those told").
CUES_AFTER_DETERMINER = frozenset({"said", "told", "according to"})
# The verbs of a parenthetical attribution ('..., Ann Pike said, adding'): their -s and past
# forms, which are no nouns; and "noted" ("notes" is a noun).
PARENTHETICAL_VERBS = (
    "say",
    "tell",
    "add",
    "recall",
    "write",
    "explain",
    "argue",
    "insist",
    "state",
    "continue",
)
# Verbs that report what someone else said or did: their complement is the reporter's account.
REPORTING_VERBS = ("say", "tell", "add", "note", "write", "explain")
# Speech verbs that stand before their subject in news ("said Ann Pike"); not "told", "asked",
# whose object follows.
INVERTED_VERBS = ("say", "add", "write", "note", "explain", "continue", "argue", "recall")
# Past forms that are also surnames or given names ("Edward Said"), of these verbs.
NAME_LIKE_PAST_VERBS = ("say", "tell", "write", "speak")

# Verbs of thinking that report a clause as speech verbs do (their -s and past forms).
THINKING_FORMS = frozenset(
    """
thinks thought believes believed knows knew feels felt hopes hoped fears feared suspects
suspected argues argued insists insisted acknowledges acknowledged admits admitted
think believe know feel hope fear suspect
""".split()
)  # base forms too: "does not believe Ray should ..."
# Finite verbs after which the noun phrase before them is a subject ("Lena Ortiz took the
# floor"): auxiliaries and the commonest irregular past tenses.
FINITE_VERBS = frozenset(
    """
is was has had will would could should can may might must does did are were says said tells told
took made gave went came wrote got ran won lost spoke met left kept held brought thought felt found
sent became began stood put set led heard saw knew grew drew struck sought fought taught paid
""".split()
)
# Plural nouns of names that are also speech verbs: "United States", "Consumer Reports".
CUE_NOUNS = frozenset(
    """
states reports notes records claims calls answers questions statements releases letters comments
remarks promises requests demands warnings pledges
""".split()
)

# Verbs by which someone puts out a document ("Acme released a statement", "Pike filed a suit"):
# their subject is the issuer of the statement, release or suit spoken of next.
# Words between a subject and its verb that leave it the subject: "Acme also confirmed".
BEFORE_VERB = frozenset("also has had have then later".split())
ISSUING_VERBS = ("release", "issue", "send", "publish", "file", "post", "put", "run", "sign")
