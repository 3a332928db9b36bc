"""Regular expressions compiled from the code an earlier run kept match exactly as those
``re`` compiles itself, and the file holding that code is only ever trusted, or written,
where it should be."""

from __future__ import annotations

import _sre
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate import regex_cache
from corroborate.resources import sample_story

# Invented patterns: named groups, look-arounds, flags set inline and by argument, bytes.
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<town>[A-Z][a-z]+)ville\b(?=,)", 0),
    (r"(?i)\b(?:harbour|harbor)\s+master\s+(\w+)", 0),
    (
        r"""
        (?P<count>\d{1,3}(?:,\d{3})*)   # a count with thousands
        \s+(?P<unit>ferries|gulls)
     """,
        re.VERBOSE | re.IGNORECASE,
    ),
    (r"(?<!Mr\.)\s(?P<word>Quillon)(?:\s|$)", re.MULTILINE),
    (rb"[\x00-\x1f]+(?P<tail>end)?", 0),
]
TEXTS: list[str] = [
    "Marbleville, a port, said harbour master Ode that 1,200 Ferries and 40 gulls came.",
    "Harbor Master Pell counted 3 GULLS near Quillon\nand Mr. Quillon left Fernville, at dawn.",
]


@pytest.fixture
def kept(tmp_path: Path) -> Iterator[Path]:
    """A cache file in a temporary folder; ``re`` handed back its own compiler after."""
    regex_cache.uninstall()
    yield tmp_path / "patterns.marshal"
    regex_cache.uninstall()
    re.purge()


def load_module(source: str, **names: object) -> dict[str, object]:
    """Run ``source`` as a module being loaded (the program's patterns are compiled so)."""
    namespace: dict[str, object] = {"__name__": "harbour_patterns", "re": re, **names}
    exec(compile(source, "harbour_patterns.py", "exec"), namespace)
    return namespace


def compile_all() -> list[re.Pattern[str] | re.Pattern[bytes]]:
    re.purge()  # past re's own in-memory cache, to its compiler
    loaded = load_module("compiled = [re.compile(p, f) for p, f in PATTERNS]", PATTERNS=PATTERNS)
    return loaded["compiled"]  # type: ignore[return-value]


def outcomes(compiled: list[re.Pattern[str] | re.Pattern[bytes]]) -> list[object]:
    found: list[object] = []
    for pattern in compiled:
        found.append((pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex))
        for text in TEXTS:
            subject = text.encode() if isinstance(pattern.pattern, bytes) else text
            found.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(subject)])  # type: ignore[arg-type]
    return found


def test_patterns_compiled_from_kept_code_match_as_re_compiles_them(kept: Path) -> None:
    expected = outcomes(compile_all())
    regex_cache.install(kept, writable=True)
    assert outcomes(compile_all()) == expected  # compiled by re, their code noted
    regex_cache.save()
    regex_cache.uninstall()

    regex_cache.install(kept, writable=True)
    assert outcomes(compile_all()) == expected  # compiled from the kept code
    cache = regex_cache._installed
    assert cache is not None
    assert {(p, f) for p, f in PATTERNS} <= cache.used
    assert not cache.new  # every one of them came from the file


def test_a_run_that_compiled_nothing_new_leaves_the_file_untouched(kept: Path) -> None:
    regex_cache.install(kept, writable=True)
    compile_all()
    regex_cache.save()
    regex_cache.uninstall()
    os.utime(kept, (1_000_000, 1_000_000))
    regex_cache.install(kept, writable=True)
    compile_all()
    regex_cache.save()
    assert kept.stat().st_mtime == 1_000_000


def test_a_file_made_by_another_python_or_broken_is_ignored(kept: Path) -> None:
    expected = outcomes(compile_all())
    pattern, flags = PATTERNS[0]
    wrong: object = (0, [1, 2, 3], 0, {}, ())  # code that would match nothing sensible
    for content in (
        marshal.dumps(((0x30B00F0, 1, 4), {(pattern, flags): wrong}), 2),
        b"\x00not a cache",
    ):
        kept.write_bytes(content)
        regex_cache.install(kept, writable=False)
        assert outcomes(compile_all()) == expected
        regex_cache.uninstall()


def test_a_damaged_entry_is_compiled_afresh(kept: Path) -> None:
    expected = outcomes(compile_all())
    damaged = {(pattern, int(flags)): (0, "not code", -1, {}, ()) for pattern, flags in PATTERNS}
    kept.write_bytes(marshal.dumps((regex_cache._version(), damaged), 2))
    regex_cache.install(kept, writable=False)
    assert outcomes(compile_all()) == expected


def test_nothing_is_written_where_writing_is_not_allowed(kept: Path) -> None:
    regex_cache.install(kept, writable=False)
    compile_all()
    regex_cache.save()
    assert not kept.exists()


def test_a_run_with_nothing_kept_to_read_or_write_leaves_re_as_it_is(kept: Path) -> None:
    compiler = re._compiler  # type: ignore[attr-defined]
    own = (compiler.compile, compiler._sre)
    regex_cache.install(kept, writable=False)  # a read-only install without a kept file
    assert (compiler.compile, compiler._sre) == own
    assert regex_cache._installed is None


def test_a_run_that_may_not_write_reads_the_kept_patterns_without_noting_others(
    kept: Path,
) -> None:
    expected = outcomes(compile_all())
    regex_cache.install(kept, writable=True)
    compile_all()
    regex_cache.save()
    regex_cache.uninstall()
    regex_cache.install(kept, writable=False)
    assert outcomes(compile_all()) == expected
    load_module('re.compile("tide table")')
    cache = regex_cache._installed
    assert cache is not None
    assert not cache.new
    assert re._compiler._sre is _sre  # type: ignore[attr-defined]


def test_the_file_keeps_the_last_runs_patterns_when_it_would_grow_too_large(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "MAX_PATTERNS", len(PATTERNS) + 1)
    regex_cache.install(kept, writable=True)
    load_module('for number in range(10):\n    re.compile(f"tide table {number}")')
    regex_cache.save()
    regex_cache.uninstall()
    regex_cache.install(kept, writable=True)
    compile_all()
    regex_cache.save()
    regex_cache.uninstall()
    _version, table = marshal.loads(kept.read_bytes())
    assert set(table) == {(p, f) for p, f in PATTERNS}


def test_a_pattern_built_from_what_a_function_reads_is_never_kept(kept: Path) -> None:
    def find_name(name: str, text: str) -> bool:
        return bool(re.search(rf"\b{re.escape(name)}\b", text))

    def find_ferries(text: str) -> bool:
        return bool(re.search(r"\bferr(?:y|ies)\b", text))

    regex_cache.install(kept, writable=True)
    re.purge()
    assert find_name("Quillon", "Mayor Quillon of Marbleville spoke.")
    assert find_ferries("Two ferries sailed.")
    regex_cache.save()
    _version, table = marshal.loads(kept.read_bytes())
    assert {pattern for pattern, _flags in table} == {r"\bferr(?:y|ies)\b"}


def test_a_ctrl_c_while_the_file_is_written_leaves_no_temporary_file(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(source: object, target: object) -> None:
        raise KeyboardInterrupt

    regex_cache.install(kept, writable=True)
    compile_all()
    monkeypatch.setattr(regex_cache.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        regex_cache.save()
    assert list(kept.parent.iterdir()) == []


def test_python_writing_no_bytecode_means_no_cache_written() -> None:
    code = "import sys; from corroborate import regex_cache; print(regex_cache.default_path()[1])"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    writes = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    quiet = subprocess.run(
        [sys.executable, "-B", "-c", code], env=env, capture_output=True, text=True
    )
    assert (writes.stdout.strip(), quiet.stdout.strip()) == ("True", "False")


def test_the_command_line_keeps_its_patterns_and_reports_the_same_from_them(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)  # bytecode and the kept patterns go there
    command = [sys.executable, "-m", "corroborate", "summarize", str(sample_story())]
    first = subprocess.run(command, env=env, capture_output=True, check=True)
    kept = list(tmp_path.rglob("regex_cache*.marshal"))
    assert len(kept) == 1
    _version, table = marshal.loads(kept[0].read_bytes())
    assert len(table) > 100  # the engine's patterns
    second = subprocess.run(command, env=env, capture_output=True, check=True)
    assert second.stdout == first.stdout
    assert second.stdout
