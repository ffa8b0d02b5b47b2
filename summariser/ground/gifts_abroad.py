"""Gifts listed in text that no parser reads ("due orsi bruni, 25 fagiani e 40 anatre mandarine"), found
by numbers (in digits, or spelled out where text2num reads the language) directly before the words of
things, and marked method "nlp".

A small model finds little in Italian or Russian text. Without a parse, a number before a noun is a
gift only where the sentence holds a word of giving of its language (ground/lexicon.py) and lists
at least MIN_LISTED counts of nouns, one of them a thing the lexicon of things names
(ground/concepts.py: "anatre" names 🦆): a lone "con 7 aerei" (with 7 planes) is how the animals flew,
not what was given. Each count of such a list becomes a gift: of the English thing, or, where no
emoji names its noun ("fagiani"), of the noun as written, which ground/aligned.py names from an English article's list
of the same numbers, or leaves out where there is none ("25 specie di fagiani": 25 counts species).
People and arms are counted by ground/counts_abroad.py instead.

A sentence of giving that names one thing and no number ("презентовал ... автомобиль Aurus") gives it
only where another article of the run states that thing given (given_elsewhere): a word alone may
name a thing by chance (emoji names: "Mosca" is a fly), but not the very thing the story is about.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from summariser.facts import GroundedFact, Reading
from summariser.ground import checks, nlp
from summariser.ground.concepts import MIN_LETTERS, english, thing, things_in
from summariser.ground.fallback import counted_words
from summariser.ground.lexicon import GIVING, counted_noun, lemmas
from summariser.ground.locate import Span
from summariser.ground.reading import GIFT_NOUNS, NOT_GIVEN
from summariser.ground.recite import source
from summariser.load.articles import Article
from summariser.load.numerals import numbers_at
from summariser.schemas import Gift

MIN_LISTED = 2
"""Counts a sentence must list (one of a thing the lexicon names) before its numbers are read as gifts."""
CARRIERS = frozenset(
    {"airplane", "plane", "helicopter", "truck", "lorry", "ship", "boat", "train", "bus", "van", "container"}
)
"""Things that carry a gift rather than being one ("trasportati con 2 camion"), by their English name; a
parse tells them apart (ground/reading.py), a list of counts does not, so none is read as a gift here."""
HEAD_FIRST = frozenset({"it", "es", "pt", "fr"})
"""Languages whose adjectives mostly follow the noun ("orsi bruni"); in the others the noun comes last
("бурых медведя")."""


def gifts_abroad(article: Article, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Gifts for the listed counts of things in the article's non-English sentences of giving that no
    grounded gift of it already gives the number of."""
    held = {f.fact.quantity for f in grounded if isinstance(f.fact, Gift)}
    found: list[GroundedFact] = []
    for start, end, code in _sentences_of_giving(article):
        sentence = article.text[start:end]
        listed = listed_things(sentence, code)
        if len(listed) < MIN_LISTED or not any(count.named for count in listed):
            continue
        for count in listed:
            if count.value in held or count.value <= 1:
                continue  # a grounded gift gives this number already
            gift = Gift(
                item=count.item, quantity=count.value, quantity_text=count.written, giver=None, recipient=None,
                from_institution=None, to_institution=None, transport=None, date=None, evidence=sentence,
            )  # fmt: skip
            head = nlp.lemma(count.item) if count.named else count.item.lower()
            reading = Reading(head=head, value=count.value, wording=count.written)
            found.append(GroundedFact("gifts", gift, source(article, 0, Span(start, end, "nlp", 100.0)), None, reading))
    return found


def given_things(facts: list[GroundedFact]) -> frozenset[str]:
    """The things (emojis) that the run's gifts give, by the English noun their sentence counts or names."""
    heads = (f.reading.head if f.reading else f.fact.item for f in facts if isinstance(f.fact, Gift))
    return frozenset(e for head in heads if (e := thing(head, "en")) is not None)


def given_elsewhere(article: Article, grounded: list[GroundedFact], given: frozenset[str]) -> list[GroundedFact]:
    """A gift with no number for each thing of `given` (things the run's articles give) that one of the
    article's non-English sentences of giving names as its only given thing, where no gift of the article
    names that thing already (module docstring)."""
    held = {e for f in grounded if isinstance(f.fact, Gift) for e in _things_of(f.fact.item, article)}
    found: list[GroundedFact] = []
    for start, end, code in _sentences_of_giving(article):
        sentence = article.text[start:end]
        named = [e for e in things_in(sentence, code) if e in given]
        if len(named) != 1 or named[0] in held:
            continue
        item = english(named[0])
        gift = Gift(
            item=item, quantity=None, quantity_text=None, giver=None, recipient=None, from_institution=None,
            to_institution=None, transport=None, date=None, evidence=sentence,
        )  # fmt: skip
        reading = Reading(head=nlp.lemma(item))
        found.append(GroundedFact("gifts", gift, source(article, 0, Span(start, end, "nlp", 100.0)), None, reading))
        held.add(named[0])
    return found


def _things_of(item: str, article: Article) -> set[str]:
    """The things a gift's item names, in English or in the article's language."""
    return {e for code in {"en", article.language or "en"} for e in things_in(item, code)}


def _sentences_of_giving(article: Article) -> Iterator[tuple[int, int, str]]:
    """The article's non-English sentences (start, end, language) that hold a word of giving of their language."""
    for start, end, code in checks.foreign_sentences(article):
        if code in GIVING and lemmas(article.text[start:end], code) & GIVING[code]:
            yield start, end, code


@dataclass(frozen=True)
class Count:
    """A number (in digits or spelled out) and the noun after it: the English thing where an emoji names
    it (named)."""

    value: int
    written: str
    item: str
    named: bool


def listed_things(sentence: str, code: str) -> list[Count]:
    """Each number (digits, or spelled out) followed by a noun that counts no people or arms, with the
    English thing its words name, or the noun as written where they name none or several."""
    listed: list[Count] = []
    for value, written, at in numbers_at(sentence, code):
        words = [w for w in (counted_words(written, sentence, code, at) or "").split() if len(w) >= MIN_LETTERS]
        if not words or any(counted_noun(w, code) for w in words):
            continue
        ordered = words if code in HEAD_FIRST else words[::-1]
        named = {e for w in ordered if (e := thing(w, code)) is not None}
        emoji = next(iter(named)) if len(named) == 1 else None  # "уток-мандаринок": a duck, or a tangerine?
        if emoji is None:
            listed.append(Count(value, written, ordered[0], named=False))
        elif english(emoji) not in GIFT_NOUNS | CARRIERS and nlp.lemma(english(emoji)) not in NOT_GIVEN:
            listed.append(Count(value, written, english(emoji), named=True))
    return listed
