"""summarise(): load articles, extract each concurrently (bounded), merge, and count what it cost."""

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from summariser.about import article_info, translation_info
from summariser.errors import ConfigError, FatalProviderError, InputError, ReplayMissError
from summariser.extract.budget import Estimate, check_limits, unreadable
from summariser.extract.cache import JsonCache
from summariser.extract.messages import prompt_hashes, schema_hash
from summariser.extract.params import ParamTable
from summariser.extract.run import extract_article
from summariser.extract.spelling import english_spellings
from summariser.facts import ArticleFacts, CallStats, M, ModelClient
from summariser.ground.across import known_names, names_across
from summariser.ground.aligned import items_by_alignment
from summariser.ground.counts_abroad import counts_abroad
from summariser.ground.gifts_abroad import gifts_abroad, given_elsewhere, given_things
from summariser.ground.proper import proper_names
from summariser.load.articles import Article, load_articles, unique_articles
from summariser.load.language import UNDETERMINED, LanguageInfo, detect_language_cached
from summariser.load.syndication import group_reports
from summariser.load.translation import find_translations, join_translations
from summariser.merge import merge
from summariser.names import in_latin_script
from summariser.redaction import redact, redact_url
from summariser.schemas import Actor, ArticleFailure, ReportGroup, RunInfo, RunStats, Summary
from summariser.settings import Settings

VERSION = "0.1.0"
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"  # never contacted: the cassette answers


class Progress(Protocol):
    """Receives run progress: the number of articles, then each finished article."""

    def start(self, total: int, estimate: Estimate) -> None: ...

    def advance(self, article_id: str, error: str | None) -> None: ...


class _Stopped(Exception):
    """A call not made because the run already failed."""


class _Guarded:
    """A client that makes no call once the run has failed, and fails the run on an error no call can
    survive (bad key, unknown model, replay miss) in the very thread that met it."""

    def __init__(self, client: ModelClient, stopped: threading.Event) -> None:
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

    def __init__(self, settings: Settings, given: ModelClient | None, stack: ExitStack, params: ParamTable) -> None:
        self._settings = settings
        self._client = given
        self._stack = stack
        self._params = params
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._guarded: _Guarded | None = None

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
            from summariser.backends.replay import cassette

            self._stack.enter_context(cassette(settings.cassette, record=False))
            return OpenAIClient(settings, base_url=REPLAY_BASE_URL, params=self._params)
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
        clients = _Clients(settings, client, stack, params)
        counters = CallStats()
        if progress:
            progress.start(len(articles), guess)
        results, extract_failures = _extract_all(articles, settings, clients, params, cache, counters, progress)
        by_id = {a.id: a for a in articles}
        _complete(results, by_id)
        spellings = english_spellings(_names_abroad(results), settings, clients.get, cache, counters)
    failures += extract_failures
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


def _complete(results: list[ArticleFacts], by_id: dict[str, Article]) -> None:
    """Add to each article's facts what code finds beside the model's answers, across the run."""
    names = known_names([f for r in results for f in r.facts])
    for result in results:  # a name grounded in one article, found in another's script or spelling
        result.facts.extend(names_across(by_id[result.article_id], names, result.facts))
        result.facts.extend(proper_names(by_id[result.article_id], result.facts))  # text no parser reads
        result.facts.extend(counts_abroad(by_id[result.article_id], result.facts))
        result.facts.extend(gifts_abroad(by_id[result.article_id], result.facts))
    given = given_things([f for r in results for f in r.facts])
    for result in results:  # a thing the run gives, named with no number in a sentence of giving abroad
        result.facts.extend(given_elsewhere(by_id[result.article_id], result.facts, given))
    every = [f for r in results for f in r.facts]
    for result in results:  # an untranslated item named by an English article's list of the same numbers
        result.facts = items_by_alignment(by_id, result.facts, every)


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
    """The async form of summarise(): runs the same pipeline in a worker thread."""
    import asyncio  # deferred: only async callers pay for it

    return await asyncio.to_thread(summarise, inputs, settings=settings, client=client, cache=cache, progress=progress)


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
    """Two streaming pools: `concurrency` articles in flight, each sending its calls (kinds x chunks) to one
    shared pool of `concurrency` workers, so at most `concurrency` requests are in flight and an
    article's calls do not wait for one another. A free worker takes the next article or call."""
    results: list[ArticleFacts] = []
    failures: list[ArticleFailure] = []

    def one(article: Article) -> ArticleFacts:
        stats = CallStats()
        try:
            return extract_article(
                article,
                settings=settings,
                client_factory=clients.get,
                params=params,
                cache=cache,
                stats=stats,
                calls=calls,
            )
        finally:
            counters.add(**stats.counts())

    with _pool(settings.workers) as calls, _pool(settings.workers) as pool:
        pending: dict[Future[ArticleFacts], Article] = {}
        queue = iter(articles)
        for article in queue:
            pending[pool.submit(one, article)] = article
            if len(pending) >= settings.workers:
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                article = pending.pop(future)
                error = future.exception()
                if isinstance(error, FatalProviderError | ReplayMissError | ConfigError):
                    clients.stop()
                    if isinstance(error, ReplayMissError):
                        raise ReplayMissError(f"{article.path or article.id}: {error}") from error
                    raise error
                if error is not None and not isinstance(error, Exception):
                    raise error
                if error is None:
                    done_facts = future.result()
                    results.append(done_facts)
                    failures.extend(
                        ArticleFailure(input=article.id, stage="partial", error=redact(e, settings.api_key))
                        for e in done_facts.errors
                    )
                else:
                    message = redact(str(error) or repr(error), settings.api_key)
                    failures.append(ArticleFailure(input=article.id, stage="extract", error=message))
                if progress:
                    progress.advance(article.id, str(error) if error else None)
                next_article = next(queue, None)
                if next_article is not None:
                    pending[pool.submit(one, next_article)] = next_article
    return results, failures


@contextmanager
def _pool(workers: int) -> Iterator[ThreadPoolExecutor]:
    """A pool that, when the run fails, drops its queued work and lets the calls in flight end (clients
    are stopped, so none retries or starts another) while the cassette and the cache are still open: no
    call of a failed replay reaches a real socket. On Ctrl-C it leaves at once."""
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="extract")
    try:
        yield pool
    except Exception:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C: do not wait for calls in flight
        raise
    pool.shutdown(wait=True)


def _languages(articles: list[Article], settings: Settings) -> dict[str, LanguageInfo]:
    """Every article's language, detected before extraction so that grounding knows which checks
    apply (ground/checks.py). Detections are kept in their own store beside the answers
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
