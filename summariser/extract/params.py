"""Generation parameters that fit the model and endpoint, learned from the endpoint's own 400s.

Every call starts with today's parameters (temperature, max_tokens, seed), so a server that takes
them (llama.cpp, vLLM, Ollama, gpt-4o*) gets the same request body as before. When the endpoint
answers HTTP 400 naming one of them, the call is re-sent once in the shape OpenAI documents for
reasoning models (max_completion_tokens, no temperature, and reasoning_effort "none" with function
tools), and that shape is kept for the model and endpoint: for the rest of the run, and in the
cache when there is one, so cache keys stay true to what was sent and a re-run asks nothing twice.
"""

import threading
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from summariser.errors import FatalProviderError
from summariser.extract.cache import cache_key
from summariser.settings import REASONING_EFFORTS, Settings

LIMITS = ("max_tokens", "max_completion_tokens")


@dataclass(frozen=True)
class RequestParams:
    """Which generation parameters a call sends (their values come from Settings)."""

    limit: str = "max_tokens"  # the name the token limit is sent under
    temperature: bool = True
    seed: bool = True
    reasoning_effort: str | None = None

    def values(self, settings: Settings) -> dict[str, Any]:
        """The parameters as sent, by name."""
        sent: dict[str, Any] = {}
        if self.temperature:
            sent["temperature"] = settings.temperature
        sent[self.limit] = settings.max_tokens
        if self.seed:
            sent["seed"] = settings.seed
        if self.reasoning_effort is not None:
            sent["reasoning_effort"] = self.reasoning_effort
        return sent

    def describe(self) -> str:
        """A short human description, for log lines."""
        parts = [self.limit, "temperature" if self.temperature else "no temperature"]
        parts += [] if self.seed else ["no seed"]
        parts += [f"reasoning_effort={self.reasoning_effort}"] if self.reasoning_effort else []
        return ", ".join(parts)


def initial_params(settings: Settings) -> RequestParams:
    """What a call sends before the endpoint says otherwise; a reasoning effort goes to API models only."""
    return RequestParams(reasoning_effort=settings.reasoning_effort if settings.backend == "api" else None)


def adapted(sent: RequestParams, param: str, code: str | None, *, tools: bool) -> RequestParams | None:
    """What to send after the endpoint refused `param` of `sent` (HTTP 400, with the error's `code`),
    or None when nothing is left to change."""
    if param == "seed":
        return replace(sent, seed=False) if sent.seed else None
    if param in ("max_tokens", "temperature"):
        new = _reasoning(sent, tools=tools, effort=sent.reasoning_effort)
    elif param in ("reasoning_effort", "reasoning.effort"):
        if code == "unsupported_parameter":  # a model that does not reason at all: send none
            return replace(sent, reasoning_effort=None) if sent.reasoning_effort is not None else None
        # a reasoning model refusing this value, or function tools at an effort other than "none"
        effort = "none" if tools and sent.reasoning_effort != "none" else None
        new = replace(_reasoning(sent, tools=tools, effort=None), reasoning_effort=effort)
    else:
        return None
    return new if new != sent else None


def _reasoning(sent: RequestParams, *, tools: bool, effort: str | None) -> RequestParams:
    """OpenAI's reasoning-model shape: max_completion_tokens, only the default temperature, and with
    function tools on Chat Completions reasoning_effort "none" (the only effort they accept there)."""
    return replace(
        sent, limit="max_completion_tokens", temperature=False, reasoning_effort=effort or ("none" if tools else None)
    )


class Store(Protocol):
    """Where learned parameters outlive the run (the answer cache)."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def set(self, key: str, value: dict[str, Any]) -> None: ...


@dataclass
class _Entry:
    params: RequestParams
    rejected: set[RequestParams] = field(default_factory=set)
    refusal: str | None = None  # why every shape failed: later calls stop at once with it
    claimed: bool = False
    settled: threading.Event = field(default_factory=threading.Event)


class ParamTable:
    """The parameters each model and endpoint takes, shared by every call of a run (thread-safe)."""

    def __init__(self, store: Store | None = None) -> None:
        self._store = store
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    def current(self, settings: Settings) -> RequestParams:
        """The parameters a call would send now (for its cache key)."""
        with self._lock:
            return self._entry(settings).params

    def claim(self, settings: Settings) -> tuple[RequestParams, bool]:
        """The parameters to send, and whether this is the first call to the model. Until the first
        call's answer settles them, other calls wait: a refused parameter then costs one extra
        request per model, not one per request in flight. FatalProviderError once every shape failed."""
        with self._lock:
            entry = self._entry(settings)
            if not entry.claimed:
                entry.claimed = True
                return entry.params, True
        entry.settled.wait()
        with self._lock:
            if entry.refusal is not None:
                raise FatalProviderError(entry.refusal)
            return entry.params, False

    def settle(self, settings: Settings) -> None:
        """The first call has its answer (or gave up): let the waiting calls go."""
        with self._lock:
            self._entry(settings).settled.set()

    def learn(
        self, settings: Settings, sent: RequestParams, param: str, code: str | None
    ) -> tuple[RequestParams, bool] | None:
        """After the endpoint refused `param` of `sent`: what to send instead, and whether this call
        made the change (count it once); None when nothing is left to try (see `give_up`)."""
        with self._lock:
            entry = self._entry(settings)
            entry.rejected.add(sent)
            if entry.params != sent and entry.params not in entry.rejected:
                return entry.params, False  # another call already adapted
            new = adapted(sent, param, code, tools=settings.mode == "tools")
            if new is None or new in entry.rejected:
                return None
            entry.params = new
            if self._store is not None:
                self._store.set(_key(settings), {"params": _as_dict(new)})
            return new, True

    def give_up(self, settings: Settings, why: str) -> None:
        """Every shape was refused: later calls to this model and endpoint fail at once with `why`."""
        with self._lock:
            self._entry(settings).refusal = why

    def _entry(self, settings: Settings) -> _Entry:
        key = _key(settings)
        entry = self._entries.get(key)
        if entry is None:
            stored = self._store.get(key) if self._store is not None else None
            known = _from_dict(stored.get("params")) if stored else None
            entry = _Entry(known or initial_params(settings))
            if known is not None:  # learned by an earlier run: nothing to probe
                entry.claimed = True
                entry.settled.set()
            self._entries[key] = entry
        return entry


def _key(settings: Settings) -> str:
    return cache_key(
        {
            "request_params_of": {
                "model": settings.model,
                "endpoint": settings.endpoint_id,
                "mode": settings.mode,
                "reasoning_effort": initial_params(settings).reasoning_effort,
            }
        }
    )


def _as_dict(params: RequestParams) -> dict[str, Any]:
    return {
        "limit": params.limit,
        "temperature": params.temperature,
        "seed": params.seed,
        "reasoning_effort": params.reasoning_effort,
    }


def _from_dict(value: object) -> RequestParams | None:
    """Parameters from a stored record, or None if it is not one we wrote."""
    if not isinstance(value, dict):
        return None
    limit, temperature, seed, effort = (value.get(k) for k in ("limit", "temperature", "seed", "reasoning_effort"))
    if limit not in LIMITS or not isinstance(temperature, bool) or not isinstance(seed, bool):
        return None
    if effort is not None and effort not in REASONING_EFFORTS:
        return None
    return RequestParams(limit=str(limit), temperature=temperature, seed=seed, reasoning_effort=effort)
