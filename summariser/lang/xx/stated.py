"""What a sentence states, checked without a parse: words as written (whole words, folded case), a number in
digits or spelled out, and a person's or body's name as written, transliterated or with a case ending
(lang/xx/fallback.py's checks of every kind of fact rest on these)."""

import re

from summariser.lang.lexicon import known
from summariser.lang.words import WORD
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


def only_in_compounds(value: int, sentence: str, language: str | None = None) -> bool:
    """Whether the sentence writes the number only joined by a hyphen to the word after it: part of a
    compound word that describes something (an age, a size: "13-letnemu", "13-jähriger", "13-летнему",
    "13-year-old"), never a count of it."""
    written = [at + len(w) for v, w, at in numbers_at(sentence, language) if v == value]
    return bool(written) and all(_COMPOUND.match(sentence, end) for end in written)


_COMPOUND = re.compile(r"[-\u2010\u2011][^\W\d_]")
"""A hyphen (ASCII, Unicode or non-breaking) and a letter right after a number."""


def names(name: str, sentence: str) -> bool:
    """Whether the sentence names the person or body: its surname (every word when that is short),
    as written or transliterated, with a short case ending."""
    wanted = fold_name(name)
    if not wanted:
        return False
    tokens, words = _words_of(sentence)
    needed = wanted[-1:] if len(wanted[-1]) >= MIN_SURNAME_LETTERS else wanted
    if all(_written(w, tokens, words) for w in needed):
        return True
    proper = [w for w in wanted if not known(w, "en")]
    if len(wanted) > 1 and known(wanted[-1], "en") and proper and all(_written(w, tokens, words) for w in proper):
        return True  # a body named by its proper words, its common ones translated: "ABC News" in "da Abc"
    # the whole name as names/person.py matches a person's names across scripts ("Ким Чен Ыну", "김정은")
    return len(wanted) > 1 and any(same_person(name, run) for run in _name_runs(tokens, len(wanted)))


def given_name_differs(name: str, sentence: str, language: str | None = None) -> bool:
    """Whether the sentence writes the name's surname only right after a given name the name lacks, and none of
    the name's given names anywhere ("Barron Trump" where the model named "Mona Lisa Trump": a relative, or no
    one). Initials between are passed over ("Donald H. Rumsfeld"); a surname before another capitalised word is
    part of another name ("Trump Tower"); a word before the surname is a given name only where it is
    capitalised, no title and no word of the sentence's language ("Präsidenten Trump": undecided)."""
    wanted = fold_name(name)
    if len(wanted) < 2 or len(wanted[-1]) < MIN_SURNAME_LETTERS:
        return False
    tokens, words = _words_of(sentence)
    if any(_written(w, tokens, words) for w in wanted[:-1]):
        return False
    differs: list[bool] = []
    for i, token in enumerate(tokens):
        if not _written(wanted[-1], [token], set(fold_name(token))):
            continue
        if i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            continue  # "Trump Tower": another name, or undecided
        before = next((t for t in reversed(tokens[:i]) if len(t) > 1), None)  # an initial is passed over
        differs.append(before is not None and _given_name(before, language))
    return bool(differs) and all(differs)


def _given_name(word: str, language: str | None) -> bool:
    """Whether a word before a surname reads as a given name: capitalised, no title, in no dictionary of the
    sentence's language."""
    return word[:1].isupper() and bool(fold_name(word)) and not (language and known(word, language))


def written_out(written: str, sentence: str) -> bool:
    """Whether the sentence writes every word of a name as the model copied it from there ("Weisse Haus",
    "Центрального телеграфного агентства"), each as written, transliterated or with a case ending."""
    wanted = fold_name(written)
    tokens, words = _words_of(sentence)
    return bool(wanted) and all(_written(w, tokens, words) for w in wanted)


def _words_of(sentence: str) -> tuple[list[str], set[str]]:
    """A sentence's words as written, and every folded word of them (what _written compares a name's words with)."""
    tokens = WORD.findall(sentence)
    return tokens, {w for token in tokens for w in fold_name(token)}


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


def named(words: str | None, context: str) -> str | None:
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
