"""The scheduler: every article in three steps, plan its calls (CPU), send them (I/O), finish it (CPU), on
pools bounded so that what a run holds does not grow with --concurrency; a run stopped by its caller or
by an error no call survives leaves at once."""

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from summariser.clients import Cancelled, Clients, Counted
from summariser.enrich.registry import enrich_article
from summariser.errors import ConfigError, FatalProviderError, ReplayMissError
from summariser.extract.budget import Estimate
from summariser.extract.cache import JsonCache
from summariser.extract.params import ParamTable
from summariser.extract.run import Job, Plan, plan_article, run_call
from summariser.facts import ArticleFacts, CallStats, ModelClient
from summariser.load.articles import Article
from summariser.load.document import Document, documents
from summariser.redaction import redact
from summariser.schemas import ArticleFailure
from summariser.settings import Settings
from summariser.verify.answers import CallOutcome, grounded_answers

MAX_CPU_WORKERS = 4  # threads that plan and ground articles: each holds an article's parses while it works
_Step = Literal["plan", "finish"] | int  # what a pending future of an extraction does: a call's index


class Progress(Protocol):
    """Receives run progress: the number of articles, then each finished article."""

    def start(self, total: int, estimate: Estimate) -> None: ...

    def advance(self, article_id: str, error: str | None) -> None: ...


def extract_all(
    docs: list[Document],
    settings: Settings,
    clients: Clients,
    params: ParamTable,
    cache: JsonCache | None,
    counters: CallStats,
    progress: Progress | None,
) -> tuple[list[ArticleFacts], list[ArticleFailure]]:
    """Every article in three steps: plan its calls (CPU), send them (I/O), ground the answers (CPU).

    The calls of all articles share one pool of `concurrency` threads, so at most that many requests are
    in flight and an article's calls do not wait for one another. Planning and grounding run on a few
    threads (at most the cores, and 4), so the parses held at once do not grow with `concurrency`; an
    article is taken up only while fewer than `concurrency` calls wait for a thread, so neither do the
    plans held. A run stopped by its caller (asummarise cancelled) leaves at once.
    """
    cpu = min(settings.workers, os.cpu_count() or 1, MAX_CPU_WORKERS)
    with _pool(cpu, "ground") as grounding, _pool(settings.workers, "call") as sending:
        pools = (grounding, cpu, sending)
        return _Extraction(docs, settings, clients, params, cache, counters, progress, pools).all()


@dataclass
class _InFlight:
    """An article taken up: its counters, its plan once made, and its calls' outcomes as they come."""

    article: Article
    stats: Counted
    plan: Plan | None = None
    outcomes: list[CallOutcome | None] = field(default_factory=list)
    left: int = 0


class _Extraction:
    """The scheduler of extract_all: it runs in the caller's thread and hands each step to a pool."""

    def __init__(
        self,
        docs: list[Document],
        settings: Settings,
        clients: Clients,
        params: ParamTable,
        cache: JsonCache | None,
        counters: CallStats,
        progress: Progress | None,
        pools: tuple[ThreadPoolExecutor, int, ThreadPoolExecutor],
    ) -> None:
        self.settings, self.clients, self.params, self.cache = settings, clients, params, cache
        self.counters, self.progress = counters, progress
        self.grounding, self.cpu, self.sending = pools
        self.queue = iter(docs)
        self.more = True
        self.pending: dict[Future[Any], tuple[_InFlight, _Step]] = {}
        self.ready: deque[tuple[_InFlight, int]] = deque()  # calls waiting for a thread
        self.in_flight = 0  # articles taken up, not yet done
        self.planning = 0
        self.sent = 0  # calls handed to the pool, not yet done
        self.results: list[ArticleFacts] = []
        self.failures: list[ArticleFailure] = []

    def all(self) -> tuple[list[ArticleFacts], list[ArticleFailure]]:
        """Run every article; raise at once when the caller stops the run or an error stops it."""
        stop = self.clients.stop_signal
        self._feed()
        while self.pending:
            watched = [*self.pending, stop.wake] if not stop.wake.done() else list(self.pending)
            done, _ = wait(watched, return_when=FIRST_COMPLETED)
            if stop.cancelled:
                raise Cancelled
            for future in done:
                if future is not stop.wake:
                    self._settle(future)
            self._feed()
        return self.results, self.failures

    def _feed(self) -> None:
        """Hand waiting calls to free threads; take up articles while few calls wait."""
        workers = self.settings.workers
        while self.ready and self.sent < workers:
            state, index = self.ready.popleft()
            self.pending[self.sending.submit(self._call, state, index)] = (state, index)
            self.sent += 1
        while (
            self.more and len(self.ready) < workers and self.planning < self.cpu and self.in_flight < workers + self.cpu
        ):
            doc = next(self.queue, None)
            if doc is None:
                self.more = False
                break
            state = _InFlight(doc.article, Counted(_stopped=self.clients.stop_signal.event))
            self.in_flight += 1
            self.planning += 1
            self.pending[self.grounding.submit(plan_article, doc, self.settings)] = (state, "plan")

    def _call(self, state: _InFlight, index: int) -> CallOutcome:
        assert state.plan is not None
        return run_call(
            state.plan.jobs[index], settings=self.settings, client_factory=self.clients.get, params=self.params,
            cache=self.cache, stats=state.stats,
        )  # fmt: skip

    def _settle(self, future: Future[Any]) -> None:
        """Take the result of one finished step and start the next step of its article."""
        state, step = self.pending.pop(future)
        error = future.exception()
        if error is not None:
            self._check_fatal(state.article, error)
        if step == "plan":
            self.planning -= 1
            if error is None:
                self._planned(state, future.result())
            else:
                self._done(state, None, error)
        elif step == "finish":
            self._done(state, None if error else future.result(), error)
        else:
            self.sent -= 1
            state.outcomes[step] = CallOutcome(None, error=_message(error, self.settings)) if error else future.result()
            state.left -= 1
            if state.left == 0:
                self._finish(state)

    def _planned(self, state: _InFlight, plan: Plan) -> None:
        state.plan = plan
        state.outcomes = [None] * len(plan.jobs)
        state.left = len(plan.jobs)
        self.ready.extend((state, i) for i in range(len(plan.jobs)))
        if not plan.jobs:
            self._finish(state)

    def _finish(self, state: _InFlight) -> None:
        assert state.plan is not None
        outcomes = [o for o in state.outcomes if o is not None]
        self.pending[self.grounding.submit(finish_article, state.plan, outcomes, self.settings)] = (state, "finish")

    def _check_fatal(self, article: Article, error: BaseException) -> None:
        """Raise what stops the whole run (bad key, unknown model, replay miss) or was no Exception."""
        if isinstance(error, FatalProviderError | ReplayMissError | ConfigError):
            self.clients.stop()
            if isinstance(error, ReplayMissError):
                raise ReplayMissError(f"{article.path or article.id}: {error}") from error
            raise error
        if not isinstance(error, Exception):
            raise error

    def _done(self, state: _InFlight, facts: ArticleFacts | None, error: BaseException | None) -> None:
        """Record an article's facts or its failure (one entry per cause) and count its calls."""
        self.in_flight -= 1
        self.counters.add(**state.stats.counts())
        article = state.article
        if facts is not None:
            self.results.append(facts)
            self.failures.extend(
                ArticleFailure(input=article.id, stage="partial", error=redact(e, self.settings.api_key))
                for e in facts.errors
            )
        else:
            assert error is not None
            self.failures.append(
                ArticleFailure(input=article.id, stage="extract", error=_message(error, self.settings))
            )
        if self.progress:
            self.progress.advance(article.id, str(error) if error else None)


def finish_article(plan: Plan, outcomes: list[CallOutcome], settings: Settings) -> ArticleFacts:
    """An article's last step: verify (its answers grounded in its text), then enrich (what the NLP layer
    finds beside them, chunk by chunk). ExtractionError when no call answered."""
    article = plan.article
    answered = [(offset, numbers, kinds, o) for (offset, numbers, _, kinds), o in zip(plan.jobs, outcomes, strict=True)]
    result = grounded_answers(article, answered, settings.fuzzy_threshold)
    if result.calls:  # what the model left out, found by the NLP layer in each chunk
        chunks = [(offset, numbers.text) for offset, numbers in plan.chunks]
        result.facts, broke = enrich_article(article, chunks, result.facts, settings.disabled_finders)
        result.errors += broke
    return result


def extract_article(
    article: Article,
    *,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    cache: JsonCache | None,
    stats: CallStats,
    params: ParamTable | None = None,
    calls: Executor | None = None,
) -> ArticleFacts:
    """One article's steps without the scheduler: plan, every call (cached as each completes), finish.

    With `calls`, the article's calls run concurrently on that executor (whose size bounds the
    requests in flight); without it, one after another. `params` is the run's table of what the
    endpoint takes (shared with the client), which the cache keys follow.
    """
    table = params or ParamTable()
    plan = plan_article(documents([article], settings.chunk_chars)[0], settings)

    def one(job: Job) -> CallOutcome:
        return run_call(job, settings=settings, client_factory=client_factory, params=table, cache=cache, stats=stats)

    jobs = plan.jobs
    outcomes = [f.result() for f in [calls.submit(one, job) for job in jobs]] if calls else [one(j) for j in jobs]
    return finish_article(plan, outcomes, settings)


def _message(error: BaseException, settings: Settings) -> str:
    """An error as a failure states it: its text (else its repr), without the key."""
    return redact(str(error) or repr(error), settings.api_key)


@contextmanager
def _pool(workers: int, name: str) -> Iterator[ThreadPoolExecutor]:
    """A pool that, when the run fails, drops its queued work and lets the steps in flight end (clients
    are stopped, so none retries or starts another) while the cassette and the cache are still open. When
    the caller stops the run (asummarise cancelled) or on Ctrl-C, it leaves at once: the calls in flight
    are abandoned, and their threads end with them without sending another request."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
    try:
        yield pool
    except Cancelled:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    except Exception:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: do not wait for calls in flight
        raise
    pool.shutdown(wait=True)
