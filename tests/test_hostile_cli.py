"""Issue 14, hostile and careless use through the real CLI: one test (or more) per numbered case.

Each gives one clear line and a documented exit code, or the right result: never a traceback, a
hang, or a lost cassette, answer or secret. Offline: --replay, or the fault server on 127.0.0.1.
"""

import json
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from summariser import Article, ReplayMissError, Settings, summarise
from summariser.settings import LOCAL_MODEL_ALIAS

from .conftest import ROOT, SEEDS
from .fault_server import Script, fault_server

CASSETTE = ROOT / "cassettes" / "seeds.yaml"
SEED = sorted(SEEDS.glob("*.txt"))[0]
pytestmark = [pytest.mark.block_network(allowed_hosts=["127.0.0.1"]), pytest.mark.needs_cassette]


def cli(*args: str, timeout: float = 120, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "summariser", *args],
        stdout=stdout, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=timeout,
    )  # fmt: skip


def one_line(result: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    """The single stderr line of a failed run, checked for its exit code and words."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == code, result.stderr
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(n in lines[0] for n in needles), lines[0]
    return lines[0]


# 1. --record never destroys the old cassette on a failure before the recording is complete.
@pytest.mark.parametrize("inputs", [["/tmp/summariser-nonexistent"], [str(SEEDS), "--local-model", "/tmp/none.gguf"]])
def test_record_failure_leaves_the_old_cassette_untouched(tmp_path: Path, inputs: list[str]) -> None:
    old = tmp_path / "seeds.yaml"
    shutil.copy(CASSETTE, old)
    result = cli("run", *inputs, "--record", "--cassette", str(old), "--quiet")
    # a bad path, or a model that cannot start (no such weights, or no `local` extra): the same
    # failure before the first recorded answer whether or not the local extra is installed
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert old.read_bytes() == CASSETTE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds.yaml"]  # no recording left behind


RECORD_WITH_SERVER = """
import contextlib, sys
import summariser.backends.local as local
from summariser.cli import main
local.local_server = lambda *a, **k: contextlib.nullcontext(sys.argv[1])  # the fault server stands in for llama.cpp
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("one_fails", [False, True])
def test_record_replaces_the_cassette_only_when_every_article_was_extracted(tmp_path: Path, one_fails: bool) -> None:
    old = tmp_path / "seeds.yaml"
    old.write_text("interactions: []\nversion: 1\n", encoding="utf-8")
    articles = [SEED, sorted(SEEDS.glob("*.txt"))[1]]
    if one_fails:  # a text the server has no answer for: HTTP 400, the article fails
        (tmp_path / "new.txt").write_text(SEED.read_text(encoding="utf-8") + "\nNew line.\n", encoding="utf-8")
        articles.append(tmp_path / "new.txt")
    with fault_server(CASSETTE, Script()) as server:
        args = [
            "run",
            *map(str, articles),
            "--record",
            "--cassette",
            str(old),
            "--quiet",
            "--out",
            str(tmp_path / "b.md"),
        ]
        result = subprocess.run(
            [sys.executable, "-c", RECORD_WITH_SERVER, server.url, *args],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )  # fmt: skip
    recorded = tmp_path / "seeds.incomplete.yaml" if one_fails else old
    assert result.returncode == (3 if one_fails else 0), result.stderr
    assert len(yaml.safe_load(recorded.read_text(encoding="utf-8"))["interactions"]) >= 2  # a call an article
    if one_fails:
        assert old.read_text(encoding="utf-8") == "interactions: []\nversion: 1\n"
        assert "left unchanged" in result.stderr and str(recorded) in result.stderr
    else:  # the new cassette replays the same run
        assert cli("run", *map(str, articles), "--replay", "--no-cache", "--cassette", str(old)).returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


# 2. Every input read is bounded and cannot block, whatever the kind of file.
def test_inputs_that_are_not_regular_files_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # no writer: reading it would wait forever
    for path, kind in ((fifo, "is a FIFO"), (Path("/dev/zero"), "is a character device")):
        one_line(cli("run", str(path), "--replay", timeout=30), 2, "InputError", kind)
    summary = tmp_path / "summary.json"
    os.mkfifo(summary)
    one_line(cli("render", str(summary), timeout=30), 2, "InputError", "is a FIFO")


# 3. One escaping rule for every outside string, in Markdown, HTML and on the terminal.
def test_ids_dates_and_file_names_cannot_inject_markup_or_terminal_escapes(tmp_path: Path) -> None:
    bad = "<img src=x onerror=alert(1)>\n# Injected heading ![t](http://track.example/p.png)\x1b[2J"
    record = {"id": bad, "title": bad, "date": bad, "source": bad, "text": SEED.read_text(encoding="utf-8")}
    (tmp_path / "records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    named = tmp_path / "evil\n# name\x1b[31m.txt"
    named.write_text((sorted(SEEDS.glob("*.txt"))[1]).read_text(encoding="utf-8"), encoding="utf-8")
    inputs = [str(tmp_path / "records.jsonl"), str(named), "--replay"]
    md = cli("run", *inputs)  # not --quiet: a progress line names each article on stderr
    html = cli("run", *inputs, "--format", "html", "--quiet")
    assert md.returncode == html.returncode == 0, md.stderr + html.stderr
    assert "<img" not in md.stdout and "<img" not in html.stdout  # on the terminal markup is only text
    assert not [output for output in (md.stdout, html.stdout, md.stderr) if "\x1b" in output]
    assert "evil\\x0a# name\\x1b[31m" in md.stderr  # shown as escapes, not obeyed
    assert [line for line in md.stdout.splitlines() if line.startswith("# ")] == ["# Brief: 2 articles"]
    assert "![" not in md.stdout and "\\# Injected heading" in md.stdout


# 4. Credentials in --base-url are shown and stored nowhere.
def test_base_url_credentials_never_reach_stderr_json_or_html(tmp_path: Path) -> None:
    with fault_server(CASSETTE, Script()) as server:
        url = server.url.replace("http://", "http://user:s3cret-pw@")
        out = tmp_path / "brief.json"
        run = [*("run", str(SEEDS), "--base-url", url, "--model", LOCAL_MODEL_ALIAS, "--format", "json"), "--quiet"]
        assert cli(*run, "--out", str(out)).returncode == 0
        html = cli("render", str(out), "--format", "html").stdout
    with fault_server(CASSETTE, Script(default="401")) as server:
        url = server.url.replace("http://", "http://user:s3cret-pw@") + "?key=k3y-value"
        failed = cli("run", str(SEEDS), "--base-url", url, "--model", LOCAL_MODEL_ALIAS, "--quiet")
    stored = json.loads(out.read_text(encoding="utf-8"))["run"]["endpoint"]
    assert stored.startswith("http://***@127.0.0.1:")
    line = one_line(failed, 1, "FatalProviderError", "***@127.0.0.1", "key=***")
    for text in (out.read_text(encoding="utf-8"), html, line):
        assert "s3cret-pw" not in text and "k3y-value" not in text and "user:" not in text


# 5. A damaged cache never fails an article after its calls were made.
def test_a_cache_that_fails_every_write_costs_no_answer(tmp_path: Path) -> None:
    clean = cli("run", str(SEEDS), "--replay", "--format", "json", "--quiet", "--cache-dir", str(tmp_path / "ok"))
    assert clean.returncode == 0
    damaged = tmp_path / "damaged"
    assert cli("run", str(SEED), "--replay", "--quiet", "--cache-dir", str(damaged)).returncode == 0
    with sqlite3.connect(damaged / "answers" / "cache.db") as db:  # every write now fails, as on a damaged disk
        db.execute("CREATE TRIGGER broken BEFORE INSERT ON Cache BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    for _ in range(2):  # and on every re-run
        result = cli("run", str(SEEDS), "--replay", "--format", "json", "--quiet", "--cache-dir", str(damaged))
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert "cannot store answers" in result.stderr
        assert _content(result.stdout) == _content(clean.stdout)


def test_a_cache_file_that_is_not_a_database_is_one_warning(tmp_path: Path) -> None:
    (tmp_path / "c" / "answers").mkdir(parents=True)
    (tmp_path / "c" / "answers" / "cache.db").write_bytes(b"not a database " * 1000)
    result = cli("run", str(SEED), "--replay", "--quiet", "--cache-dir", str(tmp_path / "c"))
    assert result.returncode == 0 and result.stdout.startswith("# Brief: 1 articles")
    assert len(result.stderr.strip().splitlines()) == 1 and "file is not a database" in result.stderr


# 6. The same text is one source, whatever names it came under.
def test_the_same_text_under_several_names_is_one_source(tmp_path: Path) -> None:
    (tmp_path / "copy.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "link.md").symlink_to(SEED)
    (tmp_path / "loop").symlink_to(tmp_path)
    result = cli(
        "run", str(SEED), str(SEED), str(SEEDS), str(tmp_path / "copy.txt"), f"{tmp_path}/**/*.md",
        "--replay", "--format", "json", "--quiet",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    ids = [a["id"] for a in summary["articles"]]
    assert len(ids) == len(set(ids)) == summary["stats"]["articles"] == 5
    first = summary["articles"][0]
    assert first["path"] == str(SEED) and str(tmp_path / "copy.txt") in first["aliases"]
    assert str(tmp_path / "link.md") in first["aliases"] and str(tmp_path / "loop" / "link.md") in first["aliases"]
    md = cli("run", str(SEED), str(SEEDS), str(tmp_path / "copy.txt"), "--replay", "--quiet").stdout
    assert md.startswith("# Brief: 5 articles") and "same text also read as" in md


# 7. Tracebacks that become one line (or the right result).
def test_cache_dir_that_is_a_file_is_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    one_line(cli("run", str(SEEDS), "--replay", "--cache-dir", str(tmp_path / "file")), 2, "not a directory")


def test_standard_output_on_a_full_device_is_one_line_exit_4() -> None:
    with open("/dev/full", "w") as full:
        result = cli("run", str(SEEDS), "--replay", "--quiet", stdout=full.fileno())
    one_line(result, 4, "OutputError", "No space left on device")


def test_a_cache_on_a_read_only_file_system_still_answers_a_cached_run(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    warm = cli("run", str(SEEDS), "--replay", "--format", "json", "--quiet", "--cache-dir", str(cache))
    assert warm.returncode == 0
    inner = (
        f"mount --bind {cache} {cache} && mount -o remount,ro,bind {cache} && "
        f"{sys.executable} -m summariser run {SEEDS} --replay --format json --quiet --cache-dir {cache}"
    )
    if subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("no user namespaces here to mount a read-only file system")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", inner], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot be written" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["stats"]["requests"] == 0 and summary["stats"]["cache_hits"] == 5
    assert _content(result.stdout) == _content(warm.stdout)


# 8. The cache is never followed through a symbolic link.
@pytest.mark.parametrize("link", ["cache", "cache/answers", "cache/answers/cache.db"])
def test_a_link_in_the_cache_is_refused_and_its_target_untouched(tmp_path: Path, link: str) -> None:
    victim = tmp_path / "victim"
    victim.mkdir(mode=0o755)
    victim.chmod(0o755)
    (tmp_path / link).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / link).symlink_to(victim / "target" if link.endswith(".db") else victim)
    one_line(cli("run", str(SEED), "--replay", "--cache-dir", str(tmp_path / "cache")), 2, "symbolic link")
    assert stat.S_IMODE(victim.stat().st_mode) == 0o755 and list(victim.iterdir()) == []


# 9. The brief is never written over an input, nor where the next run would read it.
def test_out_that_is_an_input_or_inside_one_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(SEED.read_bytes())
    for inputs, out in (
        ([str(article)], article),
        ([str(tmp_path)], tmp_path / "brief.md"),
        ([f"{tmp_path}/*.md"], tmp_path / "brief.md"),
    ):
        one_line(cli("run", *inputs, "--replay", "--out", str(out)), 2, "ConfigError", "write the brief elsewhere")
    assert article.read_bytes() == SEED.read_bytes() and sorted(tmp_path.iterdir()) == [article]
    saved = tmp_path / "summary.json"
    saved.write_text(cli("run", str(SEED), "--replay", "--format", "json", "--quiet").stdout, encoding="utf-8")
    one_line(cli("render", str(saved), "--out", str(saved)), 2, "write the brief elsewhere")


# 10. Replay miss, broken cassette, zero values, limit messages.
def test_a_replay_miss_names_the_article_and_stops_at_once(tmp_path: Path) -> None:
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path)
    changed = tmp_path / SEED.name
    changed.write_text(SEED.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    result = cli("run", str(tmp_path), "--replay", "--concurrency", "4", "--quiet")
    line = one_line(result, 1, "ReplayMissError", str(changed))
    assert "not in the cassette" in line


def test_a_replay_miss_stops_the_other_workers_without_a_connection_or_backoff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []
    connect = socket.socket.connect

    def spy(self: socket.socket, address: object) -> None:
        attempts.append(address)
        connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", spy)
    articles = [Article(id=p.stem, text=p.read_text(encoding="utf-8"), path=str(p)) for p in sorted(SEEDS.glob("*"))]
    articles[0] = Article(id="changed", text=articles[0].text + "\nOne more line.\n", path="changed.txt")
    settings = Settings(backend="replay", cache_dir=tmp_path / "cache", concurrency=4)  # retries with 1 s backoff
    started = time.monotonic()
    with pytest.raises(ReplayMissError, match="changed.txt: this request is not in the cassette"):
        summarise(articles, settings=settings)
    for thread in threading.enumerate():  # workers left running would connect after the cassette closed
        if thread.name.startswith("extract"):
            thread.join(timeout=30)
    assert attempts == [] and time.monotonic() - started < 10


def test_a_cassette_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    cassette = tmp_path / "latin1.yaml"
    cassette.write_bytes(CASSETTE.read_bytes().replace(b"Kim", b"K\xefm", 1))
    one_line(
        cli("run", str(SEEDS), "--replay", "--no-cache", "--quiet", "--cassette", str(cassette)), 2, "not valid UTF-8"
    )


@pytest.mark.parametrize("flag", ["--concurrency", "--max-articles", "--max-tokens-total"])
def test_zero_is_refused_with_the_flag_named(flag: str) -> None:
    one_line(cli("run", str(SEEDS), "--replay", flag, "0"), 2, "ConfigError", f"{flag} must be at least 1")


def test_limit_messages_name_flags_that_exist() -> None:
    help_text = cli("run", "--help").stdout
    for flag, value in (("--max-tokens-total", "100"), ("--max-articles", "1")):
        line = one_line(cli("run", str(SEEDS), "--replay", flag, value), 2, "LimitError")
        named = line.rsplit("--", 1)[1].rstrip(")")
        assert f"--{named}" == flag and flag in help_text


def _content(stdout: str) -> dict[str, object]:
    data = json.loads(stdout)
    return {k: v for k, v in data.items() if k not in ("run", "stats")}
