"""English behind the two interfaces of lang/base.py, over spaCy's en_core_web_sm (lang/en/nlp/): the Reader
(persons and organisations by NER, things given by the gift frames of frames.py, numbers by the nouns the
parse says they count) and the Checker (each fact held against its sentence by reading.py, sentences as the
parser cuts them). The model loads on first use, so importing this module costs nothing."""

from dataclasses import dataclass
from typing import Literal

from summariser.facts import Fact, Reading
from summariser.lang.base import Counted, Given, Name
from summariser.lang.concepts import thing
from summariser.lang.en import frames, nlp, reading
from summariser.lang.places import country_like
from summariser.schemas import Actor

CODE = "en"
CHECKS = "English parse: counted noun, claimant, speaker, person or organisation; re-citation; NLP finds"
_NOT_THINGS = reading.NOT_GIVEN | reading.GIFT_NOUNS | frames.GIFT_NOUNS | frames.SENDING_NOUNS
"""Nouns never given: troops, arms and people (reading.NOT_GIVEN), and the nouns of a gift itself."""
_LABELS: dict[str, Literal["person", "organisation"]] = {"PERSON": "person", "ORG": "organisation"}


@dataclass(frozen=True)
class EnglishReader:
    """A Reader (lang/base.py) of English: NER, the gift frames (frames.py) and the counts (nlp.counts)."""

    code: str = CODE
    checks: str = CHECKS

    def names(self, sentence: str) -> list[Name]:
        """The persons and organisations the NER model tags, never a country ("DPRK" tagged an organisation)
        nor a span with a digit ("Kim 24" of "gave Kim 24 horses")."""
        return [
            Name(e.start_char, e.end_char, _LABELS[e.label_], e.text)
            for e in nlp.entities(sentence, *_LABELS)
            if not country_like(e.text, CODE) and not any(c.isdigit() for c in e.text)
        ]

    def gifts(self, sentence: str, *, told: bool = False) -> list[Given]:
        """The things a gift frame of the sentence gives (frames.given_tokens), each with the number the parse
        attaches to it: "a"/"an" only in a firm frame ("gave him a sword"); a thing without a number only
        where the frame is firm or the lexicon of things names it ("gave a speech" gives nothing); never the
        gift itself, troops, arms or people (_NOT_THINGS). `told`:
        the article has said that something was given, so verbs of sending give too."""
        given = frames.given_tokens(sentence, told or frames.speaks_of_gifts(sentence))
        doc = nlp.parse(sentence)
        numbered = {_noun_index(sentence, c): c for c in reversed(nlp.counts(sentence))}
        found: list[Given] = []
        for index, firm in sorted(given.items()):
            token = doc[index]
            lemma = token.lemma_.lower()
            count = numbered.get(index)
            if count is not None and count.lone_article and not firm:
                count = None
            named = thing(lemma, CODE)
            if lemma in _NOT_THINGS or (count is None and not firm and named is None):
                continue
            value, written = (count.value, count.wording) if count else (None, None)
            found.append(Given(token.text, lemma, value, written, token.idx, token.idx + len(token.text), named))
        return found

    def gives(self, sentence: str) -> bool:
        """Whether the sentence holds a verb of giving or a noun of gift (reading.gives)."""
        return reading.gives(sentence)

    def counts(self, sentence: str) -> list[Counted]:
        """Each number the parse attaches to a noun, without its qualifier ("more than 70" -> 70 at "70");
        never a lone "a"/"an" or a vague amount ("dozens")."""
        found: list[Counted] = []
        for count in nlp.counts(sentence):
            if count.value is None or count.lone_article:
                continue
            written = sentence[count.start + len(count.qualifier or "") : count.end].lstrip()
            found.append(Counted(count.value, written, count.end - len(written), count.noun))
        return found


def _noun_index(sentence: str, count: nlp.Count) -> int | None:
    """The index in the parse of the noun a count counts: the first of its lemma at or after the count."""
    token = nlp.noun_token(nlp.parse(sentence), count.noun, count.start)
    return None if token is None else token.i


@dataclass(frozen=True)
class EnglishChecker:
    """A Checker (lang/base.py) of English: the parse reads each fact (reading.py), so a fuzzy quote may stand
    and another sentence stating the fact may be re-cited."""

    code: str = CODE
    checks: str = CHECKS
    parses: bool = True

    def lines(self, codes: list[str]) -> str:
        """'English lines'."""
        return "English lines"

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """The sentences as the English parser cuts them, also at line breaks."""
        return nlp.sentences(text)

    def sentence_around(self, text: str, start: int, end: int) -> tuple[str, str]:
        """The sentence(s) holding [start, end), and the one before."""
        return nlp.sentence_around(text, start, end)

    def read(self, fact: Fact, sentence: str, before: str) -> tuple[Fact, Reading] | None:
        """The fact as the sentence's parse states it (reading.read)."""
        return reading.read(fact, sentence, before)

    def read_ahead(self, texts: list[str]) -> None:
        """Parse the texts in one batch (nlp.parse_ahead): the same parses at about half the CPU."""
        nlp.parse_ahead(texts)

    def speaks(self, actor: Actor, said_sentence: str, before: str) -> bool:
        """Whether the parse names the actor as the speaker of the sentence (reading.speaks)."""
        return reading.speaks(actor, said_sentence, before)


READER = EnglishReader()
CHECKER = EnglishChecker()
