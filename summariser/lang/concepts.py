"""Things by what they are, whatever the language: the Unicode CLDR short names of emoji, which the
emoji package carries in English and twelve other languages ("автомобиль", "auto", "voiture", "자동차",
"automobile" and "car" all name 🚗; "cani", "собак" and "dogs" name 🐕).

A word names an emoji's thing when it is the emoji's name, or the one specific word of its name: "морда медведя"
(a bear's face) names 🐻 by "медведь", since "морда" stands in many names and so names none. Where
several emojis are named by a word, the one with the shortest name is its thing (English "bear" is 🐻,
not 🐻‍❄️ "polar bear"). Words are compared by lemma (simplemma, where it has the language).

So code can check, in a language no parser reads, that a gift's sentence holds the thing the model
named in English, and merge "25 cani" with "25 dogs" on the word of the sentence, never on the
model's word alone. Few things have an emoji (no pheasant, no tank): a word without one is simply
not known here, and nothing is concluded from it."""

import re
from collections import Counter
from functools import cache

from summariser.lang.lexicon import has_dictionary, lemma
from summariser.lang.words import THING_WORD
from summariser.names import LETTERS

GENERIC_NAMES = 6
"""A word in more emoji names of its language than this ("face", "морда", "de") names none of them."""
MIN_LETTERS = 3
"""Shorter words ("on", "up", "de") name nothing; in Hangul, whose letters are syllables, two ("오리")."""
_HANGUL = re.compile("[\uac00-\ud7a3]")
_NOT_THINGS = re.compile("[\U0001f3fb-\U0001f3ff\u2648-\u2653\u26ce\u20e3\U0001f1e6-\U0001f1ff]")
"""Skin tones, zodiac signs (French "lion" is also Leo), keycaps and flags: no things a story gives."""
_SPACED = frozenset({"en", "es", "pt", "it", "fr", "de", "ru", "tr", "id", "ko", "fa", "ar"})
"""The emoji package's languages whose words are separated by spaces (not Chinese and Japanese)."""


def thing(word: str, code: str) -> str | None:
    """The emoji whose thing a word names in language `code` ("auto", "it" -> "🚗"), if any."""
    return _index(code).get(_base(word, code)) if code in _SPACED else None


def things_in(text: str, code: str) -> dict[str, str]:
    """The things a text's words name, each with the first word naming it as written."""
    found: dict[str, str] = {}
    for match in THING_WORD.finditer(text):
        emoji = thing(match.group(), code)
        if emoji is not None:
            found.setdefault(emoji, match.group())
    return found


def english(emoji: str) -> str:
    """The thing's shortest one-word English name ("🚗" -> "car", its alias beside "automobile"), or its
    English name where it has no such name ("polar bear")."""
    return _english_names().get(emoji) or _names(_data()[emoji], "en")[0].replace("_", " ")


def shows_a_person(emoji: str) -> bool:
    """Whether an emoji shows a person: one that takes a skin tone (Unicode's Emoji_Modifier_Base, whose toned
    forms the emoji package lists: "👮" police officer, "🧒" child, "🧑‍⚖️" judge), never an animal or a thing."""
    import emoji as package  # deferred, as in _data

    return emoji[:1] + "\U0001f3fb" in package.EMOJI_DATA


def _long_enough(word: str) -> bool:
    return len(word) >= (MIN_LETTERS - 1 if _HANGUL.match(word) else MIN_LETTERS)


def _base(word: str, code: str) -> str:
    """The word's lemma, where it begins with the word's first letter (simplemma also maps some words to
    others: "африканский", African, to "слон", elephant)."""
    lowered = word.lower()
    base = lemma(lowered, code) if has_dictionary(code) else lowered
    return base if base[:1] == lowered[:1] else lowered


def _names(entry: dict[str, object], code: str) -> list[str]:
    """An emoji's names in a language (in English its aliases too), without colons."""
    names = [entry.get(code)]
    if code == "en":
        names.extend(entry.get("alias", []) or [])  # type: ignore[arg-type]
    return [str(n).strip(":") for n in names if n]


@cache
def _data() -> dict[str, dict[str, object]]:
    import emoji  # deferred: loaded once, only for gifts in text no parser reads, and their merge

    for code in emoji.LANGUAGES:
        if code != "en":
            emoji.config.load_language(code)
    return {e: entry for e, entry in emoji.EMOJI_DATA.items() if not _NOT_THINGS.search(e)}


@cache
def _index(code: str) -> dict[str, str]:
    """Lemma -> the emoji it names, for one language; in other languages than English, only emojis with a
    one-word English name (a thing a gift's head noun can name: not 👐 "open hands", which Russian
    names by "ладони в стороны", palms to the sides)."""
    named: list[tuple[str, list[str]]] = []
    for emoji, entry in _data().items():
        for name in _names(entry, code):
            named.append((emoji, [_base(w, code) for w in LETTERS.findall(name)]))
    frequency = Counter(w for _, words in named for w in set(words))
    things = None if code == "en" else _english_names()
    best: dict[str, tuple[int, int, str]] = {}
    for emoji, words in named:
        if things is not None and emoji not in things:
            continue
        specific = {w for w in words if (len(words) == 1 or frequency[w] <= GENERIC_NAMES) and _long_enough(w)}
        if len(specific) != 1:
            continue
        word = specific.pop()
        rank = (len(words), len(emoji), emoji)
        if word not in best or rank < best[word]:
            best[word] = rank
    return {word: rank[2] for word, rank in best.items()}


@cache
def _english_names() -> dict[str, str]:
    """Emoji -> its shortest one-word English name (name or alias) that names it in _index('en')."""
    index = _index("en")
    names: dict[str, str] = {}
    for emoji, entry in _data().items():
        words = [n.lower() for n in _names(entry, "en") if LETTERS.fullmatch(n)]
        words = [w for w in words if index.get(_base(w, "en")) == emoji]
        if words:
            names[emoji] = min(words, key=lambda w: (len(w), w))
    return names
