"""The CLI on bad inputs: one clear line, a documented exit code, never a traceback."""

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summariser", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def bad_inputs(tmp: Path) -> dict[str, list[str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp / "utf16.txt").write_bytes("Hello".encode("utf-16"))
    (tmp / "huge.txt").write_bytes(b"a" * (20 * 1024 * 1024))
    (tmp / "broken.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    (tmp / "nothing").mkdir()
    return {
        "no such file": [str(tmp / "missing.txt")],
        "holds no .txt": [str(tmp / "nothing")],
        "is empty": [str(tmp / "empty.txt")],
        "looks binary": [str(tmp / "binary.txt")],
        "not valid UTF-8": [str(tmp / "latin1.txt")],
        "UTF-16": [str(tmp / "utf16.txt")],
        "over the limit": [str(tmp / "huge.txt")],
        "not valid JSON": [str(tmp / "broken.jsonl")],
        "URLs are not fetched": ["https://example.com/news.html"],
    }


CASES = [
    "no such file",
    "holds no .txt",
    "is empty",
    "looks binary",
    "not valid UTF-8",
    "UTF-16",
    "over the limit",
    "not valid JSON",
    "URLs are not fetched",
]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path: Path, case: str) -> None:
    paths = bad_inputs(tmp_path)[case]
    result = run_cli("run", *paths, "--replay")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and case in lines[0] and lines[0].startswith("summariser: InputError:")


def test_unwritable_out_fails_before_any_work(tmp_path: Path) -> None:
    result = run_cli("run", str(SEEDS), "--replay", "--out", str(tmp_path / "no" / "such" / "dir.md"))
    assert result.returncode == 2 and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_usage_error_exit_2() -> None:
    result = run_cli("run")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_help_is_fast_to_import() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "summariser", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0 and "summariser run" not in result.stderr
    for heavy in ("openai", "instructor", "pydantic", "rich"):
        assert f" {heavy}\n" not in result.stderr, heavy


def test_malformed_base_url_is_a_config_error() -> None:
    result = run_cli("run", str(SEEDS), "--base-url", "localhost:8080")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("summariser: ConfigError: --base-url must be an http(s) URL")


def test_unknown_reasoning_effort_is_one_line_exit_2() -> None:
    result = run_cli("run", str(SEEDS), "--replay", "--reasoning-effort", "hgih")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert lines[0] == (
        "summariser: ConfigError: unknown --reasoning-effort 'hgih'; "
        "choose one of none, minimal, low, medium, high, xhigh, max"
    )
