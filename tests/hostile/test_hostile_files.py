"""Hostile files read through the engine: each is skipped with its real reason or read
whole, beside two good articles that always survive, within bounds on time and memory,
and the folder is byte-identical afterwards."""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import hostile_make as make
import pytest
from conftest import COMPANIONS, snapshot
from hostile_make import STORY

from corroborate.engine import (
    Analysis,
    AnalysisOptions,
    NoArticlesError,
    ReadLimits,
    analyze,
    summarize,
    to_json,
    to_markdown,
)

KEPT = "kept"
#: read as an article, or skipped with a reason: either is fine, as long as nothing breaks
EITHER = "either"


@dataclass(frozen=True)
class Case:
    """One kind of hostile input: how to make it, and what must happen to it."""

    id: str
    kind: str  # the issue's class: crash, hang, wrong-result, memory, reason, injection, held
    build: Callable[[Path], object]
    #: the file the expectation is about, relative to the folder
    file: str
    #: ``KEPT`` (read as an article), or a pattern the skip reason must match
    expect: str
    limits: dict = field(default_factory=dict)
    recursive: bool = False
    seconds: float = 30.0
    mb: float = 400.0
    #: more checks on the analysis (e.g. story text that must survive)
    also: Callable[[Analysis], None] | None = None
    skip_as_root: bool = False


def _write(name: str, data: bytes | str) -> Callable[[Path], object]:
    return lambda folder: make.write(folder, name, data)


def _html_with_codec(codec: str) -> bytes:
    page = make.html_page(make.paragraphs(), head=f'<meta charset="{codec}">')
    return page.replace("Harbour Street", "Harbour Street caf\xe9").encode("latin-1")


def _has_story(analysis: Analysis, file: str, words: str = "Forty firefighters") -> None:
    article = next(a for a in analysis.articles if a.file == file)
    assert any(words in p for p in article.paragraphs), article.paragraphs


def _no_escapes(analysis: Analysis) -> None:
    for article in analysis.articles:
        for text in (article.title, article.outlet, *article.paragraphs):
            assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), repr(text)


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")


def _zero_link(folder: Path) -> None:
    os.symlink("/dev/zero", folder / "zero.txt")


def _broken_link(folder: Path) -> None:
    os.symlink(folder / "missing-target.txt", folder / "gone.txt")


def _deep(folder: Path, depth: int = 1000) -> None:
    here = os.getcwd()
    os.chdir(folder)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.txt").write_text(STORY, encoding="utf-8")
    finally:
        os.chdir(here)


def _remove_deep(folder: Path) -> None:
    """Remove the ``d/d/d/…`` chain bottom-up (pytest's cleanup would recurse too deep)."""
    here = os.getcwd()
    os.chdir(folder)
    try:
        depth = 0
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for name in os.listdir("."):
                os.unlink(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def _loop(folder: Path) -> None:
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")


def _unreadable(folder: Path) -> None:
    path = make.write(folder, "locked.txt", STORY)
    path.chmod(0)


def _nested_divs(depth: int) -> bytes:
    return make.html_page("<div>" * depth + make.paragraphs() + "</div>" * depth).encode()


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
    '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">'
    '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">'
    '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">'
    '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">'
    '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'
)


def _xml_docx(prolog: str, text: str) -> bytes:
    data = make.docx([STORY])
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                body = body.replace(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b"")
                body = prolog.encode() + body.replace(STORY.encode(), text.encode())
            archive.writestr(info, body)
    return out.getvalue()


def _slow_pdf(copies: int = 200) -> bytes:
    """Eight pages that share one long content stream (the full-size file has 5.8 MB)."""
    return make.pdf([1] * 8, shared=make.text_page((STORY + " ") * copies))


def _many_large(folder: Path) -> None:
    for number in range(6):
        make.write(folder, f"large-{number}.txt", (STORY + "\n\n") * 800)


_CODECS = ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "idna", "undefined", "punycode"]

# fmt: off
CASES: list[Case] = [
    # -- crash: one bad file cost the whole story ---------------------------------------
    *[
        Case(f"html-charset-{codec}", "crash", _write(f"{codec}.html", _html_with_codec(codec)),
             f"{codec}.html", KEPT)
        for codec in _CODECS
    ],
    Case("docx-paragraph-over-the-xml-parser-limit", "reason",
         _write("huge.docx", make.docx([" ".join([STORY] * 40_000)])), "huge.docx",
         r"larger than the XML parser's limit", seconds=30, mb=600),
    Case("docx-one-long-paragraph", "crash",
         _write("long.docx", make.docx([" ".join([STORY] * 600)])), "long.docx", KEPT,
         seconds=60, mb=700),
    # -- hang -----------------------------------------------------------------------------
    Case("pdf-pages-sharing-one-long-stream", "hang", _write("shared.pdf", _slow_pdf()),
         "shared.pdf", r"took longer than the limit \(1 s per file\)",
         limits={"seconds_per_file": 1.0}, seconds=10),
    Case("markdown-300000-open-brackets", "hang",
         _write("brackets.md", STORY + "\n\n" + "[" * 300_000), "brackets.md", KEPT,
         seconds=15),
    Case("markdown-unclosed-emphasis", "hang",
         _write("stars.md", STORY + "\n\n" + "*a " * 60_000), "stars.md", KEPT, seconds=15),
    Case("paragraph-of-100-kb-with-a-bracketed-name-after-each-sentence", "hang",
         _write("credits.txt", STORY + "\n\n" + "The mayor said it was fine. (AP) " * 3_000),
         "credits.txt", KEPT, seconds=15),
    Case("name-of-100-kb-of-hyphened-capitals-before-reporters", "hang",
         _write("hyphens.txt", STORY + "\n\n" + "A-" * 50_000 + " reporters had to wait."),
         "hyphens.txt", KEPT, seconds=15),
    Case("sentence-of-100-kb-naming-officers-by-rank", "hang",
         _write("ranks.txt", STORY + "\n\n" + "Lt. Lee Park and Sgt. Sam Reyes met " * 3_000),
         "ranks.txt", KEPT, seconds=15),
    Case("folder-total-text-budget", "hang", _many_large, "large-5.txt",
         r"^the folder's text budget \(300,000 characters\)",
         limits={"total_chars": 300_000}, seconds=30, mb=600),
    Case("text-per-file-limit", "hang", _write("huge.txt", (STORY + "\n\n") * 700),
         "huge.txt", r"too long \(.* the limit is 100,000 per file\)",
         limits={"chars_per_file": 100_000}),
    # -- wrong result -----------------------------------------------------------------------
    Case("copyright-inside-a-paragraph", "wrong-result",
         _write("pasted.txt", f"Harbour fire\n\n{STORY} © 2024 Pasted News. All rights reserved. "
                "The warehouse was empty at the time, the owner said."),
         "pasted.txt", KEPT, also=lambda a: _has_story(a, "pasted.txt")),
    Case("saved-page-with-embed-and-copyright", "wrong-result",
         _write("embed.html", make.html_page(
             f'<div>{STORY} <embed src="player.swf"> Copyright 2024 Embed Media. '
             f"{STORY}</div>")),
         "embed.html", KEPT, also=lambda a: _has_story(a, "embed.html")),
    # -- memory ---------------------------------------------------------------------------
    Case("docx-member-under-declares-its-size", "memory",
         _write("liar.docx", make.inflating_docx(210 * 2**20, declared=4096)), "liar.docx",
         r"damaged|unpacks to more than|memory", seconds=30, mb=500),
    Case("docx-honest-zip-bomb", "held",
         _write("bomb.docx", make.inflating_docx(210 * 2**20, declared=210 * 2**20)),
         "bomb.docx", r"unpacks to more than the limit", seconds=30, mb=500),
    # -- wrong or missing reasons --------------------------------------------------------
    Case("utf32-without-bom", "reason",
         _write("utf32.txt", ("Harbour fire\n\n" + STORY).encode("utf-32-le")), "utf32.txt", KEPT),
    Case("chinese-text", "reason",
         _write("zh.txt", "港口仓库发生火灾。消防员连夜灭火，没有人受伤。官员说，起火原因正在调查中。\n" * 8),
         "zh.txt", r"Chinese, not English"),
    Case("japanese-text", "reason",
         _write("ja.txt", "港の倉庫で火災が発生しました。消防士が夜通し消火にあたり、けが人はいませんでした。\n" * 8),
         "ja.txt", r"Japanese, not English"),
    Case("aes-pdf-opening-without-password", "reason",
         _write("aes.pdf", make.encrypted_pdf(STORY, "")), "aes.pdf", KEPT),
    Case("fifo", "reason", _fifo, "pipe.txt", r"named pipe \(FIFO\)", seconds=10),
    Case("link-to-dev-zero", "reason", _zero_link, "zero.txt", r"is a device", seconds=10),
    Case("article-1000-folders-deep", "reason", _deep,
         "d/" * 32, r"more than 32 folders deep", recursive=True, seconds=20),
    # -- injection ------------------------------------------------------------------------
    Case("escape-sequences-in-text", "injection",
         _write("escapes.txt", "Harbour \x1b]0;owned\x07fire\n\n" + STORY.replace(
             "Forty", "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[8mForty\x1b[0m") + "\x9b31m"),
         "escapes.txt", KEPT, also=_no_escapes),
    # -- held before: keep them holding ----------------------------------------------------
    Case("pdf-truncated", "held", _write("cut.pdf", make.pdf([make.text_page(STORY)])[:300]),
         "cut.pdf", r"damaged|incomplete|no text"),
    Case("pdf-password", "held", _write("secret.pdf", make.encrypted_pdf(STORY, "pw")),
         "secret.pdf", r"password-protected"),
    Case("pdf-too-many-pages", "held",
         _write("book.pdf", make.pdf([make.text_page(STORY)] + [1] * 300, shared=b"")),
         "book.pdf", r"301 pages, too long"),
    Case("pdf-with-javascript", "held",
         _write("js.pdf", make.pdf([make.text_page(STORY)],
                extra=b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ")),
         "js.pdf", KEPT),
    Case("pdf-scanned-no-text", "held", _write("scan.pdf", make.pdf([b"0 0 m 100 100 l S"])),
         "scan.pdf", r"no text in this PDF"),
    Case("html-saved-as-pdf", "held", _write("page.pdf", make.html_page(make.paragraphs())),
         "page.pdf", r"web page saved with a \.pdf name"),
    Case("docx-billion-laughs", "held",
         _write("laughs.docx", _xml_docx(BILLION_LAUGHS, "&lol9;")), "laughs.docx",
         r"damaged|no text|could not|too long", seconds=20),
    Case("docx-external-entity", "held",
         _write("xxe.docx", _xml_docx('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                                      STORY + " &x;")),
         "xxe.docx", EITHER),
    Case("html-external-entity", "held",
         _write("xxe.html", '<?xml version="1.0"?><!DOCTYPE h [<!ENTITY x SYSTEM '
                '"file:///etc/passwd">]>' + make.html_page(make.paragraphs() + "<p>&x;</p>")),
         "xxe.html", KEPT),
    Case("html-100000-nested-divs", "held", _write("nested.html", _nested_divs(100_000)),
         "nested.html", EITHER, seconds=30, mb=800),
    Case("old-doc-renamed", "held", _write("old.docx", b"\xd0\xcf\x11\xe0" + b"\0" * 600),
         "old.docx", r"old-style \.doc"),
    Case("png-named-txt", "held", _write("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
         "image.txt", r"PNG image"),
    Case("binary-named-txt", "held", _write("bin.txt", bytes(range(256)) * 64), "bin.txt",
         r"binary file"),
    Case("empty-file", "held", _write("empty.txt", b""), "empty.txt", r"empty"),
    Case("broken-link", "held", _broken_link, "gone.txt", r"broken link"),
    Case("symlink-loops", "held", _loop, "loop-a.txt", r"loop of links", recursive=True,
         seconds=15),
    Case("permission-denied", "held", _unreadable, "locked.txt", r"permission denied",
         skip_as_root=True),
]
# fmt: on


def _by_id(cases: list[Case]) -> list:
    return [pytest.param(case, id=case.id) for case in cases]


def _problem(error_or_analysis: Analysis | NoArticlesError, file: str) -> str | None:
    for problem in error_or_analysis.problems:
        if problem.file.rstrip("/") == file.rstrip("/") or problem.file.startswith(file):
            return problem.reason
    return None


@pytest.mark.parametrize("case", _by_id(CASES))
def test_a_hostile_file_is_read_or_skipped_with_its_reason_and_the_story_survives(
    case: Case, story_folder, measure
) -> None:
    if case.skip_as_root and os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    folder = story_folder()
    case.build(folder)
    before = snapshot(folder)
    limits = {"limits": ReadLimits(**case.limits)}
    try:
        analysis = analyze(
            folder, AnalysisOptions(recursive=case.recursive, include_off_topic=True, **limits)
        )
    finally:
        # Leave the folder removable, and compare it before anything else can fail.
        after = snapshot(folder)
        if (folder / "d").is_dir():
            _remove_deep(folder)
        for path in folder.rglob("*"):
            if not path.is_symlink() and path.is_file():
                path.chmod(0o644)
    measured = measure(case.seconds, case.mb)
    assert after == before, "the folder changed"
    files = {a.file for a in analysis.articles}
    assert set(COMPANIONS) <= files, f"the good articles were lost: {analysis.problems}"
    if case.expect == EITHER:
        assert case.file in files or _problem(analysis, case.file) is not None
    elif case.expect == KEPT:
        assert case.file in files, f"{case.file} was skipped: {_problem(analysis, case.file)}"
    else:
        reason = _problem(analysis, case.file)
        assert case.file not in files or reason is not None
        if case.file not in files:
            assert reason is not None, f"{case.file} is missing without a reason"
            assert re.search(case.expect, reason), reason
    if case.also is not None:
        case.also(analysis)
    assert measured.seconds <= case.seconds


def test_nothing_of_etc_passwd_enters_an_article_through_an_external_entity(
    story_folder, measure
) -> None:
    folder = story_folder()
    make.write(
        folder,
        "xxe.docx",
        _xml_docx('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>', STORY + " &x;"),
    )
    make.write(
        folder,
        "xxe.html",
        '<?xml version="1.0"?><!DOCTYPE h [<!ENTITY x SYSTEM '
        '"file:///etc/passwd">]>' + make.html_page(make.paragraphs() + "<p>&x;</p>"),
    )
    analysis = analyze(folder, AnalysisOptions(include_off_topic=True))
    measure(20, 400)
    text = " ".join(p for a in analysis.articles for p in a.paragraphs)
    assert "root:" not in text and "/bin/" not in text


def test_nothing_is_fetched_while_reading_pages_that_name_remote_resources(
    story_folder, measure, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    folder = story_folder()
    head = (
        '<link rel="stylesheet" href="http://192.0.2.1/a.css">'
        '<script src="http://192.0.2.1/a.js"></script>'
    )
    body = (
        make.paragraphs() + '<img src="http://192.0.2.1/pixel.gif"><iframe src="http://192.0.2.1/">'
    )
    make.write(folder, "remote.html", make.html_page(body, head=head))
    limits = {"limits": ReadLimits(isolate=False)}
    analysis = analyze(folder, AnalysisOptions(include_off_topic=True, **limits))
    measure(20, 400)
    assert "remote.html" in {a.file for a in analysis.articles}
    assert attempts == []


def test_a_script_in_a_page_is_never_run(story_folder, measure, tmp_path: Path) -> None:
    folder = story_folder()
    marker = tmp_path / "ran"
    script = f"<script>require('fs').writeFileSync('{marker}', 'x')</script>"
    make.write(folder, "script.html", make.html_page(make.paragraphs() + script))
    analyze(folder, AnalysisOptions(include_off_topic=True))
    measure(20, 400)
    assert not marker.exists()


def test_every_article_excluded_names_the_exclusion_not_subfolders(story_folder, measure) -> None:
    folder = story_folder()
    with pytest.raises(NoArticlesError) as raised:
        analyze(folder, AnalysisOptions(exclude=tuple(COMPANIONS)))
    measure(10, 200)
    assert "--recursive" not in str(raised.value)
    assert "left out" in str(raised.value)


def test_a_hundred_reprints_of_one_wire_story_count_as_one_source(tmp_path: Path, measure) -> None:
    folder = tmp_path / "reprints"
    folder.mkdir()
    wire = (
        "Harbour warehouse destroyed by fire\n\n" + STORY + " The warehouse stored grain and "
        "timber, and its owner said the loss would run to millions."
    )
    for number in range(101):
        (folder / f"reprint-{number:03}.txt").write_text(
            wire.replace("Monday night", "Monday night" if number % 2 else "late on Monday"),
            encoding="utf-8",
        )
    for name, text in COMPANIONS.items():
        (folder / name).write_text(text, encoding="utf-8")
    analysis = analyze(folder)
    measure(60, 800)
    assert analysis.independent_sources <= 3
    assert set(COMPANIONS) <= {a.file for a in analysis.articles}


def test_a_report_written_into_the_folder_is_never_read_back_as_an_outlet(
    story_folder, measure
) -> None:
    folder = story_folder()
    summary = summarize(analyze(folder))
    # The reports as the command line and the app write them, under names an export gets.
    make.write(folder, "Summary.md", to_markdown(summary))
    make.write(folder, "summary.json", json.dumps(to_json(summary), ensure_ascii=False, indent=2))
    before = snapshot(folder)
    analysis = analyze(folder)
    measure(20, 400)
    assert snapshot(folder) == before
    assert {a.file for a in analysis.articles} == set(COMPANIONS)
    assert all(a.outlet.casefold() != "summary" for a in analysis.articles)
    assert not any("ummary" in problem.file for problem in analysis.problems)


def test_case_table_covers_every_class_of_the_issue() -> None:
    kinds = {case.kind for case in CASES}
    assert {"crash", "hang", "wrong-result", "memory", "reason", "injection", "held"} <= kinds
    assert len({case.id for case in CASES}) == len(CASES)
    assert shutil.which("true") is not None  # the stream cases need the usual tools
