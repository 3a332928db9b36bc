"""Two invented outlets' short reports, each holding one sentence of a pair amid two
sentences of other news, and whether the engine matches the pair across them: the
folder a test of one word's readings (compounds, spellings) runs the whole engine on."""

from __future__ import annotations

from pathlib import Path

from corroborate.engine import analyze

FILLER_ONE = (
    "Heavy rain fell across the Marrow valley through the week.",
    "Roads near Osterley stayed closed on Saturday.",
)
FILLER_OTHER = (
    "Farmers in the district counted their losses.",
    "The regional train service resumed on Monday.",
)


def pair_folder(tmp_path: Path, one: str, other: str) -> Path:
    """``tmp_path`` holding the Osterley Courier's report with ``one`` and the Harlow
    Gazette's with ``other``."""
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "courier.txt").write_text(
        "Osterley Courier\n\n" + "\n\n".join((one, *FILLER_ONE)) + "\n", encoding="utf-8"
    )
    (tmp_path / "gazette.txt").write_text(
        "Harlow Gazette\n\n" + "\n\n".join((other, *FILLER_OTHER)) + "\n", encoding="utf-8"
    )
    return tmp_path


def matched(folder: Path, one: str, other: str) -> bool:
    """Whether the analysis of ``folder`` matches the sentences ``one`` and ``other``."""
    analysis = analyze(folder)
    ids = {s.text: s.id for s in analysis.sentences}
    pair = {ids[one], ids[other]}
    return any({m.a, m.b} == pair for m in analysis.matches)


def judged_alike(tmp_path: Path, one: str, other: str, respelled: str) -> bool:
    """Whether ``one`` and ``other`` (a word spelled two ways) are matched or not just as
    ``one`` and ``respelled`` (the word spelled alike) are, each pair in a folder of its own."""
    apart = matched(pair_folder(tmp_path / "apart", one, other), one, other)
    alike = matched(pair_folder(tmp_path / "alike", one, respelled), one, respelled)
    return apart == alike
