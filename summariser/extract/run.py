"""One article -> grounded facts: number its sentences, ask the model (one call for every kind, or
one per kind), cache each answer, turn cited sentence numbers into quotes, then ground.

The steps are apart (plan_article, run_call, finish_article) so that a run can send the calls of
many articles on its I/O threads while only a few threads hold parses (pipeline._extract_all)."""

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from summariser.enrich.found import nlp_facts
from summariser.errors import ExtractionError, FatalProviderError, ProviderError, ValidationExhausted
from summariser.extract.cache import JsonCache
from summariser.extract.hints import hints
from summariser.extract.messages import build_messages, call_key, response_model
from summariser.extract.params import ParamTable
from summariser.extract.validation import keep_cited, numbered_model, sentence_count
from summariser.facts import ArticleFacts, CallStats, ModelClient
from summariser.load.articles import Article
from summariser.settings import KINDS, Settings
from summariser.verify import checks
from summariser.verify.cited import facts_of_reply
from summariser.verify.locate import chunk
from summariser.verify.numbered import Numbered, numbered
from summariser.verify.recite import ground_facts

Job = tuple[int, Numbered, list[dict[str, str]], tuple[str, ...]]
"""One call of an article: its chunk's offset, the chunk's numbered sentences, the messages, the kinds asked."""


@dataclass(frozen=True)
class Plan:
    """An article's calls, made ready before any is sent (the CPU part: sentences, messages)."""

    article: Article
    chunks: list[tuple[int, Numbered]]
    jobs: list[Job]


@dataclass(frozen=True)
class CallOutcome:
    """What one call gave: its parsed answer, or why there is none."""

    parsed: BaseModel | None
    dropped: int = 0
    cache_hit: bool = False
    error: str | None = None


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
    plan = plan_article(article, settings)

    def one(job: Job) -> CallOutcome:
        return run_call(job, settings=settings, client_factory=client_factory, params=table, cache=cache, stats=stats)

    jobs = plan.jobs
    outcomes = [f.result() for f in [calls.submit(one, job) for job in jobs]] if calls else [one(j) for j in jobs]
    return finish_article(plan, outcomes, settings)


def plan_article(article: Article, settings: Settings) -> Plan:
    """Number the sentences of each chunk and build the messages of every call (kinds x chunks)."""
    groups = [KINDS] if settings.calls == "one" else [(kind,) for kind in KINDS]
    english = checks.english(article)
    chunks = [(offset, numbered(text, english)) for offset, text in chunk(article.text, settings.chunk_chars)]
    jobs: list[Job] = []
    for offset, numbers in chunks:
        marked = hints(article, offset, numbers) if settings.hints and english else None
        jobs.extend((offset, numbers, build_messages(numbers, marked, kinds), kinds) for kinds in groups)
    return Plan(article, chunks, jobs)


def run_call(
    job: Job,
    *,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    params: ParamTable,
    cache: JsonCache | None,
    stats: CallStats,
) -> CallOutcome:
    """One call of a plan: its answer from the cache or the model, or why there is none."""
    _, numbers, messages, kinds = job
    return _call(kinds, messages, len(numbers.spans), settings, client_factory, params, cache, stats)


def finish_article(plan: Plan, outcomes: list[CallOutcome], settings: Settings) -> ArticleFacts:
    """Ground the answers of an article's calls in its text and add what the NLP layer finds; one
    error line per cause, however many calls met it. ExtractionError when no call answered."""
    article = plan.article
    result = ArticleFacts(article.id)
    failed: list[tuple[tuple[str, ...], str]] = []
    for (offset, numbers, _, kinds), outcome in zip(plan.jobs, outcomes, strict=True):
        if outcome.error is not None:  # one call failing keeps the others' facts
            failed.append((kinds, outcome.error))
            continue
        assert outcome.parsed is not None
        result.calls += 1
        result.cache_hits += outcome.cache_hit
        facts = facts_of_reply(outcome.parsed, numbers)
        grounded, unsupported = ground_facts(facts, article, offset, numbers.text, settings.fuzzy_threshold)
        result.dropped += outcome.dropped + unsupported
        result.facts.extend(grounded)
    result.errors = causes(failed, len(plan.jobs))
    if result.calls:  # what the model left out, found by the NLP layer in each chunk
        for offset, numbers in plan.chunks:
            result.facts.extend(nlp_facts(article, offset, numbers.text, result.facts, settings.disabled_finders))
    if result.errors and result.calls == 0:
        raise ExtractionError("; ".join(result.errors))
    return result


def causes(failed: list[tuple[tuple[str, ...], str]], calls: int) -> list[str]:
    """One line per distinct error, in order of first appearance, with the kinds of the calls that
    met it and, where more than one call did, how many: 'gifts, actors: <error> (57 of 80 calls)'."""
    kinds_of: dict[str, list[str]] = {}
    count: dict[str, int] = {}
    for kinds, error in failed:
        seen = kinds_of.setdefault(error, [])
        seen.extend(k for k in kinds if k not in seen)
        count[error] = count.get(error, 0) + 1
    return [
        f"{', '.join(k for k in KINDS if k in kinds)}: {error}"
        + (f" ({count[error]} of {calls} calls)" if count[error] > 1 else "")
        for error, kinds in kinds_of.items()
    ]


def _call(
    kinds: tuple[str, ...],
    messages: list[dict[str, str]],
    sentences: int,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    params: ParamTable,
    cache: JsonCache | None,
    stats: CallStats,
) -> CallOutcome:
    """One call: from the cache, else from the model (then cached at once, under the parameters it
    was actually asked with: the endpoint may have refused the ones first tried)."""
    asked = params.current(settings)
    key = call_key(settings, messages, kinds, asked)
    stored = cache.get(key) if cache else None
    parsed = _from_cache(stored, response_model(kinds))
    if parsed is not None and stored is not None:
        return CallOutcome(parsed, int(stored.get("dropped", 0)), cache_hit=True)
    try:
        parsed, dropped = _ask(kinds, messages, sentences, settings, client_factory(), stats)
    except FatalProviderError:
        raise
    except (ExtractionError, ProviderError) as e:
        return CallOutcome(None, error=str(e))
    if cache:
        sent = params.current(settings)
        key = key if sent == asked else call_key(settings, messages, kinds, sent)
        cache.set(key, {"result": parsed.model_dump(mode="json"), "dropped": dropped})
    return CallOutcome(parsed, dropped)


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
