"""The run's calls as one: a stop signal, counters that refuse every request once the run is stopped, and
the model client, started on the first cache miss and guarded so that no call starts after the run failed."""

import threading
from concurrent.futures import Future, InvalidStateError
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from typing import Any

from summariser.errors import FatalProviderError, ReplayMissError, SummariserError
from summariser.extract.params import ParamTable
from summariser.facts import CallStats, M, ModelClient
from summariser.settings import Settings

REPLAY_BASE_URL = "http://127.0.0.1:9/v1"  # never contacted: the cassette answers


class Stopped(SummariserError):
    """A call not made because the run already failed or was cancelled."""


class Cancelled(Exception):
    """The caller stopped the run (asummarise's task was cancelled)."""


class Stop:
    """Stops a run: from `set` on no request starts, and the scheduler waiting for steps wakes at once."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self.wake: Future[None] = Future()
        self.cancelled = False

    def set(self, *, cancel: bool = False) -> None:
        """Stop the run: because it failed, or (cancel) because its caller no longer wants it."""
        self.cancelled = self.cancelled or cancel
        self.event.set()
        with suppress(InvalidStateError):  # already woken
            self.wake.set_result(None)

    def is_set(self) -> bool:
        """Whether the run was stopped, for either reason."""
        return self.event.is_set()

    def check(self) -> None:
        """Raise Cancelled if the caller stopped the run."""
        if self.cancelled:
            raise Cancelled


@dataclass
class Counted(CallStats):
    """An article's call counters that refuse every request once the run is stopped: the client asks
    them before each request, its retries and re-asks included."""

    _stopped: threading.Event | None = field(default=None, repr=False, compare=False)

    @property
    def stopped(self) -> threading.Event | None:
        """Set when the run stops (the client's backoff waits on it, to end early)."""
        return self._stopped

    def take_request(self, cap: int) -> bool:
        if self._stopped is not None and self._stopped.is_set():
            raise Stopped("the run was stopped before this request")
        return super().take_request(cap)


class _Guarded:
    """A client that makes no call once the run has failed, and fails the run on an error no call can
    survive (bad key, unknown model, replay miss) in the very thread that met it."""

    def __init__(self, client: ModelClient, stopped: Stop) -> None:
        self._client = client
        self._stopped = stopped

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        if self._stopped.is_set():
            raise Stopped
        try:
            return self._client.complete(messages, response_model, stats)
        except (FatalProviderError, ReplayMissError):
            self._stopped.set()
            raise


class Clients:
    """Creates the model client on the first cache miss, so a cached run starts no server and
    imports no SDK."""

    def __init__(
        self, settings: Settings, given: ModelClient | None, stack: ExitStack, params: ParamTable, stop: Stop
    ) -> None:
        self._settings = settings
        self._client = given
        self._stack = stack
        self._params = params
        self._lock = threading.Lock()
        self._stopped = stop
        self._guarded: _Guarded | None = None

    @property
    def stop_signal(self) -> Stop:
        """What stops the run's calls."""
        return self._stopped

    def stop(self) -> None:
        """No call starts from now on (the run is failing as a whole)."""
        self._stopped.set()

    def get(self) -> ModelClient:
        if self._stopped.is_set():
            raise Stopped
        with self._lock:
            if self._guarded is None:
                self._guarded = _Guarded(self._client or self._start(), self._stopped)
            return self._guarded

    def _start(self) -> ModelClient:
        from summariser.extract.client import OpenAIClient  # deferred: openai and instructor are slow to import

        settings = self._settings
        if settings.backend == "api":
            return OpenAIClient(settings, params=self._params)
        if settings.backend == "replay":
            from summariser.backends.replay import ReplayTransport

            transport = ReplayTransport(settings.cassette)  # this run's own player: nothing patched globally
            return OpenAIClient(settings, base_url=REPLAY_BASE_URL, params=self._params, transport=transport)
        from summariser.backends.local import local_server

        url = self._stack.enter_context(
            local_server(settings.local_model, settings.cache_dir, threads=settings.local_threads)
        )
        if settings.record:
            from summariser.backends.replay import cassette

            self._stack.enter_context(cassette(settings.cassette, record=True))
        return OpenAIClient(settings, base_url=url, params=self._params)
