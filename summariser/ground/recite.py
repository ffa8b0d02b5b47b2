"""Keep, re-cite or drop each extracted fact: its evidence must be in the article, state the fact,
be on topic, and not sit on a line that reads as an instruction to a model."""

from collections.abc import Iterator

from pydantic import BaseModel

from summariser.facts import Fact, GroundedFact, facts_of
from summariser.ground.locate import MIN_EVIDENCE_CHARS, Span, locate, sentence_spans
from summariser.ground.safety import instruction_lines
from summariser.ground.support import relevance_problem, support_problem
from summariser.load.articles import Article
from summariser.schemas import Actor, MilitaryClaim, Source


def ground_facts(
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
