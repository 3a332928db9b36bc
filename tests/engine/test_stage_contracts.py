"""The import contracts (pyproject.toml, checked by ``lint-imports``) that order a stage's
modules in layers name every module of the stage: a module left out of the layers may import
any other, which the contract was written to forbid."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]["contracts"]
LAYERED = [
    (contract["name"], container, contract["layers"])
    for contract in CONTRACTS
    if contract["type"] == "layers"
    for container in contract["containers"]
]


def _named(layers: list[str]) -> set[str]:
    """The modules the layers name: ``"a | b"`` and ``"a : b"`` name two each."""
    return {name.strip() for layer in layers for name in layer.replace(":", "|").split("|") if name}


def _modules(container: str) -> set[str]:
    """The modules and packages directly inside a package of the desktop app."""
    folder = ROOT / "desktop" / Path(*container.split("."))
    files = {path.stem for path in folder.glob("*.py") if path.stem != "__init__"}
    packages = {path.parent.name for path in folder.glob("*/__init__.py")}
    return files | packages


def test_the_layered_contracts_are_found() -> None:
    containers = {container for _, container, _ in LAYERED}
    assert {"corroborate.engine", "corroborate.engine.conflicts"} <= containers


@pytest.mark.parametrize(
    ("name", "container", "layers"), LAYERED, ids=[container for _, container, _ in LAYERED]
)
def test_every_module_of_a_layered_stage_is_in_its_layers(
    name: str, container: str, layers: list[str]
) -> None:
    assert _modules(container) <= _named(layers), name


def test_the_app_and_the_command_line_import_no_engine_module_but_its_data_types() -> None:
    [contract] = [c for c in CONTRACTS if "corroborate.gui" in c.get("source_modules", ())]
    forbidden = {name.removeprefix("corroborate.engine.") for name in contract["forbidden_modules"]}
    assert forbidden == _modules("corroborate.engine") - {"models"}
