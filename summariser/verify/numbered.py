"""An article's text as the model reads it: sentences numbered from 1, with their offsets, so that a reply
cites a sentence by number and code takes its quote from the text itself."""

from bisect import bisect_right
from dataclasses import dataclass

from summariser.lang.base import Checker
from summariser.lang.en.reader import CHECKER as ENGLISH


@dataclass(frozen=True)
class Numbered:
    """A text split into the sentences the model cites by number (1-based), with their offsets."""

    text: str
    spans: list[tuple[int, int]]
    language: str | None = "en"
    """The code of the language whose checker cut the sentences (None: several languages, or none determined)."""

    @property
    def written_names(self) -> bool:
        """Whether the model is asked each name as the text writes it beside its English (text not in English)."""
        return self.language != "en"

    def sentence(self, number: int) -> str:
        """The text of sentence `number`."""
        start, end = self.spans[number - 1]
        return self.text[start:end]

    def number_at(self, offset: int) -> int:
        """The number of the sentence holding `offset` (the one before it, between sentences)."""
        return max(bisect_right([start for start, _ in self.spans], offset), 1)

    def lines(self) -> str:
        """The text as the model reads it: one sentence a line, each after its number in brackets."""
        return "\n".join(f"[{n}] {self.sentence(n)}" for n in range(1, len(self.spans) + 1))


def numbered(text: str, checker: Checker = ENGLISH) -> Numbered:
    """The text's sentences as the checker of its language cuts them (verify/checks.checker): the English
    parser for English, the default; the multilingual rule-based segmenter for text in other or several
    languages (the English parser cuts Russian sentences at random). Also cut at line breaks."""
    return Numbered(text, checker.sentences(text), checker.code)
