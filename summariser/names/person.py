"""When two names denote one person, by code only, never by a model's say-so:

1. the folded words (names/fold.py) are equal, or equal once joined ("Jong-un" = "Jongun");
2. a surname alone (one word of 4+ letters) matches the last word of a full name ("Putin" =
   "Vladimir Putin"); a one-word name that is the *first* word of a name does not (in "Kim Jong
   Un" Kim is the family name, shared by many);
3. two full names with the same number of words match word by word, each pair a spelling variant
   (names/spelling.py; two names written in Cyrillic also match where a word only adds a case ending
   that no nominative name ends in: "Ким Чен Ыну" = "Ким Чен Ын", never "Козлова" = "Козлов").
   So "Kim Jung Un" = "Kim Jong Un", "Vladimir Poutine" = "Vladimir Putin", "Aleksandr Kozlov" =
   "Alexander Kozlov", "Dmitriy Peskov" = "Dmitri Peskov".
4. two names of two words in two scripts whose given names differ only in an initial "E" that the other
   script writes "И" ("Иван Гершкович" = "Evan Gershkovich"), with a surname of LONG_SURNAME_LETTERS or
   more; never within one script ("Ivan"/"Evan"), never with a common surname ("Petrov");
5. two names of two words that are the same words in the other order, each of 4 letters or more ("Battulga
   Khaltmaa" = "Khaltmaa Battulga": a family name written first or last);
6. a name in Hangul, Korean or foreign, by its Korean or sound keys (names/sounds.py);
7. a Chinese name in pinyin and in the Palladius system's Cyrillic, word by word by its Chinese sound key
   (names/sounds.chinese_key): "Xi Jinping" = "Си Цзиньпин", "Li Qiang" = "Ли Цян".
Nothing else matches. In particular two names sharing a surname whose given names differ are two
people: "Kim Jong Un" / "Kim Yo Jong" / "Kim Jong Il", "Jan Smith" / "Jon Smith", "Alexander
Kozlov" / "Alexei Kozlov", "Jan Smith" / "Joan Smith". Names of different lengths ("Vladimir
Vladimirovich Putin", "George W. Bush" vs "George Bush") do not match either: a middle name may be
what tells two people apart.
"""

from summariser.names.fold import fold_name
from summariser.names.scripts import hangul_syllables, in_hangul, in_latin_script
from summariser.names.sounds import (
    MIN_CHINESE_KEY,
    MIN_KOREAN_KEY,
    chinese_key,
    cyrillic_korean_keys,
    hangul_sound_key,
    heard_whole,
    korean_key,
    loose_korean_key,
    sounded,
)
from summariser.names.spelling import MIN_SURNAME_LETTERS, spelling_variant

LONG_SURNAME_LETTERS = 8
"""Letters of a surname rare enough that its person's given name may be written with another initial vowel
in another script ("Gershkovich"); "Petrov" and "Ivanov" are too common."""
CASE_ENDINGS = ("u", "yu", "om", "em", "ym", "im", "e")
"""Case endings of a Cyrillic name word, romanised, that no nominative name ends in once added: dative
"Путину", instrumental "Путиным", prepositional "Путине". Not "-a": "Козлова" is Kozlov's genitive and
Kozlova's own name, so only the parse of a sentence could tell them apart."""


def same_person(a: str, b: str) -> bool:
    """Whether two names denote one person, by the rules in the module docstring."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if in_hangul(a.strip()) != in_hangul(b.strip()):  # "박정천 노동당 비서" = "Pak Jong-chon": the name, then titles
        hangul, written = (a, b) if in_hangul(a.strip()) else (b, a)
        syllables, other = hangul_syllables(hangul.split()[0]), fold_name(written)
        if loose_korean_key(syllables) in cyrillic_korean_keys(written):
            return True  # "박정천" = "Пак Чон Чхон"
        key = korean_key(list(other))
        if len(other) > 1 and len(key) >= MIN_KOREAN_KEY and korean_key(syllables) == key:
            return True
        if len(hangul.split()) == 1 and len(other) > 1:  # "푸틴" of "Vladimir Putin", "리아노보스티" = "RIA Novosti"
            heard_key = hangul_sound_key(hangul)
            return sounded(other[-1], heard_key) or heard_whole(other, heard_key)
        heard = [hangul_sound_key(w) for w in hangul.split()[: len(other)]]  # "드미트리 페스코프 ... 대변인"
        return len(other) > 1 and len(heard) == len(other) and all(map(sounded, other, heard))
    if fa == fb or "".join(fa) == "".join(fb):
        return True
    if in_hangul(a.strip()) and in_hangul(b.strip()):
        return _hangul_surname_of(a.split(), b.split()) or _hangul_surname_of(b.split(), a.split())
    korean_a, korean_b = cyrillic_korean_keys(a), cyrillic_korean_keys(b)
    if korean_a or korean_b:
        keys_a = korean_a or ({loose_korean_key(list(fa))} if len(fa) == 3 and in_latin_script(a) else set())
        keys_b = korean_b or ({loose_korean_key(list(fb))} if len(fb) == 3 and in_latin_script(b) else set())
        if keys_a & keys_b:
            return True
    if in_latin_script(a) != in_latin_script(b) and _chinese_alike(a.split(), b.split()):
        return True
    if len(fa) != len(fb):
        short, full = (fa, fb) if len(fa) < len(fb) else (fb, fa)
        return len(short) == 1 and _is_surname_of(short[0], full)
    if _swapped(fa, fb):
        return True  # "Battulga Khaltmaa" = "Khaltmaa Battulga"
    inflected = not in_latin_script(a) and not in_latin_script(b)
    if len(fa) == 2 and in_latin_script(a) != in_latin_script(b) and _initial_e(fa, fb):
        return True  # "Иван Гершкович" = "Evan Gershkovich"
    return len(fa) > 1 and all(
        spelling_variant(x, y) or (inflected and _case_form(x, y)) for x, y in zip(fa, fb, strict=True)
    )


def _swapped(fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """Whether two names of two words are the same two words in the other order, each of MIN_SURNAME_LETTERS or
    more: one writer puts the family name first, as Mongolian, Hungarian or Chinese does, the other last
    ("Battulga Khaltmaa", "Khaltmaa Battulga"; "Orbán Viktor", "Viktor Orbán"). "Ali Hassan" and "Hassan Ali",
    with a word too short to tell a family name, stay two."""
    return (
        len(fa) == len(fb) == 2
        and min(len(w) for w in fa + fb) >= MIN_SURNAME_LETTERS
        and spelling_variant(fa[0], fb[1])
        and spelling_variant(fa[1], fb[0])
    )


def _chinese_alike(a: list[str], b: list[str]) -> bool:
    """Whether two names of two or more words, one in pinyin and one in Palladius Cyrillic, sound alike word by
    word, one word at least MIN_CHINESE_KEY sounds long ("Цзиньпин": zinpin)."""
    if not len(a) == len(b) > 1:
        return False
    keys = [chinese_key(x) for x in a]
    return keys == [chinese_key(y) for y in b] and max(map(len, keys)) >= MIN_CHINESE_KEY


def _initial_e(fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """Whether two names of two words written in two scripts differ only in how the other script writes a
    given name's initial English "E" (Cyrillic has "Э", "Е" and "И" for it: "Иван Гершкович" of
    Macedonian VOA is "Evan Gershkovich"), with a surname rare enough to tell its person
    (LONG_SURNAME_LETTERS: "Ivan Petrov" and "Evan Petrov" stay two people)."""
    (given_a, surname_a), (given_b, surname_b) = fa, fb
    firsts = {given_a[:1], given_b[:1]}
    return (
        len(surname_a) >= LONG_SURNAME_LETTERS
        and spelling_variant(surname_a, surname_b)
        and given_a[1:] == given_b[1:]
        and len(given_a) >= MIN_SURNAME_LETTERS
        and firsts in ({"e", "i"}, {"e"})
    )


def _hangul_surname_of(short: list[str], full: list[str]) -> bool:
    """Whether one Hangul word of two syllables or more is the last word of a foreign name in Hangul ("푸틴"
    of "블라디미르 푸틴"). A Korean name is one word ("김정은"): no part of it stands for it."""
    return len(short) == 1 and len(full) > 1 and len(short[0]) > 1 and short[0] == full[-1]


def _case_form(a: str, b: str) -> bool:
    """Whether one folded word is the other with a case ending (CASE_ENDINGS): "ynu" of "yn"."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long.startswith(short) and long[len(short) :] in CASE_ENDINGS


def _is_surname_of(word: str, full: tuple[str, ...]) -> bool:
    return len(full) > 1 and len(word) >= MIN_SURNAME_LETTERS and spelling_variant(word, full[-1])
