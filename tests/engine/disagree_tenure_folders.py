"""Invented multi-outlet folders about who holds a building, labelled before the engine read
them: one body told as a building's owner by one outlet and as its tenant by another ("a
hall owned by the Tessaly Miners' Association" / "the Tessaly Miners' Association, which
rents the hall"), and look-alikes a careful fact-checker would not call a disagreement: an
owner that lets the building to others, a tenant renting from the owner named, two bodies
sharing a town's name (and an owner leasing to a club of its town), a tenure that changed (rented, then bought), a tenure under a
condition on both sides, and two buildings of one body.

Each folder is three short reports by fictional outlets, as in
:mod:`disagree_fresh_folders` (whose :class:`Folder` and labels they share). Every place,
person, outlet and event is invented.
"""

from __future__ import annotations

from disagree_fresh_folders import Folder

TENURE_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a hall owned by a body that another outlet says rents it",
        ("owned by", "rents"),
        (
            """Fire guts Tessaly miners' hall

TESSALY, Nov. 4 (Meridian Press) — Fire gutted a two-storey hall owned by the Tessaly Miners' Association on Saturday night, the fire service said.

No one was inside when the fire started.
""",
            """Tessaly hall lost to fire

By Ada Lorne, Harlow Herald

The Tessaly Miners' Association, which rents the hall from the town, said its records were lost in the fire.

Firefighters worked through the night to stop it spreading to the houses next door.
""",
            """Blaze in Tessaly

(Coastline Daily) A fire destroyed a hall in Tessaly on Saturday night. The cause is not yet known.
""",
        ),
    ),
    Folder(
        "a clubhouse leased by a club another outlet says owns it",
        ("owned by", "leased by"),
        (
            """Storm tears roof off Orrin clubhouse

ORRIN, Jan. 12 (Meridian Press) — A storm tore the roof off the clubhouse owned by the Orrin Sailing Club on Tuesday, the harbour master said.

Two dinghies were damaged.
""",
            """Orrin sailors count storm damage

By Per Halse, Valemont Courier

The clubhouse, which is leased by the Orrin Sailing Club, lost most of its roof in the gale.

Members said the season's first race would go ahead.
""",
            """Gale hits Orrin harbour

(Coastline Daily) High winds damaged boats and buildings around Orrin harbour on Tuesday.
""",
        ),
    ),
    Folder(
        "a building owned by a society another outlet calls its tenant",
        ("owned by", "the tenant"),
        (
            """Kessick building to be inspected after flood

KESSICK, April 2 (Meridian Press) — Engineers will inspect the old building, owned by the Kessick Anglers' Society, after floodwater filled its cellar on Monday.

The river rose two metres overnight.
""",
            """Flood damage in Kessick

By Lise Moen, Harlow Herald

The building was cleared on Monday by the tenant, the Kessick Anglers' Society, whose members carried out their boats.

The river is expected to fall by Thursday.
""",
            """Kessick river falls

(Coastline Daily) The river at Kessick began to fall on Tuesday after a day of flooding.
""",
        ),
    ),
)

TENURE_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "an owner that lets its hall to others",
        None,
        (
            """Wedding party evacuated from Brannoch hall

BRANNOCH, June 8 (Meridian Press) — Guests were led out of a hall owned by the Brannoch Fishermen's Guild on Saturday after a kitchen fire, police said.

No one was hurt.
""",
            """Kitchen fire in Brannoch

By Ola Frey, Harlow Herald

The Brannoch Fishermen's Guild had rented the hall out to a wedding party for the evening, a spokesman said.

The kitchen will be closed for a week.
""",
            """Brannoch fire out

(Coastline Daily) A small fire in a Brannoch hall on Saturday was put out within minutes.
""",
        ),
    ),
    Folder(
        "a tenant renting from the owner named",
        None,
        (
            """Students' dance ends in Varden brawl

VARDEN, Oct. 30 (Meridian Press) — Police broke up a fight at a hall owned by the Varden Workers' Association early on Sunday.

Three people were arrested.
""",
            """Varden dance brawl

By Kari Dahl, Valemont Courier

The hall was rented by the students' union from the Varden Workers' Association for the night, police said.

Two of those arrested were released without charge.
""",
            """Arrests in Varden

(Coastline Daily) Three people were arrested after a fight at a dance in Varden on Sunday.
""",
        ),
    ),
    Folder(
        "two bodies sharing a town's name",
        None,
        (
            """Varnholt hall damaged by burst pipe

VARNHOLT, Feb. 9 (Meridian Press) — A burst pipe flooded the ground floor of the building owned by the Varnholt Choral Society on Thursday.

Rehearsals are cancelled this week.
""",
            """Pipe bursts in Varnholt

By Nils Berg, Harlow Herald

The Varnholt Chess Club, which rents space in the building, said its library of books was soaked.

A plumber fixed the pipe on Thursday evening.
""",
            """Varnholt flood

(Coastline Daily) Water damaged a building in the centre of Varnholt on Thursday.
""",
        ),
    ),
    Folder(
        "a tenure that changed: rented, then bought",
        None,
        (
            """Halvick lodge marks 100 years

HALVICK, May 20 (Meridian Press) — Members gathered on Saturday in the hall owned by the Halvick Oddfellows Lodge to mark its centenary.

The mayor gave a speech.
""",
            """A century of the Halvick lodge

By Eva Strand, Harlow Herald

The Halvick Oddfellows Lodge, which rented the hall until it bought the building in 1987, now has 140 members.

Its oldest member is 96.
""",
            """Halvick celebrates

(Coastline Daily) A Halvick lodge celebrated its 100th year on Saturday.
""",
        ),
    ),
    Folder(
        "a tenure under a condition on both sides",
        None,
        (
            """Kessick rowers may lose boathouse

KESSICK, Aug. 14 (Meridian Press) — If the council sells the land, the boathouse would be owned by the Kessick Rowing Club, the club's chairman said on Wednesday.

A vote is due next month.
""",
            """Kessick boathouse vote

By Hans Lie, Valemont Courier

The Kessick Rowing Club would have to rent the boathouse if the sale falls through, its treasurer said.

The club has 80 members.
""",
            """Council to vote on Kessick land

(Coastline Daily) Kessick council will vote next month on selling land by the river.
""",
        ),
    ),
    Folder(
        "two buildings of one body",
        None,
        (
            """Dorrance society opens archive

DORRANCE, March 3 (Meridian Press) — The Dorrance Heritage Society owns a hall on Dock Street, where it opened a new archive on Friday.

The archive holds 4,000 photographs.
""",
            """New archive in Dorrance

By Mia Holt, Harlow Herald

The Dorrance Heritage Society rents space in a building on Mill Road for its offices, its secretary said.

The archive opens on weekdays.
""",
            """Dorrance photographs on show

(Coastline Daily) Old photographs of Dorrance went on show at a new archive on Friday.
""",
        ),
    ),
    Folder(
        "an owner leasing its hall to a club of the same town",
        None,
        (
            """Roof falls in at Skarvik hall

SKARVIK, Dec. 1 (Meridian Press) — Part of the roof of the hall owned by the Skarvik Association fell in on Sunday under heavy snow.

No one was hurt.
""",
            """Snow damages Skarvik hall

By Tor Vik, Valemont Courier

The hall, which is leased by the Skarvik Youth Club, will stay shut until the roof is repaired.

The Skarvik Association leases the hall to the club every winter, its chairman said.
""",
            """Heavy snow in Skarvik

(Coastline Daily) Half a metre of snow fell on Skarvik over the weekend.
""",
        ),
    ),
)
