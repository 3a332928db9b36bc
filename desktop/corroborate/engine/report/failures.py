"""How the product heads the page of a folder that gave no story: by what happened.

One owner for the heading the app shows over the engine's message (``Folder not found``
over "The folder /no/such does not exist."), so that a folder that is not there is not
headed as one holding no readable article.
"""

from __future__ import annotations

from ..models import NoStoryCause

#: the heading of each cause a folder gave no story (:data:`..models.NoStoryCause`)
NO_STORY_HEADINGS: dict[NoStoryCause, str] = {
    "no-articles": "No readable article",
    "missing": "Folder not found",
    "not-a-folder": "Not a folder",
    "unopenable": "Folder cannot be opened",
}


def no_story_heading(cause: NoStoryCause) -> str:
    """The heading over the message of a folder that gave no story, for ``cause``."""
    return NO_STORY_HEADINGS[cause]
