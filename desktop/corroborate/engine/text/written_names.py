"""How a person's name is written on a page, as a piece of a pattern: the one spelling of it
that the readers of page furniture, outlets, titles and bylines share.

A name word is a capital then letters, digits, stops, apostrophes or hyphens ("Mary", "J.",
"O'Neill", "Smith-Jones"): :data:`NAME_WORD`. A person's name is two to four of them apart by
spaces ("Anna Vell", "Mary J. O'Neill"): :data:`PERSON_NAME`; :func:`person_name` gives
another count of words, or another mark between them. This module imports nothing of the
engine, so every reader of a page may ask it.
"""

from __future__ import annotations

#: One word of a person's name as a byline, a signature or a credit writes it (case-sensitive
#: pattern): "Mary", "J.", "O'Neill", "Smith-Jones".
NAME_WORD = r"[A-Z][\w.'’-]+"


def person_name(least: int = 1, most: int = 3, between: str = " ") -> str:
    """A person's name in a pattern: a :data:`NAME_WORD`, then ``least`` to ``most`` more,
    each after ``between`` (a piece of pattern: a space, or "[ /]")."""
    return rf"{NAME_WORD}(?:{between}{NAME_WORD}){{{least},{most}}}"


#: A person's name of two to four words in a pattern: "Anna Vell", "Mary J. O'Neill".
PERSON_NAME = person_name()
