import hashlib
import logging
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from summariser.backends import local
from summariser.backends.local import spawned_by_keeper
from summariser.errors import ConfigError


def fake_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunks: list[bytes]) -> None:
    paths = []
    for number, data in enumerate(chunks, 1):
        path = tmp_path / "parts" / f"part{number:02d}.bin"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    monkeypatch.setattr(local, "PART_COUNT", len(chunks))
    monkeypatch.setattr(local, "_part_path", lambda n: paths[n - 1])


def test_parts_are_joined_in_order_and_verified(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chunks = [b"GGUF", b"-middle-", b"end"]
    fake_parts(tmp_path, monkeypatch, chunks)
    monkeypatch.setattr(local, "MODEL_SIZE", 15)
    monkeypatch.setattr(local, "MODEL_SHA256", hashlib.sha256(b"".join(chunks)).hexdigest())
    model = local.ensure_model(tmp_path / "cache")
    assert model.read_bytes() == b"GGUF-middle-end"
    assert local.ensure_model(tmp_path / "cache") == model  # second call reuses the joined file


def test_wrong_hash_is_refused_and_nothing_left_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_parts(tmp_path, monkeypatch, [b"GGUF", b"tampered"])
    monkeypatch.setattr(local, "MODEL_SIZE", 12)
    with pytest.raises(ConfigError, match="expected 12 bytes"):
        local.ensure_model(tmp_path / "cache")
    assert list((tmp_path / "cache" / "models").iterdir()) == []


def test_missing_part_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(local.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match=r'pip install -e "\.\[local\]"'):
        local.ensure_model(tmp_path)


def test_no_server_package_gives_one_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(local, "server_available", lambda: False)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY / --base-url"), local.local_server(None, tmp_path):
        pass


def test_server_listens_on_loopback_with_every_core() -> None:
    command = local.server_command(Path("m.gguf"), 8123, 0)
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert int(command[command.index("--n_threads") + 1]) >= 1


DYING_SERVER = """
import http.server, os, signal, sys, threading
class Models(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(b'{"data": []}')
        threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGSEGV)).start()
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Models).serve_forever()
"""


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_server_that_dies_in_use_is_reported_once_with_its_signal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setattr(local, "server_available", lambda: True)
    monkeypatch.setattr(local, "server_command", lambda m, port, t: [sys.executable, "-c", DYING_SERVER, str(port)])
    with caplog.at_level(logging.ERROR, logger=local.__name__), local.local_server(model, tmp_path):
        deadline = time.monotonic() + 10
        while not caplog.records and time.monotonic() < deadline:
            time.sleep(0.05)
    assert [r.getMessage() for r in caplog.records] == [
        "the local model server died (killed by SIGSEGV); see docs/local-model.md"
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the death signal is Linux's prctl")
def test_a_server_started_by_a_worker_thread_outlives_the_thread_until_released() -> None:
    released = threading.Event()
    started: list[subprocess.Popen[bytes]] = []
    worker = threading.Thread(target=lambda: started.append(spawned_by_keeper(["sleep", "30"], None, released)))
    worker.start()
    worker.join()  # the pool's worker that asked for the server is gone
    (process,) = started
    try:
        time.sleep(0.5)
        assert process.poll() is None  # still serving: the run's later requests reach it
        released.set()  # the run ends: the keeper thread ends, and Linux stops the server
        assert process.wait(timeout=5) == -signal.SIGTERM
    finally:
        process.kill()
        process.wait()
