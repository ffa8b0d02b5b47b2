"""One article -> grounded facts: prompt per kind and chunk, cache, call the model, then ground."""

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from summariser.errors import ExtractionError, FatalProviderError, ProviderError, ValidationExhausted
from summariser.extract.cache import JsonCache
from summariser.extract.messages import RESPONSE_MODELS, build_messages, call_key
from summariser.extract.params import ParamTable
from summariser.extract.validation import grounded_model, grounding_text, quotes_of
from summariser.facts import ArticleFacts, CallStats, ModelClient, facts_of
from summariser.ground.found import nlp_actors, nlp_claims, nlp_gifts
from summariser.ground.locate import chunk, locate
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
    jobs = [(offset, text, kind) for offset, text in chunk(article.text, settings.chunk_chars) for kind in KINDS]

    def one(job: tuple[int, str, str]) -> _CallOutcome:
        return _call(job[2], job[1], settings, client_factory, table, cache, stats)

    outcomes = [f.result() for f in [calls.submit(one, job) for job in jobs]] if calls else [one(j) for j in jobs]
    result = ArticleFacts(article.id)
    for (offset, text, kind), outcome in zip(jobs, outcomes, strict=True):
        if outcome.error is not None:  # one kind failing keeps the others' facts
            result.errors.append(f"{kind}: {outcome.error}")
            continue
        assert outcome.parsed is not None
        result.calls += 1
        result.cache_hits += outcome.cache_hit
        grounded, unsupported = ground_facts(kind, outcome.parsed, article, offset, text, settings.fuzzy_threshold)
        result.dropped += outcome.dropped + unsupported
        result.facts.extend(grounded)
    if result.calls:  # what the model left out, found by the NLP layer in each chunk
        for offset, text in dict.fromkeys((offset, text) for offset, text, _ in jobs):
            result.facts.extend(nlp_actors(article, offset, text, result.facts))
            result.facts.extend(nlp_claims(article, offset, text, result.facts))
            result.facts.extend(nlp_gifts(article, offset, text, result.facts))
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
    kind: str,
    text: str,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    params: ParamTable,
    cache: JsonCache | None,
    stats: CallStats,
) -> _CallOutcome:
    """One kind of one chunk: from the cache, else from the model (then cached at once, under the
    parameters it was actually asked with: the endpoint may have refused the ones first tried)."""
    asked = params.current(settings)
    key = call_key(settings, kind, text, asked)
    stored = cache.get(key) if cache else None
    parsed = _from_cache(stored, RESPONSE_MODELS[kind])
    if parsed is not None and stored is not None:
        return _CallOutcome(parsed, int(stored.get("dropped", 0)), cache_hit=True)
    try:
        parsed, dropped = _ask(kind, text, settings, client_factory(), stats)
    except FatalProviderError:
        raise
    except (ExtractionError, ProviderError) as e:
        return _CallOutcome(None, error=str(e))
    if cache:
        sent = params.current(settings)
        key = key if sent == asked else call_key(settings, kind, text, sent)
        cache.set(key, {"result": parsed.model_dump(mode="json"), "dropped": dropped})
    return _CallOutcome(parsed, dropped)


def _from_cache(stored: dict[str, Any] | None, model: type[BaseModel]) -> BaseModel | None:
    if stored is None:
        return None
    try:
        return model.model_validate(stored["result"])
    except Exception:  # an entry from another schema or a damaged one is a miss
        return None


def _ask(kind: str, text: str, settings: Settings, client: ModelClient, stats: CallStats) -> tuple[BaseModel, int]:
    """Ask the model; if re-asks run out, keep the facts whose evidence is found and drop the rest."""
    from summariser.extract.client import parse_reply  # deferred: imports openai

    base = RESPONSE_MODELS[kind]
    try:
        with grounding_text(text, settings.fuzzy_threshold):
            return client.complete(build_messages(kind, text), grounded_model(base), stats), 0
    except ValidationExhausted as e:
        partial = parse_reply(e.reply, base)
        if partial is None:
            raise ExtractionError(str(e)) from None
        facts = facts_of(partial)
        kept = [f for f in facts if all(locate(q, text, threshold=settings.fuzzy_threshold) for q in quotes_of(f))]
        name = next(iter(base.model_fields))
        return base.model_validate({name: [f.model_dump() for f in kept]}), len(facts) - len(kept)
