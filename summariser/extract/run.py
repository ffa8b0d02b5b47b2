"""Prompting and calls of one article: number its sentences, build the messages (one call for every kind,
or one per kind), and ask the model or the cache for each answer, caching it at once.

The steps are apart (plan_article, run_call) so that a run can send the calls of many articles on its I/O
threads while only a few threads hold parses; verify/answers.py grounds the answers (scheduler.py)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from summariser.errors import ExtractionError, FatalProviderError, ProviderError, ValidationExhausted
from summariser.extract.cache import JsonCache
from summariser.extract.hints import hints
from summariser.extract.messages import build_messages, call_key, response_model
from summariser.extract.params import ParamTable
from summariser.extract.validation import keep_cited, numbered_model, sentence_count
from summariser.facts import CallStats, ModelClient
from summariser.load.articles import Article
from summariser.load.document import Document
from summariser.settings import KINDS, Settings
from summariser.verify import checks
from summariser.verify.answers import CallOutcome
from summariser.verify.numbered import Numbered, numbered

Job = tuple[int, Numbered, list[dict[str, str]], tuple[str, ...]]
"""One call of an article: its chunk's offset, the chunk's numbered sentences, the messages, the kinds asked."""


@dataclass(frozen=True)
class Plan:
    """An article's calls, made ready before any is sent (the CPU part: sentences, messages)."""

    article: Article
    chunks: list[tuple[int, Numbered]]
    jobs: list[Job]


def plan_article(doc: Document, settings: Settings) -> Plan:
    """Number the sentences of each chunk and build the messages of every call (kinds x chunks)."""
    groups = [KINDS] if settings.calls == "one" else [(kind,) for kind in KINDS]
    article = doc.article
    english = checks.english(article)
    chunks = [(offset, numbered(text, checks.checker(article))) for offset, text in doc.chunks]
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
    written = numbers.written_names
    return _call(kinds, written, messages, len(numbers.spans), settings, client_factory, params, cache, stats)


def _call(
    kinds: tuple[str, ...],
    written: bool,
    messages: list[dict[str, str]],
    sentences: int,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    params: ParamTable,
    cache: JsonCache | None,
    stats: CallStats,
) -> CallOutcome:
    """One call: from the cache, else from the model (then cached at once, under the parameters it
    was actually asked with: the endpoint may have refused the ones first tried). `written`: each
    actor's name as written is asked beside its English (extract/messages.response_model)."""
    model = response_model(kinds, written)
    asked = params.current(settings)
    key = call_key(settings, messages, kinds, asked, written)
    stored = cache.get(key) if cache else None
    parsed = _from_cache(stored, model)
    if parsed is not None and stored is not None:
        return CallOutcome(parsed, int(stored.get("dropped", 0)), cache_hit=True)
    try:
        parsed, dropped = _ask(model, messages, sentences, settings, client_factory(), stats)
    except FatalProviderError:
        raise
    except (ExtractionError, ProviderError) as e:
        return CallOutcome(None, error=str(e))
    if cache:
        sent = params.current(settings)
        key = key if sent == asked else call_key(settings, messages, kinds, sent, written)
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
    base: type[BaseModel],
    messages: list[dict[str, str]],
    sentences: int,
    settings: Settings,
    client: ModelClient,
    stats: CallStats,
) -> tuple[BaseModel, int]:
    """Ask the model; if re-asks run out, keep the entries citing real sentences and drop the rest."""
    from summariser.extract.client import parse_reply  # deferred: imports openai

    try:
        with sentence_count(sentences):
            return client.complete(messages, numbered_model(base), stats), 0
    except ValidationExhausted as e:
        partial = parse_reply(e.reply, base)
        if partial is None:
            raise ExtractionError(str(e)) from None
        return keep_cited(partial, sentences)
