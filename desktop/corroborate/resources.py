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


def resource_path(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource_path("icons", "corroborate.svg")``."""
    return resource_root().joinpath(*parts)


def sample_story() -> Path:
    """The bundled fictional story shown on first run and used by ``summarize`` without a folder."""
    return resource_path("sample-story")
