"""A folder pays only for what it holds; the app's warm-up leaves nothing for a worker to import.

Each check runs in a fresh interpreter, since this test process has long imported
everything.
"""

from __future__ import annotations

import importlib
import json
import plistlib
import subprocess
import sys
import textwrap
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import docx
import odfdo
import pytest

from corroborate.engine.readers import _READERS, BUILTIN
from corroborate.resources import sample_story
from quality._pdfgen import Placed, build_pdf


def run_python(code: str, *args: str) -> dict:
    """Run ``code`` in a new interpreter; it prints one JSON object last."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def every_format_folder(folder: Path) -> Path:
    """The sample story in every format: web pages, Word, OpenDocument, Rich Text and PDF."""
    folder.mkdir()
    stories = sorted(sample_story().glob("*.txt"))
    for path in stories[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    paragraphs = [p.strip() for p in stories[3].read_text("utf-8").split("\n\n") if p.strip()]
    page = "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
    markup = (
        f"<html><head><title>{paragraphs[0]}</title></head><body><article>"
        f"<h1>{paragraphs[0]}</h1>\n{page}</article></body></html>"
    )
    (folder / "web.html").write_text(markup, encoding="utf-8")
    # The same page saved as one file, by Chrome and by Safari.
    saved = MIMEMultipart("related", type="text/html")
    saved.attach(MIMEText(markup, "html", "utf-8"))
    (folder / "web.mhtml").write_bytes(saved.as_bytes())
    main = {"WebResourceData": markup.encode(), "WebResourceMIMEType": "text/html"}
    archive = plistlib.dumps({"WebMainResource": main}, fmt=plistlib.FMT_BINARY)
    (folder / "web.webarchive").write_bytes(archive)
    paragraphs = [p.strip() for p in stories[4].read_text("utf-8").split("\n\n") if p.strip()]
    word = docx.Document()
    word.add_heading(paragraphs[0], level=0)
    for paragraph in paragraphs[1:]:
        word.add_paragraph(paragraph)
    word.save(folder / "word.docx")
    rich = "".join(c if c.isascii() else f"\\u{ord(c)}?" for c in "\\par\n".join(paragraphs))
    (folder / "rich.rtf").write_text("{\\rtf1\\ansi\\uc1\n" + rich + "\\par}", "ascii")
    opendocument = odfdo.Document("text")
    for paragraph in paragraphs:
        opendocument.body.append(odfdo.Paragraph(paragraph))
    opendocument.save(folder / "open.odt")
    lines = [line for p in paragraphs[1:8] for line in [*textwrap.wrap(p, 85), ""]]
    placed = [Placed(line, y=740 - 14 * i) for i, line in enumerate(lines) if line]
    (folder / "print.pdf").write_bytes(build_pdf([placed]))
    return folder


def test_every_built_in_reader_registers_the_suffixes_the_registry_lists_for_it() -> None:
    for module in {module for module, _libraries in BUILTIN.values()}:
        importlib.import_module(f"corroborate.engine.readers.{module}")
    assert set(_READERS) == set(BUILTIN)
    for suffix, reader in _READERS.items():
        assert reader.__module__ == f"corroborate.engine.readers.{BUILTIN[suffix][0]}"


def test_a_folder_of_text_loads_neither_nltk_whole_nor_the_other_formats_readers() -> None:
    loaded = run_python(
        """
        import json, sys
        from corroborate.engine import analyze, summarize, to_markdown
        from corroborate.resources import sample_story
        assert to_markdown(summarize(analyze(sample_story())))
        print(json.dumps({"modules": sorted(sys.modules)}))
        """
    )["modules"]
    for heavy in ("nltk", "nltk.corpus", "trafilatura", "pypdf", "docx", "lxml", "sumy.nlp"):
        assert heavy not in loaded
    assert "corroborate.engine.readers.text" in loaded
    for reader in ("html", "pdf", "docx"):
        assert f"corroborate.engine.readers.{reader}" not in loaded
    assert "importlib.metadata" not in loaded  # the version is read only for --version


def test_the_stemmer_loaded_alone_stems_as_nltk_does_and_nltk_still_loads_whole_afterwards() -> (
    None
):
    words = sorted({w.lower() for p in sample_story().glob("*.txt") for w in p.read_text().split()})
    result = run_python(
        """
        import json, sys
        from corroborate.engine.text.snowball import english_stemmer
        alone = english_stemmer()
        clean = not any(m == "nltk" or m.startswith("nltk.") for m in sys.modules)
        import nltk
        from nltk.stem.snowball import SnowballStemmer
        whole = SnowballStemmer("english")
        words = json.loads(sys.argv[1])
        print(json.dumps({
            "clean": clean,
            "same": [alone.stem(w) for w in words] == [whole.stem(w) for w in words],
            "nltk_whole": hasattr(nltk, "word_tokenize") and hasattr(nltk.stem, "PorterStemmer"),
            "cached": type(english_stemmer()) is not type(alone),
        }))
        """,
        json.dumps(words),
    )
    assert result["clean"]  # nothing of NLTK stays behind
    assert result["same"]
    assert result["nltk_whole"]
    assert result["cached"]  # once NLTK is loaded whole, its own module serves


def test_the_stemmer_loaded_alone_by_many_threads_at_once_loads_every_time_and_leaves_nothing() -> (
    None
):
    # the app ranks on worker threads while another may be loading the stemmer: loads that
    # ran together removed each other's stand-ins, and a bundle without NLTK's whole import
    # then failed the analysis
    result = run_python(
        """
        import json, sys, threading
        from corroborate.engine.text.snowball import english_stemmer
        stems, errors = [], []
        start = threading.Barrier(8)
        def load():
            start.wait()
            try:
                stems.append(english_stemmer().stem("crossings"))
            except Exception as error:
                errors.append(repr(error))
        for _round in range(5):
            threads = [threading.Thread(target=load) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        clean = not any(m == "nltk" or m.startswith("nltk.") for m in sys.modules)
        print(json.dumps({"stems": stems, "errors": errors, "clean": clean}))
        """
    )
    assert result["errors"] == []
    assert result["stems"] == ["cross"] * 40
    assert result["clean"]


def test_the_stemmer_loads_without_nltks_regex_engine_whose_patterns_still_work_when_used() -> None:
    result = run_python(
        """
        import json, sys
        from corroborate.engine.text.snowball import english_stemmer
        stemmer = english_stemmer()
        engine_loaded = "regex" in sys.modules
        # the Arabic stemmer of the module loaded alone: its patterns are the deferred ones
        module = type(stemmer).stem.__globals__
        arabic = module["ArabicStemmer"]().stem("\u0627\u0644\u0643\u062a\u0627\u0628")
        print(json.dumps({"engine_loaded": engine_loaded, "stem": stemmer.stem("crossings"),
                          "arabic": arabic}))
        """
    )
    assert not result["engine_loaded"]
    assert result["stem"] == "cross"
    assert result["arabic"] == "\u0643\u062a\u0627\u0628"  # "the book": "book"


@pytest.mark.parametrize("kinds", ["text only", "every format"])
def test_after_the_warm_up_steps_an_analysis_imports_nothing_more(tmp_path: Path, kinds) -> None:
    folder = sample_story() if kinds == "text only" else every_format_folder(tmp_path / "story")
    result = run_python(
        """
        import importlib.abc, json, sys
        from pathlib import Path
        from corroborate.engine.warm import analysis_steps, reader_steps, suffixes_in
        folder = Path(sys.argv[1])
        for _name, work in [*analysis_steps(), *reader_steps(suffixes_in(folder))]:
            work()
        imported = []
        class Record(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                imported.append(name)
        sys.meta_path.insert(0, Record())
        from corroborate.engine import analyze, summarize, to_json
        report = to_json(summarize(analyze(folder)))
        print(json.dumps({"imported": imported, "files": [d["file"] for d in report["documents"]],
                          "warnings": report["warnings"]}))
        """,
        str(folder),
    )
    assert result["imported"] == [], " ".join(result["imported"])
    assert len(result["files"]) == len(list(folder.iterdir()))  # every file was read
    assert result["warnings"] == []


@pytest.mark.parametrize("kinds", ["text only", "every format"])
def test_a_process_analysing_on_its_main_thread_loads_the_readers_worker_only_for_other_formats(
    tmp_path: Path, kinds
) -> None:
    folder = sample_story() if kinds == "text only" else every_format_folder(tmp_path / "story")
    result = run_python(
        """
        import json, sys
        from pathlib import Path
        from corroborate.engine.warm import analysis_steps
        for _name, work in analysis_steps(worker=False):
            work()
        warmed = sorted(m for m in sys.modules if m.split(".")[0] in ("pebble", "multiprocessing"))
        from corroborate.engine import analyze, summarize, to_json
        report = to_json(summarize(analyze(Path(sys.argv[1]))))
        after = sorted(m for m in sys.modules if m.split(".")[0] == "pebble")
        print(json.dumps({"warmed": warmed, "after": after,
                          "files": [d["file"] for d in report["documents"]]}))
        """,
        str(folder),
    )
    assert result["warmed"] == []
    assert bool(result["after"]) == (kinds == "every format")
    assert len(result["files"]) == len(list(folder.iterdir()))  # every file was read
