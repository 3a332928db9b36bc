"""The program's argument parsers' one addition to argparse: a complaint about the
arguments says how to name a file or folder whose name begins with a dash (which reads
as an option), for the command line and for the app alike."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def dashed_name_hint(arguments: Sequence[str], command: str) -> str:
    """How to give ``command`` the first of ``arguments`` that begins with a dash and
    names a file or folder here; "" when none does."""
    dashed = next(
        (a for a in arguments if a.startswith("-") and a not in ("-", "--") and os.path.lexists(a)),
        None,
    )
    if dashed is None:
        return ""
    quoted = shlex.quote(dashed)
    return (
        f"{dashed} is a file or folder here: to read it, put -- before it "
        f"({command} -- {quoted}) or write ./{quoted}"
    )


#: The command line's command, which the app's arguments may hold mistyped.
COMMAND = "summarize"


def mistyped_command(arguments: Sequence[str]) -> str:
    """The command line's command, when the first of ``arguments`` is a word close to it
    ("summarise", "summary", "sumarize") that names no file or folder here; "" otherwise
    (an existing folder of that name is opened, as any folder is)."""
    first = arguments[0] if arguments else ""
    if not first or first.startswith("-") or first == COMMAND or os.path.lexists(first):
        return ""
    import difflib  # only for an argument naming nothing here: start-up stays as it was

    close = difflib.get_close_matches(first.casefold(), [COMMAND], n=1, cutoff=0.7)
    return close[0] if close else ""


def command_option_hint(arguments: Sequence[str]) -> str:
    """How to use the first of ``arguments`` that is an option of the command line's
    ``summarize`` only (``--format json`` given to the app); "" when none is. When the
    arguments as given are all the command's, the hint is the whole line to type, the
    command first (``corroborate summarize --format json FOLDER``)."""
    from corroborate.cli import summarize_options

    options = summarize_options()
    option = next((a.split("=")[0] for a in arguments if a.split("=")[0] in options), None)
    if option is None:
        return ""
    words = [a for a in arguments if a != COMMAND]
    if _summarize_takes(words):
        line = shlex.join(["corroborate", COMMAND, *words])
        return f"{option} is an option of the command line, not of the app; type:\n  {line}"
    return (
        f"{option} is an option of the command line, which writes the report: "
        f"corroborate {COMMAND} FOLDER {option} …"
    )


def _summarize_takes(words: Sequence[str]) -> bool:
    """Whether ``corroborate summarize`` accepts ``words`` as they are (its complaint, if
    any, is kept from the terminal)."""
    import contextlib
    import io

    from corroborate.cli import build_parser

    parser = build_parser()
    given = [COMMAND, *words]
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            _, unknown = parser.parse_known_args(given)
        except SystemExit:
            return False
    return not unknown


class Parser(argparse.ArgumentParser):
    """argparse's parser; its error adds :func:`dashed_name_hint` for the arguments it
    was given (a sub-command's parser, the sub-command's own)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.given: list[str] = []
        #: the app's parser, whose errors also say how to reach the command line
        self.app = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self.given = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str, command: str | None = None) -> Any:
        hint = dashed_name_hint(self.given, command or self.prog)
        if not hint and self.app:
            hint = command_option_hint(self.given)
            if "\n" in hint:
                # the whole line to type says it all; argparse's list of what it did not
                # take would miss the option's value it took for the folder
                super().error(hint)
        super().error(f"{message}\n{hint}" if hint else message)


#: How the program is run, as ``corroborate --help`` and every complaint about its
#: arguments show it (the app's own ``--self-test``, for packaging checks, is not shown).
USAGE = (
    "%(prog)s [FOLDER]\n       %(prog)s summarize [options] [PATH ...]\n       %(prog)s --version"
)


def app_parser() -> Parser:
    """The app's arguments: ``corroborate [FOLDER] [--self-test]``."""
    parser = Parser(prog="corroborate", usage=USAGE, description="Open the Corroborate app.")
    parser.app = True
    parser.add_argument("folder", nargs="?", type=Path, help="folder of articles to summarize")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, summarize the sample story, print the result and exit",
    )
    return parser
