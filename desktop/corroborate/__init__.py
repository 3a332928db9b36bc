"""Corroborate: extractive consensus summaries across news outlets."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Resolved on first use: reading package metadata costs start-up time the
    # window should not pay before it appears.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("corroborate")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
