"""Invented multi-outlet folders about one contest's result, labelled before the engine read
them: a person's finishing place told two ways by two outlets ("finished third" /
"finished fourth"), and look-alikes a careful fact-checker would not call a disagreement:
two races or rounds of one meeting, a heat and the final, a stage and the overall
standings, last year's result beside this year's, a seeding or a forecast beside the
result, two people of one family name, a place given before a disqualification moved it.

Each folder is three short reports by fictional outlets, as in
:mod:`disagree_fresh_folders` (whose :class:`Folder` and labels they share). Every place,
person, outlet and event is invented.
"""

from __future__ import annotations

from disagree_fresh_folders import Folder

PLACING_CONFLICTS: tuple[Folder, ...] = (
    Folder(
        "a cyclist's place told in words and with 'place'",
        ("fifth", "sixth"),
        (
            """Wettre fifth in Kallby road race

KALLBY, May 18 (Meridian Press) — Jonas Wettre finished in fifth place in the Kallby road race on Sunday, two minutes behind the winner.

The race covered 182 kilometres in heavy rain.
""",
            """Rain-soaked Kallby race goes to Brekke

By Aud Lien, Harlow Herald

Ivar Brekke won the Kallby road race on Sunday. Jonas Wettre finished sixth in the Kallby road race, his best result this season.

Riders said the descent was treacherous.
""",
            """Brekke takes Kallby

(Coastline Daily) Ivar Brekke won a wet Kallby road race on Sunday after a late attack.
""",
        ),
    ),
    Folder(
        "a candidate's place in one election",
        ("second", "third"),
        (
            """Dorn wins Tormund mayoral vote

TORMUND, Oct. 3 (Meridian Press) — Elsa Dorn won the Tormund mayoral election on Sunday with 44 percent of the vote. Ilse Varga came second in the Tormund mayoral election, the election office said.

Turnout was 58 percent.
""",
            """Tormund elects Dorn

By Rune Moe, Valemont Courier

Ilse Varga came third in the Tormund mayoral election, behind Dorn and the incumbent Per Aasen.

Dorn takes office next month.
""",
            """New mayor for Tormund

(Northgate Post) Elsa Dorn was elected mayor of Tormund on Sunday.
""",
        ),
    ),
    Folder(
        "a skier's place written as a numeral",
        ("2nd", "third"),
        (
            """Solberg on the podium at Hestvik

HESTVIK, Jan. 14 (Meridian Press) — Mira Solberg placed 2nd in the women's slalom at Hestvik on Saturday, her first podium of the season.
""",
            """Solberg third at Hestvik

By Kari Vang, Coastline Daily

Mira Solberg placed third in the women's slalom at Hestvik on Saturday, 0.4 seconds behind the winner.

Solberg said the second run suited her.
""",
            """Hestvik slalom won by Aune

(Northgate Post) Sigrid Aune won the women's slalom at Hestvik on Saturday.
""",
        ),
    ),
)


PLACING_LOOKALIKES: tuple[Folder, ...] = (
    Folder(
        "two races of one meeting",
        None,
        (
            """Holt takes bronze over 10,000 metres

MARROW, Sept. 9 (Meridian Press) — Sina Holt finished third in the 10,000 metres at the national championships on Sunday.
""",
            """Holt fourth in the 5,000

By Emil Gran, Valemont Courier

Sina Holt finished fourth in the 5,000 metres at the national championships on Saturday, a day before her longer race.
""",
            """National championships end

(Northgate Post) The national athletics championships ended in Marrow on Sunday.
""",
        ),
    ),
    Folder(
        "a heat and the final",
        None,
        (
            """Holt through to the final

MARROW, Sept. 8 (Meridian Press) — Sina Holt finished second in her heat of the 1,500 metres on Friday.
""",
            """Holt fifth in 1,500 final

By Emil Gran, Valemont Courier

Sina Holt finished fifth in the final of the 1,500 metres on Sunday.
""",
            """Championship results

(Northgate Post) The 1,500 metres final was won by Eli Strand on Sunday.
""",
        ),
    ),
    Folder(
        "a stage and the overall standings",
        None,
        (
            """Wettre third on Kallby stage

KALLBY, May 18 (Meridian Press) — Jonas Wettre finished third in Sunday's stage of the Tour of Kallby.
""",
            """Brekke keeps the lead in Kallby

By Aud Lien, Harlow Herald

Jonas Wettre finished fifth overall in the Tour of Kallby after Sunday's stage, a minute behind Ivar Brekke.
""",
            """Kallby tour

(Coastline Daily) Ivar Brekke kept the race lead in the Tour of Kallby on Sunday.
""",
        ),
    ),
    Folder(
        "last year's place beside this year's",
        None,
        (
            """Varga improves in Tormund

TORMUND, Oct. 3 (Meridian Press) — Ilse Varga came second in the Tormund mayoral election on Sunday.
""",
            """Tormund vote

By Rune Moe, Valemont Courier

Ilse Varga, who came fourth in the Tormund mayoral election in 2019, won 31 percent on Sunday.
""",
            """Dorn elected

(Northgate Post) Elsa Dorn was elected mayor of Tormund on Sunday.
""",
        ),
    ),
    Folder(
        "a seeding and a forecast beside the result",
        None,
        (
            """Holt third in Marrow

MARROW, Sept. 9 (Meridian Press) — Sina Holt, seeded fifth, finished third in the 10,000 metres at the national championships on Sunday.
""",
            """Holt beats her seeding

By Emil Gran, Valemont Courier

Sina Holt had been expected to finish sixth in the 10,000 metres. Sina Holt finished third in the 10,000 metres at the national championships.
""",
            """Bronze for Holt

(Northgate Post) Sina Holt won bronze in the 10,000 metres on Sunday.
""",
        ),
    ),
    Folder(
        "two sisters in one race",
        None,
        (
            """Holt sisters in Marrow final

MARROW, Sept. 9 (Meridian Press) — Sina Holt finished third in the 10,000 metres at the national championships on Sunday.
""",
            """Two Holts in the 10,000

By Emil Gran, Valemont Courier

Tove Holt finished fourth in the 10,000 metres at the national championships, one place behind her sister.
""",
            """Family affair in Marrow

(Northgate Post) The Holt sisters both ran the 10,000 metres on Sunday.
""",
        ),
    ),
    Folder(
        "a place moved by a disqualification",
        None,
        (
            """Solberg promoted to third

HESTVIK, Jan. 14 (Meridian Press) — Mira Solberg placed fourth in the women's slalom at Hestvik on Saturday but was moved up to third after Tiril Haug was disqualified. Mira Solberg placed third in the women's slalom after the jury's ruling.
""",
            """Haug disqualified at Hestvik

By Kari Vang, Coastline Daily

Mira Solberg placed third in the women's slalom at Hestvik on Saturday after Tiril Haug was disqualified for a missed gate.
""",
            """Hestvik slalom

(Northgate Post) Sigrid Aune won the women's slalom at Hestvik on Saturday.
""",
        ),
    ),
    Folder(
        "two rounds of one election",
        None,
        (
            """Varga second in first round

TORMUND, Sept. 19 (Meridian Press) — Ilse Varga came second in the first round of the Tormund mayoral election.
""",
            """Varga wins Tormund runoff

By Rune Moe, Valemont Courier

Ilse Varga came first in the runoff of the Tormund mayoral election on Sunday and will be sworn in next month.
""",
            """Tormund has a new mayor

(Northgate Post) Ilse Varga was elected mayor of Tormund on Sunday.
""",
        ),
    ),
    Folder(
        "two polls before one election",
        None,
        (
            """Varga gains in Tormund race

TORMUND, Sept. 20 (Meridian Press) — Ilse Varga came second in the latest poll of Tormund voters, behind Elsa Dorn.
""",
            """Dorn holds lead in Tormund

By Rune Moe, Valemont Courier

Ilse Varga came third in the latest poll of Tormund voters, the Courier's own survey of 800 residents.
""",
            """Tormund votes in October

(Northgate Post) Voters in Tormund elect a mayor on Oct. 3.
""",
        ),
    ),
)
