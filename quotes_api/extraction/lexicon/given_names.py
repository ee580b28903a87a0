"""Given names by gender, and capitalised words that are never a name.

The hand-typed lists cover the best-known names of news; data/given_names.tsv (built by
tools/given_names.py from the MIT-licensed nomquamgender data) adds about 11,000 given names
used for one gender almost always. Where the two disagree, the hand-typed list wins.
"""

from __future__ import annotations

from quotes_api.extraction.lexicon.times import MONTHS, WEEKDAYS

FEMALE_NAMES = frozenset(
    """
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
rashida liz susana valerie janet gina
jane kate katie wendy lori tina tracy stacy holly molly polly peggy sally nora claire ellen
eileen irene lucy lucia carmen rosa ana gabriela yolanda norma lillian louise marjorie beatrice
edith esther vivian phyllis marsha rita kristen kristin erin colleen meghan caitlin kaitlyn
allison alison jenna jenny becky cindy sue annie leah naomi miriam tamara vanessa veronica
monica jasmine erica erika brooke paige sydney haley hailey chloe ella ava mia zoe
""".split()
)

MALE_NAMES = frozenset(
    """
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
""".split()
)

# Capitalised words that open sentences or name times, never a speaker.
NOT_NAMES = (
    WEEKDAYS
    | MONTHS
    | frozenset(
        """
the a an in on at but and or if when while this that these those it he she they we i its his
her their our after before as for with from by to of last next during since according
meanwhile however still yet so then now today yesterday
there here what who why how where which some many most all both each every
no not one two three four five six seven eight nine ten my your us mr mrs ms dr also even just
only more less such
other another because although though despite unlike like over under between among about
outside inside see read watch listen look click follow update updated editor's note photo
""".split()
    )
)


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
# Every given name, whatever its gender: a word that makes a run a person's name.
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES | EITHER_NAMES

# Sentence adverbs and pronouns that open a sentence ("Nonetheless, he ...", "Neither Pike nor
# Ray ...", "Already") and are capitalised only for that: never part of a name.
NOT_NAMES = NOT_NAMES | frozenset(
    """
nonetheless nevertheless neither either nor along furthermore otherwise perhaps maybe instead
anyway afterward afterwards hence therefore likewise similarly rather whether whatever whoever
already again together elsewhere everyone everybody someone somebody anyone anybody nobody none
nothing something everything anything yes thanks please sometimes often always
""".split()
)
