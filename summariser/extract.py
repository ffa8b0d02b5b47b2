"""One article -> grounded facts: prompt per kind and chunk, cache, call the model, locate evidence."""

import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, create_model, model_validator

from schemas import Actor, ActorList, Gift, GiftList, MilitaryClaim, MilitaryClaimList, Source
from summariser import templates
from summariser.articles import Article
from summariser.cache import JsonCache, cache_key
from summariser.errors import ExtractionError, FatalProviderError, ProviderError
from summariser.grounding import MIN_EVIDENCE_CHARS, Span, chunk, locate, sentence_spans
from summariser.settings import KINDS, Settings
from summariser.support import instruction_lines, relevance_problem, support_problem

M = TypeVar("M", bound=BaseModel)
Fact = Gift | Actor | MilitaryClaim

RESPONSE_MODELS: dict[str, type[BaseModel]] = {
    "gifts": GiftList,
    "actors": ActorList,
    "military": MilitaryClaimList,
}
SYSTEM_TEMPLATE = "system.j2"


@dataclass
class CallStats:
    """What calls cost: HTTP requests, transport retries, re-asks, tokens (updated by the client).

    Thread-safe: an article's calls run concurrently and share one record (and one request cap).
    """

    requests: int = 0
    transport_retries: int = 0
    reasks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, **counts: int) -> None:
        """Add to some counters."""
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def take_request(self, cap: int) -> bool:
        """Count one more request, unless `cap` requests were already made."""
        with self._lock:
            if self.requests >= cap:
                return False
            self.requests += 1
            return True

    def counts(self) -> dict[str, int]:
        """The counters by name."""
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}


class ModelClient(Protocol):
    """What extraction needs from a client: one validated object per call."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M: ...


@dataclass(frozen=True)
class GroundedFact:
    """A fact, the verbatim source it rests on, and for actors the source of what they said."""

    kind: str
    fact: Fact
    source: Source
    said: Source | None = None


@dataclass
class ArticleFacts:
    """Everything extracted from one article."""

    article_id: str
    facts: list[GroundedFact] = field(default_factory=list)
    dropped: int = 0
    cache_hits: int = 0
    calls: int = 0
    errors: list[str] = field(default_factory=list)


def facts_of(result: BaseModel) -> list[Fact]:
    """The list of facts inside a GiftList / ActorList / MilitaryClaimList."""
    name = next(iter(type(result).model_fields))
    items: list[Fact] = getattr(result, name)
    return items


@cache
def _json_schema(model: type[BaseModel]) -> dict[str, Any]:
    return model.model_json_schema()


@cache
def _schema_digest(model: type[BaseModel]) -> str:
    return hashlib.sha256(json.dumps(_json_schema(model), sort_keys=True).encode()).hexdigest()


def schema_hash() -> str:
    """Short sha256 of the JSON Schemas of every response model."""
    schemas = {kind: _json_schema(model) for kind, model in RESPONSE_MODELS.items()}
    return hashlib.sha256(json.dumps(schemas, sort_keys=True).encode()).hexdigest()[:16]


def prompt_hashes() -> dict[str, str]:
    """Content hash of every prompt template used by extraction."""
    return {name: templates.template_hash(name) for name in (SYSTEM_TEMPLATE, *(f"{k}.j2" for k in KINDS))}


def build_messages(kind: str, text: str) -> list[dict[str, str]]:
    """System rules first, then the kind's task and examples, the article last (prefix-cache friendly)."""
    nonce = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return [
        {"role": "system", "content": templates.render(SYSTEM_TEMPLATE)},
        {"role": "user", "content": templates.render(f"{kind}.j2", article=text, nonce=nonce)},
    ]


@cache
def grounded_model(base: type[M]) -> type[M]:
    """`base` plus a validator that rejects evidence (or quoted words) not found in the text being extracted.

    One class per kind, so its JSON Schema is built once (and is identical to `base`'s); the text
    comes from `grounding_text`. instructor sends the validator's error back to the model as a re-ask.
    """

    def check(self: M) -> M:
        text, threshold = _GROUNDING.get()
        problems = [
            f"item {i}: {problem}"
            for i, fact in enumerate(facts_of(self))
            if (problem := fact_problem(fact, text, threshold))
        ]
        if problems:
            raise ValueError(
                "fix these items: copy the exact sentence of the article that states each one, "
                "or remove the item. " + "; ".join(problems)
            )
        return self

    validators: dict[str, Any] = {"grounded": model_validator(mode="after")(check)}
    model: type[M] = create_model(base.__name__, __base__=base, __validators__=validators)
    return model


_GROUNDING: ContextVar[tuple[str, float]] = ContextVar("grounding_text")


@contextmanager
def grounding_text(text: str, threshold: float) -> Iterator[None]:
    """Validate `grounded_model` replies against `text` inside this block (per thread and task).

    Not instructor's `context=`: that would also render the messages, article included, as a template.
    """
    token = _GROUNDING.set((text, threshold))
    try:
        yield
    finally:
        _GROUNDING.reset(token)


def fact_problem(fact: Fact, text: str, threshold: float) -> str | None:
    """Why a fact cannot be kept (a quote not in the text, or evidence not stating it), else None."""
    for quote in _quotes(fact):
        if locate(quote, text, threshold=threshold) is None:
            return f"{quote!r} is not in the article"
    return support_problem(fact)


def _quotes(fact: Fact) -> list[str]:
    said = fact.said if isinstance(fact, Actor) else None
    return [fact.evidence, *([said] if said else [])]


def call_key(settings: Settings, kind: str, text: str) -> str:
    """Cache key of one call: every input that can change the model's answer."""
    return cache_key(
        {
            "model": settings.model,
            "endpoint": settings.endpoint_id,
            "mode": settings.mode,
            "prompts": {
                SYSTEM_TEMPLATE: templates.template_hash(SYSTEM_TEMPLATE),
                kind: templates.template_hash(f"{kind}.j2"),
            },
            "schema": _schema_digest(RESPONSE_MODELS[kind]),
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "params": {
                "temperature": settings.temperature,
                "max_tokens": settings.max_tokens,
                "seed": settings.seed,
                "max_reasks": settings.max_reasks,
                "fuzzy_threshold": settings.fuzzy_threshold,
            },
        }
    )


def extract_article(
    article: Article,
    *,
    settings: Settings,
    client_factory: Callable[[], ModelClient],
    cache: JsonCache | None,
    stats: CallStats,
    calls: Executor | None = None,
) -> ArticleFacts:
    """Extract every kind from every chunk of one article; cache each call's result as it completes.

    With `calls`, the article's calls run concurrently on that executor (whose size bounds the
    requests in flight); without it, one after another.
    """
    jobs = [(offset, text, kind) for offset, text in chunk(article.text, settings.chunk_chars) for kind in KINDS]

    def one(job: tuple[int, str, str]) -> _CallOutcome:
        return _call(job[2], job[1], settings, client_factory, cache, stats)

    outcomes = [f.result() for f in [calls.submit(one, job) for job in jobs]] if calls else [one(j) for j in jobs]
    result = ArticleFacts(article.id)
    for (offset, text, kind), outcome in zip(jobs, outcomes, strict=True):
        if outcome.error is not None:  # one kind failing keeps the others' facts
            result.errors.append(f"{kind}: {outcome.error}")
            continue
        assert outcome.parsed is not None
        result.calls += 1
        result.cache_hits += outcome.cache_hit
        grounded, unsupported = _ground(kind, outcome.parsed, article, offset, text, settings.fuzzy_threshold)
        result.dropped += outcome.dropped + unsupported
        result.facts.extend(grounded)
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
    cache: JsonCache | None,
    stats: CallStats,
) -> _CallOutcome:
    """One kind of one chunk: from the cache, else from the model (then cached at once)."""
    key = call_key(settings, kind, text)
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
    from summariser.client import ValidationExhausted, parse_reply  # deferred: imports openai

    base = RESPONSE_MODELS[kind]
    try:
        with grounding_text(text, settings.fuzzy_threshold):
            return client.complete(build_messages(kind, text), grounded_model(base), stats), 0
    except ValidationExhausted as e:
        partial = parse_reply(e.reply, base)
        if partial is None:
            raise ExtractionError(str(e)) from None
        facts = facts_of(partial)
        kept = [f for f in facts if all(locate(q, text, threshold=settings.fuzzy_threshold) for q in _quotes(f))]
        name = next(iter(base.model_fields))
        return base.model_validate({name: [f.model_dump() for f in kept]}), len(facts) - len(kept)


def _ground(
    kind: str, parsed: BaseModel, article: Article, offset: int, text: str, threshold: float
) -> tuple[list[GroundedFact], int]:
    """Each fact with the sources it rests on, and how many facts had none."""
    grounded: list[GroundedFact] = []
    suspect = instruction_lines(text)
    for answered in facts_of(parsed):
        supported = _supported(answered, text, threshold, suspect)
        if supported is None:
            continue
        fact, span, said_span = supported
        said_source = _source(article, offset, said_span) if said_span else None
        grounded.append(GroundedFact(kind, fact, _source(article, offset, span), said_source))
    return grounded, len(facts_of(parsed)) - len(grounded)


def _lines_of_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of each sentence of the text, also cut at line breaks (headlines end without a full stop)."""
    for start, end in sentence_spans(text):
        position = start
        for line in text[start:end].split("\n"):
            stripped = line.strip()
            if len(stripped) >= MIN_EVIDENCE_CHARS:
                first = position + line.index(stripped)
                yield first, first + len(stripped)
            position += len(line) + 1


def _supported(
    fact: Fact, text: str, threshold: float, suspect: list[tuple[int, int]]
) -> tuple[Fact, Span, Span | None] | None:
    """The fact with where its evidence (and, for an actor, what they said) is in the text, if the
    evidence is found, states it and is on topic; else the fact re-cited with the first sentence of
    the text that passes those checks (method "recited"); else None. Quotes inside lines that read
    as instructions to a model (`suspect`) never count.

    Small models often copy a true sentence next to the right one. Code, not the model, picks the
    replacement, and it must pass the same checks, so no fact is kept on a quote that does not state it.
    """

    def overlaps_suspect(start: int, end: int) -> bool:
        return any(start < s_end and s_start < end for s_start, s_end in suspect)

    def located(quote: str) -> Span | None:
        span = locate(quote, text, threshold=threshold)
        return None if span is None or overlaps_suspect(span.start, span.end) else span

    def states(candidate: Fact) -> bool:
        return support_problem(candidate) is None and relevance_problem(candidate) is None

    said = fact.said if isinstance(fact, Actor) else None
    said_span = located(said) if said else None
    if said and said_span is None:
        return None
    span = located(fact.evidence)
    if span is not None and states(fact):
        return fact, span, said_span
    if isinstance(fact, MilitaryClaim) and fact.figure is None:
        return None  # nothing specific for a replacement sentence to prove
    for start, end in _lines_of_sentences(text):
        if overlaps_suspect(start, end):
            continue
        candidate = fact.model_copy(update={"evidence": text[start:end]})
        if states(candidate):
            return candidate, Span(start, end, "recited", 100.0), said_span
    return None


def _source(article: Article, offset: int, span: Span) -> Source:
    start, end = offset + span.start, offset + span.end
    return Source(
        article_id=article.id,
        quote=article.text[start:end],
        start=start,
        end=end,
        method=span.method,
        score=span.score,
    )
