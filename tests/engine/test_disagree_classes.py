"""Disagreements by class of text: what is a real conflict between outlets and what only looks like one.

Each class is one kind of sentence pair a real story holds, written here as
fictional sentences: two counts of one thing at one time in other words, a
count given among other facts, a person's age, a date set by its own context,
one person named two ways. Each has its look-alikes that must stay silent:
one amount in two currencies, figures of other years or other people, tables
of percentages, names of flights and streets, negations that agree.
"""

from __future__ import annotations

from typing import Any

import pytest

from corroborate.engine import Analysis, analyze, kind_label, summarize, to_json, to_markdown
from corroborate.engine.conflicts import story_tolls
from corroborate.engine.conflicts.judge import compare
from corroborate.engine.text.figures import compatible
from corroborate.engine.text.names import spelling_aliases
from corroborate.engine.text.roles import persons
from corroborate.engine.text.specifics import analyse


def _kind(a: str, b: str) -> str | None:
    found = compare(a, b)
    reverse = compare(b, a)
    assert (found and found.kind) == (reverse and reverse.kind)  # the order never matters
    return found.kind if found else None


#: Real conflicts, each with the kind of disagreement it must be found as, and the
#: look-alikes that must stay silent; gathered class by class below, tested at the end.
CONFLICTS: list[Any] = []
LOOK_ALIKES: list[Any] = []
#: Real conflicts with the words each side differs by, as the report shows them.
DETAILED: list[Any] = []
#: Conflicts and look-alikes set in a two-outlet story (:func:`_story`), found or not
#: wherever in the story: the story's name, the kind, the first outlet's sentence, the
#: second's, and the words each side differs by (a conflict) or the first outlet's
#: closing sentence (a look-alike).
STORY_CONFLICTS: list[Any] = []
STORY_LOOK_ALIKES: list[Any] = []


#: Two outlets' short reports of one invented story, by the story's name: each outlet's
#: headline and opening sentence, the first outlet's closing sentence (which a test may
#: replace) and the second's.
_SETTINGS = {
    "drain": (
        "Body found in Orrin",
        "A body was found in a storm drain in Orrin on Saturday.",
        "The drain was sealed.",
        "Orrin storm drain death",
        "Workers found a body in an Orrin storm drain Saturday.",
        "The store reopened Sunday.",
    ),
    "bias case": (
        "Orrin firm wins bias case",
        "A jury cleared the Orrin Capital firm of bias claims on Monday.",
        "The trial lasted a month.",
        "Orrin Capital seeks costs after verdict",
        "The Orrin Capital firm asked a judge for its trial costs.",
        "The judge will rule in May.",
    ),
    "mall": (
        "Gunman held after Orrin mall shooting",
        "Police arrested a gunman after shots were fired at the Orrin mall.",
        "The mall was closed.",
        "Orrin mall shooting suspect charged",
        "A man was charged with attempted murder after the Orrin mall shooting.",
        "Shoppers were evacuated.",
    ),
    "costs": (
        "Marrow Freight seeks costs from former driver",
        "Marrow Freight asked a judge to make a former driver pay its trial costs.",
        "The hearing is in May.",
        "Trucking firm wants driver to pay after lawsuit",
        "The trucking firm that won a lawsuit brought by a former driver wants its costs back.",
        "The driver's lawyer did not comment.",
    ),
    "junta": (
        "Junta holds on in Vessa",
        "The junta that seized power in Vessa refused to step down on Tuesday.",
        "Talks resume Monday.",
        "Sanctions bite in Vessa",
        "Long lines formed at fuel stations in Vessa as sanctions took hold.",
        "Banks stayed shut.",
    ),
    "hall fire": (
        "Fire kills teenagers at Orrin dance hall",
        "Fire swept through a crowded dance hall in Orrin late Thursday.",
        "The cause is not yet known.",
        "Orrin mourns its young",
        "Parents waited outside the hospitals of Orrin for news on Friday.",
        "A vigil is planned for Sunday.",
    ),
    "ferry": (
        "Ferry inquiry opens in Tessel",
        "Investigators in Tessel opened an inquiry into the loss of the Halvard ferry.",
        "The inquiry goes on.",
        "Families of Halvard victims meet",
        "Relatives of the passengers met in Orrin to share their grief.",
        "A memorial is planned.",
    ),
}


def _one_conflict_never_support(analysis: Analysis, kind: str, one: str, other: str) -> None:
    """The analysis reports one disagreement of ``kind``, between ``one`` and ``other`` (in
    either order), and its two sentences never count as support for each other."""
    found = [d for d in analysis.disagreements if d.kind == kind]
    assert [d.detail for d in found] in ([f"{one} / {other}"], [f"{other} / {one}"])
    assert found[0].b not in analysis.corroboration(found[0].a)[1]


def _story(make_folder, setting: str, first: str, second: str, third: str | None = None):
    """The two outlets' reports of ``setting`` (:data:`_SETTINGS`), analysed: ``first`` in
    the first, ``second`` in the second, ``third`` closing the first when given."""
    a_title, a_lead, a_end, b_title, b_lead, b_end = _SETTINGS[setting]
    closing = a_end if third is None else third
    return analyze(
        make_folder(
            {
                "a.txt": f"{a_title}\n\n{a_lead}\n\n{first}\n\n{closing}",
                "b.txt": f"{b_title}\n\n{b_lead}\n\n{second}\n\n{b_end}",
            }
        )
    )


# -- two counts of the same thing at the same time ---------------------------------------
# two outlets counting one thing differently disagree on a number
CONFLICTS += [
    pytest.param(
        "number",
        "The explosion killed two, apparently the bombers, and wounded 19 shoppers.",
        "A van packed with explosives blew up outside the Larkin Street market on Friday, "
        "killing the two bombers, injuring 26 other people and closing the square.",
        id='the injured, counted as "wounded" by one outlet and "injuring ... other people" by another',
    ),
    pytest.param(
        "number",
        "Gunfire on Harbor Road early Tuesday left three people dead and at least six injured.",
        "Three people were killed, at least three were injured and police were searching "
        "for the gunman Tuesday.",
        id="one fact agreed (three dead), the other not (at least six / at least three injured)",
    ),
    pytest.param(
        "number",
        "A bureau spokesman said officers are checking possible sightings of the pair in "
        "11 states, most of them in the Midwest.",
        "Police in 19 states are also looking into possible sightings, but none has been "
        "confirmed.",
        id="little else in common but the words around the count: possible sightings in N states",
    ),
]


# a count in dozens is the dozens it multiplies, not a figure and a twelve
CONFLICTS += [
    pytest.param(
        "number",
        "Two dozen people were hurt when the Orrin footbridge gave way on Friday.",
        "Twelve people were hurt when the Orrin footbridge gave way on Friday.",
        id='"two dozen" hurt against twelve hurt',
    ),
    pytest.param(
        "number",
        "Half a dozen boats sank in the Tessel harbour storm, the coast guard said.",
        "Eleven boats sank in the Tessel harbour storm, the coast guard said.",
        id='"half a dozen" boats against eleven',
    ),
]
LOOK_ALIKES += [
    pytest.param(
        "Two dozen people were hurt when the Orrin footbridge gave way on Friday.",
        "24 people were hurt when the Orrin footbridge gave way on Friday.",
        id='"two dozen" and 24 are one count',
    ),
    pytest.param(
        "A half-dozen boats sank in the Tessel harbour storm, the coast guard said.",
        "Six boats sank in the Tessel harbour storm, the coast guard said.",
        id='"a half-dozen" and six are one count',
    ),
    pytest.param(
        "Several dozen boats sank in the Tessel harbour storm, the coast guard said.",
        "Twelve boats sank in the Tessel harbour storm, the coast guard said.",
        id='"several dozen" is no one figure, not the twelve of "a dozen"',
    ),
]


# a range of counts against a figure wholly outside it disagrees; one inside agrees
CONFLICTS += [
    pytest.param(
        "number",
        "The Tessel mine flood trapped between 10 and 15 workers on Friday, the operator said.",
        "The Tessel mine flood trapped 40 workers on Friday, the operator said.",
        id='"between 10 and 15" workers against 40',
    ),
    pytest.param(
        "number",
        "The storm in Orrin damaged 200-300 homes, the council said.",
        "The storm in Orrin damaged more than 500 homes, the council said.",
        id='"200-300" homes against "more than 500"',
    ),
]
LOOK_ALIKES += [
    pytest.param(
        "The Tessel mine flood trapped between 10 and 15 workers on Friday, the operator said.",
        "The Tessel mine flood trapped 12 workers on Friday, the operator said.",
        id="a figure inside the range",
    ),
    pytest.param(
        "The Tessel mine flood trapped 10 to 15 workers on Friday, the operator said.",
        "The Tessel mine flood trapped 16 workers on Friday, the operator said.",
        id="a figure just past an end of the range, within an estimate's reach",
    ),
    pytest.param(
        "The Tessel mine flood trapped 10 to 15 workers on Friday, the operator said.",
        "The Tessel mine flood trapped at least 5 workers on Friday, the operator said.",
        id="a floor below the range, which the range can meet",
    ),
    pytest.param(
        "Workers trapped by the Tessel mine flood rose from 10 to 15 on Friday.",
        "The Tessel mine flood trapped 40 workers on Friday, the operator said.",
        id="a change from one figure to another is no range",
    ),
    pytest.param(
        "The Tessel mine flood trapped 10 to 15 workers on Friday and flooded 40 homes.",
        "The Tessel mine flood flooded 40 homes on Friday, the operator said.",
        id="the other figure counts another thing the range's sentence also gives",
    ),
    pytest.param(
        "The Tessel mine flood trapped 10 to 15 workers on Friday, the operator said.",
        "The Tessel mine flood forced 40 families from their homes on Friday.",
        id="a figure outside the range that counts another thing",
    ),
    pytest.param(
        "Children aged 5-12 were on the bus when it crashed near Sarn, police said.",
        "Forty children were on the bus when it crashed near Sarn, police said.",
        id="a range of ages against a count of the same people",
    ),
    pytest.param(
        "Children between the ages of 5 and 12 were on the bus when it crashed near Sarn.",
        "Forty children were on the bus when it crashed near Sarn.",
        id="a range of ages told in words against a count",
    ),
]


# two ages or distances for one referent disagree
CONFLICTS += [
    pytest.param(
        "number",
        "The 72-year-old Hale pleaded guilty to the weapons charge in March.",
        "Hale, 73, pleaded guilty to the weapons charge in March.",
        id="ages given for one named person",
    ),
    pytest.param(
        "number",
        "The village of Brenna lies 12 miles from the border crossing.",
        "Brenna is 20 miles from the border crossing, the army said.",
        id="one distance for one place",
    ),
]


# two days for one reopening disagree though the sentences differ around them
CONFLICTS += [
    pytest.param(
        "date",
        "The ferry service will resume Friday if divers find no damage to the pier, Moreau said.",
        "Harbour Lines said the ferry service across the bay would resume Saturday.",
        id="two days for one reopening disagree though the sentences differ around them",
    ),
]


# -- one thing counted, its word standing further from one figure -------------------------
# one thing counted with its word further from one figure is a number conflict
CONFLICTS += [
    pytest.param(
        "number",
        "Voter turnout in the Tessel referendum reached 64 percent, the board said.",
        "The board put turnout in the Tessel referendum at 57 percent.",
        id="the counted word beside one figure, at the head of the other's clause",
    ),
    pytest.param(
        "number",
        "The missing Varga statue is valued at 2 million euros.",
        "Insurers value the missing Varga statue at 900,000 euros.",
        id="the valuing verb four words before the second figure",
    ),
    pytest.param(
        "number",
        "The fire at the Orrin depot killed 12 people, officials said.",
        "At least 15 people died in the fire at the Orrin depot, officials said.",
        id='"12 people" names nothing the dead contradict',
    ),
    pytest.param(
        "number",
        "The Halvard ferry was carrying 150 passengers.",
        "The Halvard ferry had 210 passengers aboard.",
        id="one says more of what it counts",
    ),
]


# figures of a part or of other things in one story do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Officials blame the group for the May 3 bombings of embassies in Tarn and Orrin "
        "that killed 96 people, including 4 diplomats.",
        "Later, Hale travelled to Orrin where, officials believe, he joined in the May 3 "
        "bombing of the embassy that left 11 people dead.",
        id="a whole (two embassies, named places) and a part (one embassy)",
    ),
    pytest.param(
        "Turnout reached 64 percent, the board said.",
        "The board said 57 percent of voters backed the plan and turnout was high.",
        id="the counted word of one is in the other's sentence, beside another figure",
    ),
    pytest.param(
        "The Orrin poll, which interviewed 2,104 people, had a margin of error of plus or "
        "minus two percentage points.",
        "It has a margin of sampling error of plus or minus three points.",
        id="a poll's sample and another poll's margin: the margin's word stands by the; first poll's own margin, not by its sample",
    ),
    pytest.param(
        "Halvard Corp. will cut 450 jobs at its Tessel plant.",
        "Halvard Corp., which employs 3,000 workers at its Tessel plant, declined to comment.",
        id="a payroll and a cut",
    ),
]


# -- one person's age, one quake's magnitude ---------------------------------------------
# one persons age or one quakes magnitude written two ways is a number conflict
DETAILED += [
    pytest.param(
        "number",
        "Hale, a 34-year-old father of two, was killed.",
        "Hale, 36, was killed in the crash.",
        "34 / 36",
        id="an age with a description after it is no sum of the description's figures",
    ),
    pytest.param(
        "number",
        "A 6.1-magnitude earthquake struck Orrin on Sunday.",
        "A magnitude 5.8 earthquake struck Orrin on Sunday.",
        "6.1 / 5.8",
        id="an age with a description after it is no sum of the description's figures (2)",
    ),
]


# an amount's unit is shown as the sentence writes it: its currency sign or code before
# it, its unit word after it; a count of people keeps its bare figure
DETAILED += [
    pytest.param(
        "number",
        "Korvath Mining agreed to buy the Selden smelter for $2.2 billion, the company said.",
        "Korvath Mining agreed to buy the Selden smelter for $2.5 billion, the company said.",
        "$2.2 billion / $2.5 billion",
        id="a price in dollars keeps its sign",
    ),
    pytest.param(
        "number",
        "Korvath Mining agreed to buy the Selden smelter for £220m, its board said.",
        "Korvath Mining agreed to buy the Selden smelter for £250m, its board said.",
        "£220m / £250m",
        id="a price in pounds with a short scale keeps its sign",
    ),
    pytest.param(
        "number",
        "The Selden smelter cost US$2.2 billion to build, the ministry said.",
        "The Selden smelter cost US$2.5 billion to build, the ministry said.",
        "US$2.2 billion / US$2.5 billion",
        id="a price with a country's code on its sign keeps both",
    ),
    pytest.param(
        "number",
        "The Selden smelter cost 2.2 billion dollars to build, the ministry said.",
        "The Selden smelter cost 2.5 billion dollars to build, the ministry said.",
        "2.2 billion dollars / 2.5 billion dollars",
        id="a price with its currency in a word after it keeps the word",
    ),
    pytest.param(
        "number",
        "Fares on the Orrin line rose 40 per cent in May, the operator said.",
        "Fares on the Orrin line rose 45 per cent in May, the operator said.",
        "40 per cent / 45 per cent",
        id="a share in two words keeps both",
    ),
    pytest.param(
        "number",
        "The Varnholm depot fire hurt 40 people on Sunday, officials said.",
        "The Varnholm depot fire hurt 45 people on Sunday, officials said.",
        "40 / 45",
        id="a count of people has no unit to keep",
    ),
]


# another country's dollar is not the dollar of other sentences: "C$40 million" and
# "$31 million" are one price converted, never two prices
LOOK_ALIKES += [
    pytest.param(
        "The Selden smelter cost C$40 million to build, the ministry said.",
        "The Selden smelter cost $31 million to build, the ministry said.",
        id="a price in Canadian dollars and its conversion",
    ),
    pytest.param(
        "The Selden smelter cost HK$40 million to build, the ministry said.",
        "The Selden smelter cost $5 million to build, the ministry said.",
        id="a price in Hong Kong dollars and its conversion",
    ),
    pytest.param(
        "The Selden smelter cost NZ$40 million to build, the ministry said.",
        "The Selden smelter cost A$36 million to build, the ministry said.",
        id="a price in two other countries' dollars",
    ),
]


# ages of other people or times and magnitudes of other quakes do not disagree
LOOK_ALIKES += [
    pytest.param(
        "By Tuesday morning the fire had killed 30 people and injured 80, officials said.",
        "By Tuesday evening the fire had killed 45 people and injured 80, officials said.",
        id="a toll by one day's morning and by its evening: two moments of a count",
    ),
    pytest.param(
        "The storm had cut power to 12,000 homes, the utility said on Monday morning.",
        "The storm had cut power to 20,000 homes, the utility said on Monday night.",
        id="a count reported in the morning and at night of one day: two updates",
    ),
]
LOOK_ALIKES += [
    pytest.param(
        "Tom Hale, 34, was killed in the crash.",
        "Ann Hale, 36, was hurt in the crash.",
        id="two people of one family",
    ),
    pytest.param(
        "Hale, a 34-year-old father of two, was killed.",
        "Hale, 12, was killed in the crash.",
        id="a father and a son",
    ),
    pytest.param(
        "Hale, who was 34 when he was first arrested in 2010, died on Sunday.",
        "Hale, 36, died on Sunday.",
        id="an age at another time",
    ),
    pytest.param(
        "A 6.1-magnitude earthquake struck Orrin on Sunday.",
        "A magnitude 4.2 aftershock struck Orrin hours later on Sunday.",
        id="a quake and its aftershock",
    ),
    pytest.param(
        "A 6.1-magnitude earthquake struck Orrin on Sunday.",
        "A strong aftershock struck Orrin on Monday.",
        id="... and on another day: the place and the verb are all they share",
    ),
]


# -- one prison term ----------------------------------------------------------------------
# one persons prison term given two lengths is a number conflict
CONFLICTS += [
    pytest.param(
        "number",
        "Hale was sentenced to 10 years in prison.",
        "Hale was sentenced to 12 years in prison.",
        id="one persons prison term given two lengths is a number conflict",
    ),
    pytest.param(
        "number",
        "Hale got a 10-year prison term for the Orrin fraud.",
        "Hale was jailed for 12 years for the Orrin fraud.",
        id="one persons prison term given two lengths is a number conflict (2)",
    ),
    pytest.param(
        "number",
        "Hale was sentenced Monday to 10 years in prison.",
        "A judge sentenced Hale to 12 years in prison on Monday.",
        id="one persons prison term given two lengths is a number conflict (3)",
    ),
]


# terms sought served bounded or of others and other spans do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Prosecutors had sought 15 years in prison for Hale.",
        "Hale was sentenced to 12 years in prison.",
        id="a term sought, faced, served, before parole, or the law's bound",
    ),
    pytest.param(
        "Hale faces up to 20 years in prison.",
        "Hale was sentenced to 12 years in prison.",
        id="a term sought, faced, served, before parole, or the law's bound (2)",
    ),
    pytest.param(
        "Hale was sentenced to 10 years in prison.",
        "Hale will be eligible for parole after 7 years in prison.",
        id="a term sought, faced, served, before parole, or the law's bound (3)",
    ),
    pytest.param(
        "Hale, who spent 12 years in prison, was freed on Monday.",
        "Hale was sentenced to 10 years in prison in 1998.",
        id="a term sought, faced, served, before parole, or the law's bound (4)",
    ),
    pytest.param(
        "He served less than two of an 11-year sentence.",
        "The charges carry a minimum prison sentence of five years.",
        id="a term sought, faced, served, before parole, or the law's bound (5)",
    ),
    pytest.param(
        "Hale's co-defendant, Tom Reed, was sentenced to 8 years in prison.",
        "Hale was sentenced to 12 years in prison.",
        id="another person's term",
    ),
    pytest.param(
        "The talks will last four days.",
        "The talks will last two days.",
        id="spans of time the article counts from its own day",
    ),
]


# -- one person given two ranks ----------------------------------------------------------


def test_one_person_given_two_ranks_by_two_outlets_is_a_role_conflict_not_a_name_one(
    make_folder,
) -> None:
    analysis = _story(
        make_folder,
        "drain",
        "Lt. John Corina of the Orrin sheriff's department said the death was under investigation.",
        "Sgt. John Corina said detectives were investigating the death.",
    )
    found = [d for d in analysis.disagreements if d.kind == "role"]
    assert [d.detail for d in found] == ["Lt. John Corina / Sgt. John Corina"]


def test_a_role_two_outlets_give_one_person_is_reported_as_roles_not_names(make_folder) -> None:
    analysis = _story(
        make_folder,
        "bias case",
        '"The rise is real," said study lead author Dr. Mara Velk of Orrin University.',
        "Mara Velk, the study's senior author, said the rise was real.",
    )
    assert [d.kind for d in analysis.disagreements] == ["role"]
    assert not analysis.spellings
    summary = summarize(analysis)
    markdown = to_markdown(summary)
    assert "Roles differ: study lead author / senior author" in markdown
    assert "Names differ" not in markdown
    assert [d["kind"] for d in to_json(summary)["disagreements"]] == ["role"]
    assert kind_label("role") == "Roles differ"


# ranks that may be one persons or of other people or posts do not disagree
STORY_LOOK_ALIKES += [
    pytest.param(
        "drain",
        "role",
        "Lt. Col. Anna Reyes said the death was under investigation.",
        "Col. Anna Reyes said detectives were investigating the death.",
        "The drain was sealed.",
        id="a shortened title and the full one",
    ),
    pytest.param(
        "drain",
        "role",
        "Lt. Anna Reyes said the death was under investigation.",
        "Sgt. Anna Reyes said detectives were investigating the death.",
        "Reyes was promoted, and Sgt. Anna Reyes now leads the unit.",
        id="a source that gives both ranks tells of a promotion",
    ),
    pytest.param(
        "drain",
        "role",
        "Lt. John Corina said the death was under investigation.",
        "Sgt. Ann Corina said detectives were investigating the death.",
        "The drain was sealed.",
        id="two people of one surname",
    ),
    pytest.param(
        "drain",
        "role",
        "Secretary-General Kofi Annan said the death was a tragedy.",
        "General Kofi Annan said the death was a tragedy.",
        "The drain was sealed.",
        id="posts and firms that begin with a rank's word",
    ),
    pytest.param(
        "drain",
        "role",
        "General Motors Corp. said its plant was closed.",
        "Major Motors Corp. said its plant was closed.",
        "The drain was sealed.",
        id="posts and firms that begin with a rank's word (2)",
    ),
]


# -- one person given two titles of a set ------------------------------------------------


# one person given two titles of one set by two outlets is a role conflict, not a name one
STORY_CONFLICTS += [
    pytest.param(
        "bias case",
        "role",
        '"The rise is real," said study lead author Dr. Mara Velk of Orrin University.',
        "Mara Velk, the study's senior author, said the rise was real.",
        "study lead author / senior author",
        id="a study's lead author and its senior author",
    ),
    pytest.param(
        "bias case",
        "role",
        "The jury rejected the claims of former partner Lena Sorvik.",
        "The firm is asking the former associate, Lena Sorvik, to pay its costs.",
        "former partner / former associate",
        id="a firm's partner and its associate, the name after or before the title",
    ),
    pytest.param(
        "bias case",
        "role",
        "Tomas Ardell, an assistant professor of law, called the verdict fair.",
        "Associate professor Tomas Ardell called the verdict fair.",
        "assistant professor / Associate professor",
        id="an assistant and an associate professor",
    ),
    pytest.param(
        "bias case",
        "role",
        "Sen. Hana Brill, D-Vel., asked for a hearing.",
        "Republican Sen. Hana Brill asked for a hearing.",
        "D-Vel. / Republican",
        id="two parties for one senator",
    ),
    pytest.param(
        "bias case",
        "role",
        "Orrin Prime Minister Tomas Ardell said he would back the fund.",
        "The talks began as Velk's envoy met Orrin's finance minister, Tomas Ardell, on Monday.",
        "Prime Minister / finance minister",
        id="a prime minister and a finance minister, the name after or before the title",
    ),
]


# titles that agree tell nothing or are of other people do not disagree
STORY_LOOK_ALIKES += [
    pytest.param(
        "bias case",
        "role",
        "Lena Sorvik, a former partner, spoke.",
        "Former partner Lena Sorvik spoke.",
        "The trial lasted a month.",
        id='one title on both sides, or a bare "professor" that tells neither way',
    ),
    pytest.param(
        "bias case",
        "role",
        "Tomas Ardell, an associate professor of law, spoke.",
        "Professor Tomas Ardell spoke.",
        "The trial lasted a month.",
        id='one title on both sides, or a bare "professor" that tells neither way (2)',
    ),
    pytest.param(
        "bias case",
        "role",
        "Her business partner Lena Sorvik testified.",
        "The former associate, Lena Sorvik, spoke.",
        "The trial lasted a month.",
        id="words that only look like the titles: another kind of partner, an associate editor",
    ),
    pytest.param(
        "bias case",
        "role",
        "Associate editor Lena Sorvik covered the trial.",
        "Partner Lena Sorvik spoke.",
        "The trial lasted a month.",
        id="words that only look like the titles: another kind of partner, an associate editor (2)",
    ),
    pytest.param(
        "bias case",
        "role",
        "Former partner Lena Sorvik spoke.",
        "The former associate, Ivo Sorvik, spoke.",
        "The trial lasted a month.",
        id="two people of one surname (2)",
    ),
    pytest.param(
        "bias case",
        "role",
        "Former associate Lena Sorvik spoke.",
        "Lena Sorvik, a partner at the firm, spoke.",
        "Partner Lena Sorvik had joined the firm in 2008.",
        id="a source that gives both titles tells of a promotion",
    ),
    pytest.param(
        "bias case",
        "role",
        "Former assistant professor Tomas Ardell spoke.",
        "Associate professor Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a title the person has left beside the one held now: promoted since",
    ),
    pytest.param(
        "bias case",
        "role",
        "Orrin's finance minister, Tomas Ardell, a former prime minister, spoke.",
        "Former Prime Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a post the person has left beside the one held now",
    ),
    pytest.param(
        "bias case",
        "role",
        "Deputy Prime Minister Tomas Ardell spoke.",
        "Finance Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a deputy prime minister may hold a ministry too",
    ),
    pytest.param(
        "bias case",
        "role",
        "Prime Minister and Finance Minister Tomas Ardell said the fund was safe.",
        "Prime Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a prime minister who is finance minister too holds two posts at once",
    ),
    pytest.param(
        "bias case",
        "role",
        "Acting Prime Minister Tomas Ardell spoke.",
        "Finance Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="an acting prime minister keeps the ministry he holds",
    ),
    pytest.param(
        "bias case",
        "role",
        "Vice Prime Minister Tomas Ardell spoke.",
        "Trade Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a vice prime minister may hold a ministry too",
    ),
    pytest.param(
        "bias case",
        "role",
        "Tomas Ardell, Orrin's prime minister-designate, spoke.",
        "Finance Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a prime minister-designate is not yet prime minister",
    ),
    pytest.param(
        "bias case",
        "role",
        "Tomas Ardell, Prime Minister Ivo Brann's spokesman, spoke.",
        "Trade Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a post before another person's name is that person's",
    ),
    pytest.param(
        "bias case",
        "role",
        "The late prime minister Tomas Ardell founded the party his son leads.",
        "Finance Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="a late prime minister and a finance minister of his name are father and son",
    ),
    pytest.param(
        "bias case",
        "role",
        "Incoming Prime Minister Tomas Ardell spoke.",
        "Finance Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="an incoming prime minister still holds the ministry he leaves",
    ),
    pytest.param(
        "bias case",
        "role",
        "Ousted Prime Minister Tomas Ardell spoke.",
        "Trade Minister Tomas Ardell spoke.",
        "The trial lasted a month.",
        id="an ousted prime minister has left the post",
    ),
    pytest.param(
        "bias case",
        "role",
        "Then-associate Lena Sorvik filed the suit.",
        "Partner Lena Sorvik spoke.",
        "The trial lasted a month.",
        id="a title the person has left beside the one held now: promoted since (2)",
    ),
    pytest.param(
        "bias case",
        "role",
        "Lena Sorvik, the lead author's adviser, spoke.",
        "Lena Sorvik, the study's senior author, spoke.",
        "The trial lasted a month.",
        id='the title of someone the person is named beside ("the lead author\'s adviser")',
    ),
    pytest.param(
        "bias case",
        "role",
        "The Republican National Committee asked for a hearing.",
        "The Democratic National Committee asked for a hearing.",
        "The trial lasted a month.",
        id="a party's body is no member of it",
    ),
]


# -- one person given two ages anywhere in the story -------------------------------------


def test_one_person_given_two_ages_in_unlike_sentences_is_a_number_conflict(make_folder) -> None:
    analysis = _story(
        make_folder,
        "mall",
        "Tom Hale, 34, had bought the rifle a week earlier, detectives said.",
        "Prosecutors said the 36-year-old Tom Hale will appear in court on Monday.",
    )
    found = [d for d in analysis.disagreements if d.kind == "number"]
    assert [d.detail for d in found] == ["34 / 36"]
    assert found[0].b not in analysis.corroboration(found[0].a)[1]


# ages for a surname another year or two times do not disagree
STORY_LOOK_ALIKES += [
    pytest.param(
        "mall",
        "number",
        "Hale, 34, had bought the rifle a week earlier, detectives said.",
        "Prosecutors said the 36-year-old Hale will appear in court on Monday.",
        "The mall was closed.",
        id="a surname alone: a family shares it",
    ),
    pytest.param(
        "mall",
        "number",
        "Tom Hale, 34 in 2015, had been arrested before, detectives said.",
        "Prosecutors said the 36-year-old Tom Hale will appear in court on Monday.",
        "The mall was closed.",
        id="an age of another year",
    ),
    pytest.param(
        "mall",
        "number",
        "Tom Hale, 34, had bought the rifle a week earlier, detectives said.",
        "Prosecutors said the 36-year-old Tom Hale will appear in court on Monday.",
        "Tom Hale, 33, had left the army last spring.",
        id="a source giving the name two ages tells of two times",
    ),
]


# -- one exact figure given two values anywhere in the story ------------------------------


# one exact figure given two values in unlike sentences is a number conflict
STORY_CONFLICTS += [
    pytest.param(
        "costs",
        "number",
        "The company said the trial cost it $481,263 in expert fees and court charges.",
        "Marrow Freight filed papers Tuesday seeking $481,236 in legal costs from Dana Ruiz.",
        "$481,263 / $481,236",
        id="a sum to the dollar, one digit apart, in sentences that share little else",
    ),
    pytest.param(
        "costs",
        "number",
        "Inspectors tallied 12,347 drivers who had worked for the firm since 2001.",
        "The firm has employed 12,374 people over two decades, its filing says.",
        "12,347 / 12,374",
        id="an exact count of people, in other words",
    ),
    pytest.param(
        "costs",
        "number",
        "Marrow Freight lost $514.6 million last year, the court papers show.",
        "The trucking firm, which reported a $514.3 million loss, declined to comment.",
        "$514.6 million / $514.3 million",
        id="a sum given to four digits with its scale word",
    ),
]


# rounded far apart named or one sources two exact figures do not disagree
STORY_LOOK_ALIKES += [
    pytest.param(
        "costs",
        "number",
        "The company said the trial cost it $481,263 in expert fees and court charges.",
        "Marrow Freight filed papers Tuesday seeking about $481,000 in legal costs.",
        "The hearing is in May.",
        id="a round figure is a rounding of the exact one",
    ),
    pytest.param(
        "costs",
        "number",
        "The company said the trial cost it $481,263 in expert fees and court charges.",
        "Marrow Freight filed papers Tuesday seeking $481,300 in legal costs.",
        "The hearing is in May.",
        id="a round figure is a rounding of the exact one (2)",
    ),
    pytest.param(
        "costs",
        "number",
        "Marrow Freight lost $26.6 million last year, the court papers show.",
        "The trucking firm, which reported a $26.7 million loss, declined to comment.",
        "The hearing is in May.",
        id="a round figure is a rounding of the exact one (3)",
    ),
    pytest.param(
        "costs",
        "number",
        "The company said the trial cost it $481,263 in expert fees and court charges.",
        "Marrow Freight filed papers Tuesday seeking $468,517 in legal costs.",
        "The hearing is in May.",
        id="figures further apart than a slip may count two things",
    ),
    pytest.param(
        "costs",
        "number",
        "The company said the trial cost it $481,263 in expert fees and court charges.",
        "Marrow Freight filed papers Tuesday seeking $481,236 in legal costs.",
        "The driver's own costs came to $481,236, her lawyer said.",
        id="one source writes both: two things it counts (one side's costs, the other's)",
    ),
    pytest.param(
        "costs",
        "number",
        "Marrow Freight's Flight 4417 carried the files to the court.",
        "The files came on Flight 4414 from Orrin, the filing says.",
        "The hearing is in May.",
        id="numbers that name things: a flight, a room, a street address",
    ),
    pytest.param(
        "costs",
        "number",
        "The papers were served at 1313 Larkin Street on Monday.",
        "A neighbour at 1311 Larkin Street saw the courier arrive, the firm said.",
        "The hearing is in May.",
        id="numbers that name things: a flight, a room, a street address (2)",
    ),
    pytest.param(
        "costs",
        "number",
        "The company said the trial cost it $12,347 in expert fees and court charges.",
        "The firm has employed 12,374 people over two decades, its filing says.",
        "The hearing is in May.",
        id="a figure of another kind: money against a count",
    ),
]


# -- one length in two units ------------------------------------------------------------
# one length in two units that cannot both hold is a number conflict
DETAILED += [
    pytest.param(
        "number",
        "The Tessel bridge spans 400 metres across the gorge.",
        "The Tessel bridge spans 1,800 feet across the gorge.",
        "400 metres / 1,800 feet",
        id="one length in two units that cannot both hold is a number conflict",
    ),
    pytest.param(
        "number",
        "The fire burned 12 miles east of Orrin, officials said.",
        "The fire burned 30 kilometres east of Orrin, officials said.",
        "12 miles / 30 kilometres",
        id="one length in two units that cannot both hold is a number conflict (2)",
    ),
    pytest.param(
        "number",
        "The whale was 15 metres long, the Orrin aquarium said.",
        "The Orrin aquarium said the whale was 30 feet long.",
        "15 metres / 30 feet",
        id="one length in two units that cannot both hold is a number conflict (3)",
    ),
]


# lengths that convert alike or measure other things do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The Tessel bridge spans 400 metres across the gorge.",
        "The Tessel bridge spans about 1,300 feet across the gorge.",
        id="a conversion the other outlet rounded",
    ),
    pytest.param(
        "The fire burned 12 miles east of Orrin, officials said.",
        "The fire burned 19 kilometres east of Orrin, officials said.",
        id="a conversion the other outlet rounded (2)",
    ),
    pytest.param(
        "The Tessel bridge spans 400 metres (1,312 feet) across the gorge.",
        "The Tessel bridge spans 1,300 feet across the gorge.",
        id="the conversion in brackets is no length of its own",
    ),
    pytest.param(
        "The storm dumped 2 feet of snow on Tessel.",
        "The storm struck Tessel 40 miles from the coast.",
        id="two lengths of two things",
    ),
    pytest.param(
        "The fire burned 12 miles east of Orrin, officials said.",
        "The fire burned 30 kilometres of forest in the Orrin hills, officials said.",
        id="two lengths of two things (2)",
    ),
]


def test_a_length_in_two_units_between_outlets_is_reported_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Tessel bridge opens\n\nThe Tessel bridge opened to traffic on Monday "
            "after four years of work.\n\nThe Tessel bridge spans 400 metres across the "
            "gorge.\n\nThe mayor cut the ribbon.",
            "b.txt": "New bridge over Tessel gorge\n\nDrivers crossed the new Tessel bridge "
            "for the first time on Monday.\n\nThe Tessel bridge spans 1,800 feet across the "
            "gorge.\n\nTolls start next month.",
        }
    )
    _one_conflict_never_support(analyze(folder), "number", "400 metres", "1,800 feet")


# -- one step of a planned thing dated in other words --------------------------------------
# one step of a planned thing dated two days in other words is a date conflict
DETAILED += [
    pytest.param(
        "date",
        "The vote on the Orrin harbour plan is scheduled for Oct. 14.",
        "The vote on the Orrin harbour plan will be held on Oct. 16.",
        "Oct. 14 / Oct. 16",
        id="one step of a planned thing dated two days in other words is a date conflict",
    ),
    pytest.param(
        "date",
        "Schools in the Orrin district will stay closed until Friday.",
        "Schools in the Orrin district will remain shut until Wednesday.",
        "Friday / Wednesday",
        id="one step of a planned thing dated two days in other words is a date conflict (2)",
    ),
    pytest.param(
        "date",
        "The Tessel festival starts on Friday, the organisers said.",
        "The Tessel festival begins on Saturday, the organisers said.",
        "Friday / Saturday",
        id="one step of a planned thing dated two days in other words is a date conflict (3)",
    ),
    pytest.param(
        "date",
        "Hale's trial is due to begin on Thursday at Orrin Crown Court.",
        "Hale's trial will open at Orrin Crown Court on Monday.",
        "Thursday / Monday",
        id="a named place between the opening and its day",
    ),
]


# days of two steps of a planned thing do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The Orrin summit will be held on Monday, officials said.",
        "The Orrin talks will begin on Tuesday, officials said.",
        id="a meeting held, and talks beginning: two steps",
    ),
    pytest.param(
        "Schools in the Orrin district will stay closed until Friday.",
        "Schools in the Orrin district will reopen on Wednesday.",
        id="closed until one day, reopening on another: both may hold",
    ),
    pytest.param(
        "The Orrin bridge will close on Monday for repairs.",
        "The Orrin bridge will reopen on Friday after repairs.",
        id="closed until one day, reopening on another: both may hold (2)",
    ),
    pytest.param(
        "Jury selection in Hale's trial at Orrin court began Monday.",
        "Opening statements in Hale's trial at Orrin court are scheduled for Thursday.",
        id="two steps of one trial",
    ),
    pytest.param(
        "Reyes is the best-known dissident tried since Varga Square student leader Tom Hale "
        "in 1996.",
        "Reyes was a student leader in the protests in Varga Square in 1989.",
        id="one place is passed over, not two: the protests are dated, not the leader",
    ),
]


# -- one event dated two days of the month -----------------------------------------------
# one event given two days of the month by two outlets is a date conflict
DETAILED += [
    pytest.param(
        "date",
        "In a Morrow Gazette column published Oct. 14, the composer Lena Varga said the "
        "orchestra had dropped her commission without notice.",
        "Lena Varga, a composer from Tessel, told the Morrow Gazette in an interview on "
        "Oct. 12 that the orchestra had dropped her commission.",
        "Oct. 14 / Oct. 12",
        id="other words beside each day, one thing (the Gazette piece) dated in both clauses",
    ),
    pytest.param(
        "date",
        "The Halvard ferry capsized on Sept. 2 near Tarn Point, killing 14 passengers.",
        "The Sept. 4 capsizing of the Halvard ferry near Tarn Point killed 14 passengers.",
        "Sept. 2 / Sept. 4",
        id="the event's word before one day and after the other",
    ),
]


# days of other steps statements or events do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Police arrested Marten Hale on Oct. 2 and charged him with arson at the Tessel mill.",
        "Marten Hale was charged on Oct. 5 with arson at the Tessel mill, police said.",
        id="two steps of one story: the arrest and the charge, each dated",
    ),
    pytest.param(
        "The Tessel council said on Oct. 3 that the mill would close for good.",
        "The Tessel council said on Oct. 6 that the mill would close for good.",
        id="the day a statement was made is no event's day",
    ),
    pytest.param(
        "The Halvard ferry capsized on Sept. 2 near Tarn Point, killing 14 passengers.",
        "Divers reached the wreck of the Halvard ferry near Tarn Point on Sept. 4.",
        id="two sentences about other things, each with its own day",
    ),
]


# one part given two names before one actor is a name conflict
DETAILED += [
    pytest.param(
        "name",
        "Among them are the singer Ray Cole (Dan Ferris) and his cousin Paul Arden (Tom Wilkes).",
        "Cole and his cousin Paul Harden (Tom Wilkes) decide to stay the night at the motel.",
        "Paul Arden / Paul Harden",
        id="one part given two names before one actor is a name conflict",
    ),
]


# -- look-alikes that must stay silent ---------------------------------------------------
# figures for other currencies periods people or things do not disagree
LOOK_ALIKES += [
    pytest.param(
        "At $420 a share, the offer would value the carmaker at $72 billion.",
        "Shareholders would be offered £326 a share, valuing the carmaker at more than $70bn.",
        id="one amount in two currencies",
    ),
    pytest.param(
        "The council plans to plant 10,000 trees along the river by 2030.",
        "The council has planted 2,000 trees along the river this year.",
        id="figures of different periods",
    ),
    pytest.param(
        "City officials flushed 7.8 million gallons from the reservoir in 2011.",
        "A former lobbyist said flushing 38 million gallons from the reservoir is a bad idea.",
        id="figures of different periods (2)",
    ),
    pytest.param(
        "A reward is offered for the return of missing 9-year-old Carla Dunn, who was "
        "taken a week ago.",
        "Her mother says she always distrusted Gary Sims, the 57-year-old man who took her "
        "daughter.",
        id="ages of two different people",
    ),
    pytest.param(
        "After her partner's death in 1999 aged 71, Marsh went on presenting.",
        "Edna Marsh, the other half of the cookery duo, has died in Leeds aged 66.",
        id="ages of two different people (2)",
    ),
    pytest.param(
        "Survival was 95.1 percent for younger patients versus 91.9 percent for older "
        "patients, and 76 percent versus 70.3 percent for regional disease.",
        "Of these patients, nearly 15 percent were younger than 50.",
        id="a table of percentages: the words around one figure are the other figures' too",
    ),
    pytest.param(
        "While 53 percent of younger patients received radiation, 48 percent of older people did.",
        "Of these patients, nearly 15 percent were younger than 50.",
        id="a table of percentages: the words around one figure are the other figures' too (2)",
    ),
    pytest.param(
        "Controllers cleared the plane to climb to 34,000 ft before contact was lost.",
        "Flight 8502 did not have permission to fly that route, officials said.",
        id="figures that name or place: a flight, a street block, a ratio",
    ),
    pytest.param(
        "The second shooting happened in the 5500 block of East 84th Street.",
        "Police found the car in the 4200 block of East 68th Street.",
        id="figures that name or place: a flight, a street block, a ratio (2)",
    ),
    pytest.param(
        "By 2030 more than one in 10 colon cancers will be found in people under 50.",
        "One in seven colon cancer patients is under 50.",
        id="figures that name or place: a flight, a street block, a ratio (3)",
    ),
    pytest.param(
        "Finance ministers of the Group of Seven met in Corley on Friday.",
        "Finance ministers of the Group of Eight met in Corley on Friday.",
        id="figures that name or place: a flight, a street block, a ratio (4)",
    ),
    pytest.param(
        '"We have found four big parts of the plane," the rescue chief told reporters.',
        "Search teams said they had found two big objects believed to be from the plane.",
        id="two finds at two moments of a search, counted in different words",
    ),
]


# negations that agree and partial names do not disagree
LOOK_ALIKES += [
    pytest.param(
        "No police officers fired shots during the response, the sheriff said.",
        "He did not say how many shots were fired, but said none were fired by police.",
        id='both deny it: "none were fired by police" agrees with "no police officer fired"',
    ),
    pytest.param(
        "Lawmakers made possession a petty offence that would not result in a criminal record.",
        "The law makes possession a petty offence that could result in a fine but not in "
        "a criminal record.",
        id="both say it would not lead to a record",
    ),
    pytest.param(
        "Plans for a second summit in Vienna appear to be on hold.",
        "The Kremlin said the Vienna summit cannot be postponed, because no date was ever set.",
        id='"on hold" and "cannot be postponed, as no date was set" do not contradict',
    ),
    pytest.param(
        "The lead singer Larry (Al Stone) and his friend decide to take a room.",
        "We get our bearings when Reed (Al Stone) and his friend take a room.",
        id="a first name and a surname of one person, each before the same actor",
    ),
]


# a denial and an assertion of one verb, said of two subjects
LOOK_ALIKES += [
    pytest.param(
        "The mayor did not attend the ceremony at the Orrin bridge on Friday.",
        "The governor attended the ceremony at the Orrin bridge on Friday.",
        id="the mayor stayed away and the governor went: two people, no conflict",
    ),
    pytest.param(
        "The coach did not travel with the team to Halden.",
        "The captain travelled with the team to Halden.",
        id="the coach did not travel, the captain did",
    ),
]


# counts set in, or sent to, two kinds of place named by common nouns
LOOK_ALIKES += [
    pytest.param(
        "The ministry said 1,200 troops were deployed to the border.",
        "About 3,000 troops were deployed to the capital, the ministry said.",
        id="troops sent to the border and troops sent to the capital",
    ),
    pytest.param(
        "Floods forced 4,000 families from their homes in the north, officials said.",
        "Officials said 2,500 families were forced from their homes along the coast.",
        id="families driven from their homes in the north and along the coast",
    ),
    pytest.param(
        "Rescuers evacuated 300 residents from the valley on Sunday.",
        "On Sunday rescuers evacuated 120 residents from the island.",
        id="residents evacuated from the valley and from the island",
    ),
]


# figures and dates of two people, two of a series, or a time past
LOOK_ALIKES += [
    pytest.param(
        "The president will visit the Orrin shipyard on Tuesday.",
        "The prime minister will visit the Orrin shipyard on Wednesday.",
        id="the president's visit and the prime minister's are two visits",
    ),
    pytest.param(
        "The first ferry left Halden harbour at 9:15 a.m.",
        "The last ferry left Halden harbour at 11:40 p.m.",
        id="the first ferry's time and the last ferry's",
    ),
    pytest.param(
        "The Orrin primary school has 450 pupils, the head teacher said.",
        "The Orrin primary school had 600 pupils a decade ago, the head teacher said.",
        id="a school's pupils now and a decade ago",
    ),
    pytest.param(
        "Police said 12 people were arrested during the march in Orrin.",
        "Police said 40 people were arrested in Orrin during the week.",
        id="arrests during a march and arrests during the whole week",
    ),
    pytest.param(
        "He was fined $500 for dumping waste in the Orrin canal.",
        "The maximum fine for dumping waste in the Orrin canal is $2,000.",
        id="a fine given and the maximum fine",
    ),
    pytest.param(
        "Officials initially said 30 hikers were missing on Mount Corran.",
        "Officials said 12 hikers were missing on Mount Corran.",
        id="a count first given and since revised",
    ),
    pytest.param(
        "Halden General Hospital treated 35 patients for smoke inhalation on Monday.",
        "Halden General Hospital discharged 20 patients on Monday.",
        id="patients treated and patients discharged",
    ),
    pytest.param(
        "The Orrin jury deliberated for six hours on Tuesday.",
        "The Orrin jury deliberated for four hours on Wednesday.",
        id="a jury's hours on one day and its hours on the next",
    ),
    pytest.param(
        "Coach Peter Vance said the Halden squad was ready for the final.",
        "Assistant coach Tom Aske said the Halden squad was ready for the final.",
        id="the coach and an assistant coach are two posts",
    ),
    pytest.param(
        "The storm reached the Orrin coast on Friday night, forecasters said.",
        "The storm reached the Orrin coast early Saturday, forecasters said.",
        id="Friday night and early Saturday are one time near midnight",
    ),
    pytest.param(
        "The ferry docked at Halden late Sunday.",
        "The ferry docked at Halden on Monday.",
        id="late Sunday and Monday may be one time near midnight",
    ),
    pytest.param(
        "Unemployment in Orrin stood at 5.2 percent in May.",
        "Unemployment in Orrin among young people stood at 11 percent in May.",
        id="a rate for everyone and a rate among young people",
    ),
    pytest.param(
        "Halden police said the driver was 35.",
        "Halden police said the driver's brother was 38.",
        id="the driver's age and his brother's",
    ),
    pytest.param(
        "The new Orrin ferry law takes effect on Jan. 1.",
        "The old Orrin ferry law took effect on Jan. 3, 1990.",
        id="the new law's day and the old law's",
    ),
    pytest.param(
        "The Corran wildfire destroyed 40 homes, the fire chief said on Monday.",
        "The Corran wildfire had destroyed 25 homes by Sunday evening, the fire chief said.",
        id="a count and the running total up to the evening before",
    ),
    pytest.param(
        "Rescuers pulled 12 survivors from the Halden rubble on Tuesday.",
        "Rescuers have pulled 30 survivors from the Halden rubble since the quake struck.",
        id="one day's rescues and the total since the quake",
    ),
]


def test_a_day_a_day_apart_with_nothing_near_midnight_still_disagrees() -> None:
    found = compare(
        "The storm reached the Orrin coast on Friday, forecasters said.",
        "The storm reached the Orrin coast on Saturday, forecasters said.",
    )
    assert found is not None and found.kind == "date"


def test_one_persons_day_given_two_ways_still_disagrees() -> None:
    found = compare(
        "The president will visit the Orrin shipyard on Tuesday.",
        "The president will visit the Orrin shipyard on Wednesday.",
    )
    assert found is not None and found.kind == "date"


def test_a_count_set_at_one_kind_of_place_still_disagrees_with_another_there() -> None:
    found = compare(
        "The ministry said 1,200 troops were deployed to the border on Monday.",
        "About 3,000 troops were deployed to the border on Monday, the ministry said.",
    )
    assert found is not None and found.kind == "number"


def test_a_denial_said_of_the_same_subject_still_disagrees_with_its_assertion() -> None:
    found = compare(
        "The mayor did not attend the ceremony at the Orrin bridge on Friday.",
        "The mayor attended the ceremony at the Orrin bridge on Friday.",
    )
    assert found is not None and found.kind == "negation"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Corley ministry did not confirm the sale of the harbour to a Fennick builder.",
            "The Corley ministry declined to confirm the sale of the harbour to a Fennick builder.",
        ),
        (
            "The Velmora pilots did not hand over the flight logs to the inquiry.",
            "The Velmora pilots failed to hand over the flight logs to the inquiry.",
        ),
    ],
)
def test_a_denial_and_a_refusal_of_one_thing_both_deny_it_and_never_disagree(
    a: str, b: str
) -> None:
    found = compare(a, b)
    assert found is None or found.kind != "negation"


def test_a_count_conflict_alignment_never_paired_is_found_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Market blast in Dunmore\n\nA van exploded outside the Larkin Street "
            "market in Dunmore on Friday morning.\n\nThe blast killed two, apparently the "
            "bombers, and wounded 19 shoppers.\n\nThe market was closed for the day.",
            "b.txt": "Van bomb hits Dunmore market\n\nA red van belching smoke sent shoppers "
            "running moments before it exploded outside a bustling Dunmore marketplace, "
            "killing the two bombers, injuring 26 other people and halting the peace talks."
            "\n\nThe talks were due to resume next week.",
            "c.txt": "Dunmore bombing\n\nThe Larkin Street market in Dunmore was hit by a "
            "bomb on Friday.\n\nPolice sealed off the area around the market.",
        }
    )
    _one_conflict_never_support(analyze(folder), "number", "19", "26")


# -- one stated day, one counted word: the same count, however the sentences differ ------
# two counts next to one word on one stated day disagree though the clauses differ
CONFLICTS += [
    pytest.param(
        "number",
        "Gunmen attacked a crowded bus station Saturday, killing the two guards, injuring "
        "17 travellers and prompting the Veldt Council to close the border.",
        "Premier Anna Holm condemned the attack after a grenade thrown into a Marren bus "
        "station wounded 23 people Saturday but said the talks would go on.",
        id="each names others in the sentence (a council, a minister, a town), none beside the count",
    ),
]


# counts of other days places or events do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Gunmen attacked a crowded bus station Saturday, killing the two guards, injuring "
        "17 travellers and prompting the Veldt Council to close the border.",
        "Premier Anna Holm condemned the attack after a grenade thrown into a Marren bus "
        "station wounded 23 people Sunday but said the talks would go on.",
        id="two days: two attacks, or one count and its update",
    ),
    pytest.param(
        "On Saturday a grenade at the Marren bus station wounded 23 people.",
        "On Saturday a bomb at the Veldt bus station injured 17 travellers.",
        id="two places named beside the counts: two attacks on one day",
    ),
    pytest.param(
        "Storms across the north injured 17 people Saturday.",
        "The derby ended in a pitch invasion that injured 23 people Saturday.",
        id="one day, one word, nothing else in common: two different stories of the day",
    ),
]


# -- one person's age, named on one side only ----------------------------------------------
# an unnamed age a year off a named one in the same report disagrees
CONFLICTS += [
    pytest.param(
        "number",
        "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
        "The 65-year-old, who arrived at court on crutches, admitted the fraud charges in June.",
        id="an unnamed age a year off a named one in the same report disagrees",
    ),
]


# ages of other people or other years do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
        "The 19-year-old, who drove him to court, admitted the charges in June.",
        id="ages decades apart: a driver and the man charged, not one person",
    ),
    pytest.param(
        "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
        "The 65-year-old, a business partner of Carla Voss, admitted the fraud charges in June.",
        id="the unnamed age may be of the other person that sentence names",
    ),
    pytest.param(
        "Police said Dale Brannock, 21, and a 20-year-old friend climbed the scaffolding in June.",
        "The 21-year-old Brannock climbed the scaffolding with a friend in June.",
        id="an age that describes someone beside the named person: a friend, a son",
    ),
    pytest.param(
        "The 21-year-old Brannock climbed the scaffolding with a friend in June.",
        "He and his 20-year-old friend climbed the scaffolding in June.",
        id="an age that describes someone beside the named person: a friend, a son (2)",
    ),
    pytest.param(
        "The 64-year-old Brannock admitted the fraud charges at a hearing in June.",
        "The 62-year-old first faced the fraud charges in 2024.",
        id="another period: an age given years apart",
    ),
]


# -- one event put in two parts of one day ---------------------------------------------------
# one report put in the morning and in the evening of one day is a date conflict
DETAILED += [
    pytest.param(
        "date",
        "On Tuesday evening, the caretaker of the Orla Street library reported smoke in the basement.",
        "Fire crews said the library caretaker noticed smoke in the basement Tuesday morning.",
        "Tuesday evening / Tuesday morning",
        id="one report put in the morning and in the evening of one day is a date conflict",
    ),
]


# parts of a day for other events or statements do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Firefighters reached the library Tuesday morning.",
        "The caretaker reported smoke in the library basement Tuesday evening.",
        id="two events of the day: the crews' arrival and the caretaker's call",
    ),
    pytest.param(
        "The caretaker reported smoke in the library basement Tuesday evening.",
        "The caretaker reported smoke in the library basement Tuesday night.",
        id="an evening and a night overlap",
    ),
    pytest.param(
        "Police said Tuesday morning that the caretaker reported smoke in the library basement.",
        "The caretaker reported smoke in the library basement Tuesday evening.",
        id="the morning a statement was made, not the time of the event",
    ),
]


def test_a_time_of_day_conflict_between_outlets_is_reported_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Smoke at Orla Street library\n\nSmoke filled the basement of the Orla "
            "Street library in Dunmore on Tuesday.\n\nOn Tuesday evening, the caretaker of "
            "the library reported smoke in the basement.\n\nNo one was hurt.",
            "b.txt": "Library basement fills with smoke\n\nFire crews cleared smoke from the "
            "basement of the Orla Street library in Dunmore.\n\nThe caretaker of the library "
            "reported smoke in the basement Tuesday morning, fire crews said.\n\nThe library "
            "will stay closed this week.",
        }
    )
    _one_conflict_never_support(analyze(folder), "date", "Tuesday evening", "Tuesday morning")


# -- one event timed two ways ----------------------------------------------------------------
# one event timed ten minutes apart by two outlets is a date conflict
DETAILED += [
    pytest.param(
        "date",
        "Police are looking for the grey van that left the depot about 4:20 a.m.",
        "Police are looking for a grey van with no plates that left the depot about 4:30 a.m.",
        "4:20 a.m. / 4:30 a.m.",
        id="one event timed ten minutes apart by two outlets is a date conflict",
    ),
]


# clock times of other moments zones or statements do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The militia claimed the 9:45 a.m. attack on the Harbour Road market, police said.",
        "At 9:40 a.m., the van, coughing like an engine about to stall, began to smoke.",
        id="two moments of one morning: the blast, and the smoke minutes before it",
    ),
    pytest.param(
        "The van left the depot at about 4:20 a.m.",
        "The van left the depot at 4:22 a.m.",
        id="approximate times a few minutes apart",
    ),
    pytest.param(
        "The eclipse over Tessel is expected to begin at 2:43 p.m. EST.",
        "The eclipse over Tessel is expected to begin at 7:43 p.m. GMT.",
        id="one moment in two time zones",
    ),
    pytest.param(
        "Police said at 9 p.m. that the van had left the depot.",
        "The van left the depot after 10:15 p.m.",
        id="the time a statement was made, and a bound",
    ),
]


def test_two_clock_times_on_two_days_are_compared_as_days_not_as_times() -> None:
    found = compare(
        "The van left the depot at 4:20 a.m. Tuesday.",
        "The van left the depot at 5:10 a.m. Wednesday.",
    )
    assert found is None or found.detail == "Tuesday / Wednesday"


# -- one fall measured in two units ------------------------------------------------------
# one fall measured in two units that cannot both hold is a number conflict
CONFLICTS += [
    pytest.param(
        "number",
        "Reyes dropped nine stories in the heavy rain, landing on one of the tower's lower "
        "roofs, a fire official said.",
        "Tomas Reyes, 24, of Halden, slipped 25 feet past the ladder before landing hard on "
        "the tower's roof, the sources said.",
        id="one fall measured in two units that cannot both hold is a number conflict",
    ),
    pytest.param(
        "number",
        "The climber fell about 40 metres into the gully below the Varne ridge.",
        "Rescuers said the climber plunged 300 feet into the gully below the Varne ridge.",
        id="one fall measured in two units that cannot both hold is a number conflict (2)",
    ),
]


def test_the_conflicting_fall_lengths_are_shown_with_their_units() -> None:
    found = compare(
        "Reyes dropped nine stories in the heavy rain, landing on the tower's lower roof.",
        "Reyes slipped 25 feet past the ladder before landing on the tower's roof.",
    )
    assert found is not None and found.detail == "nine stories / 25 feet"


# falls in one unit range stage or day or other lengths do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The climber fell 30 metres into the gully below the Varne ridge.",
        "The climber fell about 100 feet into the gully below the Varne ridge.",
        id="the same fall in two units: 30 metres is about 100 feet",
    ),
    pytest.param(
        "She had fallen 20 feet down a sheer face, then tumbled about 150 metres into the "
        "gully below the Varne ridge.",
        "She tumbled about 150 metres into the gully below the Varne ridge.",
        id="a fall in stages: the second stage is no rival for the whole",
    ),
    pytest.param(
        "The hiker fell 20-30 feet down a sheer face near the Varne ridge.",
        "The hiker fell nine metres down a sheer face near the Varne ridge.",
        id="a range the other figure lies in",
    ),
    pytest.param(
        "On Monday a worker fell 12 feet from scaffolding at the Varne tower site.",
        "A painter fell 40 feet from scaffolding at the Varne tower site on Friday, the "
        "second fall this week.",
        id="falls on two days",
    ),
    pytest.param(
        "The pair climbed another 25 feet on a ladder to reach the tower's roof.",
        "Reyes dropped nine stories, landing on the tower's lower roof.",
        id="lengths that are not falls: how far a ladder reached, how far someone climbed",
    ),
    pytest.param(
        "Reyes dropped nine stories onto the tower's lower roof.",
        "Moreno slipped 25 feet onto the tower's lower roof.",
        id="two people named beside the lengths",
    ),
]


def test_a_fall_measured_two_ways_by_two_outlets_is_reported_and_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Photographer dies in fall from Halden tower\n\nA photographer died after "
            "a fall at the Halden tower on Wednesday night.\n\nTomas Reyes dropped nine stories "
            "in the heavy rain, landing on one of the tower's lower roofs, a fire official "
            "said.\n\nHis friend was questioned by detectives.",
            "b.txt": "Man killed in Halden tower fall\n\nA man was killed on Wednesday night "
            "in a fall at the Halden tower.\n\nReyes, 24, slipped 25 feet past the ladder "
            "before landing hard on the tower's roof, the sources said.\n\nThe pair had "
            "climbed the tower to take pictures of the city.",
        }
    )
    analysis = analyze(folder)
    falls = [d for d in analysis.disagreements if d.kind == "number"]
    assert len(falls) == 1
    d = falls[0]
    assert {d.a_value, d.b_value} == {"nine stories", "25 feet"}
    assert d.b not in analysis.corroboration(d.a)[1]


# an end of a range is no figure of its own against one inside it
LOOK_ALIKES += [
    pytest.param(
        "Twenty to 30 people were hurt when the stand at Orrin Park collapsed.",
        "Twenty-five people were hurt when the stand at Orrin Park collapsed.",
        id="an end of a range is no figure of its own against one inside it",
    ),
    pytest.param(
        "The obsidian came from 25-50 km away from the Orrin dig, the team said.",
        "The obsidian came from 40 km away from the Orrin dig, the team said.",
        id="an end of a range is no figure of its own against one inside it (2)",
    ),
]


# -- one person's name spelled two ways by two outlets: a spelling note, not a conflict --------
def _spellings(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    """The names the two outlets spell two ways, as spelling notes; none may be a
    disagreement too."""
    folder = make_folder(
        {
            "a.txt": "Climber dies at Halden tower\n\nA photographer died after a fall at the "
            f"Halden tower on Wednesday night.\n\nHis friend was identified as {first} by the "
            "Courier.\n\nThe tower's owners said the roof had been locked.",
            "b.txt": "Halden tower fall\n\nA man was killed in a fall at the Halden tower on "
            f"Wednesday night.\n\nHis 18-year-old companion {second} ran for help after the "
            "fall, police sources said.\n\nThe pair had climbed the tower to take pictures.",
        }
    )
    analysis = analyze(folder)
    assert not [d for d in analysis.disagreements if d.kind == "name"]
    return [(d.a_value, d.b_value) for d in analysis.spellings if d.kind == "spelling"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marco Olivares", "Marco Oliveras"),  # two letters swapped
        ("Anna Kelley", "Anna Kelly"),  # one letter more
        ("Pavel Marten", "Pavel Martin"),  # one letter other
        ("Tobias Wrenfield", "Tobais Wrenfield"),  # the first name's letters swapped
        ("Gerald Wrenfield", "Gerard Wrenfield"),  # the first name one letter other
        ("Peter Matthewson", "Peter Mattewson"),  # an English "th" written without its h
        ("Marta Ashworth", "Marta Asworth"),  # an English "sh" written without its h
    ],
)
def test_one_name_spelled_two_ways_by_two_outlets_is_a_spelling_note_not_a_disagreement(
    make_folder, first: str, second: str
) -> None:
    assert _spellings(make_folder, first, second) == [(first, second)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Marco Olivares", "Marco Olivares"),  # the same spelling
        ("Marco Olivares", "Marco Alvarez"),  # two names
        ("Anna Pike", "Anna Pine"),  # short surnames: one letter apart is another name
        ("Halden Airline", "Halden Airlines"),  # singular and plural of one name
        ("Latin America", "Latin American"),  # a place and its people
        ("Tomas Ka'vengo", "Tomas Ka’vengo"),  # an apostrophe straight and curly
        ("Djoko Surjawidjaja", "Djoko Surjawijaja"),  # Indonesia's old "dj" and new "j"
        ("Omar Bakhtiari", "Omar Baktiari"),  # an h one romanisation writes after a consonant
        ("Yousef Halabi", "Yusef Halabi"),  # the o of "ou" written by one system only
        ("Mohammed Tarawi", "Mohamed Tarawi"),  # a first name's letter doubled by one style
    ],
)
def test_one_spelling_other_names_or_a_plural_are_no_spelling_note(
    make_folder, first: str, second: str
) -> None:
    assert _spellings(make_folder, first, second) == []


def test_a_name_after_a_role_spelled_two_ways_is_a_spelling_note(make_folder) -> None:
    found = _spellings(make_folder, "Mayor Tobias Wrenfield", "U.S. Senator Tobais Wrenfield")
    assert found == [("Tobias Wrenfield", "Tobais Wrenfield")]


def test_a_source_that_writes_both_spellings_has_no_spelling_note_with_another(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Halden tower fall\n\nMarco Olivares ran for help after the fall at the "
            "Halden tower.\n\nHis cousin Marco Oliveras said the roof had been open.",
            "b.txt": "Climber dies at Halden tower\n\nMarco Oliveras, 18, ran for help after "
            "the fall at the Halden tower, police said.",
        }
    )
    analysis = analyze(folder)
    assert not [d for d in (*analysis.disagreements, *analysis.spellings) if d.kind == "name"]
    assert not analysis.spellings


# -- a surname written alone, one spelling off another source's full name ------------------


def test_a_surname_written_alone_one_letter_off_a_full_name_is_a_spelling_note(
    make_folder,
) -> None:
    analysis = _story(
        make_folder,
        "junta",
        "Regional leaders want the junta to step down, but Kavango, its leader, said Tuesday "
        "that he would stay.",
        "Junta head Capt. Tomas Kavengo said the army would not leave power.",
    )
    assert not [d for d in analysis.disagreements if d.kind == "name"]
    found = [d.detail for d in analysis.spellings if d.kind == "spelling"]
    assert found in (["Kavango / Tomas Kavengo"], ["Tomas Kavengo / Kavango"])


@pytest.mark.parametrize(
    ("full", "shown"),
    [
        ("Capt. Tomas Ilie Kavengo", "Tomas Ilie Kavengo"),  # a middle name, a rank before
        ("Tomas Ilie Kavengo", "Tomas Ilie Kavengo"),
        ("Orrin Junta Chief Tomas Kavengo", "Tomas Kavengo"),  # a longer run: its last two
    ],
)
def test_a_full_name_a_surname_alone_is_spelled_off_is_shown_whole_without_its_rank(
    make_folder, full: str, shown: str
) -> None:
    analysis = _story(
        make_folder,
        "junta",
        "Regional leaders want the junta to step down, but Kavango, its leader, said Tuesday "
        "that he would stay.",
        f"On Monday {full} said the army would not leave power.",
    )
    found = [d.detail for d in analysis.spellings if d.kind == "spelling"]
    assert found in ([f"Kavango / {shown}"], [f"{shown} / Kavango"])


# surnames alone that are other names are no spelling note
STORY_LOOK_ALIKES += [
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Kavango, its leader, said "
        "Tuesday that he would stay.",
        "Junta head Capt. Tomas Kavengo said the army would not leave power.",
        "His deputy, Lt. Paul Kavengo, said Wednesday that the border would stay closed.",
        id="a source that writes both spellings has two names",
    ),
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Price, its leader, said Tuesday "
        "that he would stay.",
        "Junta head Capt. Tomas Prine said the army would not leave power.",
        "Talks resume Monday.",
        id="short words one letter apart are other names",
    ),
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Kavangos, its leader, said "
        "Tuesday that he would stay.",
        "Junta head Capt. Tomas Kavango said the army would not leave power.",
        "Talks resume Monday.",
        id="another ending makes another word",
    ),
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Marco Kavengo, its spokesman, "
        "said Tuesday that it would stay.",
        "Junta head Capt. Tomas Kavango said the army would not leave power.",
        "Talks resume Monday.",
        id="two full names with other first names are two people",
    ),
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Kavenno, its leader, said "
        "Tuesday that he would stay.",
        "Junta head Capt. Tomas Kaveno said the army would not leave power.",
        "Talks resume Monday.",
        id="a letter doubled by one style and not by another (Mohammed / Mohamed)",
    ),
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Gaddiri, its leader, said "
        "Tuesday that he would stay.",
        "Junta head Capt. Tomas Gadhiri said the army would not leave power.",
        "Talks resume Monday.",
        id="a letter given twice where another style gives another (Gaddafi / Gadhafi)",
    ),
    pytest.param(
        "junta",
        "spelling",
        "Regional leaders want the junta to step down, but Ka’vengo, its leader, said "
        "Tuesday that he would stay.",
        "Junta head Capt. Tomas Ka'vengo said the army would not leave power.",
        "Talks resume Monday.",
        id="an apostrophe straight in one and curly in the other is one spelling",
    ),
]


# -- counts of one story's words that are not one thing ------------------------------------
# counts that share only their counted words and the storys names do not disagree
LOOK_ALIKES += [
    pytest.param(
        "In the capital, Vessa, a West Norran exile group said Thursday it would act if "
        "the government does not let six West Norran asylum-seekers leave the country.",
        "In the West Norran capital, Sarl, as many as 2,000 West Norran students continue "
        "to occupy the parliament building in protest against the shootings.",
        id="one people named by the figures, two different groups of them",
    ),
    pytest.param(
        "One dissident said the three men had been close associates of Ardaly for decades.",
        "Diplomats believe Ardaly is plainly concerned that the two men will be used by "
        "prosecutors to make a case against his government.",
        id='"the three men" and "the two men", each near the story\'s central name',
    ),
    pytest.param(
        "It plowed over and past 17 Pelagic islands, crashing into the lives of millions.",
        "Faced with the storm, three Pelagic island societies with different political "
        "models responded in conspicuously different ways.",
        id="islands hit against island societies compared",
    ),
]


# -- one election's result against another's, one report's year against another's ----------
# results of two contests or years that name two things do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Vance won 48 percent of the vote in Orrin County in the last election.",
        "Vance won 53 percent of the vote in Orrin County in the primary.",
        id="results of two contests or years that name two things do not disagree",
    ),
    pytest.param(
        "Vance won 48 percent of the vote in the primary.",
        "Vance won 53 percent of the vote in the runoff.",
        id="results of two contests or years that name two things do not disagree (2)",
    ),
    pytest.param(
        "The Labour candidate won 55 percent in the mayoral race.",
        "The Labour candidate won 45 percent in the Senate race.",
        id="results of two contests or years that name two things do not disagree (3)",
    ),
    pytest.param(
        "In the 2016 election, Vance won 48 percent of the vote in Orrin County.",
        "Vance won 53 percent of the vote in Orrin County in the 2020 election.",
        id="results of two contests or years that name two things do not disagree (4)",
    ),
    pytest.param(
        "The agency said in its 2016 report that the river was polluted.",
        "The agency said in its 2018 report that the river was polluted.",
        id="a year that names the thing: two reports, two races",
    ),
    pytest.param(
        "Vance lost the 2014 race for the Senate seat.",
        "Vance lost the 2018 race for the Senate seat.",
        id="a year that names the thing: two reports, two races (2)",
    ),
]


# results of one contest and years that date one event still disagree
CONFLICTS += [
    pytest.param(
        "number",
        "Vance won 48 percent of the vote in the primary, officials said.",
        "Officials said Vance took 53 percent of the vote in the primary.",
        id="the same contest named on both sides",
    ),
    pytest.param(
        "date",
        "The Orrin bridge opened in 1962 and carried 30,000 cars a day.",
        "The Orrin bridge opened in 1964 and carried 30,000 cars a day.",
        id="a year that dates the event",
    ),
]


# -- ranks, confirmations and denials -----------------------------------------------------
# a denied rank against an asserted one does not disagree
LOOK_ALIKES += [
    pytest.param(
        "Harlan is not the first governor to veto the budget.",
        "Harlan became the first governor to veto the budget while facing impeachment.",
        id="a denied rank against an asserted one does not disagree",
    ),
    pytest.param(
        "Harlan is not the first woman to lead the party.",
        "Harlan is the first woman to lead the party since its founding.",
        id="a denied rank against an asserted one does not disagree (2)",
    ),
    pytest.param(
        "The Orrin plant is not the largest polluter in the valley.",
        "The Orrin plant is the largest polluter in the valley, officials said.",
        id="a denied rank against an asserted one does not disagree (3)",
    ),
]


# one speaker confirming against the same speaker denying is a contradiction
CONFLICTS += [
    pytest.param(
        "negation",
        "The ministry confirmed the minister had resigned.",
        "The ministry denied the minister had resigned.",
        id="one speaker confirming against the same speaker denying is a contradiction",
    ),
    pytest.param(
        "negation",
        "Harlan admitted taking the money from the contractor, prosecutors said.",
        "Harlan denied taking the money from the contractor, his lawyer said.",
        id="one speaker confirming against the same speaker denying is a contradiction (2)",
    ),
]


# confirmations and denials of other speakers or statements do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Police confirmed the arrest of a second suspect.",
        "The suspect denied any part in the attack.",
        id="two speakers",
    ),
    pytest.param(
        "The company confirmed it had laid off 40 workers but denied it was closing the plant.",
        "The company denied it had laid off 40 workers.",
        id="one sentence says both",
    ),
    pytest.param(
        "Officials confirmed the blast was caused by a gas leak.",
        "Officials did not deny the blast was caused by a gas leak.",
        id="a denial denied",
    ),
    pytest.param(
        "Harlan admitted taking the money.",
        "Harlan denied taking the bribe from the contractor, calling it a lie.",
        id="two statements",
    ),
]


def test_a_confirmation_and_a_denial_by_two_outlets_are_never_counted_as_support(
    make_folder,
) -> None:
    folder = make_folder(
        {
            "a.txt": "Orrin minister quits\n\nThe ministry confirmed on Tuesday that Minister "
            "Oda had resigned over the harbour contract.\n\nThe contract was signed in May.",
            "b.txt": "Orrin minister stays\n\nThe ministry denied on Tuesday that Minister Oda "
            "had resigned over the harbour contract.\n\nThe opposition called for an inquiry.",
        }
    )
    analysis = analyze(folder)
    found = [d for d in analysis.disagreements if d.kind == "negation"]
    assert [(d.a_value, d.b_value) for d in found] == [("confirmed", "denied")]
    assert found[0].b not in analysis.corroboration(found[0].a)[1]


# -- figures of two years or two spans of time ---------------------------------------------
# figures of two years or two spans of time do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Orrin recorded 312 murders in 2016.",
        "Orrin recorded 290 murders in 2017.",
        id="each figure is its own year's: the years are no conflict either",
    ),
    pytest.param(
        "The Orrin pension fund grew 8 percent in the fiscal year.",
        "The Orrin pension fund grew 5 percent in the quarter.",
        id="a year against a quarter, a rate against a total",
    ),
    pytest.param(
        "The Orrin bridge carried 30,000 cars a day.",
        "The Orrin bridge carried 9 million cars in its first year.",
        id="a year against a quarter, a rate against a total (2)",
    ),
]


# "as many as" says at most, as "up to" does: a smaller figure fits under it, a larger not
LOOK_ALIKES += [
    pytest.param(
        "As many as 60 people died when the Dalby ferry caught fire, the coroner said.",
        "The Dalby ferry fire killed 40 people, the coroner said.",
        id='"as many as 60" died and 40 killed: the 40 fits under the top',
    ),
    pytest.param(
        "The Orrin flood cost the growers as much as $9 million, the council said.",
        "The Orrin flood cost the growers $7 million, the council said.",
        id='"as much as $9 million" and $7 million: the 7 fits under the top',
    ),
]
CONFLICTS += [
    pytest.param(
        "number",
        "As many as 60 people died when the Dalby ferry caught fire, the coroner said.",
        "The Dalby ferry fire killed 85 people, the coroner said.",
        id='"as many as 60" died against 85 killed: over the top',
    ),
]


# two tops are both true of any figure under the lower: no conflict; a top and a floor or
# a figure above it are. Two floors are the counts each outlet could confirm: still set
# against each other (see "at least six / at least three injured" above).
LOOK_ALIKES += [
    pytest.param(
        "As many as 60 people were hurt in the Varnholm depot fire, officials said.",
        "As many as 40 people were hurt in the Varnholm depot fire, officials said.",
        id='"as many as 60" and "as many as 40" hurt: two tops, both true of 40 or fewer',
    ),
    pytest.param(
        "The Kessa dam burst flooded up to 300 homes, the council said.",
        "The Kessa dam burst flooded as many as 200 homes, the council said.",
        id='"up to 300" and "as many as 200" homes: two tops',
    ),
    pytest.param(
        "The Orrin storm brought as many as 150,000 meteors per hour, observers said.",
        "The Orrin storm brought up to 100,000 meteors an hour, observers said.",
        id="one rate given as two tops",
    ),
    pytest.param(
        "The Tessel recall could cost the maker as much as $90 million, analysts said.",
        "The Tessel recall could cost the maker up to $60 million, analysts said.",
        id='"as much as $90 million" and "up to $60 million": two tops of money',
    ),
]
CONFLICTS += [
    pytest.param(
        "number",
        "As many as 40 people were hurt in the Varnholm depot fire, officials said.",
        "At least 55 people were hurt in the Varnholm depot fire, officials said.",
        id='"as many as 40" against "at least 55" hurt: a floor above the top',
    ),
    pytest.param(
        "number",
        "The Kessa dam burst flooded up to 200 homes, the council said.",
        "The Kessa dam burst flooded about 350 homes, the council said.",
        id='"up to 200" against "about 350" homes: an estimate above the top',
    ),
]


# a multiplier before "as many as" makes a comparison, not a bound: "twice as many as 40"
# is no top of 40, nor a count of 40; nor is the "three" of "three times as many" a count
LOOK_ALIKES += [
    pytest.param(
        "The Varnholm depot fire hurt twice as many as 40 people, officials said.",
        "The Varnholm depot fire hurt 70 people, officials said.",
        id='"twice as many as 40" hurt and 70 hurt: a comparison, no top of 40',
    ),
    pytest.param(
        "The Kessa flood forced three times as many as 30 families from their homes.",
        "The Kessa flood forced 85 families from their homes, the council said.",
        id='"three times as many as 30" families and 85: neither three nor 30 is the count',
    ),
    pytest.param(
        "The Tessel recall cost half as much as $80 million the maker paid in 2019.",
        "The Tessel recall cost $45 million, the maker said.",
        id='"half as much as $80 million" and $45 million: a comparison, no top',
    ),
    pytest.param(
        "Rents in Orrin rose four times more than 30 percent, the council said.",
        "Rents in Orrin rose 20 percent, the council said.",
        id='"four times more than 30 percent" and 20 percent: a comparison, no floor',
    ),
]
CONFLICTS += [
    pytest.param(
        "number",
        "The Varnholm depot fire hurt as many as 40 people, officials said.",
        "The Varnholm depot fire hurt 70 people, officials said.",
        id='"as many as 40" hurt against 70 hurt: no multiplier, a top the 70 is over',
    ),
    # "half" and "times" that multiply nothing before a bound leave it a bound
    pytest.param(
        "number",
        "In the second half, more than 40 fans left the Orrin stadium, police said.",
        "In the second half 12 fans left the Orrin stadium, police said.",
        id='"the second half, more than 40" fans against 12: a floor, no comparison',
    ),
    pytest.param(
        "number",
        "At times more than 40 people queued outside the Orrin clinic, staff said.",
        "At times 12 people queued outside the Orrin clinic, staff said.",
        id='"at times more than 40" people against 12: "times" counts no multiple',
    ),
    pytest.param(
        "number",
        "Sales fell by half, more than 40 Kessa stores closed, the chain said.",
        "Sales fell by half, 12 Kessa stores closed, the chain said.",
        id='"by half, more than 40" stores against 12: the half is another clause\'s',
    ),
]


# one rate said two ways or one figure given two years still disagree
CONFLICTS += [
    pytest.param(
        "number",
        "The storm peaked at 150,000 meteors per hour over Orrin.",
        "The storm brought up to 100,000 meteors an hour over Orrin.",
        id="one rate said two ways, the figure above the other's top",
    ),
    pytest.param(
        "date",
        "Orrin recorded 312 murders in 2016, police said.",
        "Orrin recorded 312 murders in 2017, police said.",
        id="one figure given for two years: the year is in dispute",
    ),
]


# -- two holders of one role, denials that hold so far, a part against the whole ----------
# two role holders denials so far and a part against the whole do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Police spokesman John Reed said the Orrin road was closed.",
        "Police spokesman Tom Hart said the Orrin driver was arrested.",
        id="two spokesmen saying two things: the shared role is no shared statement",
    ),
    pytest.param(
        "The Orrin company has not yet decided whether to appeal.",
        "The Orrin company decided to appeal the ruling.",
        id="how things stood when one article was written, and what happened next",
    ),
    pytest.param(
        "Officials have not released the names of the Orrin victims.",
        "Officials released the names of the Orrin victims on Monday.",
        id="how things stood when one article was written, and what happened next (2)",
    ),
    pytest.param(
        "It was not immediately clear how many people were inside the Orrin depot.",
        "It was clear that many people were inside the Orrin depot.",
        id="how things stood when one article was written, and what happened next (3)",
    ),
    pytest.param(
        "The storm killed 12 people in Orrin, officials said.",
        "The storm has killed at least 40 people, officials said.",
        id="a count for one place against the whole",
    ),
]


# one role one standing one place still disagree
CONFLICTS += [
    pytest.param(
        "name",
        "Police spokesman John Reed said the Orrin road would stay closed until Friday.",
        "Police spokesman Tom Hart said the Orrin road would stay closed until Friday.",
        id="one spokesman named two ways for one statement",
    ),
    pytest.param(
        "negation",
        "The governor of Orrin has signed the harbour bill into law.",
        "The governor of Orrin has not yet signed the harbour bill into law.",
        id="how things stand, on both sides",
    ),
    pytest.param(
        "number",
        "The storm killed 12 people in Orrin, officials said.",
        "The storm killed 15 people in Orrin, officials said.",
        id="one place on both sides",
    ),
]


# -- one fall timed two ways ---------------------------------------------------------------
# one persons fall timed two ways is a date conflict whatever word stands by the time
CONFLICTS += [
    pytest.param(
        "date",
        "Police believe Tomas Reyes and a friend were taking pictures from the tower's "
        "scaffolding at about 11:15 p.m. when Reyes fell.",
        "Reyes slipped 25 feet before landing hard on the tower's roof around 10:40 p.m.",
        id="one persons fall timed two ways is a date conflict whatever word stands by the time",
    ),
]


# times of two peoples falls or of other moments do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Tomas Reyes was taking pictures at about 11:15 p.m. when he fell.",
        "Paul Moreno slipped on the roof of the Halden tower around 10:40 p.m.",
        id="two people",
    ),
    pytest.param(
        "Tomas Reyes fell at about 11:15 p.m. and was pronounced dead at 11:50 p.m.",
        "Reyes slipped on the roof around 10:40 p.m., police said.",
        id="a time given for something else as well",
    ),
    pytest.param(
        "Tomas Reyes reached the roof at about 11:15 p.m., a friend said.",
        "Reyes called his mother around 10:40 p.m., the family said.",
        id="no fall",
    ),
]


# -- two events dated or called off alike --------------------------------------------------
# two events dated or called off alike do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The funeral will be held on Saturday.",
        "The wake will be held on Friday.",
        id="two ceremonies: only the verb by the days is shared",
    ),
    pytest.param(
        "Last year's Orrin derby was postponed because of the storm.",
        "This year's Orrin derby will go ahead as planned.",
        id="two years' matches",
    ),
    pytest.param(
        "Three flights were cancelled at Orrin airport.",
        "Most flights at Orrin airport went ahead as planned.",
        id="a share of the flights against most of them",
    ),
    pytest.param(
        "Harlan did not attend the Vessa summit in 2016.",
        "Harlan attended the Vessa summit, his office said.",
        id="a denial in another year",
    ),
]


# a postponement to a new time and a never still disagree
CONFLICTS += [
    pytest.param(
        "negation",
        "The Orrin council vote on the harbour stadium will go ahead as planned next week.",
        "The Orrin council vote on the harbour stadium has been postponed until next month.",
        id="put back to a new time: the new time is no other event's",
    ),
    pytest.param(
        "negation",
        "The Orrin museum has never lent the painting abroad.",
        "The Orrin museum lent the painting abroad once before, in 1998.",
        id='"never" holds for every year',
    ),
]


# an event called off in other words against it going ahead disagrees
DETAILED += [
    pytest.param(
        "negation",
        "The Orrin marathon was called off because of the heat.",
        "The Orrin marathon went ahead as scheduled despite the heat.",
        "called off / went ahead as scheduled",
        id="an event called off in other words against it going ahead disagrees",
    ),
    pytest.param(
        "negation",
        "The Orrin marathon was postponed because of the heat.",
        "The Orrin marathon was held as scheduled despite the heat.",
        "postponed / as scheduled",
        id="an event called off in other words against it going ahead disagrees (2)",
    ),
    pytest.param(
        "negation",
        "The Orrin marathon was rescheduled because of the heat.",
        "The Orrin marathon ran as planned despite the heat.",
        "rescheduled / as planned",
        id="an event called off in other words against it going ahead disagrees (3)",
    ),
    pytest.param(
        "negation",
        "The Orrin marathon was put off until May because of the heat.",
        "The Orrin marathon went ahead on Sunday despite the heat.",
        "put off / went ahead",
        id="an event called off in other words against it going ahead disagrees (4)",
    ),
]


# other senses of put off and pushed back or a share called off do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Many runners were put off by the heat at the Orrin marathon.",
        "The Orrin marathon went ahead as scheduled despite the heat.",
        id='"put off" by something and "pushed back" against something tell no outcome',
    ),
    pytest.param(
        "Organisers pushed back against calls to cancel the Orrin marathon.",
        "The Orrin marathon went ahead as scheduled despite the heat.",
        id='"put off" by something and "pushed back" against something tell no outcome (2)',
    ),
    pytest.param(
        "Three races at the Orrin meeting were called off because of the heat.",
        "The Orrin meeting went ahead as scheduled despite the heat.",
        id="a share of the races",
    ),
]


# -- what a date dates, who a group is, what a figure measures -----------------------------
# other events groups stages or measures do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Norra annexed West Vessa in 1976, a year after intervening in a civil war.",
        "Norra invaded West Vessa in 1975, a year after the colony was abandoned.",
        id="a name before the date is no event: annexing and invading are two",
    ),
    pytest.param(
        "The antitrust trial against Orrin Corp. opened in federal court Monday morning "
        "with a pointed attack on its chairman.",
        "A defiant Orrin Corp. forcefully defended its chairman in federal court on Tuesday.",
        id="a place before the date: an opening and a defence in the same court",
    ),
    pytest.param(
        "As recently as Friday morning, Halvorsen received a warning from the Orrin "
        "clinic where he worked.",
        "The doctor, Erik Halvorsen, was killed by a sniper on Friday night at his home "
        "near Orrin.",
        id="one person's names: a warning received in the morning, a killing at night",
    ),
    pytest.param(
        "One dissident said the three men had been close associates of Ardaly for decades.",
        "Just how close the two men became is not clear.",
        id="groups the articles named before",
    ),
    pytest.param(
        "It had been used by suspects thus far identified, Maxwell said.",
        "No suspects have been identified.",
        id="how things stood so far, then a later report",
    ),
    pytest.param(
        "The poll which interviewed 11,851 people had a margin of error of plus or minus "
        "two percentage points.",
        "The poll, which had a margin of error of 3 percentage points, also suggested she "
        "has lost support among suburban women.",
        id="a count of people and a measure of error",
    ),
]


# one event one group one standing still disagree
CONFLICTS += [
    pytest.param(
        "date",
        "The funeral will be held in March at St Columba's Church.",
        "The funeral is planned for April at St Columba's Church.",
        id="one place after the date on both sides",
    ),
    pytest.param(
        "number",
        "The two men were arrested at the Orrin border crossing on Friday.",
        "The three men were arrested at the Orrin border crossing on Friday.",
        id="the groups counted in sentences that say the same",
    ),
    pytest.param(
        "negation",
        "Not all of the passengers had been accounted for by Tuesday night.",
        "All of the passengers had been accounted for by Tuesday night.",
        id="how things stood, on both sides",
    ),
]


# -- changes, tallies, contests, outcomes, falls: what a figure or word belongs to -----------
# two changes tallies or turnouts of one thing disagree on a number
CONFLICTS += [
    pytest.param(
        "number",
        "The death toll from the Orrin flood rose from 5 to 7 on Monday, officials said.",
        "The death toll from the Orrin flood rose from 5 to 9 on Monday, officials said.",
        id="a change, from one figure to another, is no range",
    ),
    pytest.param(
        "number",
        "The Orrin council approved the bridge plan by a vote of 7-2 on Monday.",
        "The Orrin council approved the bridge plan by a vote of 6-3 on Monday.",
        id="a tally runs high to low: no range",
    ),
    pytest.param(
        "number",
        "The Orrin council approved the bridge plan 7 to 2 on Monday.",
        "The Orrin council approved the bridge plan 6 to 3 on Monday.",
        id="a tally runs high to low: no range (2)",
    ),
    pytest.param(
        "number",
        "Turnout in Sunday's Orrin election was 48 percent, state officials said.",
        "Turnout in Sunday's Orrin election was 53 percent, officials said.",
        id='a word of the attribution ("state officials") names no contest',
    ),
    pytest.param(
        "number",
        "Vance won 48 percent of the vote in Orrin, according to the national election commission.",
        "Vance won 53 percent of the vote in Orrin, according to the election commission.",
        id='nor does the body that counts the votes ("the national election commission")',
    ),
]


# one election held on two days is a date conflict though one names its kind
CONFLICTS += [
    pytest.param(
        "date",
        "Orrin's presidential election was held on Sunday, officials said.",
        "Orrin's election was held on Saturday, officials said.",
        id="one election held on two days is a date conflict though one names its kind",
    ),
]


# an event called off against it going ahead disagrees though a count describes it
CONFLICTS += [
    pytest.param(
        "negation",
        "The Orrin jazz festival, which draws 40,000 visitors, was cancelled because of the storm.",
        "The Orrin jazz festival went ahead as planned despite the storm.",
        id="an event called off against it going ahead disagrees though a count describes it",
    ),
]


# a share that is the subject of the outcome still makes it partial
LOOK_ALIKES += [
    pytest.param(
        "Half of the flights at Orrin airport were cancelled because of the storm.",
        "Flights at Orrin airport went ahead as planned despite the storm.",
        id="a share that is the subject of the outcome still makes it partial",
    ),
]


# a time of another moment after which someone fell is no time of the fall
LOOK_ALIKES += [
    pytest.param(
        "Tomas Reyes slipped from the hotel roof at about 10:40 p.m.",
        "Tomas Reyes was pronounced dead at 11:15 p.m., an hour after he fell.",
        id="a time of another moment after which someone fell is no time of the fall",
    ),
]


def test_a_source_that_shares_a_sentence_and_writes_the_other_spelling_has_no_name_conflict(
    make_folder,
) -> None:
    shared = "Dimitri Olivares was arrested at the Orrin border on Monday."
    folder = make_folder(
        {
            "a.txt": f"Arrest at the Orrin border\n\n{shared}\n\nHe was held overnight.",
            "b.txt": f"Orrin border arrest\n\n{shared}\n\nPolice said Dimitri Oliveras had "
            "no lawyer.",
        }
    )
    assert not [d for d in analyze(folder).disagreements if d.kind == "name"]


# a fall timed by its landing against a time when it fell is a date conflict
CONFLICTS += [
    pytest.param(
        "date",
        "Police believe Tomas Reyes, 20, and a friend were taking pictures from the "
        "scaffolding at about 11:15 p.m. when Reyes fell.",
        "Tomas Reyes, 20, slipped 25 feet, past the ladder he had climbed, before landing "
        "hard on the tower's roof around 10:40 p.m., the sources said.",
        id="a fall timed by its landing against a time when it fell is a date conflict",
    ),
]


# -- a count set in the story's place beside its figure on one side only -----------------
# a count set in a place both sentences name is one count that disagrees
CONFLICTS += [
    pytest.param(
        "number",
        "The wildfire near Corran destroyed 40 homes before crews contained it.",
        "Crews contained the Corran wildfire after it destroyed 25 homes.",
        id='the place beside one count and in the other sentence\'s own words ("the Corran wildfire")',
    ),
    pytest.param(
        "number",
        "The bus crash near Dalby injured 14 passengers, police said.",
        "Police said 11 passengers were hurt when the bus crashed near Dalby.",
        id='"near Dalby" beside the injured, the crash "near Dalby" in a clause of its own',
    ),
    pytest.param(
        "number",
        "Three cars were involved in the pileup on the Dalby bypass, police said.",
        "Police said five cars were involved in the Dalby bypass pileup.",
        id='the pileup "in the Dalby bypass pileup" on one side, "on the Dalby bypass" on the other',
    ),
    pytest.param(
        "number",
        "The fire at the Harlow paint factory killed 12 workers on Tuesday, officials said.",
        "Fifteen workers died in Tuesday's fire at the Harlow paint factory, officials said.",
        id='a weekday after "in" ("in Tuesday\'s fire") sets the count in no place',
    ),
]


# counts for a place the other sentence never names do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The storm killed 12 people in Orrin, officials said.",
        "The storm has killed at least 40 people, officials said.",
        id="a part (the dead in one town) and the whole (the storm's toll): Orrin only on one side",
    ),
    pytest.param(
        "The flood damaged 30 homes in Orrin, the council said.",
        "The flood damaged 55 homes in Dalby, the council said.",
        id="two towns, each beside its own count",
    ),
]


# one event dated with the month in full before its noun is a date conflict
CONFLICTS += [
    pytest.param(
        "date",
        "The Ossel refinery explosion on March 3 killed two workers.",
        "Two workers were killed in the March 4 explosion at the Ossel refinery.",
        id='"the March 4 explosion" dates the explosion as "the Sept. 3 crash" dates the crash',
    ),
]


# -- one unnamed person given two ages ---------------------------------------------------
# one unnamed person told alike with two ages is a number conflict
CONFLICTS += [
    pytest.param(
        "number",
        "The gunman, a 24-year-old man from Orrin, was arrested near the station, police said.",
        "Police arrested a 26-year-old man from Orrin near the station.",
        id="one unnamed person told alike with two ages is a number conflict",
    ),
    pytest.param(
        "number",
        "The victim, a 34-year-old woman, was found in her apartment on Elm Lane.",
        "The victim, a 36-year-old woman, was found dead in her Elm Lane apartment.",
        id="one unnamed person told alike with two ages is a number conflict (2)",
    ),
    pytest.param(
        "number",
        "The 6-year-old boy was struck by a stray bullet outside his home in Corran.",
        "A 7-year-old boy was hit by a stray bullet outside his Corran home.",
        id="one unnamed person told alike with two ages is a number conflict (3)",
    ),
]


# ages of two people or of people told apart do not disagree
LOOK_ALIKES += [
    pytest.param(
        "A 24-year-old man was arrested near the station in Orrin.",
        "A 26-year-old woman was arrested near the station in Orrin.",
        id="a man and a woman",
    ),
    pytest.param(
        "The 6-year-old boy and his 9-year-old sister were taken to Corran hospital.",
        "A 7-year-old boy was taken to Corran hospital with cuts.",
        id="two children, one of them the boy the other sentence ages",
    ),
    pytest.param(
        "A 41-year-old man was pulled from the river near Dalby on Sunday.",
        "A 12-year-old boy was pulled from the river near Dalby on Sunday.",
        id="a father and his son, decades apart",
    ),
    pytest.param(
        "Rescuers pulled a 15-year-old girl from the rubble in Tolvik.",
        "Rescuers pulled a 17-year-old girl from the rubble of a school in Marren.",
        id="two towns: two girls pulled from two ruins",
    ),
]


# -- a plan against what came of it -------------------------------------------------------
# a figure planned or expected against one that came about does not disagree
LOOK_ALIKES += [
    pytest.param(
        "The council plans to build 500 homes on the Corran site.",
        "Only 120 homes have been built on the Corran site so far.",
        id="a figure planned or expected against one that came about does not disagree",
    ),
    pytest.param(
        "Organisers expect 40,000 visitors at the Tolvik festival this weekend.",
        "The Tolvik festival drew 28,000 visitors this weekend, organisers said.",
        id="a figure planned or expected against one that came about does not disagree (2)",
    ),
    pytest.param(
        "The team is aiming to win five gold medals at the Harlow games.",
        "The team won two gold medals at the Harlow games.",
        id="a figure planned or expected against one that came about does not disagree (3)",
    ),
]


# two plans for one thing still disagree
CONFLICTS += [
    pytest.param(
        "number",
        "The council plans to build 500 homes on the Corran site.",
        "The council plans to build 350 homes on the Corran site.",
        id="two plans for one thing still disagree",
    ),
]


# -- a word given of a time to come against what happened ---------------------------------
# a promise denied against the thing done later does not disagree
LOOK_ALIKES += [
    pytest.param(
        "The governor said on Monday that she would not resign over the Harlow scandal.",
        "The governor resigned over the Harlow scandal on Friday.",
        id="a promise denied against the thing done later does not disagree",
    ),
]


# a chance or a duty denied against the thing done does not disagree: either may come true,
# and a rule is no report of what was done
LOOK_ALIKES += [
    pytest.param(
        "Officers may not attend the Tolvik hearing on Friday.",
        "Officers attended the Tolvik hearing on Friday.",
        id="a chance denied against the thing done does not disagree",
    ),
    pytest.param(
        "There might be no investigation into the Harlow crash, the mayor said.",
        "Detectives are investigating the Harlow crash, the mayor said.",
        id="a chance of no inquiry against an inquiry under way does not disagree",
    ),
    pytest.param(
        "The minister may not attend the Tolvik summit next week, her office said.",
        "The minister may attend the Tolvik summit next week, her office said.",
        id="two chances told either way do not disagree",
    ),
    pytest.param(
        "The minister should not attend the Tolvik summit on Friday, critics said.",
        "The minister attended the Tolvik summit on Friday, her office said.",
        id="a call not to act against the act does not disagree",
    ),
    pytest.param(
        "Staff must not enter the Orsk plant on Monday.",
        "Staff entered the Orsk plant on Monday.",
        id="a rule denied against the thing done does not disagree",
    ),
]


# a denial and an assertion of one time still disagree
CONFLICTS += [
    pytest.param(
        "negation",
        "Mayor Lena Voss could not attend the opening of the Tolvik bridge on Friday.",
        "Mayor Lena Voss attended the opening of the Tolvik bridge on Friday.",
        id="an act that could not be done against the act done",
    ),
    pytest.param(
        "negation",
        "Staff must not enter the Orsk plant on Monday, the union said.",
        "Staff must enter the Orsk plant on Monday, the union said.",
        id="a rule and its denial",
    ),
]


# a denial and an assertion of one time still disagree
CONFLICTS += [
    pytest.param(
        "negation",
        "Mayor Lena Voss did not attend the opening of the Tolvik bridge on Friday.",
        "Mayor Lena Voss attended the opening of the Tolvik bridge on Friday.",
        id="both of a time past",
    ),
    pytest.param(
        "negation",
        "The minister will not attend the Tolvik summit next week, her office said.",
        "The minister will attend the Tolvik summit next week, her office said.",
        id="both of a time to come",
    ),
]


# -- exact figures near each other that two sentences tell apart ----------------------------
@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two people's tallies: each sentence names someone the other does not
        ("In the county race, Ines Marlow won 10,482 votes for the seat.",
         "Her rival, Peter Dunst, finished with 10,391 votes."),
        # one index on two days
        ("The Harlow index closed at 10,482 points on Monday.",
         "On Tuesday the Harlow index fell to 10,401 points."),
    ],
)  # fmt: skip
def test_near_exact_figures_of_two_people_or_two_days_do_not_disagree(
    make_folder, first: str, second: str
) -> None:
    analysis = _story(make_folder, "costs", first, second)
    assert not [d for d in analysis.disagreements if d.kind == "number"]


# figures beside two places each sentence names alone do not disagree
LOOK_ALIKES += [
    pytest.param(
        "The Orrin school received $1,254,300 in state funding last year.",
        "The Dalby school, nearby, received $1,249,800 in state funding last year.",
        id="the place beside one figure is never named by the other sentence, which names its own",
    ),
]


# -- what befell the people a figure counts ------------------------------------------------
# people hurt counted two ways on one day disagree though the sentences differ
CONFLICTS += [
    pytest.param(
        "number",
        "A shooting at an office complex in Marren left three people hurt Wednesday.",
        "On Wednesday, four people were hurt at a software company in Marren, police said.",
        id='"three people hurt" / "four people were hurt": the word after "people" tells the count',
    ),
]


# figures beside words for two things that befell people do not disagree
LOOK_ALIKES += [
    pytest.param(
        "Fire crews rescued 12 people from the Orrin tower on Friday.",
        "On Friday, 30 people were treated for smoke inhalation after the Orrin tower fire.",
        id="the rescued and the treated: two groups of people",
    ),
    pytest.param(
        "Police arrested 12 protesters at the Orrin rally on Friday.",
        "On Friday, 30 protesters were injured at the Orrin rally, police said.",
        id="the arrested and the injured",
    ),
]


# one measure beside two verbs still disagrees
CONFLICTS += [
    pytest.param(
        "number",
        "The storm dumped 14 inches of snow on Harlow overnight.",
        "Harlow received 20 inches of snow from the overnight storm.",
        id='"dumped 14 inches" / "received 20 inches": two words for one act, no fates told apart',
    ),
]


# -- one event dated beside its word, two days apart, wherever in the story --------------


# one event dated two days of a month by two outlets is a date conflict
STORY_CONFLICTS += [
    pytest.param(
        "ferry",
        "date",
        "Divers have raised most of the hull, but the cause of the Sept. 2 sinking "
        "remains unknown.",
        "One mother wrote that her son died in the Sept. 3 sinking that took 41 lives.",
        "Sept. 2 / Sept. 3",
        id="the same noun dated a day apart in sentences about other things",
    ),
    pytest.param(
        "ferry",
        "date",
        "The ferry capsized on Sept. 2 off Tarn Point in heavy seas.",
        "Relatives still ask why the capsizing of Sept. 4 was not foreseen.",
        "Sept. 2 / Sept. 4",
        id="the verb on one side and its noun on the other",
    ),
]


# event days of other events or steps do not disagree
STORY_LOOK_ALIKES += [
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2 sinking remains unknown.",
        "Her son died in the Sept. 12 sinking of a second ferry.",
        "The inquiry goes on.",
        id="days ten apart are two events",
    ),
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2 sinking remains unknown.",
        "Her son died in the Oct. 3 sinking of a second ferry.",
        "The inquiry goes on.",
        id="other months are two events",
    ),
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2 sinking remains unknown.",
        "Her son died in the Sept. 3 sinking of a trawler.",
        "A third boat went down in the Sept. 4 sinking off Orrin.",
        id="a third day for the word tells of several events",
    ),
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2 sinking remains unknown.",
        "Her son died in the Sept. 3 sinking of a trawler.",
        "The Sept. 3 sinking of the trawler followed the ferry's.",
        id="a source that dates the word both days tells of two events",
    ),
    pytest.param(
        "ferry",
        "date",
        "Families were told on Sept. 2 that the sinking was an accident.",
        "Families were told on Sept. 3 that the sinking was an accident.",
        "The inquiry goes on.",
        id="a date not beside the event's word is another step's",
    ),
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2 sinking remains unknown.",
        "A second ferry sank on Sept. 3 off Tarn Point.",
        "The inquiry goes on.",
        id="an event told as a second one is another event",
    ),
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2 sinking remains unknown.",
        "Another boat capsized on Sept. 3 in the same strait.",
        "The inquiry goes on.",
        id="an event told as another one is another event",
    ),
    pytest.param(
        "ferry",
        "date",
        "The cause of the Sept. 2, 2019 sinking remains unknown.",
        "Her son died in the Sept. 3, 2021 sinking of the Halvard's sister ship.",
        "The inquiry goes on.",
        id="two years are two events",
    ),
]


# a count set in the place the other reports dateline names is one count
CONFLICTS += [
    pytest.param(
        "number",
        "ORRIN (AP) _ Bombers struck a crowded market Friday, setting off blasts that killed "
        "the two assailants, injured 21 shoppers and prompted the council to delay its vote.",
        "TESSEL _ The premier voiced sympathy Friday after a car bomb in an Orrin market "
        "wounded 24 people but said the talks would go on.",
        id="a count set in the place the other reports dateline names is one count",
    ),
]


# -- another thing of the story's kind, a fuller toll, figures credited to two sources ----
# an aftershock beside the quake, a sister ship beside the ship: two things' figures
# and days; a toll stating its own part ("four died, including one in hospital") beside
# the toll without it; each figure credited to a source the other sentence never names
# (the government / aid groups): two claims both outlets may report, no conflict between
# the outlets; one day told more precisely ("Thursday" / "Thursday morning")
LOOK_ALIKES += [
    pytest.param(
        "The earthquake near Tolva killed 62 people, officials said.",
        "An aftershock near Tolva killed 9 people, officials said.",
        id="the quake's toll and an aftershock's",
    ),
    pytest.param(
        "The quake struck Tolva province on Tuesday, killing 62 people.",
        "A strong aftershock struck Tolva province on Wednesday, killing 9 people.",
        id="the quake's day and toll and an aftershock's",
    ),
    pytest.param(
        "The ferry Lira, which sank off Port Vell, carried 240 passengers.",
        "The Lira's sister vessel, the Mora, carried 310 passengers on the same route.",
        id="the ship's passengers and its sister vessel's",
    ),
    pytest.param(
        "The Kestrel plant near Dunmore employs 1,200 workers.",
        "Its twin plant near Dunmore employs 800 workers.",
        id="a plant's workforce and its twin plant's",
    ),
    pytest.param(
        "Three people died when the ferry Lira sank off Port Vell.",
        "Four people died when the ferry Lira sank off Port Vell, including one in hospital.",
        id="a fuller toll stating the death in hospital it adds",
    ),
    pytest.param(
        "Twelve people were hurt in the crash on the Orrin bypass.",
        "Fifteen people were hurt in the crash on the Orrin bypass, including three children.",
        id="a fuller count stating the part the other leaves out",
    ),
    pytest.param(
        "The government said 12 people were killed in the floods in Varn.",
        "Aid groups said 30 people were killed in the floods in Varn.",
        id="two counts, each credited to its own source",
    ),
    pytest.param(
        "Twelve people were killed in the floods in Varn, the interior ministry said.",
        "Thirty people were killed in the floods in Varn, according to the Red Crescent.",
        id="two counts credited at the sentence's end, one by 'according to'",
    ),
    pytest.param(
        "The ferry Lira sank off Port Vell on Thursday, the coast guard said.",
        "The ferry Lira sank off Port Vell on Thursday morning, the coast guard said.",
        id="one day, told more precisely by one outlet",
    ),
]
# the same source's two counts, a toll whose stated part does not make up the gap, and
# a source named in both sentences still disagree
CONFLICTS += [
    pytest.param(
        "number",
        "Officials said 12 people were killed in the floods in Varn.",
        "Officials said 30 people were killed in the floods in Varn.",
        id="one source credited with two counts",
    ),
    pytest.param(
        "number",
        "Three people died when the ferry Lira sank off Port Vell.",
        "Six people died when the ferry Lira sank off Port Vell, including one in hospital.",
        id="a stated part that does not make up the gap",
    ),
    pytest.param(
        "number",
        "The government said 12 people were killed in the floods in Varn.",
        "The government and aid groups said 30 people were killed in the floods in Varn.",
        id="a source named by both sentences",
    ),
    pytest.param(
        "number",
        "At least 40 people died when the ferry sank on Lake Orm, the regional governor said.",
        "At least 38 people died when the ferry sank on Lake Orm, officials said.",
        id="two officials credited: the authorities' one count",
    ),
]


def test_counts_credited_to_two_sources_are_no_disagreement_between_the_outlets(
    make_folder,
) -> None:
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Floods sweep Varn\n\nFloods swept the Varn valley on Sunday.\n\n"
                "The government said 12 people were killed in the floods in Varn.\n\n"
                "Roads were closed.",
                "b.txt": "Varn valley floods\n\nFloodwater covered the Varn valley Sunday.\n\n"
                "Aid groups said 30 people were killed in the floods in Varn.\n\n"
                "Schools were shut.",
            }
        )
    )
    assert not [d for d in analysis.disagreements if d.kind == "number"]


def test_an_aftershocks_day_and_toll_are_no_disagreement_with_the_quakes(make_folder) -> None:
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Quake hits Tolva\n\nA quake struck Tolva province on Tuesday, "
                "killing 62 people.\n\nRescuers dug through rubble.",
                "b.txt": "Tolva quake toll rises\n\nA strong aftershock struck Tolva province "
                "on Wednesday, killing 9 people.\n\nTents were set up.",
            }
        )
    )
    assert analysis.disagreements == ()


@pytest.mark.parametrize(("kind", "a", "b"), CONFLICTS)
def test_a_real_conflict_between_two_outlets_is_found_as_its_kind(
    kind: str, a: str, b: str
) -> None:
    assert _kind(a, b) == kind


# a day's month is part of the day: the words differing are told once, never the month
# and then the day over the same words ("March; March 3")
DETAILED += [
    pytest.param(
        "date",
        "A crane collapsed at the Quayle port terminal on March 3, 2021, killing four workers.",
        "The crane collapsed at the Quayle port terminal on May 9, 2021, killing four workers.",
        "March 3 / May 9",
        id="a day in another month is told by its days alone",
    ),
    pytest.param(
        "date",
        "The Brisk Valley vote was held on Oct. 12 after weeks of delay, officials said.",
        "The Brisk Valley vote was held on Nov. 2 after weeks of delay, officials said.",
        "Oct. 12 / Nov. 2",
        id="an abbreviated month's day is told by its days alone",
    ),
]


@pytest.mark.parametrize(("a", "b"), LOOK_ALIKES)
def test_a_look_alike_of_a_conflict_stays_silent(a: str, b: str) -> None:
    assert _kind(a, b) is None


@pytest.mark.parametrize(("kind", "a", "b", "detail"), DETAILED)
def test_a_real_conflict_is_found_as_its_kind_with_the_words_each_side_differs_by(
    kind: str, a: str, b: str, detail: str
) -> None:
    assert _kind(a, b) == kind
    found = compare(a, b)
    assert found is not None and found.detail == detail


@pytest.mark.parametrize(("setting", "kind", "first", "second", "detail"), STORY_CONFLICTS)
def test_a_conflict_anywhere_in_a_two_outlet_story_is_found_with_the_words_each_side_differs_by(
    make_folder, setting: str, kind: str, first: str, second: str, detail: str
) -> None:
    analysis = _story(make_folder, setting, first, second)
    assert [d.detail for d in analysis.disagreements if d.kind == kind] == [detail]


@pytest.mark.parametrize(("setting", "kind", "first", "second", "third"), STORY_LOOK_ALIKES)
def test_a_look_alike_anywhere_in_a_two_outlet_story_stays_silent(
    make_folder, setting: str, kind: str, first: str, second: str, third: str
) -> None:
    analysis = _story(make_folder, setting, first, second, third)
    assert not [d for d in (*analysis.disagreements, *analysis.spellings) if d.kind == kind]


# -- one toll, the dead and the injured, told two ways anywhere in the story -------------
# a toll whose dead agree and whose injured cannot is a number conflict
STORY_CONFLICTS += [
    pytest.param(
        "hall fire",
        "number",
        "The blaze turned the hall into a deathtrap, killing 40 people and injuring 130.",
        "About 42 of the young people died and more than 170 were seriously injured when "
        "smoke filled the upper floor.",
        "130 / 170",
        id="the dead agree (40, about 42), the injured cannot (130, more than 170)",
    ),
    pytest.param(
        "hall fire",
        "number",
        "Firefighters said the blaze left 40 people dead and 130 hurt.",
        "The fire killed 52 people and injured 130, officials said on Friday.",
        "40 / 52",
        id="the injured agree, the dead do not",
    ),
    pytest.param(
        "hall fire",
        "number",
        "Two people were killed and 14 were injured, the fire chief said.",
        "Surgeons said 25 were hurt and two died in the blaze.",
        "14 / 25",
        id="each count's fate read after it, past the other's 'and', in unlike sentences",
    ),
]
# tolls of other places, other counts or other moments do not disagree
STORY_LOOK_ALIKES += [
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130.",
        "A second fire, in Dalby, killed 12 people and injured 60.",
        "The cause is not yet known.",
        id="both counts differ: two tolls",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130.",
        "In Dalby the storm killed 40 people and injured 75.",
        "The cause is not yet known.",
        id="a place beside one toll the other never names",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130.",
        "The blaze killed at least 40 people and injured more than 100.",
        "The cause is not yet known.",
        id="bounds that hold with the other figures",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130.",
        "The blaze killed 40 people, officials said, and 170 families lost their homes.",
        "The cause is not yet known.",
        id="a count of another thing beside the dead is no count of the injured",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130.",
        "The toll has now risen to 46 dead, with 130 injured, officials said on Saturday.",
        "The cause is not yet known.",
        id="a toll said to have risen is a later moment of the count",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130 on Thursday.",
        "A fire at a club on Wednesday killed 40 people and injured 60.",
        "The cause is not yet known.",
        id="tolls set on two days are two fires",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed at least 40 people and injured 130, the fire chief said.",
        "At least 40 people were killed and 130 injured, officials said.",
        "The cause is not yet known.",
        id="one toll given alike, its dead as a lower bound",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blast tore through the hall, killing 12 guards and injuring 40 people.",
        "Gunmen shot dead 15 dancers at the door, and 40 people were injured.",
        "The cause is not yet known.",
        id="the dead of two groups (guards, dancers) are no toll told two ways",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 12 guards and injured 40 people.",
        "The blaze killed 15 dancers and injured 40 people.",
        "The cause is not yet known.",
        id="the dead of two groups in like sentences",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured more than 130, the fire chief said.",
        "Forty people died and more than 130 were hurt, officials said.",
        "The cause is not yet known.",
        id="one toll given alike, its injured as a lower bound",
    ),
    pytest.param(
        "hall fire",
        "number",
        "The blaze killed 40 people and injured 130 on Oct. 31.",
        "A fire on Oct. 24 killed 40 people and injured 60.",
        "The cause is not yet known.",
        id="tolls set on two dates are two fires",
    ),
]
# a count said to have risen to a figure is a later moment of that count, not another count
LOOK_ALIKES += [
    pytest.param(
        "Two people were killed and 14 were injured, the fire chief said.",
        "Two people were killed and the number of injured has risen to 19, the fire chief said.",
        id="the injured counted, then said to have risen",
    ),
    pytest.param(
        "The toll at the Orrin hall rose to 46 on Saturday, officials said.",
        "The toll at the Orrin hall rose to 52 on Saturday, officials said.",
        id="a toll risen to two figures on one day: the morning's and the night's",
    ),
]
# a figure risen to in one month, year or period is that period's: two of them disagree
CONFLICTS += [
    pytest.param(
        "number",
        "Orrin's jobless rate fell to 5.2 percent in May, the labour bureau said.",
        "Orrin's jobless rate fell to 5.4 percent in May, the labour bureau said.",
        id="a rate fallen to two figures in one month",
    ),
    pytest.param(
        "number",
        "Harlow's population grew to 41,200 in 2010, the census found.",
        "Harlow's population grew to 44,900 in 2010, the census found.",
        id="a population grown to two figures in one year",
    ),
]


# -- a toll repeated by many outlets, and a story of many tolls ---------------------------
_PLACES = ("Orrin", "Dalby", "Tessel", "Harlow", "Vessa", "Marrow", "Halden", "Sarl")
_ANIMALS = ("herons", "otters", "badgers", "foxes", "swans", "hares", "voles", "wrens")


def _toll_folder(make_folder, tolls: list[tuple[int, int]]):
    """One outlet's report for each toll (the dead, the injured), each told in its own
    words besides the toll, analysed."""
    files = {}
    for k, (dead, hurt) in enumerate(tolls):
        place = _PLACES[k % len(_PLACES)]
        animal = _ANIMALS[k // len(_PLACES) % len(_ANIMALS)]
        files[f"outlet{k:02d}.txt"] = (
            f"Report {k} from the {place} desk\n\n"
            f"Volunteers counted {animal} near the {place} reservoir for the {k}th spring.\n\n"
            f"The blaze killed {dead} people and injured {hurt}.\n\n"
            f"The {animal} of {place} were ringed by warden number {k + 7}."
        )
    return analyze(make_folder(files))


def _tolls_found(analysis) -> list[tuple[str, str]]:
    found = story_tolls.tolls_two_ways(
        analysis.sentences, analysis.group_of, lambda i: analyse(analysis.sentences[i].text)
    )
    return [(f.a_words, f.b_words) for _, _, f in found]


def test_a_toll_many_outlets_repeat_is_compared_once_with_each_other_toll(
    make_folder, monkeypatch
) -> None:
    analysis = _toll_folder(make_folder, [(40, 130)] * 5 + [(40, 170)] * 5)
    assert analysis.independent_sources == 10
    calls = []

    def counting(v, w):
        calls.append((v.tag, w.tag))
        return compatible(v, w)

    monkeypatch.setattr(story_tolls, "compatible", counting)
    found = _tolls_found(analysis)
    # every outlet of one toll against every outlet of the other, the figures compared once
    assert found == [("130", "170")] * 25
    assert len(calls) <= 2


def test_a_story_of_more_tolls_than_the_cap_compares_none(make_folder) -> None:
    few = _toll_folder(make_folder, [(40, 130), (40, 170)])
    assert _tolls_found(few) == [("130", "170")]
    many = [(40, 130), (40, 170)] + [(3 + k, 500 + 7 * k) for k in range(story_tolls.TOLL_CAP)]
    assert _tolls_found(_toll_folder(make_folder, many)) == []


def test_one_event_given_two_days_and_two_counts_still_disagrees_over_the_day() -> None:
    found = compare(
        "The Orrin ferry sank on Monday with 200 people aboard.",
        "The Orrin ferry sank on Tuesday with 300 people aboard.",
    )
    assert found is not None and found.kind == "date"


def test_one_storm_given_two_days_and_two_tolls_still_disagrees() -> None:
    assert _kind(
        "The storm killed 12 people when it hit the Halden coast on Friday.",
        "The storm killed 14 people when it hit the Halden coast on Saturday.",
    ) in ("date", "number")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Halden ship carrying 300 migrants sank off the coast on Monday.",
            "The Halden ship carrying 450 migrants sank on Monday.",
            id="a ship's passengers, one outlet naming the coast it sank off",
        ),
        pytest.param(
            "The Orrin airliner with 120 people aboard crashed near the airport on Sunday.",
            "The Orrin airliner with 150 people aboard crashed on Sunday.",
            id="an airliner's passengers, one outlet naming the airport it crashed near",
        ),
        pytest.param(
            "About 1,200 Halden troops were sent to the border on Monday, the ministry said.",
            "About 3,000 Halden troops were sent to the frontier on Monday, the ministry said.",
            id="troops sent to the border, or the frontier: one place in two words",
        ),
    ],
)
def test_a_count_where_only_one_sentence_names_a_kind_of_place_still_disagrees(
    a: str, b: str
) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "A record 12,000 runners took part in the Orrin marathon on Sunday.",
            "Some 15,000 runners took part in the Orrin marathon on Sunday.",
            id="a record number of runners is the number that ran",
        ),
        pytest.param(
            "The Halden festival drew a record crowd of 50,000 on Saturday, organisers said.",
            "The Halden festival drew a crowd of 30,000 on Saturday, organisers said.",
            id="a record crowd is the crowd that came",
        ),
        pytest.param(
            "Orrin Mutual posted record profits of $4 billion, the Halden bank said.",
            "Orrin Mutual posted profits of $3 billion, the Halden bank said.",
            id="record profits are the profits made",
        ),
    ],
)
def test_a_record_amount_still_disagrees_with_the_amount_another_outlet_gives(
    a: str, b: str
) -> None:
    assert _kind(a, b) == "number"


def test_an_amount_set_against_the_record_is_not_compared_with_the_record() -> None:
    assert (
        _kind(
            "Tobias Wrenfield ran the Orrin 100 metres in 9.63 seconds on Sunday.",
            "Tobias Wrenfield missed the record of 9.58 seconds in the Orrin 100 metres on Sunday.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The president said 12 soldiers were killed in the Orrin ambush on Tuesday.",
            "The prime minister said 14 soldiers were killed in the Orrin ambush on Tuesday.",
            id="two officials telling one ambush's toll",
        ),
        pytest.param(
            "The man's wife said he was 45 and worked at the Halden mill.",
            "Police said the man was 48 and worked at the Halden mill.",
            id="a wife and the police telling one man's age",
        ),
        pytest.param(
            "The boy's mother told reporters that 3 men took him from the Orrin park.",
            "Police said 5 men took the boy from the Orrin park.",
            id="a mother and the police telling how many men took a boy",
        ),
    ],
)
def test_a_figure_told_by_a_role_or_a_relative_is_still_compared(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Among the 12 dead in the Orrin bus crash were three children, police said.",
            "The Orrin bus crash killed 14 people, police said.",
            id="the figure inside 'among the 12 dead' counts the dead",
        ),
        pytest.param(
            "Among the dead in the Halden mine blast were 12 miners, the company said.",
            "The Halden mine blast killed 14 miners, the company said.",
            id="'among the dead' and 'killed' name one group",
        ),
    ],
)
def test_a_count_among_the_dead_is_still_compared_with_a_toll(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Orrin quake struck early Saturday, killing 12 people.",
            "The Orrin quake struck early Friday, killing 12 people.",
            id="early Friday and early Saturday are a day apart",
        ),
        pytest.param(
            "The Orrin quake struck late Saturday, killing 12 people.",
            "The Orrin quake struck Friday night, killing 12 people.",
            id="Friday night and late Saturday are a day apart",
        ),
        pytest.param(
            "The Orrin quake struck on Friday, killing 12 people.",
            "The Orrin quake struck early Saturday evening, killing 12 people.",
            id="Friday and Saturday evening are a day apart",
        ),
        pytest.param(
            "The Orrin truce took effect at midnight on Friday.",
            "The Orrin truce took effect at midnight on Saturday, the army said.",
            id="midnight on Friday and midnight on Saturday are two midnights",
        ),
        pytest.param(
            "The Orrin quake struck on Friday at 9 a.m., killing 12 people.",
            "The Orrin quake struck early Saturday, killing 12 people.",
            id="Friday morning and early Saturday are a day apart",
        ),
    ],
)
def test_two_days_told_at_the_same_end_of_each_still_disagree(a: str, b: str) -> None:
    assert _kind(a, b) == "date"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Halden storm has killed 30 people so far, officials said on Monday.",
            "The Halden storm has killed 45 people, officials said on Monday.",
            id="a toll 'so far' and a toll told the same day without it",
        ),
        pytest.param(
            "Rescuers have pulled 30 survivors from the Orrin rubble since the quake struck.",
            "Rescuers have pulled 45 survivors from the Orrin rubble, the army said.",
            id="survivors pulled out 'since the quake' and survivors pulled out",
        ),
    ],
)
def test_a_total_up_to_now_still_disagrees_with_a_count_given_without_a_day(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


def test_a_total_up_to_now_is_not_compared_with_one_days_count() -> None:
    assert (
        _kind(
            "Police arrested 12 people in Orrin on Monday.",
            "Police have arrested 40 people in Orrin since the protests began.",
        )
        is None
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The Orrin plant, which opened two years ago, employs 400 people.",
            "The Orrin plant employs 600 people, the company said.",
            id="a time past in a clause of its own dates the opening, not the count",
        ),
        pytest.param(
            "The Halden clinic, which was built a decade ago, treats 300 patients a week.",
            "The Halden clinic treats 500 patients a week, its director said.",
            id="a decade ago dates the building, and the patients are compared",
        ),
    ],
)
def test_a_time_past_told_beside_no_figure_leaves_the_count_compared(a: str, b: str) -> None:
    assert _kind(a, b) == "number"


def test_the_latest_toll_and_the_new_toll_are_one_toll_and_disagree() -> None:
    assert (
        _kind(
            "The latest toll from the Halden quake is 120 dead, officials said.",
            "The new toll from the Halden quake is 150 dead, officials said.",
        )
        == "number"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The suspect did not appear in a Halden court on Monday.",
            "The man appeared in a Halden court on Monday.",
            id="the suspect and the man: one person in two words",
        ),
        pytest.param(
            "The plant did not close on Monday, workers in Orrin said.",
            "The factory closed on Monday, workers in Orrin said.",
            id="the plant and the factory: one place in two words",
        ),
        pytest.param(
            "The flight did not land in Orrin on Monday.",
            "The plane landed in Orrin on Monday.",
            id="the flight and the plane",
        ),
    ],
)
def test_a_denial_of_one_subject_named_in_other_words_still_disagrees(a: str, b: str) -> None:
    assert _kind(a, b) == "negation"


def test_a_former_coach_and_the_coach_are_two_people_not_one_named_two_ways() -> None:
    assert (
        _kind(
            "Former coach Peter Vance said the Halden squad was ready for the final.",
            "Coach Tom Aske said the Halden squad was ready for the final.",
        )
        is None
    )


def test_an_interim_coach_holds_the_post_and_two_names_for_it_disagree() -> None:
    assert (
        _kind(
            "Interim coach Peter Vance said the Halden squad was ready for the final.",
            "Coach Tom Aske said the Halden squad was ready for the final.",
        )
        == "name"
    )


def test_a_surname_spelled_two_ways_is_not_read_as_one_name_where_it_is_also_a_first_name(
    make_folder,
) -> None:
    # "Hassanbek" / "Hasanbek" before one surname is one first name in two house styles;
    # after one first name the two outlets spell a surname two ways, which is reported:
    # the matcher must then not read the two spellings as one name anywhere.
    texts = {
        "a.txt": "Climber dies at Halden tower\n\nA photographer died after a fall at the "
        "Halden tower on Wednesday night.\n\nHis friend was identified as Ilias Hassanbek by "
        "the Courier.\n\nThe tower's owner, Hassanbek Torvald, said the roof had been locked.",
        "b.txt": "Halden tower fall\n\nA man was killed in a fall at the Halden tower on "
        "Wednesday night.\n\nHis 18-year-old companion Ilias Hasanbek ran for help after the "
        "fall, police sources said.\n\nThe owner, Hasanbek Torvald, said the roof was locked.",
    }
    analysis = analyze(make_folder(texts))
    reported = [(d.a_value, d.b_value) for d in analysis.spellings if d.kind == "spelling"]
    assert reported == [("Ilias Hassanbek", "Ilias Hasanbek")]
    named = [(s.article, s.text) for s in analysis.sentences]
    assert "hasanbek" not in spelling_aliases(named, persons)
    assert "hassanbek" not in spelling_aliases(named, persons)


# -- look-alikes met while reading every pair the judge turned down over the readable stories
# a penalty under two conditions, one term in two units, a rounded figure and a bound met
# by the other's figure, two groups of one kind of people, and denials that agree: no
# conflict a fact-checker would sign
LOOK_ALIKES += [
    pytest.param(
        "Those in the car could face up to two years in prison if the pistol was a replica.",
        "If the pistol was real, those in the car face up to seven years in prison.",
        id="the most a penalty can be under two conditions (a replica, a real pistol)",
    ),
    pytest.param(
        "Judge Marrow approved a plea agreement calling for an 85-month prison term, followed "
        "by three years of supervised release.",
        "Judge Marrow approved a plea agreement for Hale to serve 7 years, 1 month in prison "
        "on a weapons charge.",
        id="one prison term in months and in years and a month",
    ),
    pytest.param(
        "Some 80 percent of Veltria's 4.7 million people are Catholic, the Vatican said.",
        "The pope arrived in Veltria, a country of 4 million that is more than 75 percent "
        "Catholic, on Friday.",
        id="a population and its round figure, a share and a bound it meets",
    ),
    pytest.param(
        "At some point the suspect stepped onto the porch, where she was confronted by five "
        "deputies.",
        "Four deputies fired shots outside the home when the woman appeared to reach for a weapon.",
        id="the deputies present and the deputies who fired",
    ),
    pytest.param(
        "Several people were inside the van, the sergeant said.",
        "It was not known how many people were inside the van, but all were assumed to be armed.",
        id="a vague count and an unknown count of the same people",
    ),
    pytest.param(
        "No deputies fired shots during the response, the sheriff said.",
        "The sheriff didn't say how many shots were fired, but said none were fired by deputies.",
        id="two denials that agree, one of them beside a count left unsaid",
    ),
    pytest.param(
        "She hiked more than 1,000 miles of the Orrin Trail after her divorce.",
        "The author hiked 1,100 miles of the Orrin Trail as she recovered from her divorce.",
        id="a bound the other's figure meets",
    ),
    pytest.param(
        "Researchers analysed registry data for about 258,000 patients with bowel tumours.",
        "Hale and her colleagues drew on data for nearly 260,000 patients with bowel tumours.",
        id="two approximate figures one rounding apart",
    ),
    pytest.param(
        "Five children were hurt at the Tessel day centre, police said.",
        "The worker, who had 16 children in her care, was filmed hurting five of them.",
        id="the children hurt and the children in someone's care",
    ),
]
# the same pairs set anywhere in a two-outlet story, where the story-wide classes (tolls,
# ages, dated events) read them too
STORY_LOOK_ALIKES += [
    pytest.param(
        "mall",
        "number",
        "Those in the car could face up to two years in prison if the pistol was a replica.",
        "If the pistol was real, those in the car face up to seven years in prison.",
        None,
        id="story: the most a penalty can be under two conditions",
    ),
    pytest.param(
        "costs",
        "number",
        "Judge Marrow approved a plea agreement calling for an 85-month prison term.",
        "Judge Marrow approved a plea agreement for the driver to serve 7 years, 1 month in "
        "prison.",
        None,
        id="story: one prison term in months and in years and a month",
    ),
    pytest.param(
        "mall",
        "number",
        "At some point the gunman stepped onto the porch, where he was confronted by five "
        "deputies.",
        "Four deputies fired shots outside the home when the man appeared to reach for a weapon.",
        None,
        id="story: the deputies present and the deputies who fired",
    ),
    pytest.param(
        "mall",
        "negation",
        "No deputies fired shots during the response, the sheriff said.",
        "The sheriff didn't say how many shots were fired, but said none were fired by deputies.",
        None,
        id="story: two denials that agree",
    ),
    pytest.param(
        "mall",
        "number",
        "Five children were hurt at the mall's day centre, police said.",
        "The worker, who had 16 children in her care, was filmed hurting five of them.",
        None,
        id="story: the children hurt and the children in someone's care",
    ),
]


# -- a place naming the thing the other sentence names, once the datelines are gone ------
# the reader drops a wire's dateline ("ORRIN (AP) _"), so a count the other sentence sets
# "in an Orrin market" meets one told of "a crowded market" with no place named: one
# market, one count, when the place only describes the thing both sentences name
CONFLICTS += [
    pytest.param(
        "number",
        "Bombers struck a crowded market Friday, setting off blasts that killed the two "
        "assailants, injured 21 shoppers and prompted the council to delay its vote.",
        "The premier voiced sympathy Friday after a car bomb in an Orrin market wounded 24 "
        "people but said the talks would go on.",
        id="a count in an Orrin market and one in a crowded market, no dateline left",
    ),
    pytest.param(
        "number",
        "A fire at an Orrin dance hall killed 40 people on Thursday night.",
        "Fire swept the crowded dance hall late Thursday, killing 52 people.",
        id="a toll at an Orrin dance hall and one at the crowded dance hall",
    ),
]
# a place before an area's word, or a place alone, still sets a part of the story
LOOK_ALIKES += [
    pytest.param(
        "The storm killed 12 people in an Orrin suburb on Tuesday, officials said.",
        "The storm killed 40 people across the suburbs on Tuesday, officials said.",
        id="a toll in one suburb and the toll across the suburbs",
    ),
    pytest.param(
        "Twelve people died in an Orrin town on Tuesday.",
        "Forty people died in the town on Tuesday.",
        id="a place before a town's word: one town among others",
    ),
    pytest.param(
        "The storm killed 12 people in Orrin on Tuesday, officials said.",
        "The storm has killed at least 40 people, officials said on Tuesday.",
        id="a place named alone sets a part and the other gives the whole",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "Blasts at three markets across the country killed 40 people on Friday.",
        id="a market named by its place and the markets of the whole country",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "A blast at a market in Tessel killed 40 people on Friday.",
        id="two markets, each set in its own place",
    ),
]


def test_a_count_in_a_placed_market_disagrees_with_another_outlets_after_the_datelines_are_read(
    make_folder,
) -> None:
    texts = {
        "a.txt": "Market bombing in Orrin\n\nORRIN (AP) _ Bombers struck a crowded market "
        "Friday, setting off blasts that killed the two assailants, injured 21 shoppers and "
        "prompted the council to delay its vote.\n\nThe council meets again next week.",
        "b.txt": "Premier urges calm\n\nTESSEL _ The premier voiced sympathy Friday after a "
        "car bomb in an Orrin market wounded 24 people but said the talks would go on.\n\n"
        "Talks resume on Monday.",
    }
    analysis = analyze(make_folder(texts))
    _one_conflict_never_support(analysis, "number", "21", "24")


# -- the thing a place describes, where the other sentence's thing may be another ---------
# "an Orrin market" and "a crowded market" are one market only when the other sentence
# names no place of its own, and never where the story's people are spread over several
# of the thing (the wounded over hospitals); "the market's gate" names the market too
CONFLICTS += [
    pytest.param(
        "number",
        "A car bomb in an Orrin market wounded 24 people on Friday.",
        "The bomb tore through the market's main hall on Friday, wounding 21 people.",
        id="a count in an Orrin market and one at the market's hall",
    ),
    pytest.param(
        "number",
        "A fire in an Orrin warehouse killed 9 workers on Sunday.",
        "The warehouse's roof fell in as the fire spread on Sunday, killing 11 workers.",
        id="a toll in an Orrin warehouse and one under the warehouse's roof",
    ),
]
LOOK_ALIKES += [
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "A blast at a crowded market killed 40 people on Friday, the governor of Pell said.",
        id="an Orrin market and a market told of by a governor of Pell",
    ),
    pytest.param(
        "A fire in an Orrin warehouse killed 9 workers on Sunday.",
        "Fire tore through a warehouse on Sunday, killing 11 workers, officials in Tessel said.",
        id="an Orrin warehouse and a warehouse told of by officials in Tessel",
    ),
    pytest.param(
        "Twelve people were treated at an Orrin hospital after the blast on Friday.",
        "Forty people were treated at a hospital after the blast on Friday.",
        id="the wounded at an Orrin hospital and the wounded at a hospital",
    ),
    pytest.param(
        "Doctors at an Orrin clinic treated 12 people hurt in the blast.",
        "Doctors at a clinic treated 40 people hurt in the blast.",
        id="the hurt treated at an Orrin clinic and at a clinic",
    ),
    pytest.param(
        "Twelve families spent the night in an Orrin shelter after the flood.",
        "Forty families spent the night in a shelter after the flood.",
        id="the families in an Orrin shelter and those in a shelter",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "Blasts tore through two market stalls on Friday, killing 40 people.",
        id="an Orrin market and two market stalls, the thing's word after a figure",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "A blast at another market killed 40 people on Friday.",
        id="an Orrin market and another market",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "A blast at the other market killed 40 people on Friday.",
        id="an Orrin market and the other market",
    ),
    pytest.param(
        "A fire at an Orrin warehouse killed 9 workers on Sunday.",
        "Fire broke out at another large warehouse on Sunday, killing 11 workers.",
        id="an Orrin warehouse and another large warehouse",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "A blast at a crowded Pell market killed 40 people on Friday.",
        id="an Orrin market and a crowded Pell market",
    ),
    pytest.param(
        "Twelve people were killed in a Vessan air strike on Friday.",
        "A Tessel air strike killed 40 people on Friday.",
        id="a Vessan air strike and a Tessel air strike",
    ),
]
# the other sentence's thing must be where its own figure is, in the figure's clause or the
# sentence's opening: a market named in a clause of its own does not place the toll
LOOK_ALIKES += [
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "The bombs killed 40 people on Friday; a market was among the targets.",
        id="a toll in an Orrin market and the toll of bombs that hit a market among others",
    ),
    pytest.param(
        "A blast in an Orrin market killed 12 people on Friday.",
        "Bombs killed 40 people on Friday, one of them in a market.",
        id="a toll in an Orrin market and a toll one of whom died in a market",
    ),
    pytest.param(
        "A fire at an Orrin warehouse killed 9 workers on Sunday.",
        "Fires killed 11 workers across the region on Sunday, and a warehouse was shut.",
        id="a toll at an Orrin warehouse and fires' toll with a warehouse shut",
    ),
]


def _hospital_spellings(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    folder = make_folder(
        {
            "a.txt": "Fire at the Orrin dance hall\n\nA fire swept through a crowded dance hall "
            f"in Orrin on Thursday night.\n\nThe injured were taken to {first}, the largest in "
            "the city, a nurse said.\n\nFirefighters worked through the night.",
            "b.txt": "Orrin hall fire\n\nA blaze tore through a dance hall in Orrin late on "
            f'Thursday.\n\n"I thought we would all die," said a girl recovering at {second}.'
            "\n\nThe cause of the fire was not known.",
        }
    )
    analysis = analyze(folder)
    assert not [d for d in analysis.disagreements if d.kind == "name"]
    return [(d.a_value, d.b_value) for d in analysis.spellings if d.kind == "spelling"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Vahlgrenska Hospital", "Valgrenska Hospital"),
        ("Marrowfield Stadium", "Marowfield Stadium"),
        ("Tennisford University", "Tenisford University"),
    ],
)
def test_a_place_two_outlets_spell_two_ways_is_one_place_not_a_spelling_note(
    make_folder, first: str, second: str
) -> None:
    assert _hospital_spellings(make_folder, first, second) == []


def test_a_person_two_outlets_spell_two_ways_beside_a_hospital_is_still_a_spelling_note(
    make_folder,
) -> None:
    found = _hospital_spellings(
        make_folder,
        "Orrin Hospital, where Marco Olivares works",
        "Orrin Hospital, said Marco Oliveras",
    )
    assert found == [("Marco Olivares", "Marco Oliveras")]


@pytest.mark.parametrize("surname", ["Hall", "Park", "Temple", "Church", "Street", "Bay"])
def test_a_person_whose_surname_is_also_a_word_for_a_place_spelt_two_ways_is_a_spelling_note(
    make_folder, surname: str
) -> None:
    found = _hospital_spellings(
        make_folder,
        f"Orrin Hospital, where Katarina {surname} works",
        f"Orrin Hospital, said Katharina {surname}",
    )
    assert found == [(f"Katarina {surname}", f"Katharina {surname}")]


def _two_tolls(make_folder, first: str, second: str) -> list[tuple[str, str]]:
    analysis = analyze(
        make_folder(
            {
                "a.txt": "Blasts at two Orrin depots\n\nInvestigators searched the ruins of "
                f"the Orrin fuel depot for a second week.\n\n{first}\n\nThe depot's owners "
                "offered a reward for information.",
                "b.txt": "Depot bombing suspects charged\n\nA grand jury charged three men "
                f"over the depot bombings on Friday.\n\n{second}\n\nThe men are held in a "
                "Halden jail.",
            }
        )
    )
    return _tolls_found(analysis)


def test_a_toll_one_outlet_dates_and_another_does_not_still_disagrees(make_folder) -> None:
    found = _two_tolls(
        make_folder,
        "The Aug. 7 bombings of the depots killed 124 people and injured an estimated 900.",
        "The prosecutor cited the more than 150 people killed in the depot bombings and the "
        "more than 500 wounded.",
    )
    assert found == [("124", "150")]


def test_a_toll_many_times_another_is_a_parts_and_no_disagreement(make_folder) -> None:
    found = _two_tolls(
        make_folder,
        "The Aug. 7 bombings of the depots killed 124 people and injured an estimated 900.",
        "The truck carried the Aug. 7 bomb, which killed 11 people and wounded at least 86.",
    )
    assert found == []


def test_two_tolls_set_on_two_dates_are_two_events_and_no_disagreement(make_folder) -> None:
    found = _two_tolls(
        make_folder,
        "The Aug. 7 bombing of the depot killed 124 people and injured 900.",
        "The Aug. 9 bombing of the depot killed 150 people and injured 900.",
    )
    assert found == []


def test_a_sources_two_updates_of_a_toll_each_disagree_with_another_sources_toll(
    make_folder,
) -> None:
    analysis = analyze(
        make_folder(
            {
                "a1.txt": "Fire at the Orrin hall\n\nA fire swept through the Orrin dance hall "
                "on Thursday night, killing 40 people and injuring 155.\n\nThe cause was not "
                "known.",
                "a2.txt": "Orrin fire: a late alarm\n\nA call in poor English was the first "
                "word of the blaze that killed 40 people and injured 162, officials said.\n\n"
                "Firefighters reached the hall within minutes.",
                "b.txt": "Orrin dance ends in fire\n\nAbout 40 of the young people died and "
                "more than 190 were seriously injured when smoke filled the hall.\n\nThe "
                "hall had one unlocked door.",
            }
        )
    )
    # the two updates are one source's, the third article another's
    file_of = [a.file for a in analysis.articles]
    group_of = [0 if f.startswith("a") else 1 for f in file_of]
    found = story_tolls.tolls_two_ways(
        analysis.sentences, group_of, lambda i: analyse(analysis.sentences[i].text)
    )
    assert sorted((f.a_words, f.b_words) for _, _, f in found) == [("155", "190"), ("162", "190")]


def _set_tolls(make_folder, first: str, second: str, setting_named: bool) -> list[tuple[str, str]]:
    """Two outlets' reports of one blaze, each in two articles; the country named in every
    article when ``setting_named``, else only in ``first``."""
    country = "in Norvania " if setting_named else ""
    return _tolls_found(
        analyze(
            make_folder(
                {
                    "a1.txt": "Dance hall fire\n\nFirefighters searched the Orrin dance hall "
                    f"{country}for a second day.\n\n{first}\n\nThe hall had two exits.",
                    "a2.txt": "Hall fire inquiry\n\nInvestigators questioned the owners of "
                    f"the hall {country}on Saturday.\n\nThe inquiry will take weeks.",
                    "b1.txt": "Orrin mourns its young\n\nParents gathered outside the hall "
                    f"{country}at dawn.\n\n{second}\n\nThe hall had one unlocked door.",
                    "b2.txt": "Hall owners questioned\n\nPolice questioned the tenants of "
                    f"the hall {country}on Friday.\n\nNo arrests were made.",
                }
            )
        )
    )


def test_a_toll_set_in_the_country_every_article_names_still_disagrees(make_folder) -> None:
    # "in Norvania's second city" sets the toll where the whole story is set: it counts
    # the story's dead, not a part of them
    found = _set_tolls(
        make_folder,
        "The blaze killed 40 people and injured 162 others in Norvania's second city.",
        "About 40 of the young people died and more than 190 were seriously injured.",
        setting_named=True,
    )
    assert found == [("162", "190")]


def test_a_toll_set_in_a_place_the_story_names_only_there_stays_a_part(make_folder) -> None:
    found = _set_tolls(
        make_folder,
        "The blaze killed 40 people and injured 162 others in Norvania's second city.",
        "About 40 of the young people died and more than 190 were seriously injured.",
        setting_named=False,
    )
    assert found == []
    # a town most articles name is still a part when only one source names it
    found = _set_tolls(
        make_folder,
        "In Dalby the blaze killed 40 people and injured 75.",
        "About 40 of the young people died and more than 190 were seriously injured.",
        setting_named=True,
    )
    assert found == []


@pytest.mark.parametrize(
    "earlier",
    [
        "It was the deadliest fire since a cinema blaze killed 40 people and injured 120 in "
        "Norvania.",
        "The previous worst fire in Norvania killed 40 people and injured 120.",
        "In Norvania's previous worst fire, 40 people died and 120 were injured.",
    ],
)
def test_an_earlier_disaster_in_the_storys_country_is_no_toll_of_the_story(
    make_folder, earlier: str
) -> None:
    # the country every article names sets the story, but a toll told as another, earlier
    # event's ("since", "previous") counts that event's dead, not the story's
    found = _set_tolls(
        make_folder,
        earlier,
        "About 40 of the young people died and more than 190 were seriously injured.",
        setting_named=True,
    )
    assert found == []


def test_a_countrys_toll_in_an_average_year_is_no_toll_of_the_story(make_folder) -> None:
    found = _set_tolls(
        make_folder,
        "In Norvania, fires kill 40 people and injure 150 in an average year.",
        "About 40 of the young people died and more than 190 were seriously injured.",
        setting_named=True,
    )
    assert found == []


def test_a_toll_counted_since_the_blaze_began_is_still_the_storys(make_folder) -> None:
    found = _set_tolls(
        make_folder,
        "Since the blaze broke out in Norvania's second city, 40 people have died and 162 "
        "have been injured.",
        "About 40 of the young people died and more than 190 were seriously injured.",
        setting_named=True,
    )
    assert found == [("162", "190")]


def test_a_toll_in_one_of_two_towns_the_story_counts_its_dead_in_stays_a_part(
    make_folder,
) -> None:
    # every article of both outlets names Dalby and Orrin, but the story counts its dead
    # town by town: Dalby's toll is a part of the coast's (40 and Orrin's 35 are its 75)
    files = {
        "a1.txt": "Storm batters coast\n\nThe storm tore roofs off houses in Dalby and Orrin "
        "overnight.\n\nIn Dalby the storm killed 12 people and injured 40.\n\nIn Orrin it "
        "killed two people and injured 35.",
        "a2.txt": "Coast cleans up\n\nCrews cleared roads in Dalby and Orrin on Saturday."
        "\n\nPower was back by the evening.",
        "b1.txt": "Coast counts the cost\n\nResidents of Dalby and Orrin swept up glass at "
        "dawn.\n\nThe storm killed 12 people and injured 75 along the coast.\n\nSchools "
        "stayed shut.",
        "b2.txt": "Insurers brace\n\nInsurers sent assessors to Dalby and Orrin on Friday."
        "\n\nClaims may take weeks.",
    }
    assert _tolls_found(analyze(make_folder(files))) == []
