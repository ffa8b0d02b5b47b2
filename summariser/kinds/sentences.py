"""What the English finders read: each sentence of a text outside the lines that read as instructions to
a model, and, of what they found, the facts whose sentence is English."""

from collections.abc import Iterator

from summariser.facts import GroundedFact
from summariser.lang.en import nlp
from summariser.load.articles import Article
from summariser.verify import checks
from summariser.verify.locate import Span
from summariser.verify.safety import instruction_lines, overlaps


def english_only(article: Article, found: list[GroundedFact]) -> list[GroundedFact]:
    """The facts whose sentence is English text (all of them in an English article)."""
    return [f for f in found if checks.english_at(article, f.source.start, f.source.end)]


def sentences(text: str) -> Iterator[tuple[Span, str, str]]:
    """Each sentence of the text as (span, sentence, the sentence before), skipping lines that read
    as instructions to a model."""
    suspect = instruction_lines(text)
    units = nlp.sentences(text)
    for index, (start, end) in enumerate(units):
        if not overlaps(start, end, suspect):
            before = text[units[index - 1][0] : units[index - 1][1]] if index else ""
            yield Span(start, end, "nlp", 100.0), text[start:end], before
