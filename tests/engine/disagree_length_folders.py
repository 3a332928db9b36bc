"""Invented multi-outlet folders about how long one event lasted, labelled before the engine
read them: one standoff, blackout or operation given two lengths by two outlets ("a
standoff that lasted six hours" / "an 11-hour standoff"), and look-alikes a careful
fact-checker would not call a disagreement: a planned length beside the one held, an
earlier event of the same kind, a bound ("more than six hours") beside a figure above it,
a length so far beside the whole, two units ("a two-day siege" / "a 40-hour siege"), two
places' events of one kind, and a length of another thing than the event.

Each folder is three short reports by fictional outlets, as in
:mod:`disagree_fresh_folders` (whose :class:`Folder` and labels they share). Every place,
person, outlet and event is invented.
"""

from __future__ import annotations

from disagree_fresh_folders import Folder

LENGTH_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a blackout's length",
        ("14 hours", "nine-hour"),
        (
            """Power back in Orsk

ORSK, Feb. 3 (Meridian Press) — Power returned to most of Orsk on Tuesday after a blackout that lasted 14 hours, the grid operator said.

Ice had brought down two transmission lines.
""",
            """Orsk recovers from blackout

By Nils Rud, Harlow Herald

Shops in Orsk reopened on Tuesday after a nine-hour blackout, the grid operator said.

Engineers worked through the night on the lines.
""",
            """Ice storm hits Orsk

(Coastline Daily) An ice storm brought down power lines around Orsk on Monday night.
""",
        ),
    ),
    Folder(
        "an operation's length",
        ("16 hours", "12-hour"),
        (
            """Twins separated in Vellmar

VELLMAR, April 9 (Meridian Press) — Surgeons at Vellmar Children's Hospital separated twin girls joined at the chest in an operation that lasted 16 hours, the hospital said.

Both girls were in stable condition.
""",
            """Vellmar surgeons separate twins

By Ada Brekk, Valemont Courier

Surgeons at Vellmar Children's Hospital separated twin girls joined at the chest in a 12-hour operation, the hospital said.

The girls are expected to go home next month.
""",
            """Twins in stable condition

(Northgate Post) Twin girls separated at Vellmar Children's Hospital were in stable condition on Thursday.
""",
        ),
    ),
)


LENGTH_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "a planned strike and the strike held",
        None,
        (
            """Orsk transit strike begins

ORSK, March 2 (Meridian Press) — Transit workers in Orsk began a planned 48-hour strike on Monday, the union said.
""",
            """Orsk strike over early

By Nils Rud, Harlow Herald

The Orsk transit strike lasted 30 hours, ending when the union accepted a new offer on Tuesday.
""",
            """Buses back in Orsk

(Coastline Daily) Buses and trams were running again in Orsk on Tuesday evening.
""",
        ),
    ),
    Folder(
        "this standoff and an earlier one",
        None,
        (
            """Gunman surrenders in Halvick

HALVICK, July 27 (Meridian Press) — A gunman surrendered to police in Halvick on Saturday, ending a six-hour standoff.
""",
            """Second standoff this year in Halvick

By Oda Kjaer, Harlow Herald

It was the town's second standoff this year, after a 14-hour standoff in March.

Police chief Eva Brun said no one was hurt on Saturday.
""",
            """Halvick standoff over

(Coastline Daily) A man who had barricaded himself in a Halvick flat surrendered on Saturday.
""",
        ),
    ),
    Folder(
        "a bound and a figure above it",
        None,
        (
            """Gunman gives up in Halvick

HALVICK, July 27 (Meridian Press) — A gunman surrendered to police in Halvick on Saturday after a standoff that lasted more than six hours.
""",
            """Halvick standoff ends

By Oda Kjaer, Harlow Herald

Negotiators talked a Halvick man out of his barricaded flat, ending an eight-hour standoff, police chief Eva Brun said.
""",
            """Halvick standoff over

(Coastline Daily) No one was hurt in the Halvick standoff, police said.
""",
        ),
    ),
    Folder(
        "a length so far and the whole",
        None,
        (
            """Halvick standoff goes on

HALVICK, July 27 (Meridian Press) — The standoff in Halvick, which had lasted six hours by nightfall, continued on Saturday as negotiators spoke to the gunman.
""",
            """Halvick gunman surrenders

By Oda Kjaer, Harlow Herald

A gunman surrendered to police in Halvick early on Sunday, ending an 11-hour standoff.
""",
            """Halvick standoff over

(Coastline Daily) A man who had barricaded himself in a Halvick flat surrendered.
""",
        ),
    ),
    Folder(
        "a siege in days and in hours",
        None,
        (
            """Siege of Karst farmhouse ends

KARST, Oct. 5 (Meridian Press) — Police ended a two-day siege at a farmhouse near Karst on Sunday.
""",
            """Karst farmhouse siege over

By Ada Brekk, Valemont Courier

Police ended a 40-hour siege at a farmhouse near Karst on Sunday when the man inside gave himself up.
""",
            """Karst siege

(Northgate Post) A man who held police off at a farmhouse near Karst was arrested on Sunday.
""",
        ),
    ),
    Folder(
        "two towns' blackouts",
        None,
        (
            """Storm leaves Orsk dark

ORSK, Feb. 3 (Meridian Press) — Residents of Orsk endured a 12-hour blackout after the ice storm.
""",
            """Schools shut in Vell

By Nils Rud, Harlow Herald

In neighbouring Vell, a four-hour blackout closed schools on Tuesday.
""",
            """Ice storm

(Coastline Daily) An ice storm brought down power lines around Orsk and Vell on Monday night.
""",
        ),
    ),
    Folder(
        "hostages held for hours and the standoff",
        None,
        (
            """Hostages freed in Halvick

HALVICK, July 27 (Meridian Press) — A gunman held two hostages for six hours before releasing them unharmed in Halvick on Saturday.
""",
            """Halvick standoff ends

By Oda Kjaer, Harlow Herald

A gunman surrendered in Halvick on Saturday after an 11-hour standoff.
""",
            """Halvick gunman in custody

(Coastline Daily) A gunman was in custody in Halvick on Saturday.
""",
        ),
    ),
    Folder(
        "the first and the last of a series of operations",
        None,
        (
            """Twins' first operation a success

VELLMAR, March 2 (Meridian Press) — The first operation on the twin girls at Vellmar Children's Hospital lasted 10 hours, the hospital said.
""",
            """Twins home after last operation

By Ada Brekk, Valemont Courier

The final operation on the twin girls at Vellmar Children's Hospital lasted 16 hours, the hospital said.
""",
            """Vellmar twins

(Northgate Post) Twin girls treated at Vellmar Children's Hospital went home on Friday.
""",
        ),
    ),
    Folder(
        "this siege and last year's",
        None,
        (
            """Karst siege ends

KARST, Oct. 5 (Meridian Press) — Police ended a 30-hour siege at a farmhouse near Karst on Sunday.
""",
            """Karst farmhouse siege

By Ada Brekk, Valemont Courier

Residents near Karst recalled a 12-hour siege at the same farmhouse last year.
""",
            """Karst siege over

(Northgate Post) A man who held police off at a farmhouse near Karst was arrested on Sunday.
""",
        ),
    ),
    Folder(
        "the police operation and the wounded officer's operation",
        None,
        (
            """Officer shot at Dunmere farm

DUNMERE, Jan. 12 (Meridian Press) — An officer was shot at a farmhouse near Dunmere on Tuesday. A police operation that lasted 14 hours ended with an arrest.
""",
            """Dunmere officer recovering

By Oda Kjaer, Harlow Herald

An officer shot near Dunmere on Tuesday was recovering after a 6-hour operation at Dunmere General.
""",
            """Dunmere arrest

(Coastline Daily) A man was arrested near Dunmere on Tuesday after an officer was shot.
""",
        ),
    ),
    Folder(
        "a standoff's length counted from the negotiators' arrival",
        None,
        (
            """Ostby gunman arrested

OSTBY, Feb. 3 (Meridian Press) — Police arrested a gunman in Ostby on Friday after a 12-hour standoff.
""",
            """Ostby standoff over

By Ada Brekk, Valemont Courier

The standoff lasted 6 hours after negotiators arrived in Ostby, police said on Friday.
""",
            """Ostby arrest

(Northgate Post) A gunman was arrested in Ostby on Friday.
""",
        ),
    ),
    Folder(
        "one length told with its fraction and rounded",
        None,
        (
            """Rendal siege ends

RENDAL, Aug. 21 (Meridian Press) — Police ended a 6.5-hour siege at a bakery in Rendal on Monday.
""",
            """Rendal bakery siege

By Oda Kjaer, Harlow Herald

A baker in Rendal was freed on Monday after a siege that lasted 6 hours.
""",
            """Rendal baker safe

(Coastline Daily) A baker held in his shop in Rendal was freed on Monday.
""",
        ),
    ),
    Folder(
        "two patients' surgeries",
        None,
        (
            """Two firefighters recovering

TOLLAN, Nov. 4 (Meridian Press) — Two firefighters hurt in a warehouse fire in Tollan were recovering on Wednesday. One needed a 9-hour surgery.
""",
            """Tollan firefighters in hospital

By Ada Brekk, Valemont Courier

Doctors in Tollan said a firefighter's surgery lasted 4 hours after Tuesday's warehouse fire.
""",
            """Tollan warehouse fire

(Northgate Post) A warehouse in Tollan burned on Tuesday.
""",
        ),
    ),
    Folder(
        "two chases in one night",
        None,
        (
            """Two drivers held after chases

HARNE, June 14 (Meridian Press) — Two drivers were arrested in Harne on Friday night. One 30-minute chase ended on the ring road.
""",
            """Harne chase

By Oda Kjaer, Harlow Herald

A 12-minute chase ended at the Harne harbour on Friday night, police said.
""",
            """Harne arrests

(Coastline Daily) Police in Harne arrested two drivers on Friday night.
""",
        ),
    ),
)
