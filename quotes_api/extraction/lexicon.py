"""Word lists the rules consult: titles and roles, organisation heads, places, pronouns, names.

Lower-cased; kept as data so a rule change never hides in a regular expression.
"""

from __future__ import annotations

TITLES = frozenset("""
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
negotiator mediator regulator ombudsman registrar warden
""".split())

# Adjectives of nationality, party or place that stand before a title ("Chinese Foreign Minister").
AFFILIATIONS = frozenset("""
american chinese russian british french german japanese indian israeli palestinian iranian
iraqi syrian turkish mexican canadian australian korean north south saudi egyptian ukrainian
italian spanish european african pakistani afghan cuban brazilian venezuelan irish scottish
welsh english dutch swedish polish greek jordanian lebanese libyan yemeni qatari emirati
nigerian kenyan taiwanese vietnamese filipino indonesian thai belgian swiss austrian danish
norwegian finnish hungarian czech romanian serbian croatian us u.s. uk u.k. eu un u.n. gop
conservative labour liberal progressive independent tory green white
""".split())

# Last words that make a capitalised name an organisation.
ORG_HEADS = frozenset("""
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
""".split())

# Places that speak as states or governments ("China has called for a ceasefire").
PLACES = frozenset("""
china russia iran israel ukraine syria iraq afghanistan pakistan india japan germany france
britain england scotland wales ireland italy spain canada mexico brazil venezuela cuba egypt
turkey saudi arabia korea taiwan vietnam australia europe beijing moscow washington tehran
jerusalem kyiv kiev damascus baghdad kabul islamabad tokyo berlin paris london ottawa havana
cairo ankara riyadh seoul pyongyang taipei brussels america qatar jordan lebanon libya yemen
nigeria greece poland sweden norway denmark finland netherlands belgium switzerland austria
hungary romania serbia philippines indonesia thailand malaysia singapore
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
                "north dakota", "south carolina", "south dakota", "rhode island", "west virginia",
                "united states", "united kingdom", "saudi arabia", "north korea", "south korea"}

PRONOUNS = {
  "he": ("male", False), "she": ("female", False), "they": (None, True), "it": ("neuter", False),
  "i": (None, False), "we": (None, True), "him": ("male", False), "her": ("female", False),
}

# Words that cannot begin or be part of a speaker noun phrase.
NOT_IN_SPEAKER = frozenset("""
but and or nor yet so because although though while whereas if unless when whenever where
which that this these those what who whom whose why how than then there here not no never
is are was were be been being am do does did has have had will would shall should can could
may might must it's its after before during since until
""".split())

# Words that open an introductory phrase before the subject ("On Tuesday, ...").
INTRO_WORDS = frozenset("""
on in at during after before last this next earlier later since until for with without by
from as when while although though despite instead meanwhile however still yet but and so
speaking asked according separately also then now today yesterday tonight monday tuesday
wednesday thursday friday saturday sunday in-between like unlike amid among under over
hours days weeks months years minutes moments back soon shortly once twice first finally
recently previously indeed moreover besides overall thus plus just ever here
outside inside alongside across around near behind beyond throughout toward towards within upon
via late
""".split())


# Lower-case nouns for sources named only by a description ("critics said").
SOURCE_NOUNS = frozenset("""
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
""".split())

FEMALE_TITLES = frozenset("""
mrs mrs. ms ms. miss madam madame queen princess lady dame congresswoman spokeswoman
chairwoman businesswoman councilwoman assemblywoman actress sister mother wife daughter
woman girl grandmother
""".split())
MALE_TITLES = frozenset("""
mr mr. sir king prince lord congressman spokesman chairman businessman councilman assemblyman
actor brother father husband son man boy grandfather
""".split())

FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria
heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith
megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice
jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary
nikki kamala nancy elise tulsi ivanka melania michele sonia ruth elena condoleezza theresa
angela marine jacinda nicola ursula christine kirsten tammy debbie dianne patty maxine
sheila loretta kellyanne sarah huma hope betsy carly jill chelsea ilhan alexandria ayanna
rashida liz lindsey susana valerie janet gina
jane kate katie wendy lori tina tracy stacy holly molly polly peggy sally nora claire ellen
eileen irene lucy lucia carmen rosa ana gabriela yolanda norma lillian louise marjorie beatrice
edith esther vivian phyllis marsha rita kristen kristin erin colleen meghan caitlin kaitlyn
allison alison jenna jenny becky cindy sue annie leah naomi miriam tamara vanessa veronica
monica jasmine erica erika brooke paige sydney haley hailey chloe ella ava mia zoe
""".split())

MALE_NAMES = frozenset("""
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald
harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan
albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip
louis barack bernie ted marco jeb chris mike mitch rand ben bill newt rick
jim tim tom dan dick al rudy reince sean corey jared rex jeff
jeffrey bob harry elijah tony steve ron rob greg josh luke ian martin hugh neil
vladimir xi emmanuel boris justin narendra benjamin recep shinzo fidel raul
nicolas hassan bashar abu osama mohammed muhammad ahmed ali omar hamid ashraf
howard todd craig glenn dale clyde earl lloyd leonard stuart norman marvin phil doug nick sam
ken jon don fred ed jimmy johnny danny tommy stanley leon ross hank bernard curt kurt karl
carlos luis jorge miguel pedro francisco manuel javier ricardo rafael sergio alberto fernando
barry derek chuck wes ray allen troy shawn travis brett brad chad cody mario victor oscar
herbert ernest melvin harvey gordon warren francis frederick eddie marcus jerome dwayne
""".split())

# Capitalised words that open sentences or name times, never a speaker.
NOT_NAMES = frozenset("""
the a an in on at but and or if when while this that these those it he she they we i its his
her their our after before as for with from by to of last next during since according
meanwhile however still yet so then now today yesterday monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october
november december there here what who why how where which some many most all both each every
no not one two three four five six seven eight nine ten my your us mr mrs ms dr also even just
only more less such
other another because although though despite unlike like over under between among about
outside inside see read watch listen look click follow update updated editor's note photo
""".split())


# -- Descriptions, documents, media and organisations (issue 13, descriptions.py) -------------

# Things that "say" what their issuer says: "the email said", "the ad claims".
DOCUMENT_NOUNS = frozenset("""
email e-mail statement report ad advert advertisement commercial spot letter memo memorandum note
complaint lawsuit suit filing survey poll study tweet release website site message narrator
voice-over voiceover announcer footnote petition transcript document notice announcement
newsletter brochure flyer leaflet mailer video editorial column op-ed passage
""".split())
# Descriptions of a medium: "the newspaper", "the paper's editorial board".
MEDIA_NOUNS = frozenset("""
newspaper paper daily tabloid broadsheet publication magazine outlet network broadcaster channel
station weekly wire
""".split())
# Words in the name of a newspaper, broadcaster or news site.
MEDIA_HEADS = frozenset("""
times post journal news tribune herald guardian telegraph gazette chronicle examiner register
inquirer courier dispatch bulletin monitor observer independent express mirror standard sun globe
magazine review daily weekly press politico axios breitbart cnn msnbc fox nbc abc cbs pbs npr bbc
reuters ap afp bloomberg blaze intercept hill mail enquirer sentinel bee ledger statesman
newsweek slate salon vox atlantic huffpost buzzfeed radio tv television broadcasting
""".split())
# Descriptions of an organisation by its kind: "the company said".
ORG_NOUNS = frozenset("""
company firm group organization organisation agency foundation committee commission team union
association institute charity corporation bank ministry club nonprofit non-profit
""".split())
# People who speak for the body they belong to: "a spokeswoman for Acme".
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen representative "
                         "official officials".split())
# A plural title before coordinated names ("Senators Ann Pike and Tom Ray"), and its singular.
PLURAL_TITLES = {
    "senators": "senator", "sens.": "sen.", "sens": "sen.", "representatives": "representative",
    "reps.": "rep.", "reps": "rep.", "governors": "governor", "govs.": "gov.", "congressmen": "congressman",
    "congresswomen": "congresswoman", "presidents": "president", "ministers": "minister",
    "judges": "judge", "justices": "justice", "mayors": "mayor", "generals": "general", "drs.": "dr.",
    "doctors": "doctor", "professors": "professor", "profs.": "prof.", "councilmen": "councilman",
    "councilwomen": "councilwoman", "councillors": "councillor", "ambassadors": "ambassador",
    "commissioners": "commissioner", "delegates": "delegate",
}
# Abbreviated titles and the word a description uses for them ("Sen." → "the senator").
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
    "dr": "doctor", "prof": "professor", "rev": "reverend", "pres": "president", "amb": "ambassador",
    "sec": "secretary", "atty": "attorney", "supt": "superintendent", "insp": "inspector",
    "det": "detective", "cmdr": "commander",
}
# Head nouns a description may use for the same office ("the congressman" for "Rep. Tom Ray").
ROLE_SYNONYMS = {
    "congressman": {"representative", "congressman"}, "congresswoman": {"representative", "congresswoman"},
    "lawmaker": {"representative", "senator", "congressman", "congresswoman", "lawmaker", "legislator"},
    "legislator": {"representative", "senator", "legislator", "lawmaker"},
    "front-runner": {"front-runner", "frontrunner"}, "frontrunner": {"front-runner", "frontrunner"},
}


# -- attr-b: given names by gender, for pronouns ---------------------------------------------
# The hand-typed lists above cover the best-known names of news; data/given_names.tsv (built by
# tools/given_names.py from the MIT-licensed nomquamgender data) adds about 11,000 given names
# used for one gender almost always. Where the two disagree, the hand-typed list wins.

def _given_names() -> dict[str, str]:
    from importlib.resources import files

    table = files("quotes_api.extraction").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in pairs}


_GIVEN = _given_names()
FEMALE_NAMES = FEMALE_NAMES | {n for n, g in _GIVEN.items() if g == "female" and n not in MALE_NAMES}
MALE_NAMES = MALE_NAMES | {n for n, g in _GIVEN.items() if g == "male" and n not in FEMALE_NAMES}
# Given names of either gender ("Angel", "Sandy"): a person, whose pronoun the text must tell.
EITHER_NAMES = frozenset(n for n, g in _GIVEN.items() if g == "either") - FEMALE_NAMES - MALE_NAMES

# Sentence adverbs and pronouns that open a sentence ("Nonetheless, he ...", "Neither Pike nor
# Ray ...", "Already") and are capitalised only for that: never part of a name.
NOT_NAMES = NOT_NAMES | frozenset("""
nonetheless nevertheless neither either nor along furthermore otherwise perhaps maybe instead
anyway afterward afterwards hence therefore likewise similarly rather whether whatever whoever
already again together elsewhere everyone everybody someone somebody anyone anybody nobody none
nothing something everything anything yes thanks please sometimes often always
""".split())

# Roles someone plays in the event reported (a debate's moderator, a show's host): a transcript's
# turns ("MODERATOR:"), resolved like any title ("moderator Lena Ortiz"). Never a second
# description of a person already named, so never guessed from the last person named.
EVENT_ROLES = frozenset("moderator host anchor interviewer questioner audience announcer panelist "
                        "panellist".split())
TITLES = TITLES | frozenset("moderator interviewer panelist panellist".split())
# Words of headlines before a name ("Rival Ann Pike Slams Plan"): a description, not the name.
TITLES = TITLES | frozenset("rival challenger opponent ex-wife ex-husband widow widower".split())

# Last words of the names of places below a state (streets, districts, counties, towns): such a
# name is no person "he" or "she" may mean, and speaks, if at all, as an authority.
# Not the words that are also common surnames: Hill, Lane, Park, Lake, Bay, Bridges.
PLACE_HEADS = frozenset("""
county city town township village borough parish district side street avenue road boulevard
drive square heights valley island islands river mountains canyon springs falls harbor harbour
airport station plaza
""".split())
ORG_HEADS = ORG_HEADS | PLACE_HEADS
