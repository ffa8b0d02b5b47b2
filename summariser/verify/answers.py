"""The answers of an article's calls -> grounded facts: each reply read back into facts by the sentences
it cites (verify/cited.py), each fact grounded in the article's text (verify/recite.py), the facts that
found no support counted, and the calls' errors stated once per cause."""

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from summariser.errors import ExtractionError
from summariser.facts import ArticleFacts
from summariser.load.articles import Article
from summariser.settings import KINDS
from summariser.verify.cited import facts_of_reply
from summariser.verify.numbered import Numbered
from summariser.verify.recite import ground_facts


@dataclass(frozen=True)
class CallOutcome:
    """What one call gave: its parsed answer, or why there is none."""

    parsed: BaseModel | None
    dropped: int = 0
    cache_hit: bool = False
    error: str | None = None


Answered = tuple[int, Numbered, tuple[str, ...], CallOutcome]
"""One call of an article: its chunk's offset, the chunk's numbered sentences, the kinds asked, what came back."""


def grounded_answers(article: Article, answered: Sequence[Answered], fuzzy_threshold: float) -> ArticleFacts:
    """The facts of an article's answers grounded in its text, with the calls and cache hits counted, the
    facts dropped (by the calls or for want of support) and one error line per cause, however many calls
    met it. ExtractionError when calls failed and none answered."""
    result = ArticleFacts(article.id)
    failed: list[tuple[tuple[str, ...], str]] = []
    for offset, numbers, kinds, outcome in answered:
        if outcome.error is not None:  # one call failing keeps the others' facts
            failed.append((kinds, outcome.error))
            continue
        assert outcome.parsed is not None
        result.calls += 1
        result.cache_hits += outcome.cache_hit
        facts = facts_of_reply(outcome.parsed, numbers)
        grounded, rejected = ground_facts(facts, article, offset, numbers.text, fuzzy_threshold)
        result.dropped += outcome.dropped + len(rejected)
        result.rejected.extend(rejected)
        result.facts.extend(grounded)
    result.errors = causes(failed, len(answered))
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
