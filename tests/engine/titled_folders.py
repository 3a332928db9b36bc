"""Folders of invented articles, each labelled with the title a reader would give its report
before the engine read them, in the forms titles have failed on: no headline line at all, a
headline in capitals, a kicker over the headline (``EXCLUSIVE``, ``ANALYSIS``, a section's
name), a headline carrying its site's name, a deck that looks like a headline, a byline
first, a caption first, newswire files (``<HEADLINE>``, slug lines, ``BC-`` codes,
datelines, headlines in capitals), headlines worded differently across outlets, a question
headline and a headline with a quotation.

Every place, person and outlet is invented (the town of Kestra on the river Orran, the port of
Vellmouth, Brennock, Dallow, Ostry, Harrowgate Fell); no line is taken from a corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Event:
    """One invented event: five outlets' opening sentences and the facts they share."""

    ledes: tuple[str, ...]
    facts: tuple[str, ...]


BRIDGE = Event(
    ledes=(
        "Two people were killed and 11 injured when the Millgate footbridge over the river "
        "Orran in Kestra collapsed on Tuesday evening, the fire service said.",
        "A footbridge crowded with commuters gave way over the river Orran in Kestra on "
        "Tuesday evening, killing two people and injuring 11, emergency services said.",
        "The Millgate footbridge in Kestra collapsed into the river Orran at about 6 p.m. on "
        "Tuesday, leaving two people dead and 11 in hospital.",
        "Two people died on Tuesday evening after the Millgate footbridge in Kestra fell into "
        "the river Orran during the evening rush.",
        "Eleven people were hurt and two killed when a footbridge in Kestra dropped into the "
        "river Orran on Tuesday evening.",
    ),
    facts=(
        "The 55-metre span, built in 1968, was last inspected in March, the town council said.",
        "Kestra fire chief Dario Pell said divers had searched the river until midnight and "
        "that no one else was believed to be missing.",
        "Council leader Hanna Voss said an independent engineer would examine what was left "
        "of the bridge on Wednesday.",
        "Witnesses said the deck tilted before dropping about eight metres into the water.",
        "The bridge links the Millgate estate with Kestra's railway station and is used by "
        "about 4,000 people a day, according to the council.",
    ),
)
FIRE = Event(
    ledes=(
        "A fire at a storage warehouse on Brennock's east side burned for nine hours on "
        "Monday night and forced about 200 residents from their homes, fire officials said.",
        "Firefighters battled a blaze at a warehouse in east Brennock through Monday night, "
        "and about 200 people living nearby were told to leave their homes.",
        "About 200 residents of east Brennock were moved out of their homes on Monday night "
        "as a warehouse fire burned for nine hours.",
        "A nine-hour warehouse fire in Brennock forced about 200 people from nearby homes on "
        "Monday night, officials said.",
        "Fire crews fought a warehouse blaze in east Brennock for nine hours on Monday night "
        "while about 200 neighbours were evacuated.",
    ),
    facts=(
        "Brennock fire marshal Colette Ardmore said the cause of the fire had not been determined.",
        "No injuries were reported, but two firefighters were treated for heat exhaustion.",
        "The warehouse, owned by Dunmere Logistics, stored furniture and paper goods, the "
        "company said.",
        "Residents were allowed to return home by 10 a.m. on Tuesday after air quality tests, "
        "the city said.",
        "Crews from four neighbouring towns helped fight the fire.",
    ),
)
STRIKE = Event(
    ledes=(
        "Dock workers at the port of Vellmouth walked out on Thursday in a dispute over pay, "
        "halting the loading of ships for the first time in 30 years.",
        "A strike by dock workers shut the port of Vellmouth on Thursday after talks on pay "
        "broke down, the workers' union said.",
        "The port of Vellmouth came to a standstill on Thursday as about 1,800 dock workers "
        "went on strike over pay.",
        "About 1,800 dock workers at Vellmouth began a strike over pay on Thursday, stopping "
        "work at the port.",
        "Vellmouth's dock workers went on strike on Thursday, closing the port in a row over "
        "wages.",
    ),
    facts=(
        "The Harbour Workers Union said its members had been offered a rise of 2 percent, "
        "against the 7 percent they asked for.",
        "Port director Anselm Brock said the strike would cost the port about 4 million "
        "crowns a day.",
        "Eleven container ships were waiting outside the harbour on Thursday evening.",
        "Union leader Petra Lind said the strike would last until a fair offer was made.",
        "The last strike at the port, in 1996, lasted nine days.",
    ),
)
ELECTION = Event(
    ledes=(
        "Ilse Marrow was elected mayor of Dallow on Sunday, beating the sitting mayor Tomas "
        "Reeve by fewer than 400 votes.",
        "Dallow voters chose Ilse Marrow as their new mayor on Sunday, ending Tomas Reeve's "
        "eight years in office.",
        "Challenger Ilse Marrow won the Dallow mayoral election on Sunday, unseating Tomas "
        "Reeve by 387 votes.",
        "Tomas Reeve lost the Dallow mayor's office to Ilse Marrow on Sunday in the closest "
        "race the town has seen.",
        "Ilse Marrow narrowly defeated mayor Tomas Reeve in Dallow's election on Sunday.",
    ),
    facts=(
        "Marrow won 11,204 votes to Reeve's 10,817, the election office said.",
        "Turnout was 58 percent, up from 49 percent four years ago.",
        "Marrow, a former school headteacher, campaigned on reopening the town's library.",
        "Reeve said he would not ask for a recount and wished his rival well.",
        "Marrow will take office on the first of next month.",
    ),
)
QUAKE = Event(
    ledes=(
        "An earthquake of magnitude 5.8 shook the mountain town of Ostry early on Saturday, "
        "damaging dozens of houses and injuring 14 people, officials said.",
        "A magnitude 5.8 earthquake struck near Ostry before dawn on Saturday, injuring 14 "
        "people and cracking the walls of dozens of homes.",
        "Fourteen people were injured when a 5.8-magnitude quake hit Ostry early on Saturday, "
        "the regional emergency office said.",
        "The town of Ostry was shaken by a magnitude 5.8 earthquake on Saturday morning that "
        "injured 14 people.",
        "Dozens of houses were damaged and 14 people hurt as an earthquake of magnitude 5.8 "
        "hit Ostry on Saturday.",
    ),
    facts=(
        "The quake struck at 4:12 a.m. at a depth of about 10 kilometres, the Norland "
        "Seismic Institute said.",
        "Three of the injured were taken to hospital in the regional capital, Tarn.",
        "The town's 14th-century bell tower lost its upper floor, the mayor of Ostry said.",
        "Schools in Ostry will stay closed on Monday while engineers check the buildings.",
        "More than 20 aftershocks were recorded during the day.",
    ),
)
RESCUE = Event(
    ledes=(
        "Four climbers missing for two days on Harrowgate Fell were found alive on Friday "
        "by a mountain rescue team, police said.",
        "Rescuers found four missing climbers alive on Harrowgate Fell on Friday after a "
        "two-day search in snow and fog.",
        "A mountain rescue team on Friday found the four climbers who had been missing on "
        "Harrowgate Fell since Wednesday, all of them alive.",
        "The four climbers lost on Harrowgate Fell for two days were rescued alive on "
        "Friday, police said.",
        "All four climbers missing on Harrowgate Fell since Wednesday were found alive on Friday.",
    ),
    facts=(
        "The climbers had sheltered in a snow hole below the summit, rescue leader Joss "
        "Tanner said.",
        "One of the climbers was treated for frostbite, the others were unhurt.",
        "About 60 volunteers and a police helicopter took part in the search.",
        "The group had set out on Wednesday morning and failed to return that evening.",
        "Tanner said the fog had lifted on Friday morning, letting the helicopter fly.",
    ),
)


def body(event: Event, lede: int, facts: tuple[int, ...] | None = None) -> str:
    """An article's story: one outlet's opening sentence, then facts of the event (by default
    two, of which it shares one with the outlet before it and one with the outlet after it, as
    independent outlets share a fact told in the same words now and then)."""
    facts = facts if facts is not None else (lede % 5, (lede + 1) % 5)
    return "\n\n".join([event.ledes[lede], *(event.facts[i] for i in facts)])


def page(*head: str, story: str, foot: tuple[str, ...] = ()) -> str:
    """A saved page as text: its lines above the story, the story, its lines below it."""
    return "\n\n".join([*head, story, *foot]) + "\n"


def newswire(
    docno: str,
    story: str,
    *,
    headline: str | None = None,
    slug: str | None = None,
    byline: tuple[str, ...] = (),
    dateline: str = "",
) -> str:
    """A newswire archive's file in its SGML-like tags, as wire services saved their copy."""
    paragraphs = story.split("\n\n")
    paragraphs[0] = dateline + paragraphs[0]
    text = "\n".join(f"<P>\n{paragraph}\n</P>" for paragraph in paragraphs)
    parts = [f"<DOC>\n<DOCNO> {docno} </DOCNO>\n<DOCTYPE> NEWS </DOCTYPE>"]
    if slug:
        parts.append(f"<SLUG> {slug} </SLUG>")
    if headline:
        parts.append(f"<HEADLINE>\n{headline}\n</HEADLINE>")
    parts.extend(byline)
    parts.append(f"<TEXT>\n{text}\n</TEXT>\n</DOC>")
    return "\n".join(parts) + "\n"  # fmt: skip


@dataclass(frozen=True)
class TitledFolder:
    """A folder of invented articles and the titles a reader would accept for its report."""

    name: str
    files: dict[str, str]
    #: the headlines a reader would title the report by (compared case-folded, without a
    #: closing stop); empty when no article has a headline: the title must then be told by
    #: one of the story's opening sentences (whole or cut), never a caption or a dateline
    titles: tuple[str, ...]
    #: the event whose opening sentences may title a folder without headlines
    event: Event
    #: why the engine still titles it otherwise, when it does (the case is kept, xfail)
    open_reason: str | None = None


B, F, S, E, Q, R = BRIDGE, FIRE, STRIKE, ELECTION, QUAKE, RESCUE
BRIDGE_HEAD = "Two killed as Millgate footbridge collapses into the Orran"
FIRE_HEAD = "Warehouse fire forces 200 from homes in Brennock"
STRIKE_HEAD = "Vellmouth dock workers strike over pay, shutting port"
ELECTION_HEAD = "Ilse Marrow unseats Tomas Reeve as mayor of Dallow"
QUAKE_HEAD = "Magnitude 5.8 earthquake injures 14 in Ostry"
RESCUE_HEAD = "Four missing climbers found alive on Harrowgate Fell"

# fmt: off
FOLDERS: tuple[TitledFolder, ...] = (
    # ---- no headline line at all: the title comes from the story --------------------------
    TitledFolder("no-headline-bare", {
        "a.txt": page(story=body(B, 0)),
        "b.txt": page(story=body(B, 1)),
        "c.txt": page(story=body(B, 2)),
    }, (), B),
    TitledFolder("no-headline-caption-first", {
        "a.txt": page("Divers search the river Orran beside the fallen Millgate footbridge in "
                      "Kestra, Tuesday, March 3, 2026. (AP Photo/Lena Hart)", story=body(B, 0)),
        "b.txt": page("Rescue boats on the river Orran near the Millgate footbridge on Tuesday "
                      "night (Photo: Kestra Herald)", story=body(B, 1)),
        "c.txt": page(story=body(B, 3)),
    }, (), B),
    TitledFolder("no-headline-dateline-alone", {
        "a.txt": page("BRENNOCK, Norland (BNS) —", story=body(F, 0)),
        "b.txt": page("BRENNOCK —", story=body(F, 1)),
        "c.txt": page("Brennock, March 2 (Ledbury Wire)", story=body(F, 2)),
    }, (), F),
    TitledFolder("no-headline-byline-and-date", {
        "a.txt": page("By Mara Quell", "March 6, 2026", story=body(S, 0)),
        "b.txt": page("Petr Anvik, Staff Writer", "Updated 14:02 GMT", story=body(S, 1)),
        "c.txt": page(story=body(S, 2)),
    }, (), S),
    TitledFolder("no-headline-papers-name-first", {
        "a.txt": page("Dallow Courier", story=body(E, 0)),
        "b.txt": page("THE FENWICK GAZETTE", story=body(E, 1)),
        "c.txt": page(story=body(E, 3)),
    }, (), E),
    TitledFolder("no-headline-caption-without-stop-under-furniture", {
        "a.txt": page("Skip to main content", "Home | News | Local",
                      "Rescuers carry a climber down from Harrowgate Fell on Friday",
                      story=body(R, 0)),
        "b.txt": page("Menu", "Search", "Volunteers at the foot of Harrowgate Fell",
                      story=body(R, 1)),
        "c.txt": page(story=body(R, 2)),
    }, (), R),
    # (written after the first run, to keep the form it fixed apart from the one left open)
    TitledFolder("no-headline-scene-caption-without-stop", {
        "a.txt": page("Skip to main content", "Home | News | Local",
                      "Rescuers carry a climber down from Harrowgate Fell on Friday",
                      story=body(R, 0)),
        "b.txt": page("Menu", "Volunteers search the slopes of Harrowgate Fell, Thursday, March 5",
                      story=body(R, 1)),
    }, (), R),
    TitledFolder("no-headline-newswire", {
        "APW20260307.0101.txt": newswire("APW20260307.0101", body(Q, 0),
                                     dateline="OSTRY, Norland (AP) _ "),
        "APW20260307.0144.txt": newswire("APW20260307.0144", body(Q, 1),
                                     dateline="OSTRY, Norland (AP) _ "),
        "XIE20260307.0020.txt": newswire("XIE20260307.0020", body(Q, 2),
                                     dateline="TARN, March 7 (Xinhua) -- "),
    }, (), Q),
    # ---- headlines in capitals -------------------------------------------------------------
    TitledFolder("capitals-every-outlet", {
        "a.txt": page(BRIDGE_HEAD.upper(), story=body(B, 0)),
        "b.txt": page("TWO DEAD AS KESTRA FOOTBRIDGE FALLS INTO RIVER", story=body(B, 1)),
        "c.txt": page("FOOTBRIDGE COLLAPSE IN KESTRA KILLS TWO, INJURES 11", story=body(B, 2)),
    }, (BRIDGE_HEAD, "Two dead as Kestra footbridge falls into river",
        "Footbridge collapse in Kestra kills two, injures 11"), B),
    TitledFolder("capitals-one-outlet-plain-others", {
        "a.txt": page(FIRE_HEAD.upper(), story=body(F, 0)),
        "b.txt": page(FIRE_HEAD, story=body(F, 1)),
        "c.txt": page("Warehouse fire forces 200 from their homes in Brennock", story=body(F, 2)),
    }, (FIRE_HEAD, "Warehouse fire forces 200 from their homes in Brennock"), F),
    # ---- a kicker over the headline --------------------------------------------------------
    TitledFolder("kicker-exclusive-alone", {
        "a.txt": page("EXCLUSIVE", STRIKE_HEAD, story=body(S, 0)),
        "b.txt": page("Exclusive", "Vellmouth port shut as dock workers strike over pay",
                      story=body(S, 1)),
        "c.txt": page(STRIKE_HEAD, story=body(S, 2)),
    }, (STRIKE_HEAD, "Vellmouth port shut as dock workers strike over pay"), S),
    TitledFolder("kicker-analysis-alone", {
        "a.txt": page("ANALYSIS", ELECTION_HEAD, story=body(E, 0)),
        "b.txt": page("Analysis", "Marrow ends Reeve's eight years as Dallow mayor",
                      story=body(E, 1)),
        "c.txt": page(ELECTION_HEAD, story=body(E, 2)),
    }, (ELECTION_HEAD, "Marrow ends Reeve's eight years as Dallow mayor"), E),
    TitledFolder("kicker-section-names", {
        "a.txt": page("World News", QUAKE_HEAD, story=body(Q, 0)),
        "b.txt": page("Europe", "Earthquake injures 14 in Norland town of Ostry",
                      story=body(Q, 1)),
        "c.txt": page("Local | Norland", QUAKE_HEAD, story=body(Q, 2)),
    }, (QUAKE_HEAD, "Earthquake injures 14 in Norland town of Ostry"), Q),
    TitledFolder("kicker-on-the-headline-line", {
        "a.txt": page(f"EXCLUSIVE: {RESCUE_HEAD}", story=body(R, 0)),
        "b.txt": page(f"BREAKING: {RESCUE_HEAD}", story=body(R, 1)),
        "c.txt": page("UPDATE 2-Four climbers found alive after two days on Harrowgate Fell",
                      story=body(R, 2)),
    }, (RESCUE_HEAD, "Four climbers found alive after two days on Harrowgate Fell"), R),
    TitledFolder("kicker-one-word-capitals-section", {
        "a.txt": page("CRIME", "Two men charged over Brennock warehouse fire",
                      story=body(F, 0)),
        "b.txt": page("NEWS", FIRE_HEAD, story=body(F, 1)),
        "c.txt": page("LOCAL", FIRE_HEAD, story=body(F, 2)),
    }, (FIRE_HEAD,), F),
    # ---- the site's name with the headline -------------------------------------------------
    TitledFolder("site-name-after-bar-or-dash", {
        "a.txt": page(f"{BRIDGE_HEAD} | Kestra Herald", story=body(B, 0)),
        "b.txt": page(f"{BRIDGE_HEAD} - Orran Valley Post", story=body(B, 1)),
        "c.txt": page(f"{BRIDGE_HEAD} — Tellmark Daily", story=body(B, 2)),
    }, (BRIDGE_HEAD,), B),
    TitledFolder("site-name-before-colon", {
        "a.txt": page(f"Vellmouth Evening Star: {STRIKE_HEAD}", story=body(S, 0)),
        "b.txt": page(STRIKE_HEAD, story=body(S, 1)),
    }, (STRIKE_HEAD,), S),
    TitledFolder("site-name-line-over-headline", {
        "a.txt": page("Carrow Courier", ELECTION_HEAD, story=body(E, 0)),
        "b.txt": page("North Vale Radio", ELECTION_HEAD, story=body(E, 1)),
    }, (ELECTION_HEAD,), E),
    # ---- a deck under the headline ---------------------------------------------------------
    TitledFolder("deck-like-a-headline", {
        "a.txt": page(QUAKE_HEAD, "Dozens of houses damaged as tremor wakes mountain town",
                      story=body(Q, 0)),
        "b.txt": page(QUAKE_HEAD, "Bell tower loses upper floor, schools to stay shut",
                      story=body(Q, 1)),
        "c.txt": page("Ostry earthquake injures 14, damages dozens of houses",
                      story=body(Q, 2)),
    }, (QUAKE_HEAD,), Q),
    TitledFolder("deck-in-capitals-headline", {
        "a.txt": page(RESCUE_HEAD.upper(), "Rescue team finds group in snow hole after two days",
                      story=body(R, 0)),
        "b.txt": page(RESCUE_HEAD, "The group had been missing since Wednesday",
                      story=body(R, 1)),
    }, (RESCUE_HEAD,), R),
    # ---- a byline first --------------------------------------------------------------------
    TitledFolder("byline-first", {
        "a.txt": page("By Mara Quell", BRIDGE_HEAD, story=body(B, 0)),
        "b.txt": page("Petr Anvik, Staff Writer", BRIDGE_HEAD, story=body(B, 1)),
        "c.txt": page("By LENA HART and OSKAR VENN", "Associated Press", BRIDGE_HEAD,
                      story=body(B, 2)),
    }, (BRIDGE_HEAD,), B),
    TitledFolder("byline-and-time-stamp-first", {
        "a.txt": page("Mara Quell | Kestra Herald", "2h ago", FIRE_HEAD, story=body(F, 0)),
        "b.txt": page("Published 6:15 AM GMT, March 3, 2026", FIRE_HEAD, story=body(F, 1)),
    }, (FIRE_HEAD,), F),
    # ---- a caption first -------------------------------------------------------------------
    TitledFolder("caption-first-with-credit", {
        "a.txt": page("Dock workers gather outside the Vellmouth port gates on Thursday. "
                      "Photo: Ada Rook/Vellmouth Evening Star", STRIKE_HEAD, story=body(S, 0)),
        "b.txt": page("Pickets at the port of Vellmouth on Thursday morning. (Carrow Courier)",
                      STRIKE_HEAD, story=body(S, 1)),
        "c.txt": page(STRIKE_HEAD, story=body(S, 2)),
    }, (STRIKE_HEAD,), S),
    TitledFolder("caption-first-person", {
        "a.txt": page("Ilse Marrow, 51, of Dallow", ELECTION_HEAD, story=body(E, 0)),
        "b.txt": page("Ilse Marrow celebrates with supporters in Dallow on Sunday night.",
                      ELECTION_HEAD, story=body(E, 1)),
    }, (ELECTION_HEAD,), E),
    # ---- newswire files --------------------------------------------------------------------
    TitledFolder("newswire-headline-tags", {
        "NYT20260307.0011.txt": newswire(
            "NYT20260307.0011", body(Q, 0), headline=QUAKE_HEAD.upper(),
            slug="BC-NORLAND-QUAKE-NYT", byline=("By ANNA VORST", "c.2026 N.Y. Times News Service"),
            dateline="OSTRY, Norland -- "),
        "NYT20260307.0042.txt": newswire(
            "NYT20260307.0042", body(Q, 1), headline="EARTHQUAKE INJURES 14 IN NORLAND TOWN",
            slug="BC-NORLAND-QUAKE-2TAKES-NYT", dateline="OSTRY, Norland -- "),
        "APW20260307.0101.txt": newswire("APW20260307.0101", body(Q, 2),
                                     dateline="OSTRY, Norland (AP) _ "),
    }, (QUAKE_HEAD, "Earthquake injures 14 in Norland town"), Q),
    TitledFolder("newswire-plain-text-with-slug-line", {
        "a.txt": page("BC-Kestra-Bridge-Collapse,0512", "Two killed as footbridge falls in Kestra",
                      "By LENA HART", "Associated Press Writer",
                      story="KESTRA, Norland (AP) _ " + body(B, 0)),
        "b.txt": page("BC-Kestra-Bridge-Collapse,1st Ld-Writethru,0640",
                      "Two killed as footbridge falls in Kestra", "By LENA HART",
                      story="KESTRA, Norland (AP) _ " + body(B, 1)),
        "c.txt": page(story=body(B, 2)),
    }, ("Two killed as footbridge falls in Kestra",), B),
    TitledFolder("newswire-capitals-headline-with-slug", {
        "a.txt": page("BC-VELLMOUTH-STRIKE-BNS", "DOCK WORKERS SHUT VELLMOUTH PORT IN PAY STRIKE",
                      "VELLMOUTH, Norland (BNS) —", story=body(S, 0)),
        "b.txt": page("VELLMOUTH-STRIKE (SCHEDULED)", "DOCK WORKERS SHUT VELLMOUTH PORT IN PAY "
                      "STRIKE", story=body(S, 1)),
    }, ("Dock workers shut Vellmouth port in pay strike",), S),
    TitledFolder("newswire-headline-and-byline-tags-no-slug", {
        "NYT20260309.0203.txt": newswire(
            "NYT20260309.0203", body(R, 0), headline="Four Missing Climbers Found Alive",
            byline=("By JOSS TANNER",), dateline="HARROWGATE, Norland -- "),
        "NYT20260309.0230.txt": newswire(
            "NYT20260309.0230", body(R, 1), headline="FOUR MISSING CLIMBERS FOUND ALIVE",
            dateline="HARROWGATE, Norland -- "),
    }, ("Four missing climbers found alive",), R),
    # ---- headlines worded differently across outlets ---------------------------------------
    TitledFolder("headlines-most-agree-with", {
        "a.txt": page("Dallow elects Ilse Marrow as mayor", story=body(E, 0)),
        "b.txt": page("Ilse Marrow elected mayor of Dallow", story=body(E, 1)),
        "c.txt": page("Marrow elected Dallow mayor by 387 votes", story=body(E, 2)),
        "d.txt": page("Reeve concedes: 'The town has spoken'", story=body(E, 3)),
        "e.txt": page("Library campaigner takes town hall", story=body(E, 4)),
    }, ("Dallow elects Ilse Marrow as mayor", "Ilse Marrow elected mayor of Dallow",
        "Marrow elected Dallow mayor by 387 votes"), E),
    TitledFolder("headlines-three-ways", {
        "a.txt": page("Quake damages dozens of houses in Ostry", story=body(Q, 0)),
        "b.txt": page("Ostry quake injures 14, damages dozens of houses", story=body(Q, 1)),
        "c.txt": page("Bell tower loses its top in Norland earthquake", story=body(Q, 2)),
    }, ("Quake damages dozens of houses in Ostry",
        "Ostry quake injures 14, damages dozens of houses"), Q),
    # (written after the first run showed the class: one source's copies under three headlines)
    TitledFolder("one-wire-story-under-papers-own-headlines", {
        "a.txt": page("Questions over footbridge inspections", story=body(B, 0, (0, 1, 2, 3, 4))),
        "b.txt": page(BRIDGE_HEAD, story=body(B, 0, (0, 1, 2, 3, 4))),
        "c.txt": page("Two killed as Kestra footbridge collapses into the Orran",
                      story=body(B, 0, (0, 1, 2, 3, 4))),
    }, (BRIDGE_HEAD, "Two killed as Kestra footbridge collapses into the Orran"), B),
    # ---- a question headline ---------------------------------------------------------------
    TitledFolder("question-headline-among-news", {
        "a.txt": page("Was the Millgate footbridge safe?", story=body(B, 0)),
        "b.txt": page(BRIDGE_HEAD, story=body(B, 1)),
        "c.txt": page("Two killed as footbridge collapses into the Orran in Kestra",
                      story=body(B, 2)),
    }, (BRIDGE_HEAD, "Two killed as footbridge collapses into the Orran in Kestra"), B),
    TitledFolder("question-headline-only", {
        "a.txt": page("Will Vellmouth's dock strike last?", story=body(S, 0)),
        "b.txt": page("How long will the Vellmouth dock strike last?", story=body(S, 1)),
    }, ("Will Vellmouth's dock strike last?",
        "How long will the Vellmouth dock strike last?"), S),
    # ---- a headline with a quotation -------------------------------------------------------
    TitledFolder("quotation-headline", {
        "a.txt": page("'We heard a crack': two dead as Kestra footbridge falls", story=body(B, 0)),
        "b.txt": page("“We heard a crack”: Two dead as Kestra footbridge falls",
                      story=body(B, 1)),
        "c.txt": page(story=body(B, 2)),
    }, ("'We heard a crack': two dead as Kestra footbridge falls",), B),
    TitledFolder("quotation-only-headline-among-news", {
        "a.txt": page("“It was like a tunnel of snow”", story=body(R, 0)),
        "b.txt": page(RESCUE_HEAD, story=body(R, 1)),
        "c.txt": page(RESCUE_HEAD, story=body(R, 2)),
    }, (RESCUE_HEAD,), R),
    TitledFolder("headline-ending-in-quoted-words", {
        "a.txt": page("Dock union vows strike will go on until 'a fair offer'", story=body(S, 0)),
        "b.txt": page("Dock union vows strike will go on until “a fair offer”", story=body(S, 3)),
    }, ("Dock union vows strike will go on until 'a fair offer'",), S),
)
# fmt: on


def write_folder(root: Path, folder: TitledFolder) -> Path:
    """Write the folder's articles under ``root`` as a user saved them."""
    path = root / folder.name
    path.mkdir(parents=True, exist_ok=True)
    for name, text in folder.files.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def folded(text: str) -> str:
    """A title as a reader compares titles: case-folded, curly quotes straight, without a
    closing stop."""
    text = text.casefold().translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"[.\s]+$", "", text)


def title_is_right(folder: TitledFolder, title: str) -> bool:
    """Whether a reader would accept ``title`` for the folder: one of its headlines, or, when
    no article has one, one of the story's opening sentences whole or cut (its words in its
    order, a closing ``…`` aside)."""
    if folder.titles:
        return folded(title) in {folded(t) for t in folder.titles}
    words = folded(title).removesuffix("…").strip(" ,;:")
    return bool(words) and any(words in folded(lede) for lede in folder.event.ledes)
