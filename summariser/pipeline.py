"""summarise(): load articles, extract each concurrently (bounded), merge, and count what it cost."""

import contextvars
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, InvalidStateError, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

from summariser.about import article_info, translation_info
from summariser.enrich.aligned import items_by_alignment
from summariser.enrich.counts_abroad import counts_abroad
from summariser.enrich.gifts_abroad import gifts_abroad, given_elsewhere, given_things
from summariser.enrich.proper import proper_names
from summariser.errors import ConfigError, FatalProviderError, InputError, ReplayMissError, SummariserError
from summariser.extract.budget import Estimate, check_limits, unreadable
from summariser.extract.cache import JsonCache
from summariser.extract.messages import prompt_hashes, schema_hash
from summariser.extract.params import ParamTable
from summariser.extract.run import CallOutcome, Plan, finish_article, plan_article, run_call
from summariser.extract.spelling import english_spellings
from summariser.facts import ArticleFacts, CallStats, GroundedFact, M, ModelClient
from summariser.link.across import known_names, names_across
from summariser.link.syndication import group_reports
from summariser.link.translation import find_translations, join_translations
from summariser.load.articles import Article, load_articles, unique_articles
from summariser.load.language import UNDETERMINED, LanguageInfo, detect_language_cached
from summariser.merge import merge
from summariser.names import in_latin_script
from summariser.redaction import redact, redact_url
from summariser.schemas import Actor, ArticleFailure, ReportGroup, RunInfo, RunStats, Summary
from summariser.settings import Settings

VERSION = "0.1.0"
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"  # never contacted: the cassette answers
MAX_CPU_WORKERS = 4  # threads that plan and ground articles: each holds an article's parses while it works
_Step = Literal["plan", "finish"] | int  # what a pending future of an extraction does: a call's index


class Progress(Protocol):
    """Receives run progress: the number of articles, then each finished article."""

    def start(self, total: int, estimate: Estimate) -> None: ...

    def advance(self, article_id: str, error: str | None) -> None: ...


class _Stopped(SummariserError):
    """A call not made because the run already failed or was cancelled."""


class _Cancelled(Exception):
    """The caller stopped the run (asummarise's task was cancelled)."""


class _Stop:
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
        """Raise _Cancelled if the caller stopped the run."""
        if self.cancelled:
            raise _Cancelled


@dataclass
class _Counted(CallStats):
    """An article's call counters that refuse every request once the run is stopped: the client asks
    them before each request, its retries and re-asks included."""

    _stopped: threading.Event | None = field(default=None, repr=False, compare=False)

    @property
    def stopped(self) -> threading.Event | None:
        """Set when the run stops (the client's backoff waits on it, to end early)."""
        return self._stopped

    def take_request(self, cap: int) -> bool:
        if self._stopped is not None and self._stopped.is_set():
            raise _Stopped("the run was stopped before this request")
        return super().take_request(cap)


class _Guarded:
    """A client that makes no call once the run has failed, and fails the run on an error no call can
    survive (bad key, unknown model, replay miss) in the very thread that met it."""

    def __init__(self, client: ModelClient, stopped: _Stop) -> None:
        self._client = client
        self._stopped = stopped

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        if self._stopped.is_set():
            raise _Stopped
        try:
            return self._client.complete(messages, response_model, stats)
        except (FatalProviderError, ReplayMissError):
            self._stopped.set()
            raise


class _Clients:
    """Creates the model client on the first cache miss, so a cached run starts no server and
    imports no SDK."""

    def __init__(
        self, settings: Settings, given: ModelClient | None, stack: ExitStack, params: ParamTable, stop: _Stop
    ) -> None:
        self._settings = settings
        self._client = given
        self._stack = stack
        self._params = params
        self._lock = threading.Lock()
        self._stopped = stop
        self._guarded: _Guarded | None = None

    @property
    def stop_signal(self) -> _Stop:
        """What stops the run's calls."""
        return self._stopped

    def stop(self) -> None:
        """No call starts from now on (the run is failing as a whole)."""
        self._stopped.set()

    def get(self) -> ModelClient:
        if self._stopped.is_set():
            raise _Stopped
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


def summarise(
    inputs: Sequence[str | Path | Article],
    *,
    settings: Settings | None = None,
    client: ModelClient | None = None,
    cache: JsonCache | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Summarise articles (paths, globs, directories, JSONL files or Article objects) into one Summary.

    A failed input or article is reported in `Summary.failures`; the others still run. Raises
    InputError when nothing loads, LimitError before any request if a cap would be exceeded, and
    FatalProviderError / ReplayMissError when the API cannot work at all.
    """
    return _summarise(inputs, settings, client, cache, progress, _Stop())


def _summarise(
    inputs: Sequence[str | Path | Article],
    settings: Settings | None,
    client: ModelClient | None,
    cache: JsonCache | None,
    progress: Progress | None,
    stop: _Stop,
) -> Summary:
    """summarise(), stopped at once by `stop` (cancel): no request starts after it."""
    settings = settings or Settings.from_env()
    started = time.monotonic()
    articles, failures = _load(inputs, settings)
    guess = check_limits(articles, settings)
    with ExitStack() as stack:
        if cache is None and settings.use_cache:
            cache = JsonCache(settings.cache_dir / "answers")
            stack.callback(cache.close)
        language_of = _languages(articles, settings)
        articles = [
            replace(a, language=language_of[a.id].language, languages=language_of[a.id].languages) for a in articles
        ]
        given = getattr(client, "params", None)  # a client passed in keeps the parameters it learns
        params = given if isinstance(given, ParamTable) else ParamTable(cache)
        clients = _Clients(settings, client, stack, params, stop)
        counters = _Counted(_stopped=stop.event)
        stop.check()
        if progress:
            progress.start(len(articles), guess)
        results, extract_failures = _extract_all(articles, settings, clients, params, cache, counters, progress)
        by_id = {a.id: a for a in articles}
        finder_failures = _complete(results, by_id, settings.disabled_finders)
        stop.check()
        spellings = english_spellings(_names_abroad(results), settings, clients.get, cache, counters)
        stop.check()
    failures += extract_failures + finder_failures
    ok_ids = {r.article_id for r in results}
    facts_of = {r.article_id: r for r in results}
    merged = merge((f for r in results for f in r.facts), spellings)
    texts = {a.id: a.text for a in articles if a.id in ok_ids}
    pairs = find_translations(texts, {a.id: a.language or UNDETERMINED for a in articles if a.id in ok_ids})
    reports = join_translations(group_reports(texts), texts, pairs)
    stats = RunStats(
        articles=len(ok_ids),
        failed=sum(1 for f in failures if f.stage != "partial"),
        facts=len(merged.gifts) + len(merged.military) + len(merged.actors),
        conflicts=len(merged.conflicts),
        requests=counters.requests,
        cache_hits=sum(r.cache_hits for r in results),
        transport_retries=counters.transport_retries,
        reasks=counters.reasks,
        param_adaptations=counters.param_adaptations,
        dropped_facts=sum(r.dropped for r in results),
        prompt_tokens=counters.prompt_tokens,
        completion_tokens=counters.completion_tokens,
        seconds=round(time.monotonic() - started, 3),
    )
    return Summary(
        articles=[
            article_info(a, language_of[a.id], reports.report_of[a.id], facts_of[a.id], pairs)
            for a in articles
            if a.id in ok_ids
        ],
        failures=failures,
        gifts=merged.gifts,
        actors=merged.actors,
        military=merged.military,
        conflicts=merged.conflicts,
        reports=[
            ReportGroup(id=g.id, article_ids=list(g.article_ids), similarity=g.similarity, translation=g.translation)
            for g in reports.groups
        ],
        translations=[translation_info(p) for p in pairs],
        run=RunInfo(
            model=settings.model,
            endpoint=redact_url(settings.endpoint_id),
            mode=settings.mode,
            prompt_hashes=prompt_hashes(),
            schema_hash=schema_hash(),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            summariser_version=VERSION,
        ),
        stats=stats,
    )


def _complete(results: list[ArticleFacts], by_id: dict[str, Article], off: frozenset[str]) -> list[ArticleFailure]:
    """Add to each article's facts what code finds beside the model's answers, across the run (each family
    unless `off` names it: summariser/finders.py). A finder that breaks on an article costs that article
    only what it would have added: it is listed as a partial failure, and every other fact stays."""
    failures: list[ArticleFailure] = []

    def run(family: str, article_id: str, find: Callable[..., list[GroundedFact]], *args: Any) -> list[GroundedFact]:
        if family in off:
            return []
        try:
            return find(*args)
        except Exception as error:  # noqa: BLE001 - a finder's bug must not lose the run (one line, below)
            logging.getLogger(__name__).warning(
                "finder %s failed on %s: %s: %s", family, article_id, type(error).__name__, error
            )
            failures.append(
                ArticleFailure(input=article_id, stage="partial", error=f"finder {family}: {type(error).__name__}")
            )
            return []

    names = known_names([f for r in results for f in r.facts])
    for result in results:  # a name grounded in one article, found in another's script or spelling
        article, facts, key = by_id[result.article_id], result.facts, result.article_id
        facts.extend(run("names_across", key, names_across, article, names, facts))
        facts.extend(run("proper_names", key, proper_names, article, facts))  # no parser
        facts.extend(run("counts_abroad", key, counts_abroad, article, facts))
        facts.extend(run("gifts_abroad", key, gifts_abroad, article, facts))
    given = given_things([f for r in results for f in r.facts])
    for result in results:  # a thing the run gives, named with no number in a sentence of giving abroad
        article, facts = by_id[result.article_id], result.facts
        facts.extend(run("given_elsewhere", result.article_id, given_elsewhere, article, facts, given))
    every = [f for r in results for f in r.facts]
    for result in results:  # an untranslated item named by an English article's list of the same numbers
        if "aligned_items" not in off:
            result.facts = items_by_alignment(by_id, result.facts, every)
    return failures


def _names_abroad(results: list[ArticleFacts]) -> list[str]:
    """Actor names that no article writes in Latin letters: only they can be shown in an English
    spelling (merge.py), so only they are asked for one."""
    return [
        f.fact.name for r in results for f in r.facts if isinstance(f.fact, Actor) and not in_latin_script(f.fact.name)
    ]


async def asummarise(
    inputs: Sequence[str | Path | Article],
    *,
    settings: Settings | None = None,
    client: ModelClient | None = None,
    cache: JsonCache | None = None,
    progress: Progress | None = None,
) -> Summary:
    """The async form of summarise(): runs the same pipeline in a thread of its own.

    Cancelling the awaiting task stops the run at once: no request starts after it, the calls in flight
    are abandoned (their threads end with them and send nothing more), and the task ends without
    waiting for them, so `asyncio.run` does not wait for them either.
    """
    import asyncio  # deferred: only async callers pay for it

    loop = asyncio.get_running_loop()
    answer: asyncio.Future[Summary] = loop.create_future()
    stop = _Stop()
    context = contextvars.copy_context()

    def work() -> None:
        try:
            result = context.run(_summarise, inputs, settings, client, cache, progress, stop)
        except BaseException as error:  # handed to the awaiting task, as asyncio.to_thread would
            _deliver(loop, answer, None, error)
        else:
            _deliver(loop, answer, result, None)

    threading.Thread(target=work, name="asummarise", daemon=True).start()
    try:
        return await answer
    except asyncio.CancelledError:
        stop.set(cancel=True)
        raise


def _deliver(loop: Any, answer: Any, result: Summary | None, error: BaseException | None) -> None:
    """Settle `answer` on its event loop's thread, unless it was cancelled or the loop has closed."""

    def settle() -> None:
        if answer.done():
            return
        if error is not None:
            answer.set_exception(error)
        else:
            answer.set_result(result)

    with suppress(RuntimeError):  # the loop closed: nobody awaits the answer any more
        loop.call_soon_threadsafe(settle)


def _load(inputs: Sequence[str | Path | Article], settings: Settings) -> tuple[list[Article], list[ArticleFailure]]:
    given = [a for a in inputs if isinstance(a, Article)]
    paths = [p for p in inputs if not isinstance(p, Article)]
    loaded = load_articles(paths, max_bytes=settings.max_article_bytes) if paths else None
    articles = unique_articles(given + (loaded.articles if loaded else []))
    failures = [ArticleFailure(input=i, stage="load", error=e) for i, e in (loaded.failures if loaded else [])]
    refused = {a.id: (a.path or a.id, why) for a in articles if (why := unreadable(a, settings))}  # no request
    failures += [ArticleFailure(input=name, stage="load", error=f"{name}: {why}") for name, why in refused.values()]
    articles = [a for a in articles if a.id not in refused]
    if not articles:
        detail = "; ".join(f.error for f in failures) or "no inputs given"
        raise InputError(f"no article could be loaded: {detail}")
    return articles, failures


def _extract_all(
    articles: list[Article],
    settings: Settings,
    clients: _Clients,
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
        return _Extraction(articles, settings, clients, params, cache, counters, progress, pools).all()


@dataclass
class _InFlight:
    """An article taken up: its counters, its plan once made, and its calls' outcomes as they come."""

    article: Article
    stats: _Counted
    plan: Plan | None = None
    outcomes: list[CallOutcome | None] = field(default_factory=list)
    left: int = 0


class _Extraction:
    """The scheduler of _extract_all: it runs in the caller's thread and hands each step to a pool."""

    def __init__(
        self,
        articles: list[Article],
        settings: Settings,
        clients: _Clients,
        params: ParamTable,
        cache: JsonCache | None,
        counters: CallStats,
        progress: Progress | None,
        pools: tuple[ThreadPoolExecutor, int, ThreadPoolExecutor],
    ) -> None:
        self.settings, self.clients, self.params, self.cache = settings, clients, params, cache
        self.counters, self.progress = counters, progress
        self.grounding, self.cpu, self.sending = pools
        self.queue = iter(articles)
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
                raise _Cancelled
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
            article = next(self.queue, None)
            if article is None:
                self.more = False
                break
            state = _InFlight(article, _Counted(_stopped=self.clients.stop_signal.event))
            self.in_flight += 1
            self.planning += 1
            self.pending[self.grounding.submit(plan_article, article, self.settings)] = (state, "plan")

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
    except _Cancelled:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    except Exception:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: do not wait for calls in flight
        raise
    pool.shutdown(wait=True)


def _languages(articles: list[Article], settings: Settings) -> dict[str, LanguageInfo]:
    """Every article's language, detected before extraction so that grounding knows which checks
    apply (verify/checks.py). Detections are kept in their own store beside the answers
    (cache_dir/languages), so a fully cached run never loads the detector (about 1 s) and the answer
    cache holds only model answers. Detection never fails a run."""
    store = None
    if settings.use_cache:
        try:
            store = JsonCache(settings.cache_dir / "languages")
        except Exception as e:  # detection goes on without its cache
            logging.getLogger(__name__).warning("language cache unavailable: %s", e)
    try:
        return {a.id: detect_language_cached(a.text, store) for a in articles}
    finally:
        if store is not None:
            store.close()
