"""The command line: ``corroborate summarize FOLDER`` for scripts and batch work."""

from __future__ import annotations

import argparse
import os
import shlex
import signal
import stat
import sys
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from corroborate.arguments import USAGE, Parser
from corroborate.atomic import ExistingFileError, ReadFileError, write_atomically
from corroborate.atomic import reason as _reason

if TYPE_CHECKING:
    from corroborate.engine.models import Analysis, AnalysisOptions

EXIT_OK, EXIT_NO_ARTICLES, EXIT_USAGE, EXIT_OUTPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4
#: As a shell reports a command ended by SIGINT (Ctrl-C) or SIGPIPE (a closed pipe).
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141


def _say(message: str) -> None:
    """A message on standard error, never elsewhere (with stderr closed: nowhere), with
    control characters from file names made visible."""
    from corroborate.engine import shown

    stream = sys.stderr
    if stream is None or _STREAMS.stderr_closed:
        return
    try:
        stream.write("\n".join(shown(line) for line in message.split("\n")) + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass  # a full or closed stderr: the exit status still tells


class _Interrupt:
    """Ctrl-C as a request: the engine stops at its next check (a reader is stopped within
    a twentieth of a second). Raising KeyboardInterrupt from the handler could land in a
    library's ``__del__``, where Python prints it and carries on; a second Ctrl-C raises,
    once: a KeyboardInterrupt already on its way ends the command, and one more raised
    while it is being handled would escape its handler as a traceback."""

    def __init__(self) -> None:
        self.requested = False
        #: a KeyboardInterrupt has been raised for a Ctrl-C: further presses are ignored
        self.raised = False
        #: the command is ending because of a Ctrl-C: further presses are ignored
        self.ending = False

    def handle(self, signum: int, frame: object) -> None:
        if self.requested and not self.raised:
            self.raised = True
            raise KeyboardInterrupt
        self.requested = True

    def interrupt(self) -> None:
        """End the command as a Ctrl-C does, from the code: raise KeyboardInterrupt once."""
        self.raised = True
        raise KeyboardInterrupt

    def end(self) -> None:
        """The command ends now: presses still coming (a key held, the copy ``uv run``
        forwards) are ignored until the process exits, so that none lands in the exit's own
        clean-up (a message half written, logging's shutdown) as a traceback."""
        self.ending = True
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)

    def __call__(self) -> bool:
        return self.requested


_INTERRUPT = _Interrupt()


class _Streams:
    """Which standard streams were closed when the command started (``>&-``)."""

    stdout_closed = False
    stderr_closed = False


_STREAMS = _Streams()


def _guard_streams() -> None:
    """Note closed standard streams and put /dev/null in their place, so that no file this
    command opens takes descriptor 1 or 2 and receives what was meant for the terminal."""
    for fd, attr in ((0, None), (1, "stdout_closed"), (2, "stderr_closed")):
        try:
            os.fstat(fd)
        except OSError:
            if attr:
                setattr(_STREAMS, attr, True)
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def _path(text: str) -> Path:
    """A file or folder named on the command line; an empty name (an unset variable in
    ``corroborate summarize "$STORY"``) is refused, never read as the current folder."""
    if not text:
        raise argparse.ArgumentTypeError("an empty name was given (an unset variable?)")
    return Path(text)


def _name(text: str) -> str:
    """A file named as in the report (``--exclude``, ``--include``); an empty name is
    refused as :func:`_path` refuses it, never read as "no such article"."""
    if not text:
        raise argparse.ArgumentTypeError("an empty name was given (an unset variable?)")
    return text


def _output(text: str) -> Path | None:
    """``--output``'s FILE; ``-`` is standard output, as Unix tools read it (a file of
    that name is ``./-``). A name ending in a slash names a folder, never a file of that
    name without it ("reports/" is not written as the file "reports")."""
    if text.endswith(("/", os.sep)) and text != "-":
        raise argparse.ArgumentTypeError(
            f"{text} names a folder; give the name of the report file to write"
        )
    return None if text == "-" else _path(text)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


class _Version(argparse.Action):
    """``--version``: the package metadata is read only when asked (it costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **_: object):
        super().__init__(
            option_strings, dest, default=argparse.SUPPRESS, nargs=0,
            help="show program's version number and exit",
        )  # fmt: skip

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from corroborate import __version__

        print(f"corroborate {__version__}")
        parser.exit()


#: How each exit status reads in ``summarize --help`` (README's table says it at length).
EXIT_STATUSES = (
    (EXIT_OK, "success"),
    (EXIT_NO_ARTICLES, "no readable article was found, or the folder does not exist"),
    (EXIT_USAGE, "usage error (an option, or the --corrections file)"),
    (EXIT_OUTPUT, "the report cannot be written (the --output file exists, a full disk...)"),
    (EXIT_INTERNAL, "internal error (a bug; the articles are unchanged)"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
    (EXIT_BROKEN_PIPE, "standard output was closed by its reader (... | head)"),
)


class _TableFormatter(argparse.HelpFormatter):
    """argparse's help, with text written in lines (the exit statuses) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def build_parser() -> Parser:
    parser = Parser(
        prog="corroborate",
        usage=USAGE,
        description="Extractive consensus summaries of news stories across outlets. "
        "Without a command, opens the desktop app (on FOLDER if given).",
        epilog="Run 'corroborate summarize --help' for the command line's options.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="corroborate")
    summarize = commands.add_parser(
        "summarize",
        help="print the consensus summary of a folder of articles",
        description="Print the consensus summary of a folder of articles (or of the article "
        "files given) about one event. "
        "Every summary sentence is quoted verbatim from one of the articles. "
        "The report goes to standard output, messages to standard error.",
        epilog="exit status:\n"
        + "\n".join(f"  {status:>3}  {meaning}" for status, meaning in EXIT_STATUSES),
        formatter_class=_TableFormatter,
    )
    summarize.add_argument(
        "sources",
        nargs="*",
        type=_path,
        metavar="PATH",
        help="a folder of articles, or article files (default: the bundled sample story)",
    )
    length = summarize.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive, default=8, metavar="N",
                        help="number of summary sentences (default 8)")  # fmt: skip
    length.add_argument("--words", type=_positive, metavar="N",
                        help="select sentences until N words are reached")  # fmt: skip
    summarize.add_argument("--min-sources", type=_positive, default=2, metavar="K",
                           help="how many independent outlets must back a sentence for it to "
                           "come first, while enough such sentences exist (default 2)")  # fmt: skip
    summarize.add_argument("--format", choices=("markdown", "json"), default=None,
                           help="the report as Markdown to read, or as JSON for programs "
                           "(default markdown; json when the --output FILE ends in .json)")  # fmt: skip
    summarize.add_argument("--output", "-o", type=_output, metavar="FILE",
                           help="write to FILE instead of standard output ('-': standard output; "
                           "an existing FILE only with --force)")  # fmt: skip
    summarize.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    summarize.add_argument(
        "--recursive", "-r", action="store_true", help="also read articles in subfolders"
    )
    summarize.add_argument(
        "--include-off-topic",
        action="store_true",
        help="keep articles that seem to be about another event in the support counts",
    )
    summarize.add_argument("--exclude", action="append", default=[], type=_name, metavar="FILE",
                           help="leave out this file (named as in the report, or by its path); "
                           "repeatable")  # fmt: skip
    summarize.add_argument("--include", action="append", default=[], type=_name, metavar="FILE",
                           help="keep this file (named as in the report) in the support counts "
                           "although it seems to be about another event; repeatable")  # fmt: skip
    summarize.add_argument("--story", type=_positive, metavar="N",
                           help="of a folder that seems to hold several stories, summarize "
                           "story N alone (numbered as the warning lists them)")  # fmt: skip
    summarize.add_argument("--corrections", type=_path, metavar="FILE",
                           help="apply the reader's corrections saved by the app (JSON: "
                           "renamed outlets, merged outlets, sentences that are not the "
                           "same claim)")  # fmt: skip
    return parser


def _command_parser(parser: argparse.ArgumentParser, command: str) -> Parser | None:
    """The parser of ``command`` among ``parser``'s sub-commands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found = action.choices.get(command)
            return found if isinstance(found, Parser) else None
    return None


def summarize_options() -> frozenset[str]:
    """The option strings ``summarize`` takes and the program without a command does not
    (``--format``, ``-o``…), for the hint the app's arguments give when they hold one."""
    summarize = _command_parser(build_parser(), "summarize")
    options = summarize._option_string_actions if summarize is not None else {}
    return frozenset(options) - {"-h", "--help"}


def _one_story(analysis: Analysis, read: AnalysisOptions, number: int) -> AnalysisOptions | str:
    """What to read for story ``number`` (from 1) of the folder ``analysis`` read whole, as
    the app's *Analyse This Story Alone* reads it: every other article left out as of
    another story, and the story's name, which heads its report; else why it cannot be."""
    warning = next((p for p in analysis.problems if p.kind == "several-stories"), None)
    if warning is None:
        return "--story: the folder does not seem to hold several stories"
    if number > len(warning.groups):
        return f"--story: the folder seems to hold {len(warning.groups)} stories, not {number}"
    from corroborate.engine import other_stories

    others = sorted(other_stories(warning.groups, number - 1, (a.file for a in analysis.articles)))
    return replace(
        read,
        exclude=(*read.exclude, *others),
        excluded_as=(*read.excluded_as, *((name, "another story") for name in others)),
        story=warning.story_names[number - 1],
    )


def _summarize(args: argparse.Namespace) -> int:
    from corroborate.engine import (
        AnalysisOptions,
        Cancelled,
        CorrectionsError,
        NoArticlesError,
        SummaryOptions,
        analyze,
        apply_corrections,
        held_below,
        joined,
        load_corrections,
        shown,
        summarize,
        to_json_text,
        to_markdown,
    )
    from corroborate.resources import sample_story

    source = _source(args.sources) if args.sources else sample_story()
    corrections = None
    if args.corrections is not None:
        if args.corrections.is_dir():
            _say(f"corroborate: {args.corrections} is a folder, not a corrections file")
            return EXIT_USAGE
        if not args.corrections.is_file():
            _say(f"corroborate: no corrections file at {args.corrections}")
            return EXIT_USAGE
        try:
            corrections = load_corrections(args.corrections)
        except CorrectionsError as error:
            _say(f"corroborate: {error}")
            return EXIT_USAGE
    if args.output is None and _STREAMS.stdout_closed:
        _say("corroborate: standard output is closed; give --output FILE to write the report")
        return EXIT_OUTPUT
    if args.output is not None and (refusal := _output_refusal(args.output, args.force)):
        _say(f"corroborate: {refusal}")
        return EXIT_OUTPUT
    try:
        writing = _redirected_into(source, args)
        read = AnalysisOptions(
            exclude=(*args.exclude, *writing),
            # the report being written is no file of the story: it never names itself
            excluded_as=tuple((name, None) for name in writing),
            include=tuple(args.include),
            recursive=args.recursive,
            include_off_topic=args.include_off_topic,
        )
        analysis = analyze(source, read, cancelled=_INTERRUPT)
        if args.story is not None:
            alone = _one_story(analysis, read, args.story)
            if isinstance(alone, str):
                _say(f"corroborate: {alone}")
                return EXIT_USAGE
            analysis = analyze(source, alone, cancelled=_INTERRUPT)
    except Cancelled:
        _INTERRUPT.raised = True  # the one KeyboardInterrupt: further presses are ignored
        raise KeyboardInterrupt from None
    except NoArticlesError as error:
        hint = f" {held_below(error)}: read them too with --recursive."
        _say(f"corroborate: {error}{hint if error.in_subfolders else ''}")
        for problem in error.problems:
            _say(f"  skipped {shown(problem.file)}: {problem.reason}")
        return EXIT_NO_ARTICLES
    for problem in analysis.problems:
        if problem.kind == "several-stories":
            _say(f"corroborate: warning: {problem.reason}")
            for number, group in enumerate(problem.groups, 1):
                _say(f"  story {number}: {joined(shown(name) for name in group)}")
            if args.story is None:  # as the app's "Analyse This Story Alone"
                _say("  summarize one of them alone with --story N")
            continue
        if problem.kind == "subfolders":
            _say(f"corroborate: warning: {problem.reason}; read them too with --recursive")
            continue
        verb = "" if problem.kind == "not-found" else "skipped "
        # as the app's "Tick it to count it anyway": how to count it after all
        how = (
            f" (count it with --include {shlex.quote(shown(problem.file))})"
            if problem.kind == "off-topic"
            else ""
        )
        _say(f"corroborate: {verb}{shown(problem.file)}: {problem.reason}{how}")
    if corrections is not None:
        analysis = apply_corrections(analysis, corrections)
    options = SummaryOptions(
        sentences=args.sentences, words=args.words, min_sources=args.min_sources
    )
    summary = summarize(analysis, options)
    text = to_json_text(summary) if _format(args) == "json" else to_markdown(summary)
    if (mismatch := _format_mismatch(args)) is not None:
        _say(f"corroborate: note: {mismatch}")
    if args.output is None:
        try:
            _write_stdout(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            _say(f"corroborate: cannot write the report to standard output: {_reason(error)}")
            return EXIT_OUTPUT
        return EXIT_OK
    try:
        write_atomically(args.output, text, overwrite=args.force, read_from=analysis.files_read)
    except ReadFileError:
        _say(f"corroborate: {args.output} is one of the articles read; it is never overwritten")
        return EXIT_OUTPUT
    except ExistingFileError:
        _say(f"corroborate: {args.output} exists; use --force to overwrite it")
        return EXIT_OUTPUT
    except (OSError, ValueError) as error:
        _say(f"corroborate: cannot write {args.output}: {_reason(error)}")
        return EXIT_OUTPUT
    return EXIT_OK


def _format(args: argparse.Namespace) -> str:
    """The format asked for; without --format, the --output file's: a report written to
    ``story.json`` is JSON (any other name, Markdown)."""
    if args.format is not None:
        return str(args.format)
    if args.output is not None and args.output.suffix.lower() == ".json":
        return "json"
    return "markdown"


#: The file name endings that name a report format, and the format each names.
_FORMAT_SUFFIXES = {".json": "json", ".md": "markdown", ".markdown": "markdown"}
#: Each report format as a sentence names it.
_FORMAT_NAMES = {"json": "JSON", "markdown": "Markdown"}


def _format_mismatch(args: argparse.Namespace) -> str | None:
    """What to tell of an --output FILE whose name says another format than the --format
    asked for (``-o story.json --format markdown``): the --format asked for wins, but a
    report of one format under the other's name is what a user would check twice."""
    if args.output is None or args.format is None:
        return None
    named = _FORMAT_SUFFIXES.get(args.output.suffix.lower())
    if named is None or named == args.format:
        return None
    asked, implied = _FORMAT_NAMES[args.format], _FORMAT_NAMES[named]
    return (
        f"{args.output.name} is written as {asked}, as --format {args.format} asks, "
        f"not as its name's {implied}"
    )


def _source(paths: list[Path]) -> Path | tuple[Path, ...]:
    """One folder as it is; article files (or files and folders) as the set to read."""
    from corroborate.engine import readable_suffixes

    (only, *others) = paths
    missing_file = not only.exists() and only.suffix.lower() in readable_suffixes()
    if not others and not only.is_file() and not missing_file:
        return only  # a folder, or a missing one, which the folder's messages name
    return tuple(paths)  # a missing article file is named as such, not as a missing folder


def _redirected_into(source: Path | tuple[Path, ...], args: argparse.Namespace) -> list[str]:
    """The file standard output is redirected to (``> story/report.md``), when it lies in
    the folder being read: the shell made it, empty, before the command started, and it
    is the report being written, never an article (nor a file to name as skipped).

    Found through ``/proc/self/fd/1`` where the system has it (Linux); elsewhere such a
    file is named as skipped, being empty, or known as an export on the next run.
    """
    if args.output is not None or not isinstance(source, Path):
        return []
    try:
        written = os.fstat(sys.stdout.fileno())
        if not stat.S_ISREG(written.st_mode):
            return []
        path = Path(os.readlink("/proc/self/fd/1"))
        same = path.stat()
        folder = source.resolve()
    except (OSError, ValueError, AttributeError):
        return []
    if (same.st_dev, same.st_ino) != (written.st_dev, written.st_ino):
        return []
    inside = path.parent == folder or (args.recursive and path.is_relative_to(folder))
    return [path.relative_to(folder).as_posix()] if inside else []


def _output_refusal(path: Path, force: bool) -> str | None:
    """Why the report may not be written to ``path``, or None when it may.

    Only a regular file is ever replaced, and only with ``--force``: never a folder, a
    device (``/dev/null`` included) or a named pipe.
    """
    from corroborate.engine import special_file_kind

    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None if path.parent.is_dir() else f"cannot write {path}: its folder does not exist"
    except NotADirectoryError:
        return f"cannot write {path}: a part of its path is a file, not a folder"
    except OSError as error:
        return f"cannot write {path}: {_reason(error)}"
    if stat.S_ISDIR(mode):
        return f"{path} is a folder; give the name of the report file to write"
    if not stat.S_ISREG(mode):
        kind = special_file_kind(mode)
        return f"{path} is {kind}; the report is only ever written to a regular file"
    if not force:
        return f"{path} exists; use --force to overwrite it"
    return None


def _write_stdout(text: str) -> None:
    """UTF-8 whatever the terminal's encoding: a report full of typographic quotes
    must not fail on a legacy code page or a mis-encoded file name; all of it or
    an error, never part of it in silence."""
    sys.stdout.flush()
    data = memoryview(text.encode("utf-8", errors="replace"))
    # A write cut short (the reader left partway through a long report) returns the
    # bytes written rather than raising: the rest is written again, so a closed pipe
    # ends in BrokenPipeError and never in a truncated report and status 0.
    while data:
        written = sys.stdout.buffer.write(data)
        data = data[written if written is not None else len(data) :]
    sys.stdout.buffer.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; streams handled as Unix tools do, statuses as README documents."""
    _guard_streams()
    _INTERRUPT.requested = _INTERRUPT.ending = _INTERRUPT.raised = False
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, _INTERRUPT.handle)
    try:
        return _run(argv)
    finally:
        # An interrupted command leaves Ctrl-C ignored: the program exits next.
        if previous is not None and not _INTERRUPT.ending:
            signal.signal(signal.SIGINT, previous)


def _run(argv: Sequence[str] | None) -> int:
    try:
        parser = build_parser()
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            # argparse's words; a name beginning with a dash is shown how to give it
            # told with the command's own usage, not the program's three ways to run
            command = (_command_parser(parser, args.command) if args.command else None) or parser
            command.given = unknown
            message = f"unrecognized arguments: {' '.join(unknown)}"
            if "--version" in unknown and command is not parser:
                message += "\n--version is given before the command: corroborate --version"
            command.error(message)
        if args.command == "summarize":
            status = _summarize(args)
            if _INTERRUPT.requested:
                _INTERRUPT.interrupt()
            return status
        parser.print_help()
        return EXIT_USAGE
    except KeyboardInterrupt:
        _INTERRUPT.end()
        _say("corroborate: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output has gone (``| head``): stop quietly, as Unix tools do.
        # Later flushes at exit go to /dev/null instead of raising again.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:  # a bug of ours: a plain message and its own status
        _say(
            f"corroborate: internal error ({type(error).__name__}: {error}). "
            "This is a bug in Corroborate; the articles were not changed."
        )
        return EXIT_INTERNAL
