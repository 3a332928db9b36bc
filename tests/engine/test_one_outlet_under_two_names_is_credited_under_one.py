"""One newsroom's two names ("Orla Wire" and "Orla Wire Health") in one folder: one source,
credited under one name, its own, whichever of its articles states the row."""

from __future__ import annotations

from pathlib import Path

from articles import write_folder
from corroborate.engine import analyze

_CORE = "The Brenmoor dam's spillway gate failed on Tuesday, flooding the lower town of Ashcombe."


def _report(dateline: str, first: str, *rest: str) -> str:
    return "\n\n".join((f"{dateline} — {first}", *rest))


def _folder(tmp_path: Path) -> Path:
    wire = _report(
        "ASHCOMBE, May 4 (Orla Wire)",
        _CORE,
        "Some 340 homes were evacuated overnight, the county's emergency office said.",
        "Engineers said the gate's hinge had cracked after days of heavy rain.",
        "Water levels in the reservoir fell by four metres within six hours.",
    )
    health = _report(
        "ASHCOMBE, May 5 (Orla Wire Health)",
        "Doctors in Ashcombe warned residents not to drink tap water after the flood.",
        "The town's clinic treated 23 people for cuts and hypothermia, its director said.",
        "Health officials said wells in the lower town may be tainted for weeks.",
        "Volunteers handed out bottled water at the school gym on Wednesday morning.",
        "A mobile clinic from the regional hospital arrived in Ashcombe on Wednesday.",
        "Pharmacists said they had run short of tetanus vaccine by noon.",
        "Officials said a boil-water notice would stay in place until tests came back.",
    )
    others = {
        f"{name.lower().replace(' ', '-')}.txt": _report(
            f"ASHCOMBE, May 4 ({name})",
            "The spillway gate of the Brenmoor dam failed on Tuesday and flooded Ashcombe's lower town.",
            "About 340 homes were evacuated during the night, emergency officials said.",
            f"{extra}",
        )
        for name, extra in (
            ("Tarvik Courier", "Residents waded through knee-deep water to reach the church."),
            ("Vell Valley News", "The county council called an emergency meeting for Thursday."),
            ("Kestrel Daily", "Cattle on two farms were moved to higher ground."),
        )
    }
    return write_folder(
        tmp_path / "dam", {"orla-wire.txt": wire, "orla-wire-health.txt": health, **others}
    )


def test_a_row_backed_by_one_newsroom_credits_it_under_its_own_name(tmp_path: Path) -> None:
    analysis = analyze(_folder(tmp_path))
    named = {a.file: a.outlet for a in analysis.articles}
    assert named["orla-wire.txt"] == "Orla Wire"
    assert named["orla-wire-health.txt"] == "Orla Wire Health"
    group = analysis.group_of[analysis.article_named("orla-wire.txt").id]
    assert group == analysis.group_of[analysis.article_named("orla-wire-health.txt").id]
    assert analysis.group_outlets[group] == "Orla Wire"
    evac = next(
        s.id
        for s in analysis.sentences
        if analysis.file_of(s.id) == "orla-wire.txt" and "340 homes" in s.text
    )
    assert "Orla Wire" in analysis.claim(evac).outlets
    assert "Orla Wire Health" not in analysis.claim(evac).outlets


def test_a_reprint_on_another_site_keeps_the_newsrooms_name(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    wire = (folder / "orla-wire.txt").read_text(encoding="utf-8")
    (folder / "reprint.txt").write_text(
        f"Dam gate fails, flooding Ashcombe | Sandmere Online\n\n{wire.replace(' (Orla Wire)', '')}",
        encoding="utf-8",
    )
    analysis = analyze(folder)
    reprint = analysis.article_named("reprint.txt")
    assert reprint.outlet == "Sandmere Online"
    group = analysis.group_of[reprint.id]
    assert group == analysis.group_of[analysis.article_named("orla-wire.txt").id]
    assert analysis.group_outlets[group] == "Orla Wire"
