"""One article -> grounded facts: number its sentences, ask the model (one call for every kind, or
one per kind), cache each answer, turn cited sentence numbers into quotes, then ground."""

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from summariser.errors import ExtractionError, FatalProviderError, ProviderError, ValidationExhausted
from summariser.extract.cache import JsonCache
from summariser.extract.messages import build_messages, call_key, response_model
from summariser.extract.params import ParamTable
from summariser.extract.validation import keep_cited, numbered_model, sentence_count
from summariser.facts import ArticleFacts, CallStats, ModelClient
from summariser.ground import checks
from summariser.ground.cited import facts_of_reply
from summariser.ground.found import nlp_actors, nlp_claims, nlp_gifts
from summariser.ground.hints import Numbered, hints, numbered
from summariser.ground.locate import chunk
from summariser.ground.recite import ground_facts
from summariser.load.articles import Article
from summariser.settings import KINDS, Settings


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
    """Extract every kind from every chunk of one article; cache each call's result as it completes.

    With `calls`, the article's calls run concurrently on that executor (whose size bounds the
    requests in flight); without it, one after another. `params` is the run's table of what the
    endpoint takes (shared with the client), which the cache keys follow.
    """
    table = params or ParamTable()
    groups = [KINDS] if settings.calls == "one" else [(kind,) for kind in KINDS]
    english = checks.english(article)
    chunks = [(offset, numbered(text, english)) for offset, text in chunk(article.text, settings.chunk_chars)]
    jobs: list[tuple[int, Numbered, list[dict[str, str]], tuple[str, ...]]] = []
    for offset, numbers in chunks:
        marked = hints(article, offset, numbers) if settings.hints and english else None
        jobs.extend((offset, numbers, build_messages(numbers, marked, kinds), kinds) for kinds in groups)

    def one(job: tuple[int, Numbered, list[dict[str, str]], tuple[str, ...]]) -> _CallOutcome:
        _, numbers, messages, kinds = job
        return _call(kinds, messages, len(numbers.spans), settings, client_factory, table, cache, stats)

    outcomes = [f.result() for f in [calls.submit(one, job) for job in jobs]] if calls else [one(j) for j in jobs]
    result = ArticleFacts(article.id)
    for (offset, numbers, _, kinds), outcome in zip(jobs, outcomes, strict=True):
        if outcome.error is not None:  # one call failing keeps the others' facts
            result.errors.append(f"{', '.join(kinds)}: {outcome.error}")
            continue
        assert outcome.parsed is not None
        result.calls += 1
        result.cache_hits += outcome.cache_hit
        facts = facts_of_reply(outcome.parsed, numbers)
        grounded, unsupported = ground_facts(facts, article, offset, numbers.text, settings.fuzzy_threshold)
        result.dropped += outcome.dropped + unsupported
        result.facts.extend(grounded)
    if result.calls:  # what the model left out, found by the NLP layer in each chunk
        for offset, numbers in chunks:
            result.facts.extend(nlp_actors(article, offset, numbers.text, result.facts))
            result.facts.extend(nlp_claims(article, offset, numbers.text, result.facts))
            result.facts.extend(nlp_gifts(article, offset, numbers.text, result.facts))
    if result.errors and result.calls == 0:
        raise ExtractionError("; ".join(result.errors))
    return result


@dataclass(frozen=True)
class _CallOutcome:
    parsed: BaseModel | None
    dropped: int = 0
    cache_hit: bool = False
    error: str | None = None


def _call(
    kinds: tuple[str, ...],
    messages: list[dict[str, str]],
    sentences: int,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    params: ParamTable,
    cache: JsonCache | None,
    stats: CallStats,
) -> _CallOutcome:
    """One call: from the cache, else from the model (then cached at once, under the parameters it
    was actually asked with: the endpoint may have refused the ones first tried)."""
    asked = params.current(settings)
    key = call_key(settings, messages, kinds, asked)
    stored = cache.get(key) if cache else None
    parsed = _from_cache(stored, response_model(kinds))
    if parsed is not None and stored is not None:
        return _CallOutcome(parsed, int(stored.get("dropped", 0)), cache_hit=True)
    try:
        parsed, dropped = _ask(kinds, messages, sentences, settings, client_factory(), stats)
    except FatalProviderError:
        raise
    except (ExtractionError, ProviderError) as e:
        return _CallOutcome(None, error=str(e))
    if cache:
        sent = params.current(settings)
        key = key if sent == asked else call_key(settings, messages, kinds, sent)
        cache.set(key, {"result": parsed.model_dump(mode="json"), "dropped": dropped})
    return _CallOutcome(parsed, dropped)


def _from_cache(stored: dict[str, Any] | None, model: type[BaseModel]) -> BaseModel | None:
    if stored is None:
        return None
    try:
        return model.model_validate(stored["result"])
    except Exception:  # an entry from another schema or a damaged one is a miss
        return None


def _ask(
    kinds: tuple[str, ...],
    messages: list[dict[str, str]],
    sentences: int,
    settings: Settings,
    client: ModelClient,
    stats: CallStats,
) -> tuple[BaseModel, int]:
    """Ask the model; if re-asks run out, keep the entries citing real sentences and drop the rest."""
    from summariser.extract.client import parse_reply  # deferred: imports openai

    base = response_model(kinds)
    try:
        with sentence_count(sentences):
            return client.complete(messages, numbered_model(base), stats), 0
    except ValidationExhausted as e:
        partial = parse_reply(e.reply, base)
        if partial is None:
            raise ExtractionError(str(e)) from None
        return keep_cited(partial, sentences)
