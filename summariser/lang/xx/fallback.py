"""Checks that need no parser of the article's language: for text that is not English (or whose
language is unknown), where the English parse of lang/en/nlp/ would be meaningless.

Sentences come from spaCy's multilingual rule-based sentencizer (`spacy.blank("xx")`, no model to
download), also cut at line breaks. A fact stands when its evidence is found verbatim (exact, or
after folding quotes, dashes and spaces: never fuzzily, since no parse can vouch for a paraphrase)
and its sentence holds:
- its number: digits as written ("12,000", "12 000", "12.000", "٧٠" all hold 12000 / 70), or the
  model's own words for the amount found verbatim ("due", "più di 70");
- for an actor, the name: its surname (its last word, or every word when that is short), as
  written or transliterated, with a short case ending (names.same_name_word: "Putin" is in
  "Владимир Путин заявил" and in "с Путиным"; a body whose last word is a common English word, by its
  other words where none of them is one ("ABC News" in "diffusa da Abc", "Anadolu Agency" in "Агентство Анадолу").
Parties, claimants, dates and places stand only where their words are in the sentence, and a role only
in the words beside its holder's name, in English where lang/xx/roles_abroad.py can check the translation; a gift's
item is checked against the things the sentence names (lang/concepts.py) where the lexicon knows
them, and where it states a number, against the words after that number, which are what it counts
("yaks" for the 25 of "25 faisans et deux yaks" is dropped); a claim's subject stays the model's
words, unchecked. There is no re-citation: without a parse, another
sentence holding the same number proves nothing.
"""

from dataclasses import dataclass
from functools import cache, lru_cache

from anyascii import anyascii
from spacy.language import Language

from summariser.facts import Fact, Reading
from summariser.lang.en import nlp
from summariser.lang.en.reading import COUNTED, NOT_GIVEN, gives, plausible
from summariser.lang.ko import korean
from summariser.lang.lexicon import (
    GIVING,
    HARM,
    SPEECH,
    counted_noun,
    known,
    lemma,
    lemmas,
    names_agreement,
    without_title,
)
from summariser.lang.places import city_named, country_like
from summariser.lang.words import WORD, credited, numbered, without_web_addresses
from summariser.lang.xx import items, roles_abroad
from summariser.lang.xx.stated import (
    amount,
    given_name_differs,
    named,
    names,
    only_in_compounds,
    verbatim,
    written_out,
)
from summariser.schemas import Actor, Gift, MilitaryClaim

UNPARSED = "not parsed"
"""Marks a claim's measure: its figure was checked without a parse, so it is compared only with other
such figures (a projection or an army's size could otherwise pass for a deployment)."""
CHECKS = (
    "fallback (no parser): quote verbatim; sentence holds the number; names and parties in the sentence; roles"
    " beside the name, in English where a lexicon of titles and nations checks the translation;"
    " gift items checked against the things their sentence names (emoji CLDR names), a gift number against"
    " the noun after it; an item with no English word named by an English list of the same numbers;"
    " NLP finds names by their shape and counts of listed nouns and given things (simplemma, where it has the"
    " language; in Korean, proper nouns tagged by Kiwi)"
)


@cache
def _sentencizer() -> Language:
    import spacy  # deferred: only articles read without the English parse need it

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=64)
def sentences(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of a text in any language, also cut at line breaks, stripped; a long text
    is read in blocks cut at line breaks (nlp.blocks), which gives the same sentences."""
    spans: list[tuple[int, int]] = []
    for start, end in nlp.blocks(text):
        spans.extend((start + s, start + e) for s, e in nlp.line_spans(_sentencizer()(text[start:end]).sents))
    return spans


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence(s) of `text` that hold [start, end), and the sentence before them."""
    return nlp.sentence_in(text, sentences(text), start, end)


def _translated(actor: Actor, sentence: str, language: str | None) -> str | None:
    """The name as written of a body the model named in English by translating it ("Transport
    Ministry" for "das Verkehrsministerium"): the name as the model copied it from the sentence is written there
    (actor.written, word for word) and is no country or city, and the English name is a body's, not a person's
    (a person's name is transliterated, never translated, and names() finds it): it ends in an English dictionary
    word, and the English parse tags a name in it and no person ("Kim Smith" is one; "Animals", the model's
    English for "Животные" starting a sentence, names nothing); its words no English dictionary holds are proper
    names, transliterated and so written in the sentence too ("Belmont House" for "Белом доме" is made up). The
    name as written, else None."""
    written = actor.written
    if not written or not written_out(written, sentence):
        return None
    if country_like(written, language or "en") or city_named(written, sentence):
        return None
    words = WORD.findall(actor.name)
    if not _proper_words_written(words, sentence):
        return None  # "Belmont House" for "Белом доме": a proper name is transliterated, never translated
    tagged = {e.label_ for e in nlp.entities(actor.name)}
    return written if words and known(words[-1], "en") and tagged and "PERSON" not in tagged else None


def _once(name: str, sentence: str) -> str:
    """The name with a word the model wrote twice in a row written once ("Guillermo Guillermo" for the sentence's
    "Guillermo"), unless the sentence writes it so ("Sirhan Sirhan")."""
    words = name.split()
    single = [w for i, w in enumerate(words) if i == 0 or w.casefold() != words[i - 1].casefold()]
    return name if len(single) == len(words) or name.casefold() in sentence.casefold() else " ".join(single)


def _proper_words_written(words: list[str], sentence: str) -> bool:
    """Whether the words of an English name that no English dictionary holds (proper names) are all written in
    the sentence, as written or transliterated."""
    proper = [w for w in words if not known(w, "en")]
    return not proper or written_out(" ".join(proper), sentence)


def read(fact: Fact, sentence: str, before: str, *, language: str | None = None) -> tuple[Fact, Reading] | None:
    """The fact as far as its sentence can be checked without a parse; None if the sentence does not hold
    its number (or an actor's name). `language`: the sentence's language where it is known and not
    English; a gift whose item the model copied from it untranslated cannot be checked and is dropped,
    and so is a gift in a sentence that holds no word of giving of its language (of any language the
    lexicon knows, or English, where the language was not determined). A web address is no part of the sentence
    read: a slug's words state nothing."""
    sentence, before = without_web_addresses(sentence), without_web_addresses(before)
    one = items.one_before(fact.item, sentence, language) if isinstance(fact, Gift) and fact.quantity == 1 else None
    fact = fact if one is not None else _without_lone_one(fact)
    if isinstance(fact, Actor):
        fact = fact.model_copy(update={"name": _once(fact.name, sentence)})
        if language:  # a title the model wrote into the name is no part of it
            name = korean.name_of(fact.name) if language == korean.KOREAN else without_title(fact.name, language)
            fact = fact.model_copy(update={"name": name})
        if country_like(fact.name, language or "en") or city_named(fact.name, sentence):
            return None  # "Estados UInidos", "Moskau": a country, even misspelt, or a city is no actor
        if numbered(fact.name, sentence):
            return None  # "Boeing 747-8": a make's model
        if credited(fact.name, sentence):
            return None  # "AFP/Ludovic MARIN": a photo's credit
        if language and roles_abroad.only_a_title(fact.name, language):
            return None  # "Le président": a title, no name
        written = fact.name if names(fact.name, sentence) else _translated(fact, sentence, language)
        if written is None or given_name_differs(fact.name, sentence, language):
            return None  # "Mona Lisa Trump" where the sentence writes "Barron Trump": not this sentence's person
        context = f"{sentence} {before}"  # a role, body or country the sentences do not hold is the model's own
        described = {k: named(getattr(fact, k), context) for k in ("role", "organisation", "country")}
        if language == korean.KOREAN and not korean.titled(fact.name, described["role"], sentence):
            described["role"] = None  # "박정천 노동당 비서와 김여정 노동당 부부장이": 부부장 is Kim Yo Jong's
        if language in roles_abroad.TITLES:  # a role stands beside its holder's name, in English where checked
            described["role"] = roles_abroad.role_of(written, sentence, fact.role, language)
        return plausible(fact.model_copy(update=described), language or "en"), Reading(head="")
    if isinstance(fact, Gift):
        if nlp.lemma(fact.item) in NOT_GIVEN:  # the item is the model's English word, so an English lemma
            return None
        if country_like(fact.item, language or "en"):
            return None  # "Macaristan" (Hungary) of "Macaristan'a ziyaret": a country is visited, never given
        giving = _gives(sentence, language)
        if giving is False:
            return None  # "trasportati con 7 aerei": nothing in the sentence gives anything
        if giving is None and language and not items.named_there(fact.item, sentence, language):
            return None  # no word of giving code can read in this language, nor the thing: "tiger" for "török"
        if not language and not _gives_in_any_language(sentence):
            return None  # language not determined: a word of giving of some language must stand there
        held, wording = amount(fact.quantity, fact.quantity_text, sentence, language)
        if not held:
            return None
        if fact.quantity is not None and only_in_compounds(fact.quantity, sentence, language):
            return None  # "je 13-letnemu Barronu podaril konja": 13 is the boy's age, no count of horses
        wording, at = one if one is not None else (wording, 0)  # the one before the item, not the first "un"
        counted = items.counted_words(wording, sentence, language, at) if fact.quantity is not None else None
        if counted is not None and items.counts_another(fact.item, sentence, counted, language):
            return None  # "yaks" for the 25 of "25 faisans et deux yaks": the number counts another noun
        if counted is not None and language and _counts_no_gift(counted, language):
            return None  # "14 tanques Leopard 2": the number counts arms, whatever item the model named
        item = items.in_english(fact.item, sentence, language, counted) if language else fact.item
        if item is None or nlp.lemma(item) in NOT_GIVEN:  # "tanques", read as "tanks": no gift
            return None
        original = items.original(fact.item, item, sentence, language, counted) if language else None
        fact = fact.model_copy(update={"item": item, "original": original})
        gift = fact.model_copy(
            update={
                "quantity_text": wording,
                "giver": named(fact.giver, sentence),
                "recipient": named(fact.recipient, sentence),
                "from_institution": named(fact.from_institution, sentence),
                "to_institution": named(fact.to_institution, sentence),
                "transport": verbatim(fact.transport, sentence),
                "date": verbatim(fact.date, sentence),
            }
        )
        return gift, Reading(head=_head(fact.item, language), value=fact.quantity, wording=wording)
    if fact.claim_type == "other" and fact.figure is None:
        return None  # "other" is a head count: without one it states nothing military
    if fact.claim_type == "casualties" and not _harms(sentence, language, fact.figure):
        return None  # "no casualties" of a sentence about a tractor: no word of harm, and no count
    if fact.claim_type == "treaty" and not names_agreement(sentence, language):
        return None  # "the Treaty of Versailles" of a sentence about a state visit: no word for a pact there
    nouns = COUNTED.get(fact.claim_type)
    if nouns is not None and nlp.lemma(fact.subject) not in nouns:
        return None  # "26 persone" filed as a troop deployment: the model's own subject counts no troops
    if nouns is None and not any(w.islower() and known(w, "en") for w in WORD.findall(fact.subject)):
        return None  # a treaty whose subject is "Пол Вилан" or "Aurus": a name, no English word for a pact
    held, wording = amount(fact.figure, fact.figure_text, sentence, language)
    if not held:
        return None
    claimant = named(fact.claimed_by, sentence + " " + before)
    claim = fact.model_copy(
        update={
            "figure_text": wording,
            "claimed_by": claimant,
            "place": verbatim(fact.place, sentence),
            "date": verbatim(fact.date, sentence),
        }
    )
    reading = Reading(
        head=_head(fact.subject),
        value=fact.figure,
        wording=wording,
        claimant=claimant,
        measure=f"{fact.claim_type}: {UNPARSED}" if fact.figure is not None else fact.claim_type,
        compared=fact.claim_type != "other",  # what an "other" figure counts takes a parse to tell: never compared
    )
    return claim, reading


def _harms(sentence: str, language: str | None, figure: int | None) -> bool:
    """Whether a casualty claim's sentence may state one: it holds a word of harm of its language where the
    lexicon has them (lang/lexicon.py HARM, as English's parse asks for one), else it counts (a figure)."""
    if language in HARM:
        return bool(lemmas(sentence, language) & HARM[language])
    return figure is not None


def _counts_no_gift(counted: str, language: str) -> bool:
    """Whether the words a number counts hold a noun the lexicon knows as never given: arms, troops or people."""
    return any((noun := counted_noun(w, language)) and nlp.lemma(noun) in NOT_GIVEN for w in WORD.findall(counted))


def _gives(sentence: str, language: str | None) -> bool | None:
    """Whether the sentence holds a word of giving of its language (lang/lexicon.py GIVING by simplemma's lemmas;
    Korean by Kiwi's morphemes); None where code knows no words of giving of the language."""
    if language == korean.KOREAN:
        return korean.gives(sentence)
    if language in GIVING:
        return bool(lemmas(sentence, language) & GIVING[language])
    return None


def _gives_in_any_language(sentence: str) -> bool:
    """Whether the sentence holds a word of giving in English or in a language the lexicon knows."""
    if gives(sentence):
        return True
    return any(_gives(sentence, code) for code in GIVING)


def _without_lone_one(fact: Fact) -> Fact:
    """Without a parse a "1" is too often a date ("1 August") or a stray digit, and a treaty has no
    figure: such values are dropped rather than shown as counts."""
    if isinstance(fact, Gift) and fact.quantity == 1:
        return fact.model_copy(update={"quantity": None, "quantity_text": None})
    if isinstance(fact, MilitaryClaim) and (fact.figure == 1 or fact.claim_type == "treaty"):
        return fact.model_copy(update={"figure": None, "figure_text": None})
    return fact


def _head(phrase: str, language: str | None = None) -> str:
    """The phrase's last word as an English lemma ("animals" -> "animal"), as the parse reads a head, so
    that the model's English words merge with the parse's; a word of the article's `language` that English
    lacks, as that language's lemma without accents, so that an item left untranslated merges with its
    cognates in other languages ("cóndores", "condores" -> "condor", as the Italian and English write it)."""
    words = WORD.findall(phrase.casefold())
    if not words:
        return ""
    last = words[-1]
    if language and not known(last, "en") and known(last, language):
        return anyascii(lemma(last, language))
    return nlp.lemma(last)


def speaks(actor: Actor, said_sentence: str, before: str, *, language: str | None = None) -> bool:
    """Whether the sentence of a quote, or the one before it, names the actor (no parse can tell who speaks; a
    surname after another given name does not: given_name_differs),
    and, in a language the lexicon knows, the words stand in quotation marks or beside a word of saying in their
    own sentence (reported speech carries its verb: "Le directeur, Kenji Watanabe, a remercié ..." after a
    minister's quote is no more of hers); in any other language, or one not determined, the words stand in
    quotation marks (a headline or a sentence of the report is nobody's statement)."""
    named_in = [s for s in (said_sentence, before) if names(actor.name, s)]
    if not named_in or all(given_name_differs(actor.name, s, language) for s in named_in):
        return False  # "a commenté Donald Trump": not Barron Trump's words
    if not actor.said:
        return True
    quoted = any(actor.said.strip() in said_sentence[a:b] for a, b in nlp.quotations(said_sentence))
    if language not in SPEECH:
        return quoted  # no word of saying known: only words in quotation marks are anyone's (no headline, no report)
    return quoted or bool(lemmas(said_sentence, language) & SPEECH[language])


@dataclass(frozen=True)
class Fallback:
    """A Checker (lang/base.py) of a language no parser reads, bound to its code (None where the language was
    not determined): the module's checks, which need no parse, so a quote stands only verbatim and no other
    sentence is re-cited."""

    code: str | None = None
    checks: str = CHECKS
    parses: bool = False

    def lines(self, codes: list[str]) -> str:
        """'lines in ru, fr'."""
        return f"lines in {', '.join(codes)}"

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """The sentences as the multilingual segmenter cuts them, also at line breaks."""
        return sentences(text)

    def sentence_around(self, text: str, start: int, end: int) -> tuple[str, str]:
        """The sentence(s) holding [start, end), and the one before."""
        return sentence_around(text, start, end)

    def read(self, fact: Fact, sentence: str, before: str) -> tuple[Fact, Reading] | None:
        """The fact as far as its sentence can be checked without a parse (read, in this language)."""
        return read(fact, sentence, before, language=self.code)

    def read_ahead(self, texts: list[str]) -> None:
        """Nothing: its checks parse nothing."""

    def speaks(self, actor: Actor, said_sentence: str, before: str) -> bool:
        """Whether the sentences name the actor, beside a word of saying where the lexicon knows the language."""
        return speaks(actor, said_sentence, before, language=self.code)
