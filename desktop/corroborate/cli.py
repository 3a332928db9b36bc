"""The command line: ``corroborate summarize FOLDER`` for scripts and batch work."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from corroborate import __version__
from corroborate.atomic import ExistingFileError, write_atomically

EXIT_OK, EXIT_NO_ARTICLES, EXIT_USAGE, EXIT_OUTPUT = 0, 1, 2, 3


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corroborate",
        description="Extractive consensus summaries of news stories across outlets. "
        "Without a command, opens the desktop app (on FOLDER if given).",
    )
    parser.add_argument("--version", action="version", version=f"corroborate {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    summarize = commands.add_parser(
        "summarize",
        help="print the consensus summary of a folder of articles",
        description="Print the consensus summary of a folder of articles about one event. "
        "Every summary sentence is quoted verbatim from a source.",
    )
    summarize.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help="folder of articles (default: the bundled sample story)",
    )
    length = summarize.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive, default=8, metavar="N",
                        help="number of summary sentences (default 8)")  # fmt: skip
    length.add_argument("--words", type=_positive, metavar="N",
                        help="select sentences until N words are reached")  # fmt: skip
    summarize.add_argument("--min-sources", type=_positive, default=2, metavar="K",
                           help="support a sentence needs to enter the summary while enough "
                           "such sentences exist (default 2)")  # fmt: skip
    summarize.add_argument("--format", choices=("markdown", "json"), default="markdown")
    summarize.add_argument("--output", "-o", type=Path, metavar="FILE",
                           help="write to FILE instead of standard output")  # fmt: skip
    summarize.add_argument("--force", action="store_true", help="overwrite an existing FILE")
    summarize.add_argument(
        "--recursive", "-r", action="store_true", help="also read articles in subfolders"
    )
    summarize.add_argument(
        "--include-off-topic",
        action="store_true",
        help="keep articles that seem to be about another event in the support counts",
    )
    summarize.add_argument("--exclude", action="append", default=[], metavar="FILE",
                           help="leave out this file (relative to FOLDER); repeatable")  # fmt: skip
    summarize.add_argument("--corrections", type=Path, metavar="FILE",
                           help="apply the reader's corrections saved by the app (JSON: "
                           "renamed outlets, merged outlets, sentences that are not the "
                           "same claim)")  # fmt: skip
    return parser


def _summarize(args: argparse.Namespace) -> int:
    from corroborate.engine import (
        NoArticlesError,
        SummaryOptions,
        analyze,
        summarize,
        to_json,
        to_markdown,
    )
    from corroborate.engine.corrections import CorrectionsError, apply_corrections, load
    from corroborate.resources import sample_story

    folder = args.folder if args.folder is not None else sample_story()
    corrections = None
    if args.corrections is not None:
        if not args.corrections.is_file():
            print(f"corroborate: no corrections file at {args.corrections}", file=sys.stderr)
            return EXIT_USAGE
        try:
            corrections = load(args.corrections)
        except CorrectionsError as error:
            print(f"corroborate: {error}", file=sys.stderr)
            return EXIT_USAGE
    if args.output is not None and args.output.exists() and not args.force:
        print(f"corroborate: {args.output} exists; use --force to overwrite it", file=sys.stderr)
        return EXIT_OUTPUT
    try:
        analysis = analyze(
            folder,
            exclude=args.exclude,
            recursive=args.recursive,
            include_off_topic=args.include_off_topic,
        )
    except NoArticlesError as error:
        print(f"corroborate: {error}", file=sys.stderr)
        for problem in error.problems:
            print(f"  skipped {problem.file}: {problem.reason}", file=sys.stderr)
        return EXIT_NO_ARTICLES
    for problem in analysis.problems:
        verb = "" if problem.kind == "not-found" else "skipped "
        print(f"corroborate: {verb}{problem.file}: {problem.reason}", file=sys.stderr)
    if corrections is not None:
        analysis = apply_corrections(analysis, corrections)
    options = SummaryOptions(
        sentences=args.sentences, words=args.words, min_sources=args.min_sources
    )
    summary = summarize(analysis, options)
    if args.format == "json":
        text = json.dumps(to_json(summary), ensure_ascii=False, indent=2) + "\n"
    else:
        text = to_markdown(summary)
    if args.output is None:
        _write_stdout(text)
        return EXIT_OK
    try:
        write_atomically(args.output, text, overwrite=args.force)
    except ExistingFileError:
        print(f"corroborate: {args.output} exists; use --force to overwrite it", file=sys.stderr)
        return EXIT_OUTPUT
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        print(f"corroborate: cannot write {args.output}: {reason}", file=sys.stderr)
        return EXIT_OUTPUT
    return EXIT_OK


def _write_stdout(text: str) -> None:
    """UTF-8 whatever the terminal's encoding: a report full of typographic quotes
    must not fail on a legacy code page or a mis-encoded file name."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))
    sys.stdout.buffer.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "summarize":
        return _summarize(args)
    parser.print_help()
    return EXIT_USAGE
