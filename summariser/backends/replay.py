"""Record model HTTP traffic with vcrpy (one config shared by the CLI and the tests) and replay it.

Requests match on method, path and body, so an edited prompt or schema misses loudly instead of
replaying a stale answer. Credentials and identifying headers never reach a cassette.

A run replays through its own ReplayTransport, handed to its HTTP client: nothing is patched
process-wide, so runs in several threads at once each get every recorded answer. (vcrpy patches
the HTTP library for the whole process: two replaying runs at once would share one cassette, and
the second to ask for an answer would find it already played.)
"""

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx2
import yaml

from summariser.errors import ConfigError, InputError, ReplayMissError
from summariser.files import read_regular

DEFAULT_CASSETTE = Path(__file__).resolve().parent.parent / "cassettes" / "seeds.yaml"  # ships in the wheel
FILTERED_REQUEST_HEADERS = [
    "authorization", "api-key", "x-api-key", "cookie", "openai-organization", "openai-project",
    "user-agent", "x-stainless-arch", "x-stainless-os", "x-stainless-runtime-version",
    "x-stainless-package-version", "x-stainless-runtime", "x-stainless-lang",
    "x-stainless-async", "x-stainless-retry-count", "x-stainless-read-timeout",
]  # fmt: skip
MAX_CASSETTE_BYTES = 256 * 1024 * 1024
KEPT_RESPONSE_HEADERS = {"content-type", "retry-after", "retry-after-ms"}


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Keep only harmless response headers (no cookies, organisation, project or request ids)."""
    headers = response.get("headers", {})
    response["headers"] = {k: v for k, v in headers.items() if k.lower() in KEPT_RESPONSE_HEADERS}
    return response


def vcr_config() -> dict[str, Any]:
    """Settings for vcrpy and pytest-recording."""
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": [(name, None) for name in FILTERED_REQUEST_HEADERS],
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


def recording_path(target: Path) -> Path:
    """Where a new recording of `target` is written until it is complete (same folder, hidden name)."""
    return target.with_name(f".{target.name}.{os.getpid()}.recording")


def check_cassette(path: Path) -> list[dict[str, Any]]:
    """The recorded interactions of the cassette at `path`; ConfigError, in one line, unless it is one: a
    regular file of UTF-8 YAML holding a list of recorded interactions (vcrpy would log a traceback and
    replay nothing)."""
    try:
        data = read_regular(path, MAX_CASSETTE_BYTES)
    except InputError as e:
        hint = "; record one with `make record`" if not path.exists() else ""
        raise ConfigError(f"cassette {e}{hint}") from None
    try:
        loaded = yaml.load(data.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not a cassette: not valid UTF-8 (bad byte at offset {e.start})") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise ConfigError(
            f"{path}: not a cassette: invalid YAML" + (f" at line {mark.line + 1}" if mark else "")
        ) from None
    interactions = loaded.get("interactions") if isinstance(loaded, dict) else None
    if not isinstance(interactions, list) or not all(
        isinstance(i, dict) and "request" in i and "response" in i for i in interactions
    ):
        raise ConfigError(f"{path}: not a cassette: no list of recorded interactions")
    return interactions


@contextmanager
def cassette(path: Path | None, *, record: bool) -> Iterator[None]:
    """Replay (record=False: a request not in the cassette fails) or record all traffic to `path`.

    A recording goes to a temporary file that replaces `path` only when the block ends without an
    error, so a failed run never damages or deletes the cassette there.
    """
    import vcr  # deferred: only recording (and this form of replay) patches the HTTP library

    target = path or DEFAULT_CASSETTE
    if not record:
        check_cassette(target)
        with vcr.VCR(record_mode="none", **vcr_config()).use_cassette(str(target)):
            yield
        return
    temp = recording_path(target)
    temp.unlink(missing_ok=True)
    try:
        with vcr.VCR(record_mode="all", **vcr_config()).use_cassette(str(temp)):
            yield
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if temp.exists():  # vcrpy writes nothing when nothing was recorded
        os.replace(temp, target)


class ReplayTransport(httpx2.BaseTransport):
    """Answers each request with the response recorded for the same method, path and body (JSON bodies
    compared as data, so key order and spacing do not matter), opening no socket. A request asked
    again gets the next answer recorded for it, then the last one again. A request not recorded raises
    ReplayMissError (the client reports it as a replay miss)."""

    def __init__(self, path: Path | None) -> None:
        target = path or DEFAULT_CASSETTE
        self._where = target.name
        self._answers: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for interaction in check_cassette(target):
            request = interaction["request"]
            key = (str(request.get("method", "")).upper(), urlsplit(str(request.get("uri", ""))).path or "/",
                   _body_key(request.get("body")))  # fmt: skip
            self._answers.setdefault(key, []).append(interaction["response"])
        self._played: dict[tuple[str, str, str], int] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        """The recorded response to `request`."""
        key = (request.method.upper(), request.url.path or "/", _body_key(request.read()))
        with self._lock:
            answers = self._answers.get(key)
            if not answers:
                raise ReplayMissError(f"{request.method} {request.url.path} is not in the cassette {self._where}")
            turn = self._played.get(key, 0)
            self._played[key] = turn + 1
        recorded = answers[min(turn, len(answers) - 1)]
        status = recorded.get("status", {})
        headers = [(name, value) for name, values in recorded.get("headers", {}).items() for value in _listed(values)]
        return httpx2.Response(
            int(status.get("code", 200)), headers=headers, content=_body_bytes(recorded.get("body")), request=request
        )


def _body_key(body: object) -> str:
    """A request body as compared: canonical JSON where it is JSON, else its text."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else "" if body is None else str(body)
    try:
        return json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except ValueError:
        return text


def _body_bytes(body: object) -> bytes:
    """A recorded response body (vcrpy stores {'string': text or bytes})."""
    value = body.get("string", b"") if isinstance(body, dict) else body
    if isinstance(value, bytes):
        return value
    return str(value or "").encode("utf-8")


def _listed(values: object) -> list[str]:
    """A recorded header's values (vcrpy stores a list per name)."""
    return [str(v) for v in values] if isinstance(values, list) else [str(values)]
