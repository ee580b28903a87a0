"""An invented corpus of 64 local-politics articles with recurring people, written in varied forms.

Everything here is made up for the tests (people, places, outlets). Each article opens with a
scene, names each speaker in full the first time (in one of their forms: title, middle initial,
nickname, suffix) and may come back to them by surname; some articles name a person by
surname alone, as later stories in a running series do. :func:`articles` also returns which
cast member said each quotation, so a test can check that each real person ends up in exactly
one speaker row, of the right kind.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    """One real person, organisation or group of the corpus, and the ways articles write it."""

    ident: str
    kind: str
    full: tuple[str, ...]  # forms for the first mention in an article
    role: str = ""
    surname: str = ""  # for later mentions ("Holloway said"); empty: always the full form
    bare: tuple[str, ...] = ()  # forms used on their own in an article (surname with a title)


CAST = (
    Member(
        "holloway",
        "person",
        ("Sen. Margaret A. Holloway", "Margaret Holloway", "Meg Holloway"),
        "who chairs the transportation committee",
        "Holloway",
        ("Holloway", "Sen. Holloway"),
    ),
    Member(
        "meyers",
        "person",
        ("Jonathan P. Meyers", "Jon Meyers", "Jonathan Meyers"),
        "an economist at the Lakeshore Institute",
        "Meyers",
        ("Meyers",),
    ),
    Member("kessler", "person", ("Robert Kessler", "Bob Kessler"), "a former governor", "Kessler"),
    Member("kessler-jr", "person", ("Robert Kessler Jr.",), "who runs a freight company"),
    Member("bill-tran", "person", ("William Tran", "Bill Tran"), "the county treasurer", "Tran"),
    Member("hannah-tran", "person", ("Hannah Tran",), "a nurse at Mercy General", "Tran"),
    Member(
        "okonkwo",
        "person",
        ("Elizabeth Okonkwo", "Liz Okonkwo", "Elizabeth N. Okonkwo"),
        "the deputy mayor",
        "Okonkwo",
        ("Ms. Okonkwo",),
    ),
    Member(
        "reyes-carter",
        "person",
        ("Daniel Reyes-Carter", "Dan Reyes-Carter"),
        "a union organizer",
        "Reyes-Carter",
        ("Reyes-Carter",),
    ),
    Member("courier", "organisation", ("The Harbor Courier", "the Harbor Courier")),
    Member("northwind", "organisation", ("Northwind Energy Inc.", "Northwind Energy")),
    Member("labor-party", "organisation", ("the Progressive Labor Party", "The Progressive Labor Party")),
    Member("transport-dept", "organisation", ("the Department of Transportation",)),
    # Organisation variants: an acronym the corpus spells out once, a campaign named by its
    # person's forms, a short form its article expands, and an acronym of two names (its own row).
    Member("transit", "organisation", ("the Harbor Transit Authority", "HTA", "the HTA")),
    Member(
        "holloway-campaign",
        "organisation",
        ("the Margaret Holloway campaign", "the Holloway campaign", "the Meg Holloway campaign"),
    ),
    Member("tribune", "organisation", ("The Bay Tribune", "the Tribune")),
    Member("county-council", "organisation", ("the Lake County Council",)),
    Member("citizens-coalition", "organisation", ("the Lakeshore Citizens Coalition",)),
    Member("lcc", "organisation", ("LCC",)),
    Member("republicans", "group", ("Senate Republicans",)),
    Member("democrats", "group", ("Democrats",)),
)
BY_ID = {m.ident: m for m in CAST}

SCENES = (
    "The harbor expansion plan cleared its first committee vote on Tuesday after a long hearing.",
    "A proposal to raise the county sales tax by half a cent drew a packed room on Monday night.",
    "The state's new rail timetable took effect this week, and commuters were quick to complain.",
    "Negotiations over the nurses' contract at Mercy General resumed on Thursday after a pause.",
    "The wind farm off Pelican Point moved a step closer after a permit hearing on Wednesday.",
    "City council members spent most of Friday arguing about the budget for road repairs.",
    "A report on the aging bridges of Lake County was released on Sunday.",
    "The governor's plan to merge two school districts faced its first public test this week.",
)
QUOTES = (
    "We are not going to let this port die",
    "The numbers simply do not add up",
    "Nobody asked the people who actually work here",
    "This is the best deal we could get this year",
    "We stand by every word we published",
    "We will review the decision carefully",
    "The families of this county deserve better",
    "We have heard these promises before",
    "The money is there if the will is there",
    "This vote is only the beginning",
    "I have never seen a budget this thin",
    "We cannot keep patching the same roads",
    "Our members will not accept a pay freeze",
    "The timetable was written by people who never ride the train",
    "Every delay costs us jobs",
    "We owe the taxpayers a straight answer",
    "The bridge inspections are years behind",
    "I would vote for it again tomorrow",
    "This plan was rushed from the start",
    "We are ready to sit down at any hour",
    "Nobody wants to close a school",
    "The turbines will be built, one way or another",
    "The hearing changed my mind on nothing",
    "We expect a ruling before the summer",
    "I am proud of what this committee did",
    "It is a tax on people who can least afford it",
    "Our engineers have answered every question",
    "The port has been losing ships for a decade",
    "We will take this fight to the ballot",
    "The district lines make no sense",
    "Commuters were promised faster trains, not slower ones",
    "We asked for a seat at the table",
)
DAYS = ("on Tuesday", "on Wednesday", "at the hearing", "in an interview", "by phone", "after the vote")


def _first_mention(member: Member, i: int, quote: str) -> str:
    form = member.full[i % len(member.full)]
    if member.kind == "organisation":
        form = member.full[(i // 5) % len(member.full)]  # an organisation recurs every 12 articles
        if form != member.full[0] and member.ident == "tribune":  # the article names it in full first
            return f'{member.full[0]} first reported the plan. "{quote}," {form} said in a statement.'
        return f'"{quote}," {form} said in a statement.'
    if member.kind == "group":
        return f'"{quote}," {form} said in a joint statement.'
    if i % 2:
        return f'"{quote}," said {form}, {member.role}.'
    return f'"{quote}," {form} said {DAYS[i % len(DAYS)]}.'


def _article(i: int) -> tuple[str, list[tuple[str, str]]]:
    """Article ``i``: its text and ``(quotation, cast id)`` for each quotation."""
    people = [m for m in CAST if m.kind == "person"]
    others = [m for m in CAST if m.kind != "person"]
    chosen = [people[i % len(people)], people[(i * 3 + 1) % len(people)], others[i % len(others)]]
    # Two people of one surname are never left to a bare surname in one article.
    if {chosen[0].ident, chosen[1].ident} in (
        {"bill-tran", "hannah-tran"},
        {"kessler", "kessler-jr"},
    ) or chosen[0] == chosen[1]:
        chosen[1] = people[(i * 3 + 2) % len(people)]
    lines = [SCENES[i % len(SCENES)]]
    said: list[tuple[str, str]] = []
    for slot, member in enumerate(chosen):
        quote = QUOTES[(i * 5 + slot * 7) % len(QUOTES)]
        if member.bare and i % 4 == 3 and slot == 0:  # a later story in a series: the surname alone
            lines.append(f'"{quote}," {member.bare[i % len(member.bare)]} told reporters.')
        else:
            lines.append(_first_mention(member, i + slot, quote))
        said.append((quote, member.ident))
    follow = chosen[0] if chosen[0].surname and not (chosen[0].bare and i % 4 == 3) else None
    if follow is not None:
        quote = QUOTES[(i * 5 + 3) % len(QUOTES)]
        lines.append(f'"{quote}," {follow.surname} said.')
        said.append((quote, follow.ident))
    lines.append(f"The matter returns to the full council in {('March', 'April', 'May', 'June')[i % 4]}.")
    return "\n\n".join(lines) + "\n", said


def articles(count: int = 64) -> list[tuple[dict, list[tuple[str, str]]]]:
    """``count`` articles as JSONL records, each with who said which quotation."""
    out = []
    for i in range(count):
        text, said = _article(i)
        record = {
            "id": f"courier-{i:03d}",
            "title": f"Lake County report {i}",
            "text": text,
            "published": f"2024-{i % 12 + 1:02d}-{i % 27 + 1:02d}",
            "source": "Lake County Ledger",
        }
        out.append((record, said))
    return out
