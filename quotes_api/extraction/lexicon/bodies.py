"""Organisations, media, places, documents and works: what speaks that is not a person.

Lower-cased unless said otherwise.
"""

from __future__ import annotations

# Last words that make a capitalised name an organisation.
ORG_HEADS = frozenset(
    """
house ministry department committee council party agency administration association bureau
commission office court campaign times news post journal press network institute university
college foundation fund union group company corporation corp corp. inc inc. ltd ltd. llc bank
board service force army navy police senate congress parliament government center centre
coalition alliance federation organization organisation society club church trust authority
industries partners airlines media magazine channel review tribune herald guardian reuters
telegraph gazette chronicle examiner politico cabinet kremlin pentagon ministry secretariat
assembly legislature caucus delegation embassy consulate mission commission command council
watch project initiative institute lab laboratory hospital clinic school schools academy
association associates federation league network networks studio studios records
reserve exchange fed bloomberg axios breitbart cnn msnbc fox nbc abc cbs pbs npr afp ap bbc
daily weekly monthly today observer independent express mirror standard sun star globe
nations state
post-dispatch inquirer courier register record republic dispatch bulletin monitor beacon
leader-journal post-gazette journal-constitution star-tribune plain-dealer blaze intercept
hill mail times-picayune statesman bee ledger enquirer sentinel united fc rovers athletic
""".split()
)

# The states of the United States: in the news, where someone is from or votes. One speaks
# only as a body ("the state of Texas sued"), seldom by its bare name.
US_STATES = frozenset(
    """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
""".split()
) | {
    "new hampshire",
    "new jersey",
    "new mexico",
    "north carolina",
    "north dakota",
    "south carolina",
    "south dakota",
    "rhode island",
    "west virginia",
}
# The states as the news abbreviates them after a town: "Dunmore, Pa.", "Clayton, Ga."
STATE_ABBREVIATIONS = frozenset(
    """
Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich.
Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D.
Tenn. Tex. Va. Vt. Wash. W.Va. Wis. Wyo.
""".split()
)
# Nouns that make a place after "of" the body that speaks: "the state of Texas sued".
PLACE_BODIES = frozenset("state commonwealth government city county town people".split())
# Places that speak as states or governments ("China has called for a ceasefire").
PLACES = (
    US_STATES
    | frozenset(
        """
china russia iran israel ukraine syria iraq afghanistan pakistan india japan germany france
britain england scotland wales ireland italy spain canada mexico brazil venezuela cuba egypt
turkey saudi arabia korea taiwan vietnam australia europe beijing moscow washington tehran
jerusalem kyiv kiev damascus baghdad kabul islamabad tokyo berlin paris london ottawa havana
cairo ankara riyadh seoul pyongyang taipei brussels america qatar jordan lebanon libya yemen
nigeria greece poland sweden norway denmark finland netherlands belgium switzerland austria
hungary romania serbia philippines indonesia thailand malaysia singapore
""".split()
    )
    | {
        "new york",
        "united states",
        "united kingdom",
        "saudi arabia",
        "north korea",
        "south korea",
    }
)


# Things that "say" what their issuer says: "the email said", "the ad claims".
DOCUMENT_NOUNS = frozenset(
    """
email e-mail statement report ad advert advertisement commercial spot letter memo memorandum note
complaint lawsuit suit filing survey poll study tweet release website site message narrator
voice-over voiceover announcer footnote petition transcript document notice announcement
newsletter brochure flyer leaflet mailer video editorial column op-ed passage
""".split()
)
# The heads of the names of documents and pacts, which no surname is: "the Harbour Accord".
PACT_HEADS = frozenset(
    "agreement accord accords act treaty protocol amendment doctrine declaration manifesto".split()
)
# A party's member as the last word of a description read as a name: "the Dakota Republican".
PARTY_NOUNS = frozenset("republican democrat republicans democrats".split())
# Other words for the same document: "the suit" after "a lawsuit filed by Ann Pike".
DOCUMENT_SYNONYMS = {
    "suit": ("lawsuit",),
    "lawsuit": ("suit",),
    "email": ("e-mail",),
    "e-mail": ("email",),
    "memo": ("memorandum",),
    "column": ("op-ed",),
}
# The voice of an ad, and the ads it speaks in: "the narrator says" speaks for whoever ran the ad
# spoken of before ("Ray unveiled his second ad").
AD_VOICES = frozenset("narrator voice-over voiceover announcer".split())
AD_NOUNS = frozenset("ad ads advert advertisement commercial spot video".split())
# Polls, and the shares of their respondents that "say" what the poll found: "In a Harbour
# Times poll, 40 percent of voters said ..." speaks for the poll.
POLL_NOUNS = frozenset("poll polls survey surveys".split())
SHARE_WORDS = frozenset("percent % majority plurality half third quarter most".split())
# A medium's own pieces: "the editorial read" speaks for the newspaper that ran it.
MEDIA_PIECES = frozenset("editorial editorials column".split())
# Descriptions of a medium: "the newspaper", "the paper's editorial board".
MEDIA_NOUNS = frozenset(
    """
newspaper paper daily tabloid broadsheet publication magazine outlet network broadcaster channel
station weekly wire
""".split()
)
# Media nouns that, right after a name, say what it names ("Forbes magazine", "the national
# Kirato newspaper"); not "paper" or "publication", which may be someone's work ("a Ray paper").
MEDIUM_AFTER_NAME = frozenset("newspaper tabloid broadsheet magazine broadcaster".split())
# Words in the name of a newspaper, broadcaster or news site.
MEDIA_HEADS = frozenset(
    """
times post journal news tribune herald guardian telegraph gazette chronicle examiner register
inquirer courier dispatch bulletin monitor observer independent express mirror standard sun globe
magazine review daily weekly press politico axios breitbart cnn msnbc fox nbc abc cbs pbs npr bbc
reuters ap afp bloomberg blaze intercept hill mail enquirer sentinel bee ledger statesman
newsweek slate salon vox atlantic huffpost buzzfeed radio tv television broadcasting
""".split()
)
# Descriptions of an organisation by its kind: "the company said".
ORG_NOUNS = frozenset(
    """
company firm group organization organisation agency foundation committee commission team union
association institute charity corporation bank ministry club nonprofit non-profit pac
""".split()
)

# Head nouns of a description of a body, for a name described by one ("Acme, the appliance
# maker's parent company"): a body, not a person.
BODY_NOUNS = (
    ORG_NOUNS
    | MEDIA_NOUNS
    | frozenset("website site startup subsidiary conglomerate manufacturer retailer tank party".split())
)

# Last words of the names of places below a state (streets, districts, counties, towns): such a
# name is no person "he" or "she" may mean, and speaks, if at all, as an authority.
# Not the words that are also common surnames: Hill, Lane, Park, Lake, Bay, Bridges.
PLACE_HEADS = frozenset(
    """
county city town township village borough parish district side street avenue road boulevard
drive square heights valley island islands river mountains canyon springs falls harbor harbour
airport station plaza
""".split()
)
ORG_HEADS = ORG_HEADS | PLACE_HEADS
# Descriptions of a business ("the company"), and the heads of names a business may bear: "the
# company" is no school, committee or party.
COMMERCIAL_NOUNS = frozenset("company firm corporation".split())
COMPANY_HEADS = frozenset(
    """
company corporation corp inc ltd llc group industries partners airlines media associates studios
records trust fund exchange bank holdings network networks
""".split()
)
# Words that open the names of bodies as well as people's titles ("the National Academies",
# "the Democratic National Convention"; but "Democratic Sen. Ann Pike").
BODY_MODIFIERS = frozenset("national federal state democratic republican international royal".split())
PARTY_ADJECTIVES = frozenset("democratic republican".split())
# Heads of names that go on across an "of" ("Secretary of State", "Friends of the Earth"),
# besides ORG_HEADS.
OF_NAME_HEADS = frozenset(
    """
secretary minister attorney director chief chairman speaker governor mayor president chamber
friends sisters brothers knights daughters
""".split()
)

# Nouns for works, which have capitalised titles: 'the film "Frozen"', but 'called the show "the
# best in town"' describes the show, and "Paul Song" is a name.
WORKS = frozenset("book film movie song album show series novel play documentary memoir podcast".split())
# Works whose noun is also a verb ("they show", "data show").
WORKS_ALSO_VERBS = frozenset("show play film book".split())
# Naming a thing rather than quoting a person: "a film called 'Frozen'", "the so-called 'x'".
# Matched as the end of the words before the quotation.
NAMING = (
    "so-called",
    "titled",
    "entitled",
    "known as",
    "the word",
    "the term",
    "the phrase",
    "hashtag",
    "slogan",
    "label",
    "motto",
    "headline",
    "pseudonym",
)
# What "it" may mean as a subject opening a sentence: documents, bodies by their kind, and a
# candidate's campaign ("The email reads", "Ray's campaign said").
SPEAKING_THINGS = DOCUMENT_NOUNS | ORG_NOUNS | frozenset("campaign panel paper affidavit".split())
# Bodies whose members write as "they": "The editorial board writes ... they conclude".
EDITORIAL_BODIES = frozenset("board editors".split())
