"""The command line against hostile streams, signals, output paths and names: each case
with its exit status and message, no traceback, nothing of the user's overwritten."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hostile_make as make
import pytest
from conftest import COMPANIONS, snapshot
from hostile_make import STORY

COMMAND = [sys.executable, "-m", "corroborate", "summarize"]


@dataclass
class Result:
    returncode: int
    stdout: bytes
    stderr: bytes
    #: peak resident memory of the command and its workers, in MB
    peak_mb: float


#: GNU time measures a command's peak memory from a small parent: wait4 from this large
#: test process would count the pages the child shares with it between fork and exec.
TIME = shutil.which("time", path="/usr/bin:/bin")


def timed(argv: list[str], peak_file: Path) -> list[str]:
    """``argv`` under GNU time writing its peak memory (KB) to ``peak_file``, where it exists."""
    return [TIME, "-q", "-f", "%M", "-o", str(peak_file), *argv] if TIME else argv


def _run(argv: list[str], stdout: Any = subprocess.PIPE) -> Result:
    """Run ``argv`` and measure its peak memory (its own and its reader workers')."""
    with tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        out_path, err_path = Path(scratch) / "out", Path(scratch) / "err"
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            process = subprocess.Popen(
                timed(argv, peak_file), stdout=out if stdout is subprocess.PIPE else stdout,
                stderr=err,
            )  # fmt: skip
            code = wait(process)
        return Result(code, out_path.read_bytes(), err_path.read_bytes(), peak_of(peak_file))


def peak_of(peak_file: Path) -> float:
    """The peak GNU time wrote, in MB (0.0 without GNU time)."""
    try:
        return int(peak_file.read_text().split()[-1]) / 1024
    except (OSError, ValueError, IndexError):
        return 0.0


def wait(process: subprocess.Popen[bytes], seconds: float = 120) -> int:
    """Exit status (a shell's 128+N for a signal), within ``seconds``."""
    try:
        code = process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError(f"the command did not finish in {seconds:.0f} s") from None
    return code if code >= 0 else 128 - code


def run(args: list[str], stdout: Any = subprocess.PIPE) -> Result:
    return _run([*COMMAND, *args], stdout)


def shell(script: str, *args: str) -> Result:
    """``script`` run by bash with the command as ``"$@"``, for closed streams."""
    return _run(["bash", "-c", script, "bash", *COMMAND, *args])


def no_traceback(*streams: bytes) -> None:
    for stream in streams:
        assert b"Traceback" not in stream, stream.decode(errors="replace")


def ended_by_interrupt(process: subprocess.Popen[bytes]) -> None:
    """Wait for a command sent Ctrl-C: it exits 130 and says it was interrupted, with no
    traceback."""
    assert process.stderr is not None
    error = process.stderr.read()
    status = wait(process, 60)
    assert status == 130, error
    assert b"interrupted" in error
    no_traceback(error)


@pytest.fixture
def folder(story_folder) -> Path:
    return story_folder()


def _descendants(pid: int) -> list[int]:
    """Processes below ``pid`` (Linux /proc), to tell when the command is reading."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        found += [int(child) for child in children]
        queue += [int(child) for child in children]
    return found


def test_a_closed_pipe_ends_quietly_with_status_141(folder: Path, tmp_path: Path, measure) -> None:
    peak_file = tmp_path / "peak"
    process = subprocess.Popen(
        timed([*COMMAND, str(folder)], peak_file), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # `| true`: the reader is gone before anything is written
    error = process.stderr.read()
    status = wait(process)
    measure(60, 400, peak_of(peak_file))
    assert status == 141
    no_traceback(error)
    assert error == b""


def test_a_pipe_closed_partway_through_a_long_report_ends_quietly_with_status_141(
    folder: Path, tmp_path: Path, measure
) -> None:
    # Sixty reprints with long names: the report lists each one's copies, well over the
    # 64 KB a pipe holds, so the command is mid-write when the reader leaves.
    for number in range(60):
        name = f"reprint-{number:02}-" + "harbour-warehouse-fire-wire-copy-" * 4 + ".txt"
        make.write(folder, name, COMPANIONS["harbor-herald.txt"])
    peak_file = tmp_path / "peak"
    process = subprocess.Popen(
        timed([*COMMAND, str(folder)], peak_file), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10).startswith(b"# ")  # `| head -c 10`
    process.stdout.close()
    error = process.stderr.read()
    status = wait(process)
    measure(60, 400, peak_of(peak_file))
    assert status == 141, error
    no_traceback(error)


def test_a_full_device_is_named_and_exits_3(folder: Path, measure) -> None:
    with open("/dev/full", "wb") as full:
        result = run([str(folder)], stdout=full)
    measure(90, 400, result.peak_mb)
    assert result.returncode == 3
    assert b"No space left on device" in result.stderr
    no_traceback(result.stderr)


def test_closed_standard_output_is_named_and_exits_3(folder: Path, measure) -> None:
    result = shell('exec "$@" >&-', str(folder))
    measure(90, 400, result.peak_mb)
    assert result.returncode == 3
    assert b"standard output is closed" in result.stderr
    no_traceback(result.stderr)


def test_with_standard_error_closed_json_on_standard_output_stays_valid(
    folder: Path, measure
) -> None:
    make.write(folder, "broken.pdf", b"%PDF-1.4 truncated")  # a warning that must not leak
    result = shell('exec "$@" 2>&-', str(folder), "--format", "json")
    measure(90, 400, result.peak_mb)
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert any(w["file"] == "broken.pdf" for w in report["warnings"])


def test_ctrl_c_during_a_slow_read_exits_130_promptly_without_a_traceback(
    folder: Path, tmp_path: Path, measure
) -> None:
    shared = make.text_page((STORY + " ") * 600)
    make.write(folder, "slow.pdf", make.pdf([1] * 8, shared=shared))
    peak_file = tmp_path / "peak"
    process = subprocess.Popen(
        timed([*COMMAND, str(folder)], peak_file),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # Ctrl-C goes to the terminal's process group
    )
    deadline = time.monotonic() + 60
    # Reading has begun once the command has its reader worker (GNU time adds a level).
    while len(_descendants(process.pid)) < (2 if TIME else 1) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # into slow.pdf
    sent = time.perf_counter()
    os.killpg(process.pid, signal.SIGINT)
    ended_by_interrupt(process)
    stopped = time.perf_counter() - sent
    measure(60, 400, peak_of(peak_file))
    assert stopped < 3.0


def _interrupt_repeatedly(process: subprocess.Popen[bytes], seconds: float = 1.5) -> None:
    """Ctrl-C pressed again and again (every 20 ms) until the process ends or ``seconds``
    pass: a second press lands wherever the first one's ending has got to."""
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            os.killpg(process.pid, signal.SIGINT)
        except ProcessLookupError:
            return
        time.sleep(0.02)


def _start_reading_slowly(folder: Path, argv: list[str]) -> subprocess.Popen[bytes]:
    """``argv`` started on ``folder`` holding a slow PDF, returned once it is reading."""
    shared = make.text_page((STORY + " ") * 600)
    make.write(folder, "slow.pdf", make.pdf([1] * 8, shared=shared))
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while not _descendants(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # into slow.pdf
    return process


def test_ctrl_c_pressed_again_and_again_still_exits_130_without_a_traceback(
    folder: Path, measure
) -> None:
    process = _start_reading_slowly(folder, [*COMMAND, str(folder)])
    _interrupt_repeatedly(process)
    ended_by_interrupt(process)
    measure(60, 400)


def test_ctrl_c_while_a_second_process_shares_the_analysis_exits_130_and_stops_it(
    folder: Path, measure
) -> None:
    """A large folder's analysis is shared with a forked process (``engine/parallel.py``);
    here every folder's is, and that process takes its time: Ctrl-C, pressed again and
    again, ends the command as ever and the other process with it."""
    code = (
        "import os, sys, time\n"
        "import corroborate.engine.pipeline as p, corroborate.engine.matching.align as a\n"
        "import corroborate.engine.conflicts.disagree as d\n"
        "p.SHARED_SPLITTING = a.SHARED_JUDGING = d.SHARED_PAIRS = 0\n"
        "parent, read = os.getpid(), p.read_paragraphs\n"
        "def slowly(paragraphs):\n"
        "    if os.getpid() != parent:\n"
        "        time.sleep(60)\n"
        "    return read(paragraphs)\n"
        "p.read_paragraphs = slowly\n"
        "from corroborate.cli import main\n"
        f"sys.exit(main(['summarize', {str(folder)!r}]))\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not (helpers := _descendants(process.pid)) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert helpers, "the analysis was never shared"
    time.sleep(0.3)
    _interrupt_repeatedly(process)
    ended_by_interrupt(process)
    measure(60, 400)
    time.sleep(0.2)
    for pid in helpers:  # gone (or, at most, a zombie waiting to be reaped)
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1]
        except OSError:
            continue
        assert state == "Z", f"process {pid} is still running"


def test_an_internal_error_has_its_own_status_and_no_traceback(folder: Path, measure) -> None:
    code = (
        "import sys, corroborate.engine.pipeline as p\n"
        "def boom(*a, **k): raise ZeroDivisionError('planted')\n"
        "p.run_analysis = boom\n"
        "from corroborate.cli import main\n"
        f"sys.exit(main(['summarize', {str(folder)!r}]))\n"
    )
    result = _run([sys.executable, "-c", code])
    measure(60, 400, result.peak_mb)
    assert result.returncode == 4
    assert b"internal error" in result.stderr
    no_traceback(result.stderr)


def test_output_never_overwrites_an_input_article(folder: Path, measure) -> None:
    before = snapshot(folder)
    result = run([str(folder), "-o", str(folder / "harbor-herald.txt"), "--force"])
    measure(90, 400, result.peak_mb)
    assert result.returncode == 3
    assert b"one of the articles read" in result.stderr
    assert snapshot(folder) == before


def test_output_never_replaces_a_named_pipe(folder: Path, tmp_path: Path, measure) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result = run([str(folder), "-o", str(fifo), "--force"])
    measure(90, 400, result.peak_mb)
    assert result.returncode == 3
    assert b"named pipe" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_output_never_replaces_a_device(folder: Path, measure) -> None:
    before = os.stat("/dev/null")
    result = run([str(folder), "-o", "/dev/null", "--force"])
    measure(90, 400, result.peak_mb)
    assert result.returncode == 3
    assert b"is a device" in result.stderr
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_output_to_a_folder_says_so_instead_of_suggesting_force(
    folder: Path, tmp_path: Path, measure
) -> None:
    target = tmp_path / "reports"
    target.mkdir()
    for extra in ([], ["--force"]):
        result = run([str(folder), "-o", str(target), *extra])
        assert result.returncode == 3
        assert b"is a folder" in result.stderr and b"--force" not in result.stderr
    measure(90, 400, result.peak_mb)
    assert target.is_dir() and not any(target.iterdir())


def test_escape_sequences_and_newlines_in_names_and_text_never_reach_the_terminal_or_report(
    folder: Path, measure
) -> None:
    evil_name = "evil\x1b]0;owned\x07\n## Summary\n1. forged `x` | y.txt"
    make.write(folder, evil_name, "Harbour fire\n\n" + STORY.replace(
        "Forty", "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[8mForty\x1b[0m"))  # fmt: skip
    make.write(folder, "bad\x1b[2Jname.pdf", b"not a pdf")
    make.write(folder, "notes\ncorroborate: forged.pdf", b"not a pdf either")
    before = snapshot(folder)
    result = run([str(folder), "--sentences", "20"])
    measure(90, 400, result.peak_mb)
    assert result.returncode == 0
    for stream in (result.stdout, result.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream and b"\x9b" not in stream
    lines = result.stdout.decode().splitlines()
    assert lines.count("## Summary") == 1
    # A skipped file's line break is shown as \n: it never starts a line of its own.
    errors = result.stderr.decode().splitlines()
    assert not any(line.startswith("corroborate: forged") for line in errors), errors
    assert any("notes\\ncorroborate: forged.pdf" in line for line in errors), errors
    as_json = run([str(folder), "--format", "json"])
    assert as_json.returncode == 0
    assert not any(c in as_json.stdout for c in (b"\x1b", b"\x07", b"\xc2\x9b"))
    files = {d["file"] for d in json.loads(as_json.stdout)["documents"]}
    assert evil_name in files  # JSON keeps the exact name, escaped as JSON escapes it
    assert not any(line.startswith("1. forged") for line in lines)
    assert snapshot(folder) == before


def test_every_article_excluded_does_not_suggest_recursive(folder: Path, measure) -> None:
    result = run([str(folder), *(f"--exclude={name}" for name in COMPANIONS)])
    measure(90, 400, result.peak_mb)
    assert result.returncode == 1
    assert b"--recursive" not in result.stderr and b"left out" in result.stderr
    no_traceback(result.stderr)


def test_a_usage_error_exits_2(measure) -> None:
    result = run(["--sentences", "none"])
    measure(60, 200, result.peak_mb)
    assert result.returncode == 2
    no_traceback(result.stderr)


def test_ctrl_c_pressed_again_and_again_raises_once_so_no_press_lands_in_the_first_ones_handler() -> (
    None
):
    from corroborate.cli import _Interrupt

    presses = _Interrupt()
    presses.handle(2, None)  # the first asks the engine to stop at its next check
    assert presses.requested
    with pytest.raises(KeyboardInterrupt):
        presses.handle(2, None)  # the second stops the command
    presses.handle(2, None)  # the rest: the command is already ending
    presses.handle(2, None)
