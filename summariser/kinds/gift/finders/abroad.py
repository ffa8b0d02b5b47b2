"""Gifts in text other than English, marked with their finder family as origin. Where a reader parses the
language (lang/registry.py: French, Russian), the things its parse says were given, each conjunct with its own
number or none (lang/frames/: never in a question, a negation or a condition, never arms or people). Where no
reader parses the language, no gift is added from a sentence alone: the model's gifts are only checked there
(lang/xx/fallback.py). Counts listed before nouns ("due orsi bruni, 25 fagiani e 40 anatre") were read as gifts
once; they added nothing on the frozen test split (docs/quality.md, the ablation) and were left out.

given_elsewhere: where no reader parses the language, a sentence of giving that names one thing and no number
gives it only where another article of the run states that thing given: a word alone may name a thing by chance
(emoji names: "Mosca" is a fly), but not the very thing the story is about. It adds a source to a gift the run
has, never a number.
"""

from collections.abc import Iterator
from dataclasses import dataclass

from summariser.facts import GroundedFact, Reading
from summariser.kinds.gift.schema import Gift
from summariser.lang.concepts import english, thing, things_in
from summariser.lang.en import nlp
from summariser.lang.en.reading import GIFT_NOUNS, NOT_GIVEN
from summariser.lang.lexicon import GIVING, lemmas
from summariser.lang.registry import Reader, reader_for
from summariser.lang.words import without_web_addresses
from summariser.load.articles import Article
from summariser.verify import checks
from summariser.verify.locate import Span
from summariser.verify.recite import source


def gifts_abroad(article: Article, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Gifts for the things the article's non-English sentences give (_given) that no grounded gift of it
    already gives the number of (or, for a thing given without a number, names)."""
    held = {f.fact.quantity for f in grounded if isinstance(f.fact, Gift)}
    named = {e for f in grounded if isinstance(f.fact, Gift) for e in _things_of(f.fact.item, article)}
    found: list[GroundedFact] = []
    for start, end, listed in _given(article):
        sentence = article.text[start:end]
        for count in listed:
            if _held(count, held, named):
                continue
            gift = Gift(
                item=count.item, quantity=count.value, quantity_text=count.written, giver=None, recipient=None,
                from_institution=None, to_institution=None, transport=None, date=None, evidence=sentence,
                original=count.noun if count.named and count.noun.lower() != count.item.lower() else None,
            )  # fmt: skip
            head = nlp.lemma(count.item) if count.named else count.item.lower()
            reading = Reading(head=head, value=count.value, wording=count.written)
            found.append(
                GroundedFact(
                    "gifts", gift, source(article, 0, Span(start, end, "nlp", 100.0), "gifts_abroad"), None, reading
                )
            )
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
        sentence = without_web_addresses(article.text[start:end])  # a slug's words name nothing given
        named = [e for e in things_in(sentence, code) if e in given]
        if len(named) != 1 or named[0] in held:
            continue
        item = english(named[0])
        gift = Gift(
            item=item, quantity=None, quantity_text=None, giver=None, recipient=None, from_institution=None,
            to_institution=None, transport=None, date=None, evidence=sentence,
        )  # fmt: skip
        reading = Reading(head=nlp.lemma(item))
        found.append(
            GroundedFact(
                "gifts", gift, source(article, 0, Span(start, end, "nlp", 100.0), "given_elsewhere"), None, reading
            )
        )
        held.add(named[0])
    return found


def _things_of(item: str, article: Article) -> set[str]:
    """The things a gift's item names, in English or in the article's language."""
    return {e for code in {"en", article.language or "en"} for e in things_in(item, code)}


def _sentences_of_giving(article: Article) -> Iterator[tuple[int, int, str]]:
    """The article's non-English sentences (start, end, language) that hold a word of giving of their language,
    in languages no reader parses (a reader's parse says itself what a sentence gives: gifts_abroad)."""
    for start, end, code in checks.foreign_sentences(article):
        sentence = without_web_addresses(article.text[start:end])  # a slug's words give nothing
        if reader_for(code) is None and code in GIVING and lemmas(sentence, code) & GIVING[code]:
            yield start, end, code


CARRIERS = frozenset(
    {"airplane", "plane", "helicopter", "truck", "lorry", "ship", "boat", "train", "bus", "van", "container"}
)
"""Things that carry a gift rather than being one ("trasportati con 2 camion"), by their English name."""


@dataclass(frozen=True)
class Count:
    """A number (in digits or spelled out; none where a parse finds a thing given without one) and the noun
    it counts: the English thing where an emoji names it (named), and the noun as the sentence writes it."""

    value: int | None
    written: str | None
    item: str
    named: bool
    noun: str = ""


def parsed(sentence: str, reader: Reader, *, told: bool = False) -> list[Count]:
    """The things a reader's parse says the sentence gives, each with its own number or none
    (lang/frames/): by the English thing an emoji names, else the noun as written. `told`: the
    article has said before that something was given."""
    listed: list[Count] = []
    for given in reader.gifts(sentence, told=told):
        emoji = given.thing
        item = english(emoji) if emoji is not None else given.noun
        if emoji is None or english(emoji) not in GIFT_NOUNS | CARRIERS and nlp.lemma(item) not in NOT_GIVEN:
            listed.append(Count(given.value, given.written, item, named=emoji is not None, noun=given.noun))
    return listed


def _given(article: Article) -> Iterator[tuple[int, int, list[Count]]]:
    """The things each non-English sentence of the article gives (start, end, counts), as its reader's parse
    finds them (parsed); none where no reader parses the language (the model's gifts are only checked there)."""
    told: set[str] = set()  # the languages in which the article has said that something was given
    for start, end, code in checks.foreign_sentences(article):
        sentence = article.text[start:end]
        reader = reader_for(code)
        if reader is not None:
            yield start, end, parsed(sentence, reader, told=code in told)
            if reader.gives(sentence):
                told.add(code)
        # no parser reads the language: only the model's gifts are checked (lang/xx/fallback.py)


def _held(count: Count, held: set[int | None], named: set[str]) -> bool:
    """Whether a grounded gift gives the count already: its number, or, for one thing or a thing without a
    number, that thing."""
    if count.value is not None and count.value > 1:
        return count.value in held
    return count.named and thing(count.item, "en") in named
