"""The one place that knows where bundled data lives.

Works from a source checkout (``<repo>/resources``), from an installed wheel
(``corroborate/_resources``) and from a PyInstaller bundle
(``sys._MEIPASS/resources``). Nothing else in the project builds such paths.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resource_root() -> Path:
    """The folder holding ``icons/``, ``sample-story/`` and ``styles/``."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(_PACKAGE_DIR / "_resources")
    candidates.append(_PACKAGE_DIR.parents[1] / "resources")
    for candidate in candidates:
        if (candidate / "sample-story").is_dir():
            return candidate
    raise FileNotFoundError(
        "Corroborate's resources were not found; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def bundled_patterns() -> Path | None:
    """The code of the program's regular expressions kept when the bundle was built
    (:mod:`corroborate.regex_cache`); None outside a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" / "regex-cache.marshal" if bundle else None


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("icons", "corroborate.svg")``."""
    return resource_root().joinpath(*parts)


def user_guide() -> Path | None:
    """The desktop guide (``docs/desktop-app.md``) shown by Help › User Guide.

    In a bundle or wheel it sits in ``resources/docs``; in a checkout, in ``docs/``.
    """
    for candidate in (
        resource_root() / "docs" / "desktop-app.md",
        _PACKAGE_DIR.parents[1] / "docs" / "desktop-app.md",
    ):
        if candidate.is_file():
            return candidate
    return None


def sample_story() -> Path:
    """The bundled fictional story shown on first run and used by ``summarize`` without a folder."""
    return resource_path("sample-story")


#: The title the engine gives the sample story (a test holds the two together): what the
#: About box names it by, since the reader knows it by its title, not by its folder.
SAMPLE_STORY_TITLE = "Carrowgate Bridge collapse: 2 dead as bus, cars plunge into Tessel River"


#: Pixel sizes rendered from the SVG icon by ``resources/icons/render.py``.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_files() -> list[Path]:
    """The application icon: the SVG master plus whichever rendered PNG sizes exist."""
    icons = resource_path("icons")
    files = [icons / f"corroborate-{size}.png" for size in ICON_SIZES]
    return [icons / "corroborate.svg", *(f for f in files if f.is_file())]


def style_sheet(name: str = "app.qss") -> str:
    """A bundled Qt style sheet's text, or ``""`` when it is missing (styling is optional)."""
    path = resource_path("styles", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""
