"""Where a folder's unread articles are, worded once.

Two sentences name the subfolders holding article files that a reading without its
subfolders left unread: the warning beside a summary ("the folder's subfolders hold 5 more
article files, which were not read: 3 in “day-1” and 2 in “day-2”",
:func:`unread_warning`), and the hint when only subfolders hold articles ("Its subfolders
“day-1” and “day-2” hold articles", :func:`held_below`), which the command line and the
app close with their own way of reading them. Both list the subfolders the same way
(:func:`listed_subfolders`): the first :data:`SUBFOLDERS_NAMED` by name, the others
counted. Names are given as the report shows file names (``readers.plaintext.shown``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .words import counted, listed

#: The subfolders holding unread articles named one by one at most; the rest are counted.
SUBFOLDERS_NAMED = 3


def listed_subfolders(
    where: Sequence[tuple[str, int]],
    exact: bool,
    unsearched: int = 0,
    other: str = "other subfolder",
) -> str:
    """The subfolders of ``where`` (each one's name and count) in a sentence: "3 in “day-1” and
    2 in “day-2”" (``exact``: counted whole), else their names alone; the first
    :data:`SUBFOLDERS_NAMED` by name and the others counted as ``other`` ("and 2 other
    subfolders": one more is named rather than counted), "at least" so many, or "perhaps
    others" said, when ``unsearched`` subfolders were never searched. "" for none."""
    if not where:
        return ""
    parts = [f"{count} in “{name}”" if exact else f"“{name}”" for name, count in where]
    if len(where) > SUBFOLDERS_NAMED + 1:
        rest = where[SUBFOLDERS_NAMED:]
        others = counted(len(rest), other)
        if exact:
            held = sum(count for _name, count in rest)
            parts = [*parts[:SUBFOLDERS_NAMED], f"{held} in {others}"]
        else:
            parts = [*parts[:SUBFOLDERS_NAMED], f"at least {others}" if unsearched else others]
    elif unsearched:
        parts.append("perhaps others")
    return listed(parts)


def unread_warning(
    unread: int,
    complete: bool,
    where: Sequence[tuple[str, int]],
    unsearched: int,
    limit: int,
) -> str:
    """The warning that the folder's subfolders hold ``unread`` article files, not read
    (more than ``limit`` when ``unread`` exceeds it; at least ``unread`` when the search
    stopped before every subfolder, ``complete`` false), naming the subfolders that hold
    them (``where``) so that a reader sees at once whether they are more of the story
    ("day-2") or something else ("refs", "drafts")."""
    if not complete:
        files = "file, which was" if unread == 1 else "files, which were"
        many = f"at least {unread} more article {files}"
    elif unread > limit:
        many = f"more than {limit} more article files, which were"
    elif unread == 1:
        many = "1 more article file, which was"
    else:
        many = f"{unread} more article files, which were"
    if len(where) == 1 and not unsearched:
        ((name, _count),) = where
        return f"the subfolder “{name}” holds {many} not read"
    exact = complete and unread <= limit and not unsearched
    listing = listed_subfolders(where, exact, unsearched)
    if listing:
        listing = f": {listing}" if exact else f" (in {listing})"
    return f"the folder's subfolders hold {many} not read{listing}"


def held_below(in_subfolders: int, subfolders: Sequence[str], unsearched: int) -> str:
    """Where the articles are, when only subfolders hold them ("Its subfolder “refs” holds
    articles"; the first three subfolders named, the others counted), so that a reader sees
    whether they are the story's or something else; "" when none do. When the search stopped
    before some subfolders (``unsearched``), the others are counted as "at least" so many, or
    said to be "perhaps" there."""
    if not in_subfolders:
        return ""
    if not subfolders:
        return "Its subfolders hold articles"
    named = [(name, 0) for name in subfolders]
    if unsearched and len(subfolders) <= SUBFOLDERS_NAMED + 1:
        # every subfolder found is named; the others perhaps there are said after the verb
        names, perhaps = listed_subfolders(named, False), ", and perhaps others"
    else:
        names, perhaps = listed_subfolders(named, False, unsearched, "other"), ""
    if len(subfolders) == 1:
        return f"Its subfolder {names} holds articles{perhaps}"
    return f"Its subfolders {names} hold articles{perhaps}"
