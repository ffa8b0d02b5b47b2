"""summarise(): a run's stages, in the one direction they go.

load (articles, their languages) -> extract (prompting and calls) -> verify (the answers grounded in the
text) -> enrich (the registered finders) -> link (names across articles and scripts, reprints,
translations) -> merge -> render (the Summary, with what the run cost). Extract, verify and the first
round of enrich go article by article on bounded pools (scheduler.py); the run's calls share one stop
signal and one client (clients.py)."""

import contextvars
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any

from summariser.brief import brief
from summariser.clients import Clients, Counted, Stop
from summariser.enrich.registry import enrich_run
from summariser.errors import InputError
from summariser.extract.budget import check_limits, unreadable
from summariser.extract.cache import JsonCache
from summariser.extract.lede import write_lede
from summariser.extract.params import ParamTable
from summariser.extract.spelling import run_spellings
from summariser.facts import ModelClient
from summariser.link.finders import FAMILIES as LINK_FINDERS
from summariser.link.named import drop_named_things
from summariser.link.syndication import group_reports
from summariser.link.translation import find_translations, join_translations
from summariser.load.articles import Article, load_articles, unique_articles
from summariser.load.document import Document, detected_languages, documents
from summariser.load.language import UNDETERMINED
from summariser.merge import merge
from summariser.scheduler import Progress, extract_all
from summariser.schemas import ArticleFailure, Summary
from summariser.schemas.extraction import WrittenLede
from summariser.settings import Settings


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
    docs, failures = _load(inputs, settings)  # load: articles, their chunks; refused if no request reads them
    guess = check_limits(docs, settings)
    with ExitStack() as stack:
        if cache is None and settings.use_cache:
            cache = JsonCache(settings.cache_dir / "answers")
            stack.callback(cache.close)
        docs = detected_languages(docs, _language_store(settings, stack))  # load: each article's language
        articles = [d.article for d in docs]
        given = getattr(client, "params", None)  # a client passed in keeps the parameters it learns
        params = given if isinstance(given, ParamTable) else ParamTable(cache)
        clients = Clients(settings, client, stack, params, stop)
        counters = Counted(_stopped=stop.event)
        stop.check()
        if progress:
            progress.start(len(docs), guess)
        # extract -> verify -> enrich, article by article on bounded pools (scheduler.py)
        results, extract_failures = extract_all(docs, settings, clients, params, cache, counters, progress)
        by_id = {a.id: a for a in articles}
        # enrich across articles: the registered finders, link's names_across among them
        finder_failures = enrich_run(results, by_id, settings.disabled_finders, LINK_FINDERS)
        drop_named_things(results, by_id)  # link: names given to animals and things are no actors
        stop.check()
        with _own_calls(counters, stop) as calls:  # link: names in other scripts
            spellings = run_spellings(results, settings, clients.get, cache, calls)
        stop.check()
        failures += extract_failures + finder_failures
        merged = merge((f for r in results for f in r.facts), spellings)  # merge
        done = [d for d in docs if d.article.id in {r.article_id for r in results}]
        ok = [d.article for d in done]
        texts = {a.id: a.text for a in ok}  # link: reprints and translations
        pairs = find_translations(texts, {a.id: a.language or UNDETERMINED for a in ok})
        reports = join_translations(group_reports(texts), texts, pairs)

        def write(facts: str) -> WrittenLede | None:  # render: the lede, written by the model from the facts
            if not settings.lede_by_model:
                return None
            with _own_calls(counters, stop) as calls:
                return write_lede(facts, settings, clients.get, cache, calls)

        # the Summary, its lede checked against the facts it cites
        return brief(done, results, failures, merged, reports, pairs, counters, settings, started, write)


@contextmanager
def _own_calls(counters: Counted, stop: Stop) -> Iterator[Counted]:
    """Counters of their own for a request of the whole run (the names' spellings, the lede), added to the run's
    when it ends: max_requests_per_article caps each such request's calls as it caps an article's, not the calls
    every article made before it (a run of 24 or more requests was refused both)."""
    calls = Counted(_stopped=stop.event)
    try:
        yield calls
    finally:
        counters.add(**calls.counts())


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


def _load(inputs: Sequence[str | Path | Article], settings: Settings) -> tuple[list[Document], list[ArticleFailure]]:
    given = [a for a in inputs if isinstance(a, Article)]
    paths = [p for p in inputs if not isinstance(p, Article)]
    loaded = load_articles(paths, max_bytes=settings.max_article_bytes) if paths else None
    docs = documents(unique_articles(given + (loaded.articles if loaded else [])), settings.chunk_chars)
    failures = [ArticleFailure(input=i, stage="load", error=e) for i, e in (loaded.failures if loaded else [])]
    refused = {d.article.id: (d.article.path or d.article.id, why) for d in docs if (why := unreadable(d, settings))}
    failures += [ArticleFailure(input=name, stage="load", error=f"{name}: {why}") for name, why in refused.values()]
    docs = [d for d in docs if d.article.id not in refused]  # no request reads them
    if not docs:
        detail = "; ".join(f.error for f in failures) or "no inputs given"
        raise InputError(f"no article could be loaded: {detail}")
    return docs, failures


def _language_store(settings: Settings, stack: ExitStack) -> JsonCache | None:
    """Where language detections are kept, beside the answers (cache_dir/languages), so that a fully cached
    run never loads the detector (about 1 s) and the answer cache holds only model answers; None without a
    cache, or where it cannot be opened (detection never fails a run)."""
    if not settings.use_cache:
        return None
    try:
        store = JsonCache(settings.cache_dir / "languages")
    except Exception as e:  # detection goes on without its cache
        logging.getLogger(__name__).warning("language cache unavailable: %s", e)
        return None
    stack.callback(store.close)
    return store
