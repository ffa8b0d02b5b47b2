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

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.language import Language

from summariser.facts import Fact, Reading
from summariser.lang.concepts import english, thing, things_in
from summariser.lang.en import nlp
from summariser.lang.en.reading import COUNTED, GIFT_NOUNS, NOT_GIVEN, gives, plausible
from summariser.lang.ko import korean
from summariser.lang.lexicon import GIVING, SPEECH, counted_noun, known, lemmas, without_title
from summariser.lang.places import city_named, country_like
from summariser.lang.words import WORD, numbered
from summariser.lang.xx import roles_abroad
from summariser.load.numerals import numbers_at
from summariser.names import (
    MIN_SURNAME_LETTERS,
    chinese_in_cyrillic,
    fold_name,
    hangul_sound_key,
    in_hangul,
    same_name_word,
    same_person,
    same_word,
    sounded,
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


def verbatim(words: str | None, sentence: str) -> str | None:
    """`words` as they stand in the sentence (case-folded, whole words only; in Hangul a particle may
    follow: "승용차" in "승용차를"), or None."""
    phrase = (words or "").strip()
    if not phrase:
        return None
    end = "" if in_hangul(phrase[-1]) else r"(?!\w)"
    match = re.search(rf"(?<!\w){re.escape(phrase)}{end}", sentence, re.IGNORECASE)
    return match.group() if match else None


def amount(value: int | None, words: str | None, sentence: str, language: str | None = None) -> tuple[bool, str | None]:
    """Whether the sentence holds the number (or the model's words for it, verbatim), and its wording: in digits,
    or spelled out in the sentence's `language` where a library reads its number words (load/numerals.py:
    "due cani" holds 2)."""
    said = verbatim(words, sentence)
    if value is None:
        return True, said
    written = next((w for v, w, _ in numbers_at(sentence, language) if v == value), None)
    if written is None and said is None:
        return False, None
    return True, said or written


def names(name: str, sentence: str) -> bool:
    """Whether the sentence names the person or body: its surname (every word when that is short),
    as written or transliterated, with a short case ending."""
    wanted = fold_name(name)
    if not wanted:
        return False
    tokens = WORD.findall(sentence)
    words = {w for token in tokens for w in fold_name(token)}
    needed = wanted[-1:] if len(wanted[-1]) >= MIN_SURNAME_LETTERS else wanted
    if all(_written(w, tokens, words) for w in needed):
        return True
    proper = [w for w in wanted if not known(w, "en")]
    if len(wanted) > 1 and known(wanted[-1], "en") and proper and all(_written(w, tokens, words) for w in proper):
        return True  # a body named by its proper words, its common ones translated: "ABC News" in "da Abc"
    # the whole name as names/person.py matches a person's names across scripts ("Ким Чен Ыну", "김정은")
    return len(wanted) > 1 and any(same_person(name, run) for run in _name_runs(tokens, len(wanted)))


def _written(wanted: str, tokens: list[str], words: set[str]) -> bool:
    """Whether the sentence writes one folded name word: spelt otherwise or with a case ending (names/), or
    heard in a Hangul word ("크렘린궁" for Kremlin: names/sounds.py), or a pinyin word written in Cyrillic by the
    Palladius system ("Цзиньпину" for Jinping)."""
    if any(same_name_word(wanted, w) or same_word(wanted, w) for w in words):
        return True
    if any(chinese_in_cyrillic(wanted, t) for t in tokens):
        return True  # "Цзиньпину": Jinping by the Palladius system
    long = len(wanted) >= MIN_SURNAME_LETTERS
    return long and any(in_hangul(t[0]) and sounded(wanted, hangul_sound_key(t)) for t in tokens)


def _name_runs(tokens: list[str], most: int) -> list[str]:
    """Runs of up to `most` words of the sentence that may write a name: capitalised, or in Hangul."""
    shaped = [t[:1].isupper() or in_hangul(t[0]) for t in tokens]
    return [" ".join(tokens[i : i + n]) for i in range(len(tokens)) for n in range(1, most + 1)
            if i + n <= len(tokens) and all(shaped[i : i + n])]  # fmt: skip


def _named(words: str | None, context: str) -> str | None:
    """A party or place the model gave, kept only where every word of it is in the context's words."""
    if not words:
        return None
    present = {w.casefold() for w in WORD.findall(context)}
    wanted = [w.casefold() for w in WORD.findall(words)]
    return words if wanted and all(w in present or _named_word(w, present, context) for w in wanted) else None


def _named_word(word: str, present: set[str], context: str) -> bool:
    """Whether the context names a word of a party: a Hangul word opening one of its words (particles follow
    it: "노동당" in "노동당이"; never syllables of other words, "북대" is not in "북한 대외"), any other as a
    name, transliterated or with a case ending."""
    if in_hangul(word):
        return any(p.startswith(word) for p in present)
    return names(word, context)


def read(fact: Fact, sentence: str, before: str, *, language: str | None = None) -> tuple[Fact, Reading] | None:
    """The fact as far as its sentence can be checked without a parse; None if the sentence does not hold
    its number (or an actor's name). `language`: the sentence's language where it is known and not
    English; a gift whose item the model copied from it untranslated cannot be checked and is dropped,
    and so is a gift in a sentence that holds no word of giving of its language (of any language the
    lexicon knows, or English, where the language was not determined)."""
    one = _one_before(fact.item, sentence, language) if isinstance(fact, Gift) and fact.quantity == 1 else None
    fact = fact if one is not None else _without_lone_one(fact)
    if isinstance(fact, Actor):
        if language:  # a title the model wrote into the name is no part of it
            name = korean.name_of(fact.name) if language == korean.KOREAN else without_title(fact.name, language)
            fact = fact.model_copy(update={"name": name})
        if country_like(fact.name, language or "en") or city_named(fact.name, sentence):
            return None  # "Estados UInidos", "Moskau": a country, even misspelt, or a city is no actor
        if numbered(fact.name, sentence):
            return None  # "Boeing 747-8": a make's model
        if not names(fact.name, sentence):
            return None
        context = f"{sentence} {before}"  # a role, body or country the sentences do not hold is the model's own
        described = {k: _named(getattr(fact, k), context) for k in ("role", "organisation", "country")}
        if language == korean.KOREAN and not korean.titled(fact.name, described["role"], sentence):
            described["role"] = None  # "박정천 노동당 비서와 김여정 노동당 부부장이": 부부장 is Kim Yo Jong's
        if language in roles_abroad.TITLES:  # a role stands beside its holder's name, in English where checked
            described["role"] = roles_abroad.role_of(fact.name, sentence, fact.role, language)
        return plausible(fact.model_copy(update=described), language or "en"), Reading(head="")
    if isinstance(fact, Gift):
        if nlp.lemma(fact.item) in NOT_GIVEN:  # the item is the model's English word, so an English lemma
            return None
        if language in GIVING and not lemmas(sentence, language) & GIVING[language]:
            return None  # "trasportati con 7 aerei": nothing in the sentence gives anything
        if not language and not _gives_in_any_language(sentence):
            return None  # language not determined: a word of giving of some language must stand there
        held, wording = amount(fact.quantity, fact.quantity_text, sentence, language)
        if not held:
            return None
        wording, at = one if one is not None else (wording, 0)  # the one before the item, not the first "un"
        counted = counted_words(wording, sentence, language, at) if fact.quantity is not None else None
        if counted is not None and _counts_another(fact.item, sentence, counted):
            return None  # "yaks" for the 25 of "25 faisans et deux yaks": the number counts another noun
        item = _item_in_english(fact.item, sentence, language, counted) if language else fact.item
        if item is None or nlp.lemma(item) in NOT_GIVEN:  # "tanques", read as "tanks": no gift
            return None
        original = _original(fact.item, item, sentence, language, counted) if language else None
        fact = fact.model_copy(update={"item": item, "original": original})
        gift = fact.model_copy(
            update={
                "quantity_text": wording,
                "giver": _named(fact.giver, sentence),
                "recipient": _named(fact.recipient, sentence),
                "from_institution": _named(fact.from_institution, sentence),
                "to_institution": _named(fact.to_institution, sentence),
                "transport": verbatim(fact.transport, sentence),
                "date": verbatim(fact.date, sentence),
            }
        )
        return gift, Reading(head=_head(fact.item), value=fact.quantity, wording=wording)
    nouns = COUNTED.get(fact.claim_type)
    if nouns is not None and nlp.lemma(fact.subject) not in nouns:
        return None  # "26 persone" filed as a troop deployment: the model's own subject counts no troops
    if nouns is None and not any(w.islower() and known(w, "en") for w in WORD.findall(fact.subject)):
        return None  # a treaty whose subject is "Пол Вилан" or "Aurus": a name, no English word for a pact
    held, wording = amount(fact.figure, fact.figure_text, sentence, language)
    if not held:
        return None
    claimant = _named(fact.claimed_by, sentence + " " + before)
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


def _original(answered: str, item: str, sentence: str, language: str, counted: str | None) -> str | None:
    """The article's own word for a gift's item, to stand beside the English in the brief, only where code can
    tell it: the word the model copied untranslated, where code found its English; else the word of the counted
    words (or of the sentence) that names the thing the English item names (lang/concepts.py); else None."""
    if untranslated(answered, sentence):
        return answered if answered.lower() != item.lower() else None
    said = thing(nlp.lemma(item), "en")
    written = things_in(counted or sentence, language).get(said) if said is not None else None
    return written if written and written.lower() != item.lower() else None


def _gives_in_any_language(sentence: str) -> bool:
    """Whether the sentence holds a word of giving in English or in a language the lexicon knows."""
    if gives(sentence):
        return True
    return any(lemmas(sentence, code) & words for code, words in GIVING.items())


def _item_in_english(item: str, sentence: str, language: str, counted: str | None = None) -> str | None:
    """The gift's item in English as far as code can tell (lang/concepts.py), None where the sentence
    contradicts it or it cannot be read. `counted`: the words its number counts, where it states one;
    their things are then the ones that count, else the sentence's.
    - copied untranslated: the English name of the thing the word names ("cani" -> "dog"), or of the
      counted noun of the lexicon ("tanques" -> "tank", which no one gives); a word code knows no
      English for stays as written where its number counts it ("25 fagiani": kinds/gift/finders/aligned.py may
      find its English twin in a translated list), else None;
    - the model's English word names a thing, the counted words (or the sentence) name things and not
      that one, or the sentence names it but not among the counted words: None;
    - a name the English dictionary lacks ("Aurus", a brand), a word for any gift ("gift"), or an English
      word that names no thing where the counted words name one thing: that thing ("автомобиль" ->
      "car"); such a name where none or several are named: the name if the sentence holds it, else None;
    - else the model's word, which code cannot check."""
    if untranslated(item, sentence) and not _cognate(item, language):
        named = things_in(item, language)
        if len(named) == 1:
            return english(next(iter(named)))
        noun = next((n for w in WORD.findall(item) if (n := counted_noun(w, language))), None)
        if noun is not None:  # "tanques Abrams": tanks
            return noun
        return item if not named and counted is not None else None
    held = [e for e in things_in(counted or sentence, language) if english(e) not in GIFT_NOUNS]
    only = english(held[0]) if len(held) == 1 else None
    words = item.split()
    if only and words and nlp.lemma(item) in GIFT_NOUNS:
        return only
    if words and all(w[:1].isupper() and not known(w, "en") for w in words):
        return only or (item if names(item, sentence) else None)  # a name from another sentence states nothing
    said = thing(nlp.lemma(item), "en")
    if said is None and only and counted is not None:
        return only  # "pheasants" for "25 anatre": the number counts ducks
    if said is not None and counted is not None and not held and said in things_in(sentence, language):
        return None  # "ducks" for "25 specie di anatre": the sentence names ducks, the number counts species
    return item if said is None or not held or said in held else None


MAX_COUNTED = 2
"""Words read after a number as what it counts: the noun, or one word and the noun ("25 fagiani",
"2 бурых медведя"); in "25 specie di fagiani" the 25 counts species, not pheasants."""
_STOP = re.compile(r"[\d,;:.!?()\[\]«»\"“”„]")


def counted_words(wording: str | None, sentence: str, code: str | None, after: int = 0) -> str | None:
    """What a number counts, without a parse: the words after its wording (its first from offset
    `after`) up to the next number or punctuation mark, at most MAX_COUNTED ("25 fagiani e 40 anatre":
    "fagiani e"); in Korean, which writes the noun first ("꿩 25마리를"), the two words before it and the
    counter after it. None where the wording is not found."""
    end = r"(?!\d)" if (wording or "")[-1:].isdigit() else r"(?!\w)"  # "25마리": a counter may follow digits
    pattern = re.compile(rf"(?<!\w){re.escape(wording or '')}{end}")
    match = pattern.search(sentence, after) if wording else None
    if match is None:
        return None
    following = _STOP.split(sentence[match.end() :], maxsplit=1)[0]
    words = WORD.findall(following)[:MAX_COUNTED]
    if code == "ko":
        words = WORD.findall(_STOP.split(sentence[: match.start()])[-1])[-2:] + words[:1]  # and the counter
    return " ".join(words)


def _counts_another(item: str, sentence: str, counted: str) -> bool:
    """Whether a word of the item stands in the sentence but not among the words its number counts: the
    model put the number on a noun it does not count ("yaks" for "25 faisans et deux yaks"); the English
    word is also tried as its lemma ("yaks": "yak")."""
    forms = {form for w in WORD.findall(item) if len(w) >= 3 for form in (w, nlp.lemma(w))}
    return any(verbatim(f, sentence) for f in forms) and not any(verbatim(f, counted) for f in forms)


def untranslated(item: str, sentence: str) -> bool:
    """Whether every common word of an item (not capitalised, three letters or more; in a script without
    capitals, every word) stands as written in the sentence: the model copied it instead of giving the
    English word ("tanques" in "31 tanques Abrams")."""
    words = [w for w in WORD.findall(item) if len(w) >= 3 and not w[0].isupper() and not w.isdigit()]
    return bool(words) and all(verbatim(w, sentence) for w in words)


def _cognate(item: str, language: str) -> bool:
    """Whether an item the sentence writes as the model did is an English word that names nothing else in the
    sentence's language: the same word in both ("photo", "sabre"), not one the model left untranslated
    ("cane", Italian for dog, which names 🐕 in Italian)."""
    words = WORD.findall(item)
    return bool(words) and all(known(w, "en") for w in words) and not things_in(item, language)


def _one_before(item: str, sentence: str, language: str | None) -> tuple[str, int] | None:
    """The word for one (spelled out, in the sentence's language) that stands before the words naming the
    gift's item, and its offset: "un cheval" holds a horse's 1 and "une photo" a photo's, where "un cadeau"
    holds no number of horses. Without such a word a lone 1 is too often an article or a date."""
    if not language:
        return None
    for value, wording, offset in numbers_at(sentence, language):
        counted = counted_words(wording, sentence, language, offset) if value == 1 and not wording.isdigit() else None
        if counted and _names_item(item, counted, language):
            return wording, offset
    return None


def _names_item(item: str, words: str, language: str) -> bool:
    """Whether the words name the item: as written (a cognate), or a thing whose English name is the item's
    or ends with it ("airplane" names a plane, as "bulldog" a dog)."""
    if verbatim(item, words):
        return True
    head = nlp.lemma(item)
    return any(e == head or (len(head) >= 4 and e.endswith(head)) for e in map(english, things_in(words, language)))


def _without_lone_one(fact: Fact) -> Fact:
    """Without a parse a "1" is too often a date ("1 August") or a stray digit, and a treaty has no
    figure: such values are dropped rather than shown as counts."""
    if isinstance(fact, Gift) and fact.quantity == 1:
        return fact.model_copy(update={"quantity": None, "quantity_text": None})
    if isinstance(fact, MilitaryClaim) and (fact.figure == 1 or fact.claim_type == "treaty"):
        return fact.model_copy(update={"figure": None, "figure_text": None})
    return fact


def _head(phrase: str) -> str:
    """The phrase's last word as an English lemma ("animals" -> "animal"), as the parse reads a head, so
    that the model's English words merge with the parse's; a foreign word stays as it is."""
    words = WORD.findall(phrase.casefold())
    return nlp.lemma(words[-1]) if words else ""


def speaks(actor: Actor, said_sentence: str, before: str, *, language: str | None = None) -> bool:
    """Whether the sentence of a quote, or the one before it, names the actor (no parse can tell who speaks),
    and, in a language the lexicon knows, the words stand in quotation marks or beside a word of saying."""
    if not (names(actor.name, said_sentence) or names(actor.name, before)):
        return False
    if language not in SPEECH or not actor.said:
        return True
    quoted = any(actor.said.strip() in said_sentence[a:b] for a, b in nlp.quotations(said_sentence))
    return quoted or bool(lemmas(f"{before} {said_sentence}", language) & SPEECH[language])


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

    def speaks(self, actor: Actor, said_sentence: str, before: str) -> bool:
        """Whether the sentences name the actor, beside a word of saying where the lexicon knows the language."""
        return speaks(actor, said_sentence, before, language=self.code)
