"""Run settings: one frozen object, built from keyword options and the environment."""

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from summariser.errors import ConfigError
from summariser.finders import FINDERS

# Checked 2026-11-25 against OpenAI's models and deprecations pages: gpt-6-luna is the named
# replacement of gpt-4o-mini (which shuts down 2027-01-14) and is not on the deprecation list.
DEFAULT_OPENAI_MODEL = "gpt-6-luna"
DEFAULT_MODEL_CHECKED = "2026-11-25"
LOCAL_MODEL_ALIAS = "qwen2.5-coder-1.5b-instruct-q4_k_m"
MODES = ("tools", "json", "json_schema", "md_json")
KINDS = ("gifts", "actors", "military")
CALLS = ("one", "per-kind")
REASONING_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh", "max")  # all OpenAI has used
_FLAGS = {"concurrency": "--concurrency", "max_articles": "--max-articles", "max_total_tokens": "--max-tokens-total"}
MIN_CHUNK_CHARS = 500
MAX_CHUNK_CHARS = 100_000  # a request's article part; the parser and the model read it whole
MAX_CONCURRENCY = 256
LOCAL_CONTEXT_TOKENS = 8192  # what the local server holds of one request, prompt and reply (backends/local.py)
MAX_COMPLETION_TOKENS = 128_000  # the most any model in the price table (extract/budget.py) writes in one reply
_WHOLE: dict[str, tuple[int, int | None]] = {  # whole-number knob -> (least, most); None: no upper bound
    "max_tokens": (1, MAX_COMPLETION_TOKENS),
    "seed": (-(2**63), 2**63 - 1),  # what the API's seed field holds
    "concurrency": (1, MAX_CONCURRENCY),
    "transport_retries": (0, 100),
    "max_reasks": (0, 10),
    "max_requests_per_article": (1, 10_000),
    "chunk_chars": (MIN_CHUNK_CHARS, MAX_CHUNK_CHARS),
    "max_article_bytes": (1, None),
    "max_articles": (1, None),
    "max_total_chars": (1, None),
    "max_total_tokens": (1, None),
    "local_threads": (0, 1024),
}
_REAL: dict[str, tuple[float, float, bool]] = {  # real knob -> (least, most, whether the least is allowed)
    "temperature": (0.0, 2.0, True),
    "timeout_s": (0.0, 86_400.0, False),
    "backoff_initial_s": (0.0, 3_600.0, True),
    "backoff_max_s": (0.0, 3_600.0, True),
    "fuzzy_threshold": (0.0, 100.0, False),
}
_TEXT = ("model", "backend", "mode", "calls")
_OPTIONAL_TEXT = ("base_url", "api_key", "reasoning_effort")
_SWITCHES = ("use_cache", "hints", "record")
_PATHS = ("cache_dir", "local_model", "cassette")


def default_cache_dir() -> Path:
    """Where cached model answers live unless told otherwise."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "summariser"


@dataclass(frozen=True)
class Settings:
    """Every knob of a run. Build with `Settings.from_env(...)` or directly."""

    model: str = LOCAL_MODEL_ALIAS
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    backend: str = "local"  # "api" | "local" | "replay"
    mode: str = "tools"
    temperature: float = 0.0
    max_tokens: int = 1536
    seed: int = 0
    reasoning_effort: str | None = None  # sent only to an API model, and only while its endpoint accepts it
    concurrency: int | None = None  # requests in flight; None: the backend's default (`workers`)
    cache_dir: Path = field(default_factory=default_cache_dir)
    use_cache: bool = True
    timeout_s: float | None = None  # per request; None: the backend's default (`timeout`)
    transport_retries: int = 3
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 30.0
    max_reasks: int = 1
    calls: str = (
        "one"  # "one": one call asks for every kind; "per-kind": a call per kind (measured: docs/performance.md)
    )
    model_lede: bool | None = None  # the model writes the lede (one request a run); None: see lede_by_model
    hints: bool = False  # give the model what the NLP layer found (measured off by default: docs/performance.md)
    max_requests_per_article: int = 24
    chunk_chars: int = 6000
    fuzzy_threshold: float = 90.0
    max_article_bytes: int = 2_000_000
    max_articles: int = 1000
    max_total_chars: int = 5_000_000
    max_total_tokens: int = 5_000_000
    local_model: Path | None = None
    local_threads: int = 0
    cassette: Path | None = None
    record: bool = False
    disabled_finders: frozenset[str] = frozenset()  # NLP finder families switched off, by id (summariser/finders.py)

    @property
    def lede_by_model(self) -> bool:
        """Whether the model is asked for the lede: as `model_lede` says; unset, with an API (or any base URL,
        or a cassette replayed), and when recording, but not on the embedded model, where the request costs
        about a minute on 2 cores (the five seeds would pass 3 minutes) and the 1.5B model's sentences mostly
        fail the check (docs/quality.md): it gets the template lede."""
        if self.model_lede is not None:
            return self.model_lede
        return self.backend != "local" or self.record

    def __post_init__(self) -> None:
        for name in _PATHS:  # accept str paths from library callers
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, Path(value))
        _check_types(self)
        if self.model_lede is not None and not isinstance(self.model_lede, bool):
            raise ConfigError(f"model lede must be True, False or None, not {_described(self.model_lede)}")
        if self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODES)}")
        if self.reasoning_effort is not None and self.reasoning_effort not in REASONING_EFFORTS:
            raise ConfigError(
                f"unknown --reasoning-effort {self.reasoning_effort!r}; choose one of {', '.join(REASONING_EFFORTS)}"
            )
        if self.calls not in CALLS:
            raise ConfigError(f"unknown calls {self.calls!r}; choose one of {', '.join(CALLS)}")
        if self.backend not in ("api", "local", "replay"):
            raise ConfigError(f"unknown backend {self.backend!r}")
        if self.base_url is not None and not self.base_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"--base-url must be an http(s) URL such as http://127.0.0.1:8080/v1, not {self.base_url!r}"
            )
        if isinstance(self.disabled_finders, str) or not isinstance(self.disabled_finders, Iterable):
            raise ConfigError(f"disabled finders must be a set of ids, not {_described(self.disabled_finders)}")
        object.__setattr__(self, "disabled_finders", frozenset(self.disabled_finders))
        if unknown := sorted(str(f) for f in self.disabled_finders if f not in FINDERS):
            raise ConfigError(f"unknown finder {', '.join(unknown)}; choose among {', '.join(FINDERS)}")

    @classmethod
    def from_env(cls, **overrides: Any) -> "Settings":
        """Settings from OPENAI_API_KEY / OPENAI_BASE_URL / SUMMARISER_* plus explicit overrides.

        With neither a key nor a base URL, the embedded local model is the backend.
        Overrides that are None are ignored, so CLI options can be passed through as they are.
        """
        given = {k: v for k, v in overrides.items() if v is not None}
        env = os.environ
        values: dict[str, Any] = {}
        if env.get("OPENAI_API_KEY"):
            values["api_key"] = env["OPENAI_API_KEY"]
        if env.get("OPENAI_BASE_URL"):
            values["base_url"] = env["OPENAI_BASE_URL"]
        if env.get("SUMMARISER_MODEL"):
            values["model"] = env["SUMMARISER_MODEL"]
        if env.get("SUMMARISER_CACHE_DIR"):
            values["cache_dir"] = Path(env["SUMMARISER_CACHE_DIR"])
        values.update(given)
        if "backend" not in values:
            remote = values.get("api_key") or values.get("base_url")
            values["backend"] = "api" if remote else "local"
        if values["backend"] == "api" and "model" not in values:
            values["model"] = DEFAULT_OPENAI_MODEL
        if values["backend"] != "api":
            values.setdefault("model", LOCAL_MODEL_ALIAS)
        return cls(**values)

    def with_(self, **changes: Any) -> "Settings":
        """A copy with some fields changed."""
        return replace(self, **changes)

    @property
    def workers(self) -> int:
        """Requests in flight: as set, else 1 for the local server (it answers one request at a time)
        and 4 otherwise."""
        if self.concurrency is not None:
            return self.concurrency
        return 1 if self.backend == "local" else 4

    @property
    def timeout(self) -> float:
        """Seconds to wait for one reply: as set, else 900 on the local model (a long reply on a
        2-core CPU takes minutes, not a hang) and 300 otherwise."""
        if self.timeout_s is not None:
            return self.timeout_s
        return 900.0 if self.backend == "local" else 300.0

    @property
    def endpoint_id(self) -> str:
        """What identifies the answering model's host in cache keys and run metadata.

        The local server listens on a random port, so it is identified by its weights instead;
        replay answers come from the same local model, so they share that identity.
        """
        if self.backend == "api":
            return self.base_url or "https://api.openai.com/v1"
        return f"local-gguf:{self.local_model.name if self.local_model else 'default'}"


def _check_types(settings: Settings) -> None:
    """ConfigError naming the first knob whose value has the wrong type or lies outside its range."""
    for name in _TEXT + _OPTIONAL_TEXT:
        value = getattr(settings, name)
        if not isinstance(value, str) and not (value is None and name in _OPTIONAL_TEXT):
            shown = type(value).__name__ if name == "api_key" else _described(value)  # never a key's text
            raise ConfigError(f"{_label(name)} must be a string, not {shown}")
    for name in _SWITCHES:
        if not isinstance(getattr(settings, name), bool):
            raise ConfigError(f"{_label(name)} must be True or False, not {_described(getattr(settings, name))}")
    for name in _PATHS:
        value = getattr(settings, name)
        if not isinstance(value, Path) and not (value is None and name != "cache_dir"):
            raise ConfigError(f"{_label(name)} must be a path, not {_described(value)}")
    for name, (least, most) in _WHOLE.items():
        _check_whole(name, getattr(settings, name), least, most)
    for name, (low, high, low_allowed) in _REAL.items():
        _check_real(name, getattr(settings, name), low, high, low_allowed)


def _check_whole(name: str, value: object, least: int, most: int | None) -> None:
    if value is None and name == "concurrency":
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise ConfigError(f"{_label(name)} must be a whole number, not {_described(value)}")
    if value < least:
        raise ConfigError(f"{_label(name)} must be at least {least:,}, not {value:,}")
    if most is not None and value > most:
        raise ConfigError(f"{_label(name)} must be at most {most:,}, not {value:,}")


def _check_real(name: str, value: object, low: float, high: float, low_allowed: bool) -> None:
    if value is None and name == "timeout_s":
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ConfigError(f"{_label(name)} must be a number, not {_described(value)}")
    if not math.isfinite(value) or value > high or value < low or (value == low and not low_allowed):
        interval = f"{'[' if low_allowed else '('}{low:g}, {high:g}]"
        raise ConfigError(f"{_label(name)} must be a finite number in {interval}, not {value}")


def _label(name: str) -> str:
    """How a knob is named in an error: its CLI flag where it has one."""
    return _FLAGS.get(name) or f"Settings.{name}"


def _described(value: object) -> str:
    """A wrong value in words, its type first and its text cut short (never a long repr)."""
    shown = repr(value)
    return f"{type(value).__name__} {shown if len(shown) <= 40 else shown[:37] + '...'}"
