"""Batch jobs never destroy what they read or wrote before, and never run away with the machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleantext.corpus import batch

from ..clirun import ROOT, run

SAMPLE = ROOT / "fixtures" / "sample.jsonl"


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid`` (zombies left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _big_input(folder: Path, copies: int = 400) -> Path:
    path = folder / "big.jsonl"
    path.write_bytes(SAMPLE.read_bytes() * copies)
    return path


def _start(*args: str | Path, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cleantext", "batch", *map(str, args)],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's job is
    )


def _wait_for_workers(proc: subprocess.Popen[str], count: int, timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = _children(proc.pid)
        if len(kids) >= count:
            return kids
        time.sleep(0.1)
    pytest.fail("the workers never started")


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_an_output_that_is_the_input_is_refused_and_the_input_kept(tmp_path, how):
    data = tmp_path / "same.jsonl"
    data.write_bytes(SAMPLE.read_bytes())
    output = data
    if how == "symlink":
        output = tmp_path / "link.jsonl"
        output.symlink_to(data.name)
    elif how == "hardlink":
        output = tmp_path / "hard.jsonl"
        os.link(data, output)
    result = run("batch", data, "-o", output, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"cleantext batch: {output} is the input file; write the output to another file\n"
    )
    assert data.read_bytes() == SAMPLE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({data.name, output.name})


def test_the_errors_file_may_not_be_the_input_either(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_bytes(SAMPLE.read_bytes())
    result = run("batch", data, "-o", tmp_path / "out.jsonl", "--errors", data, cwd=tmp_path)
    assert result.returncode == 2
    assert data.read_bytes() == SAMPLE.read_bytes()


def test_a_failed_job_leaves_no_output_and_no_folder(tmp_path):
    result = run("batch", "missing.jsonl", "-o", "x.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    result = run("batch", "missing.jsonl", "-o", "new/dir/x.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_a_failed_job_leaves_the_old_output_as_it_was(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    assert run("batch", "missing.jsonl", "-o", out, cwd=tmp_path).returncode == 2
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_the_output_is_replaced_whole_when_the_job_ends_well(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    assert run("batch", SAMPLE, "-o", out, "-w", "1", cwd=tmp_path).returncode == 0
    assert len(out.read_text().splitlines()) == 5
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_ctrl_c_leaves_the_old_output_untouched_and_says_so(tmp_path):
    source = _big_input(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    proc = _start(source, "-o", out, "-w", "2", cwd=tmp_path)
    _wait_for_workers(proc, 2)
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground group
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    lines = err.strip().splitlines()
    assert lines[-1].startswith("cleantext batch: interrupted: ")
    assert lines[-1].endswith(" of 2000 records done, nothing written")
    assert "Traceback" not in err
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl", "out.jsonl"]


def test_workers_far_above_the_cores_are_capped(tmp_path):
    source = _big_input(tmp_path, copies=20)
    proc = _start(source, "-o", tmp_path / "out.jsonl", "--workers", "100000", cwd=tmp_path)
    most = 0
    while proc.poll() is None:
        most = max(most, len(_children(proc.pid)))
        time.sleep(0.05)
    _, err = proc.communicate()
    assert proc.returncode == 0, err
    cores = batch.default_workers()
    assert f"--workers 100000: using {cores}, the cores available" in err
    assert 1 <= most <= cores
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 100


@pytest.mark.parametrize("value", ["0", "-3"])
def test_workers_below_one_are_an_error(tmp_path, value):
    result = run("batch", SAMPLE, "-o", tmp_path / "out.jsonl", "--workers", value)
    assert result.returncode == 2
    assert "--workers and --chunk-size must be 1 or more" in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_the_library_caps_workers_at_the_cores_and_at_the_chunks():
    assert batch.usable_workers(100000) == batch.default_workers()
    with pytest.raises(ValueError, match="1 or more"):
        batch.usable_workers(0)
    records = [{"id": "a", "text": "One short page of text about the weather today."}]
    assert len(list(batch.clean_records(records, workers=64))) == 1  # one chunk: no pool


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux")
def test_workers_die_with_their_parent(tmp_path):
    source = _big_input(tmp_path)
    proc = _start(source, "-o", tmp_path / "out.jsonl", "-w", "2", cwd=tmp_path)
    kids = _wait_for_workers(proc, 2)
    proc.kill()
    proc.communicate()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(k) for k in kids):
        time.sleep(0.1)
    assert not any(_alive(k) for k in kids)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
