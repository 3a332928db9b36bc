"""Invented multi-outlet folders about one event told at a distance in time from another,
labelled before the engine read them: one event placed at two distances from one other
event by two outlets ("two days after inspectors visited" / "a week after inspectors
visited"), and look-alikes a careful fact-checker would not call a disagreement: two
people's acts at two distances from one event, one victim's death and another's, a state
at two moments (still searching, without power, remained closed), two acts of one thing
(left and returned to port, sold and sold again, 200 and 500 more jobs cut), one speaker's
two statements, one distance told roughly and exactly, a
bound and a figure within it, a plan beside what was done, two events told from two
others, two occasions named by their years, and one event before another against another
event after it.

Each folder is three short reports by fictional outlets, as in
:mod:`disagree_fresh_folders` (whose :class:`Folder` and labels they share). Every place,
person, outlet and event is invented.
"""

from __future__ import annotations

from disagree_fresh_folders import Folder


def _third(title: str, line: str) -> str:
    """A third outlet's short report that tells no distance."""
    return f"""{title}

(Coastline Daily) {line}
"""


DISTANCE_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a mine's collapse after an inspection",
        ("two days after", "a week after"),
        (
            """Dunmore mine collapses

DUNMORE, May 6 (Meridian Press) — The Dunmore copper mine collapsed two days after safety inspectors visited the site, the mining board said.

Forty miners were evacuated.
""",
            """Questions over Dunmore inspection

By Ada Brekk, Valemont Courier

The Dunmore copper mine collapsed a week after safety inspectors visited the site, according to union officials.

The board has opened an inquiry.
""",
            _third(
                "Dunmore miners safe",
                "Rescuers brought all forty miners out of the collapsed Dunmore copper mine, the mining board said.",
            ),
        ),
    ),
    Folder(
        "a coach's resignation after a final",
        ("three weeks after", "five months after"),
        (
            """Hale steps down

VARNHOLT, Oct. 2 (Meridian Press) — Petra Hale resigned as Varnholt coach three weeks after the Lorvik Cup final, the club said.
""",
            """Varnholt coach quits

By Nils Rud, Harlow Herald

Petra Hale resigned as Varnholt coach five months after the Lorvik Cup final, ending a six-year spell.
""",
            _third("Varnholt seeks coach", "Varnholt have begun looking for a new coach."),
        ),
    ),
    Folder(
        "a ferry's sinking before help came",
        ("20 minutes before", "two hours before"),
        (
            """Orla ferry sinks

ORLA, Aug. 14 (Meridian Press) — The Orla ferry sank 20 minutes before the coastguard cutter arrived, the harbour master said.
""",
            """Orla ferry lost

By Oda Kjaer, Harlow Herald

The Orla ferry sank two hours before the coastguard cutter arrived, survivors said.
""",
            _third(
                "Orla passengers rescued",
                "Fishing boats picked up most of the passengers of the Orla ferry after it sank, the harbour master said.",
            ),
        ),
    ),
)


DISTANCE_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "two people arrested after one shooting",
        None,
        (
            """Arrest in Brannock shooting

BRANNOCK, Jan. 9 (Meridian Press) — Police arrested Tomas Wyle two days after the shooting at the Brannock mall, officials said.
""",
            """Second arrest in Brannock

By Ada Brekk, Valemont Courier

Police arrested Jonah Carrow a week after the shooting at the Brannock mall.
""",
            _third("Brannock mall reopens", "The Brannock mall reopened on Monday."),
        ),
    ),
    Folder(
        "one distance told roughly and exactly",
        None,
        (
            """Jet lost over Kessing

KESSING, March 3 (Meridian Press) — The Skyvale jet lost contact with controllers 40 minutes after take-off from Kessing, the airline said.
""",
            """Skyvale jet missing

By Nils Rud, Harlow Herald

The Skyvale jet lost contact with controllers about 45 minutes after take-off from Kessing.
""",
            _third(
                "Search for Skyvale jet",
                "Ships searched the sea off Kessing on Tuesday for the missing Skyvale jet, the airline said.",
            ),
        ),
    ),
    Folder(
        "a bound and a figure within it",
        None,
        (
            """Tessaly plant closes

TESSALY, June 1 (Meridian Press) — Harlow Mills closed its Tessaly plant more than a year after the merger with Ostrander Foods, the company said.
""",
            """Tessaly jobs lost

By Oda Kjaer, Harlow Herald

Harlow Mills closed its Tessaly plant 18 months after the merger with Ostrander Foods.
""",
            _third("Tessaly workers protest", "Workers protested outside the Tessaly plant."),
        ),
    ),
    Folder(
        "a plan beside what was done",
        None,
        (
            """Fennick bridge plan

FENNICK, Sept. 9 (Meridian Press) — The Fennick bridge will reopen a year after the flood, the council said.
""",
            """Fennick bridge reopens

By Ada Brekk, Valemont Courier

The Fennick bridge reopened six months after the flood, the council said.
""",
            _third(
                "Fennick bridge and the flood",
                "The flood badly damaged the Fennick bridge, the council said.",
            ),
        ),
    ),
    Folder(
        "two events told from two others",
        None,
        (
            """Varo warehouse fire

VARO, Nov. 20 (Meridian Press) — The Varo warehouse reopened a week after the fire, the owners said.
""",
            """Varo warehouse back

By Nils Rud, Harlow Herald

The Varo warehouse reopened a month after the flood that followed the fire.
""",
            _third("Varo jobs saved", "No jobs were lost at the Varo warehouse."),
        ),
    ),
    Folder(
        "two occasions named by their years",
        None,
        (
            """Orsk mayor re-elected

ORSK, April 4 (Meridian Press) — Mara Velt was elected mayor of Orsk in 2014, two years after the coup.
""",
            """Velt's long road

By Oda Kjaer, Harlow Herald

Mara Velt was elected mayor of Orsk in 2019, seven years after the coup.
""",
            _third(
                "Orsk mayor Velt",
                "Mara Velt, the mayor of Orsk, met the Orsk council on Thursday.",
            ),
        ),
    ),
    Folder(
        "one event before another and another event after it",
        None,
        (
            """Dalby strike vote

DALBY, Feb. 2 (Meridian Press) — Dalby dockers walked out two days before the port vote, the union said.
""",
            """Dalby port vote

By Ada Brekk, Valemont Courier

Dalby dockers went back to work a week after the port vote.
""",
            _third("Dalby port quiet", "The Dalby port was quiet on Friday."),
        ),
    ),
    Folder(
        "one victim and another after one attack",
        None,
        (
            """Kessing attack victim dies

KESSING, Dec. 3 (Meridian Press) — The first victim died in hospital two days after the attack on the Kessing ferry terminal, police said.
""",
            """Second death after Kessing attack

By Nils Rud, Harlow Herald

Another victim died in hospital a week after the attack on the Kessing ferry terminal.
""",
            _third(
                "Kessing terminal attack",
                "The attack on the Kessing ferry terminal wounded six people, police said.",
            ),
        ),
    ),
    Folder(
        "a search still going on at two moments",
        None,
        (
            """Search goes on in Varnholt

VARNHOLT, Jan. 20 (Meridian Press) — Rescuers were still searching the rubble of the Varnholt hotel two days after the Varnholt earthquake, officials said.
""",
            """Varnholt hotel search continues

By Ada Brekk, Valemont Courier

Rescuers were still searching the rubble of the Varnholt hotel a week after the Varnholt earthquake, as aftershocks shook the town.
""",
            _third(
                "Varnholt earthquake",
                "The earthquake destroyed the Varnholt hotel, officials said.",
            ),
        ),
    ),
    Folder(
        "homes without power at two moments",
        None,
        (
            """Orsk homes dark

ORSK, Feb. 9 (Meridian Press) — Homes in eastern Orsk were without power two days after the ice storm, the grid operator said.
""",
            """Orsk outage drags on

By Nils Rud, Harlow Herald

Hundreds of homes in eastern Orsk were without power a week after the ice storm, and schools stayed shut.
""",
            _third(
                "Ice storm in Orsk",
                "The ice storm brought down power lines in eastern Orsk, the grid operator said.",
            ),
        ),
    ),
    Folder(
        "a road closed at two moments",
        None,
        (
            """Dalby road shut

DALBY, March 30 (Meridian Press) — The Dalby coast road remained closed three days after the Dalby landslide, police said.
""",
            """Dalby coast road

By Oda Kjaer, Harlow Herald

The Dalby coast road remained closed two weeks after the Dalby landslide, and drivers faced a long detour.
""",
            _third(
                "Landslide near Dalby",
                "The landslide buried the Dalby coast road, police said.",
            ),
        ),
    ),
    Folder(
        "two acts of one ferry",
        None,
        (
            """Report from Meridian

(Meridian Press) — The Orla ferry left port two hours after the storm warning.

The story continues in Harlow.
""",
            """Report from the Courier

By Ada Brekk, Valemont Courier

The Orla ferry returned to port two days after the storm warning.

More details were expected on Friday.
""",
            _third(
                "Orla storm",
                "The storm warning kept the Orla ferry's passengers ashore, the port said.",
            ),
        ),
    ),
    Folder(
        "two job cuts of two sizes",
        None,
        (
            """Report from Meridian

(Meridian Press) — Skyvale cut 200 jobs a year after the merger with Harlow Air.

The story continues in Harlow.
""",
            """Report from the Courier

By Ada Brekk, Valemont Courier

Skyvale cut 500 more jobs three years after the merger with Harlow Air.

More details were expected on Friday.
""",
            _third(
                "Skyvale and Harlow Air",
                "The merger of Skyvale with Harlow Air was approved by regulators.",
            ),
        ),
    ),
    Folder(
        "a sale and a sale again",
        None,
        (
            """Report from Meridian

(Meridian Press) — The Varo factory was sold two years after the fire at the Varo plant.

The story continues in Harlow.
""",
            """Report from the Courier

By Ada Brekk, Valemont Courier

The Varo factory was sold again six years after the fire at the Varo plant.

More details were expected on Friday.
""",
            _third(
                "Varo plant fire",
                "The fire at the Varo plant destroyed the factory's roof.",
            ),
        ),
    ),
    Folder(
        "one speaker's two statements",
        None,
        (
            """Report from Meridian

(Meridian Press) — Mayor Mara Velt spoke to reporters two days after the Kessing attack.

The story continues in Harlow.
""",
            """Report from the Courier

By Ada Brekk, Valemont Courier

Mayor Mara Velt spoke to reporters a week after the Kessing attack.

More details were expected on Friday.
""",
            _third(
                "Kessing attack",
                "The Kessing attack wounded six people, police said.",
            ),
        ),
    ),
)
