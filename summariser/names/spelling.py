"""When two folded words are one name spelt two ways ("jung"/"jong", "putin"/"poutine", "whelan"/"vilan"),
or a word of running text is a name word with a case ending ("putinym" holds "putin").

Words of 5+ letters: same first letter, same consonant skeleton (vowels dropped after the first letter,
doubled letters collapsed, ks = x, kh = h, ph = f), the same kind of ending (a final "a" is not an "o" or a
consonant: Alexandra is not Alexander, Kozlova not Kozlov, Maria not Mario) and a similar spelling
(rapidfuzz ratio >= 70). Shorter words: equal once common romanisation choices are folded (eo/ou/o before
ng -> u, y -> i: "Jung"/"Jong", "Young"/"Yong"); a changed or added vowel otherwise makes another name
("Jan"/"Jon"/"Joan"/"Jean").
"""

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from summariser.names.fold import fold_name

SPELLING_RATIO = 70.0
MIN_SURNAME_LETTERS = 4
SPELLING_LETTERS = 6
"""Words this long may be one letter apart and still be one spelling of a name (names.spelled_alike)."""
INFLECTION = 3
"""Letters a word of running text may add to a name word of MIN_SURNAME_LETTERS or more: a case ending
("Путина", "Путиным" -> "putina", "putinym" hold "putin")."""
LONG_WORD = 5
LONG_SURNAME = 6
"""Letters a surname needs to name its person alone in another article."""
_ROMANISATION = (("eo", "u"), ("ou", "u"), ("ong", "ung"), ("y", "i"))
_SOUNDS = (("ks", "x"), ("kh", "h"), ("ph", "f"))
_TRANSLITERATED = (
    ("dzh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("wh", "v"),
    ("w", "v"),
    ("th", "t"),
    ("au", "o"),
    ("aj", "i"),
    ("ay", "i"),
    ("ai", "i"),
)
"""English spellings and the Cyrillic renderings of their sounds, folded alike before comparing:
"Whelan"/"Вилан" (vilan), "Biden"/"Бајден" (bajden), "Harris"/"Харис" (kharis), "Joe"/"Џо" (dzho),
"Paul"/"Пол", "Elizabeth"/"Елизабет"; "gh", how Georgian's ღ and Arabic's غ are romanised, is the "g" of
"Erdoğan" ("ერდოღანი": "erdoghani")."""
_GREEK_STOPS = (("mp", "b"), ("mb", "b"), ("nt", "d"), ("nd", "d"), ("gk", "g"))
"""Greek writes the b, d and g of a foreign name as μπ, ντ and γκ ("Ορμπάν", "Ερντογάν"; anyascii: "ormpan",
"erntogan"), and a Greek name's own mb, nd and ng so too ("Κωνσταντίνος"): two words that are equal once these
are read as b, d and g are one name written in two scripts ("ormpan" = "orban"); equality only, so "Tramp" and
"Trump" still compare as spelt."""
_HUSHING = (("sch", "s"), ("sh", "s"), ("ch", "s"), ("ou", "u"))
"""How Latin scripts write one Slavic sound each: "sh" in English, "ch" in French, "sch" in German, "š" in Czech
and Slovak (anyascii: "s"); "ou" is French's "u". Two words of HUSHED_LETTERS or more that are equal once these
are folded are one name ("Lukashenko", "Loukachenko", "Lukaschenko", "Lukašenko"); shorter words are not
folded, as "Chen" and "Shen" are two names in pinyin."""
HUSHED_LETTERS = 6


def spelled_alike(written: str, english: str) -> bool:
    """Whether `english` is the name `written` spelt the English way: as many words, each the same sound
    once folded (ASCII, lower case, "kh" as "h", "y" as "i", a doubled letter single), or one letter apart
    in a word of six letters or more. "Камала Харис" is "Kamala Harris", "Volodimir Zelenski" is "Volodymyr
    Zelensky", "Дмитрий Песков" is "Dmitry Peskov"; "블라디미르 푸틴" is no "Boris Johnson", "Пол Вилан" no
    "Pol Vilen" (a model's guess, not a spelling)."""
    ours, theirs = (fold_name(anyascii(n).replace("'", "")) for n in (written, english))  # "Навальная": Naval'naia
    if not ours or len(ours) != len(theirs):
        return False
    return all(_sounds_alike(a, b) for a, b in zip(ours, theirs, strict=True))


def _sounds_alike(ours: str, theirs: str) -> bool:
    a, b = _sound(ours), _sound(theirs)
    return a == b or (min(len(a), len(b)) >= SPELLING_LETTERS and Levenshtein.distance(a, b) <= 1)


def _sound(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word.replace("kh", "h").replace("y", "i"))


def skeleton(word: str) -> str:
    """First letter plus the consonants after it, doubled letters collapsed: "poutine" -> "ptn"."""
    collapsed = re.sub(r"(.)\1+", r"\1", _replaced(word, _SOUNDS))
    return collapsed[:1] + re.sub(r"[aeiouy]", "", collapsed[1:])


_HARD_C = re.compile(r"c(?![eihy])")
"""A "c" that is not softened by the letter after it sounds "k", which other spellings write so."""


@lru_cache(maxsize=1 << 16)
def transliterated(word: str) -> str:
    """A folded word with the letters that English and Cyrillic write differently for one sound folded
    alike (_TRANSLITERATED; a leading "ui" is the "w" of "Уилан"/"Уильям"; a final "oe" is "o"; a hard
    "c" is "k")."""
    if word.startswith("ui"):
        word = "v" + word[1:]
    word = _HARD_C.sub("k", word)  # "Cremlino" is "Kremlin" with an Italian ending, "Carl" "Karl"
    word = _replaced(word, _TRANSLITERATED)
    return word[:-1] if word.endswith("oe") else word


def spelling_variant(a: str, b: str) -> bool:
    """Whether two folded words are one name spelt two ways ("jung"/"jong", "putin"/"poutine",
    "whelan"/"vilan")."""
    if a == b:
        return True
    a, b = transliterated(a), transliterated(b)
    if a == b or _greek_stops(a) == _greek_stops(b) or _hushed(a) == _hushed(b):
        return True
    if min(len(a), len(b)) < LONG_WORD:
        return _romanised(a) == _romanised(b)
    return (
        a[:1] == b[:1]
        and skeleton(a) == skeleton(b)
        and _ending(a) == _ending(b)
        and fuzz.ratio(a, b) >= SPELLING_RATIO
    )


@lru_cache(maxsize=1 << 18)
def same_word(wanted: str, word: str) -> bool:
    """A folded name word against a folded word of the sentence: a short word only as written; a long
    one also with its final vowel declined ("Kurmasheva" in "Курмашеву", "Kurmashevoy")."""
    if len(wanted) < MIN_SURNAME_LETTERS:
        return wanted == word
    if same_name_word(wanted, word):
        return True
    stem = wanted[:-1]
    declined = len(wanted) >= LONG_SURNAME and wanted[-1] in "aeiouy" and word.startswith(stem)
    return declined and len(word) - len(stem) <= INFLECTION


def same_name_word(name_word: str, word: str) -> bool:
    """Whether a folded word of running text is the folded name word, spelt another way or with a case
    ending of up to INFLECTION letters (inflected languages: "putinym" holds "putin")."""
    if spelling_variant(name_word, word):
        return True
    if len(name_word) < MIN_SURNAME_LETTERS or not transliterated(word).startswith(transliterated(name_word)[:1]):
        return False
    return any(spelling_variant(name_word, word[:-cut]) for cut in range(1, INFLECTION + 1) if len(word) - cut >= 2)


def _romanised(word: str) -> str:
    """A short word with the romanisation choices folded ("jong"/"jung", "young"/"yong", "sergey" y/i)."""
    return _replaced(word, _ROMANISATION)


def _ending(word: str) -> str:
    """The class of a word's final vowels: "a" (often feminine: Alexandra, Kozlova, Maria), "o", "u",
    "i" (i, y, ei, iy ...), or "" (a consonant or a silent e: Putin, Poutine)."""
    vowels = re.search(r"[aeiouy]*$", word)
    tail = vowels.group() if vowels else ""
    for mark in ("a", "o", "u"):
        if mark in tail:
            return mark
    return "i" if ("i" in tail or "y" in tail) else ""


@lru_cache(maxsize=1 << 16)
def spelling_keys(word: str) -> tuple[str, ...]:
    """The keys of a folded word that any spelling variant of it shares at least one of: its
    transliteration with the romanisation choices folded (what decides for a short word), that
    transliteration's skeleton (which a long word's variants share), and where it holds Greek's spellings of
    b, d or g the first key with them read so. Words are compared only within a key."""
    letters = transliterated(word)
    keys = ("r:" + _romanised(letters), "s:" + skeleton(letters))
    folded = {_greek_stops(letters), _hushed(letters)} - {letters}
    return (*keys, *("r:" + _romanised(f) for f in sorted(folded)))


def _hushed(word: str) -> str:
    """A transliterated word with the Latin scripts' spellings of one hushing sound folded (_HUSHING), where it
    is long enough to be told apart by its other letters; a shorter word as it is."""
    if len(word) < HUSHED_LETTERS:
        return word
    return _replaced(word, _HUSHING)


def _greek_stops(word: str) -> str:
    """A transliterated word with Greek's spellings of b, d and g read as those letters (_GREEK_STOPS)."""
    return _replaced(word, _GREEK_STOPS)


def _replaced(word: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """The word with each pair's first spelling replaced by its second, in the pairs' order."""
    for old, new in pairs:
        word = word.replace(old, new)
    return word
