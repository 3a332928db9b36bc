"""Exports never overwrite an article, never get lost, and failures name the user's file."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from corroborate import atomic
from corroborate.gui.coverage_paint import markdown_with_map

from .fakes import FakeEngine, fake_markdown
from .helpers import folder, wait_for_summary


def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box's text, answered with its default button."""
    said: list[str] = []

    def exec_(box: QMessageBox) -> int:
        said.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def dialog_answers(monkeypatch: pytest.MonkeyPatch, answers: list[Path | None]) -> list[str]:
    """The save dialog answers each of ``answers`` in turn (None: Cancel); returns what
    it proposed each time."""
    proposed: list[str] = []

    def ask(_parent: Any, _caption: str, suggestion: str, _filter: str) -> tuple[str, str]:
        proposed.append(suggestion)
        answer = answers.pop(0)
        return (str(answer), "Markdown (*.md)") if answer else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return proposed


def open_fake_story(qtbot: Any, make_window: Any, tmp_path: Path) -> tuple[Any, Path]:
    story = folder(tmp_path, "story")
    for name in ("a.txt", "b.txt", "c.txt", "d.txt"):
        (story / name).write_text(f"the article {name}\n", encoding="utf-8")
    window = make_window(FakeEngine())
    window.session.open_folder(story)
    wait_for_summary(qtbot, window, "story")
    return window, story


def test_export_refuses_to_overwrite_an_article_and_asks_again(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, story = open_fake_story(qtbot, make_window, tmp_path)
    article = story / "b.txt"
    link = tmp_path / "link-to-b.md"
    link.symlink_to(article)
    elsewhere = folder(tmp_path, "out") / "summary.md"
    said = boxes(monkeypatch)
    proposed = dialog_answers(monkeypatch, [article, link, elsewhere])
    assert window.export_markdown() == elsewhere
    assert article.read_text(encoding="utf-8") == "the article b.txt\n"
    assert said[0].startswith(f"{article} is one of the story's articles")
    assert said[1].startswith(f"{link} is one of the story's articles")
    # The dialog came back on the refused name each time, and the export was written.
    assert proposed[1:] == [str(article), str(link)]
    assert elsewhere.read_text(encoding="utf-8") == fake_markdown(window.session.summary)


def test_a_failed_export_names_the_chosen_file_never_the_temporary_one(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _story = open_fake_story(qtbot, make_window, tmp_path)
    target = folder(tmp_path, "locked") / "report.md"
    real_open = os.open

    def refuse_temporary(path: str, *args: Any, **kwargs: Any) -> int:
        if path.endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", refuse_temporary)
    said = boxes(monkeypatch)
    proposed = dialog_answers(monkeypatch, [target, None])
    assert window.export_markdown() is None
    assert said == [f"Could not write {target}: Permission denied"]
    assert proposed[1] == str(target)  # asked again, on the same name: nothing is lost


def test_the_coverage_map_failure_blames_the_file_that_failed(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from corroborate.gui import coverage_view

    window, _story = open_fake_story(qtbot, make_window, tmp_path)
    view = window.coverage_view
    out = folder(tmp_path, "out")
    report, image = out / "report.md", out / "report-coverage.png"
    report.write_text("plain report\n", encoding="utf-8")
    said = boxes(monkeypatch)

    def no_rewrite(path: Path, *_a: Any, **_k: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(out / ".report.md.ab12.tmp"))

    monkeypatch.setattr(coverage_view, "write_atomically", no_rewrite)
    assert view.export_beside(report, "plain report\n") is None
    assert image.is_file()  # the map was saved; the report could not be rewritten
    assert f"Could not write {report}: Permission denied" in said[-1]
    assert ".tmp" not in said[-1] and "Errno" not in said[-1]

    image.unlink()

    def no_image(path: Path) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied", str(out / ".x.tmp.png"))

    monkeypatch.setattr(view, "export", no_image)
    assert view.export_beside(report, "plain report\n") is None
    assert said[-1].startswith(f"Could not write {image}: Permission denied")
    assert report.read_text(encoding="utf-8") == "plain report\n"


def test_the_coverage_map_link_survives_spaces_and_parentheses() -> None:
    text = markdown_with_map("# Title\n", "My Report (final)-coverage.png")
    assert "![Coverage map](My%20Report%20%28final%29-coverage.png)" in text


def test_the_cli_and_the_app_share_one_refusal_and_one_reason(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("an article\n", encoding="utf-8")
    with pytest.raises(atomic.ReadFileError, match="one of the articles read"):
        atomic.write_atomically(article, "report", overwrite=True, read_from=[article])
    assert article.read_text(encoding="utf-8") == "an article\n"
    failure = PermissionError(errno.EACCES, "Permission denied", "/x/.report.md.ab12.tmp")
    assert atomic.write_failure("/x/report.md", failure) == (
        "Could not write /x/report.md: Permission denied"
    )


def test_an_export_named_like_a_folder_says_it_is_a_folder_and_asks_again_on_a_free_name(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _story = open_fake_story(qtbot, make_window, tmp_path)
    out = folder(tmp_path, "out")
    taken = folder(out, "bridge.md")  # a folder named as the export would be
    (out / "bridge-2.md").write_text("an older export\n", encoding="utf-8")
    said = boxes(monkeypatch)
    # "bridge" typed (the dialog adds .md), then the name it proposes accepted.
    proposed = dialog_answers(monkeypatch, [out / "bridge", out / "bridge-3.md"])
    assert window.export_markdown() == out / "bridge-3.md"
    # Said once, plainly: a folder, not a file to replace, and nothing lost.
    assert said == [
        f"bridge.md in {out} is a folder, so the summary cannot be saved under that name. "
        "Nothing was changed; choose another name."
    ]
    assert taken.is_dir() and not any(taken.iterdir())
    assert proposed[1] == str(out / "bridge-3.md")
    assert (out / "bridge-3.md").read_text(encoding="utf-8") == fake_markdown(
        window.session.summary
    )


def test_a_coverage_map_named_without_an_extension_is_saved_with_the_chosen_types(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _story = open_fake_story(qtbot, make_window, tmp_path)
    out = folder(tmp_path, "out")
    boxes(monkeypatch)
    dialog_answers(monkeypatch, [out / "bridge map", out / "Mr. Park's bridge"])
    window.coverage_view._save("png")
    window.coverage_view._save("svg")
    assert (out / "bridge map.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in (out / "Mr. Park's bridge.svg").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["Mr. Park's bridge.svg", "bridge map.png"]


def test_a_coverage_map_named_as_a_folder_is_explained_and_asked_again_on_a_free_name(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _story = open_fake_story(qtbot, make_window, tmp_path)
    out = folder(tmp_path, "out")
    (out / "map.png").mkdir()
    said = boxes(monkeypatch)
    proposed = dialog_answers(monkeypatch, [out / "map", None])
    window.coverage_view._save("png")
    assert said == [
        f"map.png in {out} is a folder, so the coverage map cannot be saved under that name. "
        "Nothing was changed; choose another name."
    ]
    assert proposed[1] == str(out / "map-2.png")
    assert (out / "map.png").is_dir() and not (out / "map-2.png").exists()


def test_an_existing_coverage_map_reached_by_adding_the_extension_is_replaced_only_when_confirmed(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _story = open_fake_story(qtbot, make_window, tmp_path)
    out = folder(tmp_path, "out")
    (out / "map.png").write_bytes(b"kept")
    said = boxes(monkeypatch)  # answers the question with its default: not Yes
    proposed = dialog_answers(monkeypatch, [out / "map", None])
    window.coverage_view._save("png")
    assert said == [f"map.png already exists in {out}. Replace it?"]
    assert proposed[1] == str(out / "map.png")
    assert (out / "map.png").read_bytes() == b"kept"
