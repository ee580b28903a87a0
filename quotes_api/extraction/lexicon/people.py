"""People: titles and roles, honorifics, ranks, and nouns for sources described, not named.

Lower-cased unless said otherwise.
"""

from __future__ import annotations

TITLES = frozenset(
    """
president vice secretary minister prime foreign deputy assistant chief senior former senator sen
sen. rep rep. representative congressman congresswoman congressmember gov gov. governor lt lt.
lieutenant mayor judge justice attorney general gen gen. col col. colonel maj maj. major capt
capt. captain sgt sgt. sergeant adm adm. admiral commander chancellor ambassador envoy spokesman
spokeswoman spokesperson director chairman chairwoman chair chairperson ceo cfo coo executive
officer commissioner speaker leader majority minority whip press candidate nominee hopeful dr
dr. mr mr. mrs mrs. ms ms. miss prof prof. professor rev rev. reverend pope king queen prince
princess sheikh lord sir dame state house senate republican democrat democratic gop first lady
sheriff detective police coach manager founder co-founder president-elect treasurer auditor
comptroller superintendent delegate councilman councilwoman alderman assemblyman assemblywoman
trooper agent solicitor premier mp activist author economist analyst dean provost anchor host
correspondent editor columnist reporter pastor bishop cardinal rabbi imam federal top acting
interim outgoing incoming retired then-president then-candidate then-secretary defense defence
interior treasury homeland security national adviser advisor counsel counselor counsellor
spokesmen officials official head chairs member members strategist pollster organizer organiser
researcher scientist expert lawyer attorneys lawmaker lawmakers legislator legislators
ex- principal owner partner president, secretary-general commerce trade health education labor
labour energy justice transportation agriculture veterans affairs finance economy economic
environment culture sports transport communications information intelligence military army
navy air force marine marines chief-of-staff staff campaign communications party frontrunner
front-runner billionaire businessman businesswoman mogul entrepreneur investor tycoon star
actor actress singer rapper comedian host filmmaker director writer novelist journalist
sen.-elect gov.-elect rep.-elect mayor-elect assistant-secretary attorney-general
councillor councilor striker goalkeeper keeper midfielder defender winger captain
engineer architect surgeon physician nurse teacher headteacher inspector constable
officer firefighter pilot skipper fisherman farmer chef designer curator critic juror jury
negotiator mediator regulator ombudsman registrar warden speechwriter co-anchor co-host
""".split()
)

# Adjectives of nationality, party or place that stand before a title ("Chinese Foreign Minister").
# Roles someone plays in the event reported (a debate's moderator, a show's host): a transcript's
# turns ("MODERATOR:"), resolved like any title ("moderator Lena Ortiz"). Never a second
# description of a person already named, so never guessed from the last person named.
EVENT_ROLES = frozenset(
    "moderator host anchor interviewer questioner audience announcer panelist panellist".split()
)
TITLES = TITLES | frozenset("moderator interviewer panelist panellist".split())
# Words of headlines before a name ("Rival Ann Pike Slams Plan"): a description, not the name.
TITLES = TITLES | frozenset("rival challenger opponent ex-wife ex-husband widow widower".split())

AFFILIATIONS = frozenset(
    """
american chinese russian british french german japanese indian israeli palestinian iranian
iraqi syrian turkish mexican canadian australian korean north south saudi egyptian ukrainian
italian spanish european african pakistani afghan cuban brazilian venezuelan irish scottish
welsh english dutch swedish polish greek jordanian lebanese libyan yemeni qatari emirati
nigerian kenyan taiwanese vietnamese filipino indonesian thai belgian swiss austrian danish
norwegian finnish hungarian czech romanian serbian croatian us u.s. uk u.k. eu un u.n. gop
conservative labour liberal progressive independent tory green white
""".split()
)


# Lower-case nouns for sources named only by a description ("critics said").
SOURCE_NOUNS = frozenset(
    """
official officials spokesman spokeswoman spokesperson spokesmen source sources aide aides
adviser advisers advisor advisors analyst analysts expert experts critic critics supporter
supporters opponent opponents lawmaker lawmakers legislator legislators leader leaders
protester protesters protestor protestors resident residents witness witnesses voter voters
economist economists researcher researchers scientist scientists observer observers
diplomat diplomats minister ministers president secretary envoy coach manager player players
chairman chairwoman chair director executive executives ceo candidate candidates campaign
statement report study survey poll letter memo document documents filing complaint lawsuit
ruling court judge prosecutor prosecutors lawyer lawyers attorney attorneys police officer
officers agency department ministry government administration company group groups
organization organisation organizers organisers activist activists member members senator
senators governor mayor commander general military army spokespeople people person man woman
father mother son daughter wife husband friend friends neighbor neighbour neighbors
neighbours student students teacher teachers doctor doctors nurse nurses worker workers
union employee employees owner owners founder investor investors trader traders
representative representatives delegate delegates negotiator negotiators envoy
newspaper paper magazine website site outlet network editorial editors editor author
authors writer writers reporter reporters columnist pastor priest bishop pope ambassador
congressman congresswoman candidate nominee chief head boss host anchor ally allies
commentator commentators pundit pundits
email ad memo passage tweet post release transcript book article blog video speech sign
petition order confidant insider woman man board committee council panel commission
jury team office staff bureau service ministry agency union federation association club
institute center centre foundation firm bank court tribunal party caucus coalition
spokespeople representative mayor's governor's chairman's note notice announcement
attendee attendees participant participants donor donors backer backers volunteer volunteers
operative operatives insider insiders veteran veterans parent parents fan fans caller callers
respondent respondents demonstrator demonstrators survivor survivors immigrant immigrants
refugee refugees customer customers patient patients consumer consumers viewer viewers
pollster pollsters proponent proponents environmentalist environmentalists advocate advocates
strategist strategists consultant consultants politico politicos
""".split()
)

FEMALE_TITLES = frozenset(
    """
mrs mrs. ms ms. miss madam madame queen princess lady dame congresswoman spokeswoman
chairwoman businesswoman councilwoman assemblywoman actress sister mother wife daughter
woman girl grandmother
""".split()
)
MALE_TITLES = frozenset(
    """
mr mr. sir king prince lord congressman spokesman chairman businessman councilman assemblyman
actor brother father husband son man boy grandfather
""".split()
)
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss".split())
# Generational suffixes: part of the name ("Donald Trump Jr." is not Donald Trump).
GENERATIONAL_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Lower-case particles inside names (Ludwig van Beethoven, Osama bin Laden).
NAME_PARTICLES = frozenset("of the van von de da di du del der den la le bin ibn al el".split())
# Abbreviated titles and honorifics, capitalised as written ("Sen.", "Mrs.", "Cmdr.").
ABBREVIATED_TITLES = (
    "Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Mr Mrs Ms Dr St Jr Sr Ft Mt Rev Prof Hon Pres "
    "Sens Reps Govs Cmdr Supt Insp Det Atty Sec Amb"
).split()

# Words that tell one office from another of the same name ("deputy", "acting").
RANKS = frozenset("vice deputy assistant acting interim associate under".split())
RANK_WORDS = RANKS | {"former", "first", "chief"}
# Ranks below the office they qualify: a vice president is never "the president", while an
# acting or interim one may be.
SUBORDINATE_RANKS = RANKS - {"acting", "interim"}
# Words before a title that say which holder, not which office ("the former senator").
MODIFIER_TITLES = frozenset(
    "first former vice deputy assistant senior top acting interim outgoing "
    "incoming retired federal national foreign prime".split()
)
# Words that qualify a description of a person ("a longtime aide", "the Republican senator").
DESCRIPTION_MODIFIERS = frozenset(
    """
longtime long-time veteran prominent senior junior former retired outgoing incoming acting
interim anonymous unnamed local national federal state county city regional international
american democratic republican conservative liberal progressive independent political
presidential congressional legal military foreign chinese russian british french german
israeli palestinian iranian white black young old other fellow top leading chief deputy
""".split()
)
# Nouns that name a person by office or trade, for a pronoun to refer to.
PERSON_NOUNS = frozenset(
    """
envoy minister president secretary official spokesman spokeswoman spokesperson coach manager
senator governor mayor chairman chairwoman chair director leader ambassador diplomat judge
candidate nominee congressman congresswoman lawmaker representative executive chief officer
general commander prosecutor attorney lawyer economist analyst professor author founder
premier chancellor king queen prince pope adviser advisor aide pastor player captain star
businessman businesswoman billionaire
neurosurgeon surgeon physician doctor developer tycoon magnate mogul entrepreneur
""".split()
)

# Nouns "state" qualifies, which make it no verb: "Ray's Colorado state director".
STATE_NOUNS = frozenset(
    """
director directors senator senators representative representatives legislator legislators
lawmaker lawmakers party chairman chairwoman chair treasurer auditor attorney department
official officials coordinator capitol legislature house senate law laws
""".split()
)

# What someone has that speaks as its owner: "his office said", "the senator's staff".
OWNER_BODIES = frozenset("office staff team camp".split())

# Words that make a description of people a pair or a set of them: "the two", "both senators".
PAIR_WORDS = frozenset("two both pair duo trio".split())

# People who speak for the body they belong to: "a spokeswoman for Acme".
SPOKES_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson spokespeople spokesmen representative official officials".split()
)
# A plural title before coordinated names ("Senators Ann Pike and Tom Ray"), and its singular.
PLURAL_TITLES = {
    "senators": "senator",
    "sens.": "sen.",
    "sens": "sen.",
    "representatives": "representative",
    "reps.": "rep.",
    "reps": "rep.",
    "governors": "governor",
    "govs.": "gov.",
    "congressmen": "congressman",
    "congresswomen": "congresswoman",
    "presidents": "president",
    "ministers": "minister",
    "judges": "judge",
    "justices": "justice",
    "mayors": "mayor",
    "generals": "general",
    "drs.": "dr.",
    "doctors": "doctor",
    "professors": "professor",
    "profs.": "prof.",
    "councilmen": "councilman",
    "councilwomen": "councilwoman",
    "councillors": "councillor",
    "ambassadors": "ambassador",
    "commissioners": "commissioner",
    "delegates": "delegate",
}
# Abbreviated titles and the word a description uses for them ("Sen." → "the senator").
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "dr": "doctor",
    "prof": "professor",
    "rev": "reverend",
    "pres": "president",
    "amb": "ambassador",
    "sec": "secretary",
    "atty": "attorney",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "cmdr": "commander",
}
# Head nouns a description may use for the same office ("the congressman" for "Rep. Tom Ray").
ROLE_SYNONYMS = {
    "congressman": {"representative", "congressman"},
    "congresswoman": {"representative", "congresswoman"},
    "lawmaker": {"representative", "senator", "congressman", "congresswoman", "lawmaker", "legislator"},
    "legislator": {"representative", "senator", "legislator", "lawmaker"},
    "front-runner": {"front-runner", "frontrunner"},
    "frontrunner": {"front-runner", "frontrunner"},
    "physician": {"physician", "doctor"},  # "Dr." is spelled "doctor"
    "doctor": {"physician", "doctor"},
}
# A party's rivals: "the Republican senator" is none of the Democrats with that role.
RIVAL_PARTIES = {
    "democratic": ("republican", "gop"),
    "democrat": ("republican", "gop"),
    "republican": ("democratic", "democrat"),
    "gop": ("democratic", "democrat"),
}
# Someone known by whom they serve or know: "a longtime adviser to Ann Pike", "a person close to
# Pike" ("close" of the latter).
SERVING_NOUNS = frozenset(
    """
adviser advisers advisor advisors aide aides confidant confidants ally allies friend friends associate
associates person people source sources close
""".split()
)

# Nouns of a candidacy: "the nominee", "the GOP front-runner" mean the candidate an article is
# about when no one is named with that role.
CANDIDACY_WORDS = frozenset("nominee candidate front-runner frontrunner challenger hopeful".split())
# Members of a party or a camp named as a group: "Senate Democrats ... they said".
PARTY_MEMBERS = frozenset(
    "democrats republicans conservatives liberals progressives libertarians tories".split()
)
# The endings of adjectives of origin: "Nordic", "Cuban", "Irish", "Maltese".
ORIGIN_ENDINGS = ("an", "ic", "ish", "ese")
