"""Three invented stories in one folder, each told by its own outlets (a bridge collapse by
three, a chess final and an orchard fire by two each), and one outlet, the Harlow Herald,
writing on two of them: a folder that holds several stories with outlets of their own, for
the tests of what its counts are out of (the engine's, the report's and the app's)."""

from __future__ import annotations

from pathlib import Path

FILES = {
    "bridge-tessel-times.txt": """Carrowgate bridge falls into the Tessel

HARLOW (Tessel Times) — The Carrowgate bridge collapsed into the Tessel river in Harlow on Monday evening.

Fire Chief Tomas Brandt said two people were killed and fourteen were injured.

Divers pulled nine people from the river after a bus fell from the bridge.

Mayor Renata Holloway ordered an inquiry into the bridge's last inspection.
""",
    "bridge-river-wire.txt": """Two dead as Harlow bridge collapses

HARLOW (River Wire) — Two people were killed and fourteen injured when the Carrowgate bridge collapsed into the Tessel river on Monday evening, Fire Chief Tomas Brandt said.

Divers pulled nine people from the Tessel after a bus fell from the bridge.

The bridge had passed a state inspection in March, engineers said.

Traffic across Harlow was diverted to the old ferry crossing.
""",
    "bridge-harlow-herald.txt": """Harlow mourns after Carrowgate collapse

HARLOW (Harlow Herald) — Mayor Renata Holloway ordered an inquiry into the last inspection of the Carrowgate bridge, which collapsed into the Tessel river on Monday.

The bridge had passed a state inspection in March, the city's engineers said.

Rescue crews searched the river banks through the night, Brandt said.

Candles were lit on the steps of the town hall on Tuesday.
""",
    "chess-brevik-post.txt": """Vantongeren takes Brevik title

BREVIK (Brevik Post) — Grandmaster Ilse Vantongeren won the Brevik open chess championship on Sunday.

She beat the defending champion Oskar Lind in a long final game.

The tournament drew three hundred players from eleven countries.

Spectators filled the town library to watch the final round on screens.
""",
    "chess-brevik-post-final.txt": """How the Brevik final was won

BREVIK (Brevik Post) — Lind resigned after his queen was trapped on the sixtieth move.

Organisers said the Brevik open would double its prize fund next year.

Vantongeren said she had prepared the opening with her coach for a month.
""",
    "chess-harlow-herald.txt": """Teenager wins Brevik open

BREVIK (Harlow Herald) — Ilse Vantongeren, nineteen, won the Brevik open chess championship on Sunday, beating the defending champion Oskar Lind in the final game.

Lind resigned after his queen was trapped on the sixtieth move.

She is the youngest winner in the tournament's history.
""",
    "orchard-gazette.txt": """Fire sweeps Quillan orchards

DEMSBY (Orchard Gazette) — A fire swept through the Quillan orchards near Demsby on Wednesday night.

Farmer Oriel Battersby said two barns and forty apple trees were lost to the flames.

Crews from three villages fought the fire until dawn on Thursday.

Smoke was seen from the Demsby church tower.
""",
    "orchard-fenwick-courier.txt": """Barns lost in Demsby orchard blaze

DEMSBY (Fenwick Courier) — Two barns and forty apple trees were lost when a fire swept through the Quillan orchards near Demsby on Wednesday night, farmer Oriel Battersby said.

The fire began in a shed where Battersby kept his tractors, firefighters said.

The Demsby council offered the orchard families rooms in the village hall.
""",
    "orchard-fenwick-courier-later.txt": """Quillan harvest to go on after fire

DEMSBY (Fenwick Courier) — Battersby said the harvest would be picked by hand from the trees still standing.

Crews from three villages fought the Quillan fire until dawn on Thursday.

Neighbours brought ladders and baskets to the orchard on Friday.
""",
}
#: the independent outlets telling each story, by the first word of its files' names
TOLD_BY = {
    "bridge": {"Tessel Times", "River Wire", "Harlow Herald"},
    "chess": {"Brevik Post", "Harlow Herald"},
    "orchard": {"Orchard Gazette", "Fenwick Courier"},
}


def write_three_stories(folder: Path) -> Path:
    """Write :data:`FILES` into a new ``folder``."""
    folder.mkdir()
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
