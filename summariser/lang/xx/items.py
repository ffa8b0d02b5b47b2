"""A gift's item, checked without a parse: what its number counts (the words after it), whether the model copied
the item untranslated, its English name where code can tell it (lang/concepts.py), and the article's own word for
it (lang/xx/fallback.py reads gifts through these)."""

import re

from summariser.lang.concepts import english, thing, things_in
from summariser.lang.en import nlp
from summariser.lang.en.reading import GIFT_NOUNS
from summariser.lang.lexicon import counted_noun, known
from summariser.lang.words import THING_WORD, WORD
from summariser.lang.xx.stated import verbatim
from summariser.load.numerals import numbers_at
from summariser.names import LETTERS, mixed_script


def original(answered: str, item: str, sentence: str, language: str, counted: str | None) -> str | None:
    """The article's own word for a gift's item, to stand beside the English in the brief, only where code can
    tell it: the word the model copied untranslated, where code found its English; else the word of the counted
    words (or of the sentence) that names the thing the English item names (lang/concepts.py); else None."""
    if untranslated(answered, sentence):
        return answered if answered.lower() != item.lower() else None
    said = thing(nlp.lemma(item), "en")
    written = things_in(counted or sentence, language).get(said) if said is not None else None
    return written if written and written.lower() != item.lower() else None


def named_there(item: str, sentence: str, language: str) -> bool:
    """Whether the sentence names the gift's item: a word of it as written, or the thing its English word names
    in the sentence's language (lang/concepts.py: "말" for "horse" in Korean). In a language code has no names of
    things for (Hungarian, Greek), only as written."""
    said = thing(nlp.lemma(item), "en")
    if said is not None and said in things_in(sentence, language):
        return True
    return any(verbatim(w, sentence) for w in WORD.findall(item) if len(w) >= 3)


def _before_preposition(item: str) -> str:
    """An item as written up to its first short lower-case word after the first (a preposition: "broche de flor de
    Tiffany" is a brooch, of a flower's shape; "knjigu iz Kraljevske bindžerije" a book): what follows it says
    what the thing is of or made of, not what it is."""
    words = item.split()
    cut = next((i for i, w in enumerate(words) if i and w.islower() and len(w) <= MAX_PREPOSITION), len(words))
    return " ".join(words[:cut])


MAX_PREPOSITION = 3
"""Letters of the longest word taken for a preposition ("de", "di", "von", "iz", "из"); "con" too, "para" not."""


def in_english(item: str, sentence: str, language: str, counted: str | None = None) -> str | None:
    """The gift's item in English as far as code can tell (lang/concepts.py), None where the sentence
    contradicts it or it cannot be read. `counted`: the words its number counts, where it states one;
    their things are then the ones that count, else the sentence's.
    - copied untranslated: the English name of the thing the word names ("cani" -> "dog"), or of the
      counted noun of the lexicon ("tanques" -> "tank", which no one gives); a word code knows no
      English for stays as written where its number counts it ("25 fagiani": kinds/gift/finders/aligned.py may
      find its English twin in a translated list), else None;
    - left in the article's language in another form than the sentence's ("cheval" for "chevaux", "cavalli"
      for "un cavallo"): the English name of the thing it names, where the counted words (or the sentence)
      name it too, else None;
    - the model's English word names a thing, the counted words (or the sentence) name things and not
      that one, or the sentence names it but not among the counted words: None;
    - a name the English dictionary lacks ("Aurus", a brand), a word for any gift ("gift"), or an English
      word that names no thing where the counted words name one thing: that thing ("автомобиль" ->
      "car"); a make or name the sentence writes: the one thing it names within BESIDE words of it ("ein
      Flugzeug der Marke Boeing": airplane), else the make as written; one it does not write: the one thing
      the sentence names, else None;
    - a word of two scripts ("loshadь", a transliteration left half done): None;
    - a common word that is neither English nor the sentence's ("conj" for "konja"): None;
    - else the model's word, which code cannot check."""
    if any(mixed_script(w) for w in LETTERS.findall(item)):
        return None
    if untranslated(item, sentence) and not _cognate(item, language):
        named = things_in(_before_preposition(item), language)
        if len(named) == 1:
            return english(next(iter(named)))
        noun = next((n for w in WORD.findall(item) if (n := counted_noun(w, language))), None)
        if noun is not None:  # "tanques Abrams": tanks
            return noun
        return item if not named and counted is not None else None
    written = things_in(item, language)
    if len(written) == 1 and thing(nlp.lemma(item), "en") is None and not _cognate(item, language):
        (said_there,) = written  # the model's word in the article's language, in another form than the sentence's
        return english(said_there) if said_there in things_in(counted or sentence, language) else None
    held = [e for e in things_in(counted or sentence, language) if english(e) not in GIFT_NOUNS]
    only = english(held[0]) if len(held) == 1 else None
    words = item.split()
    if only and words and nlp.lemma(item) in GIFT_NOUNS:
        return only
    if _make(words):  # "Aurus", "Boeing 747-8": the thing the sentence writes beside it, else the make as written
        tokens = [m.group() for m in THING_WORD.finditer(sentence)]
        at = next((i for i, w in enumerate(tokens) if w.lower() == words[0].lower()), None)
        if at is None:
            return only  # a make from another sentence: the one thing this one names, else nothing it states
        return _thing_beside(tokens[max(0, at - BESIDE) : at + len(words) + 1], language) or item
    said = thing(nlp.lemma(item), "en")
    if said is None and only and counted is not None:
        return only  # "pheasants" for "25 anatre": the number counts ducks
    if said is not None and counted is not None and not held and said in things_in(sentence, language):
        return None  # "ducks" for "25 specie di anatre": the sentence names ducks, the number counts species
    if said is None and _unwritten_foreign(item, sentence):
        return None  # "conj" for "konja": neither English nor the sentence's word, so no one can tell what it is
    return item if said is None or not held or said in held else None


def _unwritten_foreign(item: str, sentence: str) -> bool:
    """Whether a common word of the item (lower case, three letters or more) is neither an English word nor
    written in the sentence: a word the model made up or misspelt in passing from one language to another."""
    words = [w for w in WORD.findall(item) if len(w) >= 3 and w.islower()]
    return any(not known(w, "en") and not verbatim(w, sentence) for w in words)


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


def counts_another(item: str, sentence: str, counted: str, language: str | None = None) -> bool:
    """Whether a word of the item stands in the sentence but not among the words its number counts: the
    model put the number on a noun it does not count ("yaks" for "25 faisans et deux yaks"); the English
    word is also tried as its lemma ("yaks": "yak"). A make counts the thing beside it ("ein Flugzeug der
    Marke Boeing": the one counts the Boeing)."""
    if _make_counted(item, sentence, counted, language):
        return False
    forms = {form for w in WORD.findall(item) if len(w) >= 3 for form in (w, nlp.lemma(w))}
    return any(verbatim(f, sentence) for f in forms) and not any(verbatim(f, counted) for f in forms)


def untranslated(item: str, sentence: str) -> bool:
    """Whether every common word of an item (not capitalised, three letters or more; in a script without
    capitals, every word) stands as written in the sentence: the model copied it instead of giving the
    English word ("tanques" in "31 tanques Abrams")."""
    words = [w for w in WORD.findall(item) if len(w) >= 3 and not w[0].isupper() and not w.isdigit()]
    return bool(words) and all(verbatim(w, sentence) for w in words)


def _make(words: list[str]) -> bool:
    """Whether an item's words are a make or a name: capitalised words the English dictionary lacks ("Aurus"), or
    capitalised words with a model's number ("Boeing 747-8", "Airbus A380")."""
    numbered = [any(c.isdigit() for c in w) for w in words]
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or n for w, n in zip(words, numbered, strict=True))
        and (any(numbered) or not any(known(w, "en") for w in words))
    )


BESIDE = 3
"""Words between a make and the noun of the thing it makes at most: "самолет Boeing", "Flugzeug der Marke Boeing"."""


def _thing_beside(near: list[str], language: str) -> str | None:
    """The English name of the one thing the words beside an item's make name ("ein Flugzeug der Marke Boeing":
    airplane; "un Boeing 747 dalla famiglia reale": None, the family stands apart), not a word for any gift."""
    named = {e for w in near if (e := thing(w, language)) is not None and english(e) not in GIFT_NOUNS}
    return english(named.pop()) if len(named) == 1 else None


def _cognate(item: str, language: str) -> bool:
    """Whether an item the sentence writes as the model did is an English word that names nothing else in the
    sentence's language: the same word in both ("photo", "sabre"), not one the model left untranslated
    ("cane", Italian for dog, which names 🐕 in Italian)."""
    words = WORD.findall(item)
    return bool(words) and all(known(w, "en") for w in words) and not things_in(item, language)


def one_before(item: str, sentence: str, language: str | None) -> tuple[str, int] | None:
    """The word for one (spelled out, in the sentence's language) that stands before the words naming the
    gift's item, and its offset: "un cheval" holds a horse's 1 and "une photo" a photo's, where "un cadeau"
    holds no number of horses. Without such a word a lone 1 is too often an article or a date. A make names the
    thing written beside it ("ein Flugzeug der Marke Boeing" holds a Boeing's 1)."""
    if not language:
        return None
    for value, wording, offset in numbers_at(sentence, language):
        counted = counted_words(wording, sentence, language, offset) if value == 1 and not wording.isdigit() else None
        if counted and (_names_item(item, counted, language) or _make_counted(item, sentence, counted, language)):
            return wording, offset
    return None


def _make_counted(item: str, sentence: str, counted: str, language: str | None) -> bool:
    """Whether the item is a make and the counted words name the thing the sentence writes beside it."""
    if not language or not _make(item.split()):
        return False
    thing_beside = in_english(item, sentence, language)
    return thing_beside not in (None, item) and _names_item(str(thing_beside), counted, language)


def _names_item(item: str, words: str, language: str) -> bool:
    """Whether the words name the item: as written (a cognate), or a thing whose English name is the item's
    or ends with it ("airplane" names a plane, as "bulldog" a dog)."""
    if verbatim(item, words):
        return True
    head = nlp.lemma(item)
    return any(e == head or (len(head) >= 4 and e.endswith(head)) for e in map(english, things_in(words, language)))
