"""Record and replay model HTTP traffic with vcrpy: one config shared by the CLI and the tests.

Requests match on method, path and body, so an edited prompt or schema misses loudly instead of
replaying a stale answer. Credentials and identifying headers never reach a cassette.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import vcr
import yaml

from summariser.errors import ConfigError, InputError
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


def check_cassette(path: Path) -> None:
    """ConfigError, in one line, unless `path` is a cassette: a regular file of UTF-8 YAML holding a list
    of recorded interactions (vcrpy would log a traceback and replay nothing)."""
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


@contextmanager
def cassette(path: Path | None, *, record: bool) -> Iterator[None]:
    """Replay (record=False: a request not in the cassette fails) or record all traffic to `path`.

    A recording goes to a temporary file that replaces `path` only when the block ends without an
    error, so a failed run never damages or deletes the cassette there.
    """
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
