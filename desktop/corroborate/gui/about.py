"""The version and the About box."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QMessageBox, QWidget

from corroborate.resources import sample_story


def app_version() -> str:
    """The installed distribution's version; a source tree that was never installed says so."""
    try:
        return metadata.version("corroborate")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def about_text() -> str:
    return (
        f"<h3>Corroborate {app_version()}</h3>"
        "<p>Extractive consensus summaries of news stories, offline.</p>"
        "<p>Every summary sentence is quoted verbatim from an article and ranked by how many "
        "independent outlets report it; copies of one wire story count once. "
        "What only one outlet reports is listed separately as unverified.</p>"
        f"<p>The sample story is fictional: <code>{sample_story().name}</code>.</p>"
        "<p>Licensed under the MIT licence.</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Corroborate", about_text())
