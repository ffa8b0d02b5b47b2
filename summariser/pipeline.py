"""summarise(): load articles, extract each concurrently (bounded), merge, and count what it cost."""

import contextvars
import logging
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack, suppress
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summariser.about import article_info, translation_info
from summariser.clients import Clients, Counted, Stop
from summariser.enrich.aligned import items_by_alignment
from summariser.enrich.counts_abroad import counts_abroad
from summariser.enrich.gifts_abroad import gifts_abroad, given_elsewhere, given_things
from summariser.enrich.proper import proper_names
from summariser.errors import InputError
from summariser.extract.budget import check_limits, unreadable
from summariser.extract.cache import JsonCache
from summariser.extract.messages import prompt_hashes, schema_hash
from summariser.extract.params import ParamTable
from summariser.extract.spelling import english_spellings
from summariser.facts import ArticleFacts, GroundedFact, ModelClient
from summariser.link.across import known_names, names_across
from summariser.link.syndication import group_reports
from summariser.link.translation import find_translations, join_translations
from summariser.load.articles import Article, load_articles, unique_articles
from summariser.load.language import UNDETERMINED, LanguageInfo, detect_language_cached
from summariser.merge import merge
from summariser.names import in_latin_script
from summariser.redaction import redact_url
from summariser.scheduler import Progress, extract_all
from summariser.schemas import Actor, ArticleFailure, ReportGroup, RunInfo, RunStats, Summary
from summariser.settings import Settings

VERSION = "0.1.0"


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
    return _summarise(inputs, settings, client, cache, progress, Stop())


def _summarise(
    inputs: Sequence[str | Path | Article],
    settings: Settings | None,
    client: ModelClient | None,
    cache: JsonCache | None,
    progress: Progress | None,
    stop: Stop,
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
        clients = Clients(settings, client, stack, params, stop)
        counters = Counted(_stopped=stop.event)
        stop.check()
        if progress:
            progress.start(len(articles), guess)
        results, extract_failures = extract_all(articles, settings, clients, params, cache, counters, progress)
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
    stop = Stop()
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
