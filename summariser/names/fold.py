"""A name folded to comparable words: look-alike letters folded (names/scripts.py), transliterated to ASCII
(anyascii: "Владимир Путин" -> "Vladimir Putin", "José" -> "Jose"), lower case, split on spaces, hyphens and
apostrophes, titles dropped ("President", "Президент", "M.", "Dr")."""

import re
from functools import lru_cache

from anyascii import anyascii

from summariser.names.scripts import unconfused

TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady mme mlle m herr frau hr sig signor signora sr sra don dona
    gospodin gospozha tovarishch comrade the his her
    president prezident presidente praesident prasident vice prime minister ministr ministre ministro
    premier chancellor kanzler kanzlerin leader chairman chairwoman secretary general gen
    king queen prince princess sheikh emir
    """.split()
)
"""Folded words a name drops before it is compared: titles and forms of address in several languages, and
"the", "his", "her". Its own list: English's titles before a name are lang/en/words.py
TITLES, other languages' titles in English lang/xx/roles_abroad.py TITLES (summariser.names sits below lang)."""
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_POSSESSIVE = re.compile(r"(?<=\w\w)['’]s$")
_SIGNS = re.compile("[ьъЬЪ]")
"""The Cyrillic soft and hard signs: no sound of their own in a Latin spelling, and anyascii writes them as
apostrophes, which would split "Дональд" into "donal" and "d"."""


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> tuple[str, ...]:
    """A name as comparable words: look-alike letters of another script folded (`unconfused`), ASCII,
    lower case, split on spaces/hyphens/apostrophes, titles dropped.

    "Президент Владимир Путин" -> ("vladimir", "putin"); "Kim Jong-Un" -> ("kim", "jong", "un");
    "Vlаdimir Рutin" with a Cyrillic "а" and "Р" -> ("vladimir", "putin"), not "rutin"; "Дональд Трамп" ->
    ("donald", "tramp"), the soft sign dropped.
    """
    words: list[str] = []
    for token in unconfused(name).split():
        token = _SIGNS.sub("", _POSSESSIVE.sub("", token))  # "Kim Jong-un’s" is Kim Jong-un; "Дональд" one word
        ascii_token = anyascii(token)
        if not _ASCII_LETTER.search(token):  # a whole token in another script: "김정은" -> "GimJeongEun"
            ascii_token = _CAMEL.sub(" ", ascii_token)
        words.extend(w for w in _SPLIT.split(ascii_token.lower()) if w)
    return tuple(w for w in words if w not in TITLES)
