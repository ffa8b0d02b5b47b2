"""Record and replay model HTTP traffic with vcrpy: one config shared by the CLI and the tests.

Requests match on method, path and body, so an edited prompt or schema misses loudly instead of
replaying a stale answer. Credentials and identifying headers never reach a cassette.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import vcr

DEFAULT_CASSETTE = Path(__file__).resolve().parent.parent / "cassettes" / "seeds.yaml"  # ships in the wheel
FILTERED_REQUEST_HEADERS = [
    "authorization", "api-key", "x-api-key", "cookie", "openai-organization", "openai-project",
    "user-agent", "x-stainless-arch", "x-stainless-os", "x-stainless-runtime-version",
    "x-stainless-package-version", "x-stainless-runtime", "x-stainless-lang",
    "x-stainless-async", "x-stainless-retry-count", "x-stainless-read-timeout",
]  # fmt: skip
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


@contextmanager
def cassette(path: Path | None, *, record: bool) -> Iterator[None]:
    """Replay (record=False: a request not in the cassette fails) or record all traffic to `path`."""
    target = path or DEFAULT_CASSETTE
    if not record and not target.is_file():
        from summariser.errors import ConfigError

        raise ConfigError(f"{target}: no such cassette; record one with `make record`")
    recorder = vcr.VCR(record_mode="all" if record else "none", **vcr_config())
    with recorder.use_cassette(str(target)):
        yield
