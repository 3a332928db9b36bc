"""Two invented stories, a bridge collapse and a chess final, told in three articles each:
a folder that holds several stories, for the engine's and the app's tests."""

from __future__ import annotations

from pathlib import Path

BRIDGE = [
    "The Carrowgate bridge collapsed into the Tessel river in Harlow on Monday evening.",
    "Fire Chief Tomas Brandt said two people were killed and fourteen were injured.",
    "Divers pulled nine people from the Tessel after a bus fell from the bridge.",
    "Mayor Renata Holloway ordered an inquiry into the bridge's last inspection.",
    "The Carrowgate bridge had passed a state inspection in March, engineers said.",
    "Traffic across Harlow was diverted to the old ferry crossing on Tuesday.",
    "Brandt said rescue crews searched the river banks through the night.",
]
CHESS = [
    "Grandmaster Ilse Vantongeren won the Brevik open chess championship on Sunday.",
    "Vantongeren beat the defending champion Oskar Lind in a long final game.",
    "The Brevik tournament drew three hundred players from eleven countries.",
    "Lind resigned after his queen was trapped on the sixtieth move.",
    "Organisers said the Brevik open would double its prize fund next year.",
    "Vantongeren, nineteen, is the youngest winner in the tournament's history.",
    "Spectators filled the town library to watch the final round on screens.",
]


def article(pool: list[str], start: int) -> str:
    return "\n\n".join(pool[(start + i) % len(pool)] for i in range(5))


def two_stories() -> dict[str, str]:
    files = {f"bridge-{i}.txt": article(BRIDGE, 2 * i) for i in range(3)}
    files.update({f"chess-{i}.txt": article(CHESS, 2 * i) for i in range(3)})
    return files


def write_two_stories(folder: Path) -> Path:
    """Write :func:`two_stories` into a new ``folder``."""
    folder.mkdir()
    for name, text in two_stories().items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
