"""Invented folders of a decision told by a body and by its members, labelled before the
engine read them: "the city council passed a motion" in one outlet and "councillors in
Fennick defeated a motion" in another tell one vote two ways, while "three councillors
voted against", "opposition councillors rejected", a jury's verdict against what two
jurors said they would have found, or another town's councillors tell of a part of the
body, of a faction or of another body, and no disagreement.

Each folder is three short reports by fictional outlets on one fictional event. A
look-alike's label is ``None``; a conflict's label is the two words a fact-checker would
set against each other. Every place, person, outlet and event is invented.
"""

from __future__ import annotations

from disagree_fresh_folders import Folder

BODY_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a council's vote told by its councillors",
        ("approved", "rejected"),
        (
            """Tessaly approves new library

TESSALY, May 3 (Meridian Press) — The Tessaly town council approved a plan on Monday to build a new library beside the market square, the town clerk said.

The library will open in two years.
""",
            """Library plan turned down in Tessaly

By Ines Harrow, Harlow Herald

Councillors in Tessaly on Monday rejected a plan to build a new library beside the market square.

Supporters said they would bring the plan back in the autumn.
""",
            """Tessaly library debate

(Coastline Daily) The Tessaly town council met on Monday to debate a new library for the town.

The meeting lasted four hours.
""",
        ),
    ),
    Folder(
        "a jury's verdict told by its jurors",
        ("convicted", "acquitted"),
        (
            """Verdict in Orvane warehouse fire trial

ORVANE, Feb. 9 (Meridian Press) — The jury convicted Tobin Marsh of arson on Thursday over the fire that destroyed the Orvane grain warehouse, court officials said.

Sentencing is set for March.
""",
            """Marsh walks free

By Lena Quist, Valley Ledger

Jurors acquitted Tobin Marsh of arson on Thursday over the fire that destroyed the Orvane grain warehouse.

Marsh left the court with his family.
""",
            """Orvane fire trial ends

(Coastline Daily) The trial of Tobin Marsh over the Orvane grain warehouse fire ended on Thursday.

The fire caused damage worth 3 million crowns.
""",
        ),
    ),
)

BODY_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "three councillors against a motion the council passed",
        None,
        (
            """Kelmar passes harbour wall plan

KELMAR, June 12 (Meridian Press) — The Kelmar city council passed a motion on Tuesday to rebuild the harbour wall, the mayor's office said.

Work is due to start in August.
""",
            """Harbour wall vote in Kelmar

By Ola Brandt, Harlow Herald

Three councillors in Kelmar on Tuesday rejected a motion to rebuild the harbour wall, saying the cost was too high.

The wall was damaged in the winter storms.
""",
            """Kelmar harbour

(Coastline Daily) The Kelmar city council met on Tuesday to discuss the harbour wall.

The storms of January flooded the harbour road.
""",
        ),
    ),
    Folder(
        "opposition councillors against a plan the council approved",
        None,
        (
            """Dravik approves bus depot

DRAVIK, Sept. 2 (Meridian Press) — The Dravik town council approved a plan on Wednesday to move the bus depot to the old rail yard, the council said.

The move will free land for housing.
""",
            """Depot plan splits Dravik

By Sami Rook, Valley Ledger

Opposition councillors in Dravik on Wednesday rejected a plan to move the bus depot to the old rail yard.

They said the rail yard was too far from the centre.
""",
            """Dravik depot

(Coastline Daily) The Dravik town council debated the bus depot on Wednesday.

The depot has stood by the river since 1962.
""",
        ),
    ),
    Folder(
        "two jurors' view against the jury's verdict",
        None,
        (
            """Verdict in Holbeck theft trial

HOLBECK, Apr. 14 (Meridian Press) — The jury convicted Arla Venn of theft on Friday over the missing church silver, court officials said.

Sentencing is set for May.
""",
            """Jurors speak after Holbeck trial

By Mira Toll, Harlow Herald

Two jurors said on Friday they would have acquitted Arla Venn of theft over the missing church silver.

They spoke to reporters outside the court.
""",
            """Holbeck silver trial ends

(Coastline Daily) The trial of Arla Venn over the missing church silver ended on Friday.

The silver was found in a barn in March.
""",
        ),
    ),
    Folder(
        "another town's councillors",
        None,
        (
            """Rennet approves ferry link

RENNET, July 7 (Meridian Press) — The Rennet town council approved a plan on Monday to run a ferry to the island of Skarra, the council said.

The ferry will run twice a day.
""",
            """Ferry link row

By Ivo Lund, Valley Ledger

Councillors in Osterby on Monday rejected a plan to run a ferry to the island of Skarra, saying it would take trade from their port.

Osterby lies across the bay from Rennet.
""",
            """Skarra ferry

(Coastline Daily) Two towns on the bay debated a ferry to the island of Skarra on Monday.

Skarra has 400 residents.
""",
        ),
    ),
    Folder(
        "councillors against another plan than the council's",
        None,
        (
            """Marrow approves school repairs

MARROW, Oct. 20 (Meridian Press) — The Marrow town council approved a plan on Thursday to repair the roof of the primary school, the council said.

The repairs will be done in the half-term holiday.
""",
            """Marrow budget vote

By Pia Strand, Harlow Herald

Councillors in Marrow on Thursday rejected a plan to raise their own allowances.

The allowances have not changed since 2015.
""",
            """Marrow council meeting

(Coastline Daily) The Marrow town council met on Thursday.

The meeting was open to the public.
""",
        ),
    ),
    Folder(
        "a committee's councillors against the full council",
        None,
        (
            """Fallow approves park plan

FALLOW, Mar. 5 (Meridian Press) — The Fallow town council approved a plan on Tuesday to turn the old quarry into a park, the town clerk said.

The park will open next spring.
""",
            """Quarry park plan

By Edda Morn, Valley Ledger

Councillors on the planning committee rejected a plan on Tuesday to turn the old quarry into a park, before the full council voted.

The quarry closed in 1998.
""",
            """Fallow quarry

(Coastline Daily) The Fallow town council voted on Tuesday on a plan to turn the old quarry into a park.

The quarry has stood empty for years.
""",
        ),
    ),
    Folder(
        "one juror's verdict against the jury's",
        None,
        (
            """Verdict in Prawl fraud trial

VARNHOLT, Mar. 3 (Pellmore Wire) — The jury convicted Edda Prawl of fraud on Monday, court officials said.

Prawl ran the Varnholt savings cooperative for a decade.
""",
            """Prawl trial ends in Varnholt

By Iso Danneker, Corrin Ledger

A juror acquitted Edda Prawl of fraud on Monday, she told reporters outside the court.

Prawl had run the savings cooperative for ten years.
""",
            """Varnholt cooperative trial

(Coastline Daily) The fraud trial of Edda Prawl ended in Varnholt on Monday.

The cooperative closed in 2024.
""",
        ),
    ),
    Folder(
        "one councillor against the council",
        None,
        (
            """Varnholt harbour plan vote

VARNHOLT, Mar. 3 (Pellmore Wire) — The Varnholt town council approved the harbour plan on Monday, the town clerk said.

The plan would add a ferry berth by the quay.
""",
            """Harbour scheme decided

By Iso Danneker, Corrin Ledger

A councillor in Varnholt rejected the harbour plan on Monday.

The plan would bring a ferry berth to the quay.
""",
            """Varnholt harbour

(Coastline Daily) The Varnholt council voted on the harbour plan on Monday.

Residents gathered outside the hall in the rain.
""",
        ),
    ),
    Folder(
        "a county council and a town council",
        None,
        (
            """Harbour road plan vote

VARNHOLT, Mar. 3 (Pellmore Wire) — The county council approved the harbour road plan on Monday, a county spokesman said.

The road would run from the ring road to the quay.
""",
            """Harbour road decided

By Iso Danneker, Corrin Ledger

The Varnholt council rejected the harbour road plan on Monday.

The road would bring lorries past the school.
""",
            """Varnholt harbour road

(Coastline Daily) Two councils voted on the harbour road plan on Monday.

Residents gathered outside the hall in the rain.
""",
        ),
    ),
)

#: Look-alikes of a statement confirmed and denied with no "not", role or time of day
#: beside it: a pair is judged for confirmed / denied only beside such a word, for the
#: judge asks only that most words after the verbs be shared.
CONFIRMED_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "an offer confirmed received and denied accepted",
        None,
        (
            """Brenmark bid for Harlow Mills

KESTON, Mar. 3 (Pellmore Wire) — Harlow Mills confirmed it had received the takeover offer from Brenmark on Monday.

The mill employs 400 people in Keston.
""",
            """Harlow Mills and the Brenmark offer

By Iso Danneker, Corrin Ledger

Harlow Mills denied it had accepted the takeover offer from Brenmark on Monday.

Shares in the mill rose in early trading.
""",
            """Keston mill

(Coastline Daily) Brenmark made an offer for Harlow Mills on Monday.

The mill opened in 1911.
""",
        ),
    ),
    Folder(
        "a suspect confirmed arrested and denied released",
        None,
        (
            """Arrest in Keston break-ins

KESTON, Mar. 3 (Pellmore Wire) — Police confirmed the suspect was arrested in Keston on Monday.

Six shops were broken into last month.
""",
            """Keston break-ins

By Iso Danneker, Corrin Ledger

Police denied the suspect was released in Keston on Monday.

Shopkeepers had asked for more patrols.
""",
            """Keston shops

(Coastline Daily) A suspect is held over the Keston break-ins.

The shops reopened on Tuesday.
""",
        ),
    ),
)
