"""Which script a name is written in, and a word's look-alike letters of another script folded into its own.

A word mixing Latin, Cyrillic and Greek letters is written in its main script where the others are
look-alikes (`unconfused`: "Vlаdimir Рutin" with a Cyrillic "а" and "Р" is Vladimir Putin, not "Rutin").
"""

import re
import unicodedata
from collections import Counter

from anyascii import anyascii


def hangul_syllables(token: str) -> list[str]:
    """The romanised syllables of a token in Hangul ("김정은에게" -> "Gim", "Jeong", "Eun", "E", "Ge")."""
    return re.findall(r"[A-Z][a-z]*", anyascii(token))


def in_hangul(token: str) -> bool:
    """Whether a token's first letter is Hangul."""
    return bool(token) and unicodedata.name(token[0], "").startswith("HANGUL")


def romanised(name: str) -> str:
    """A name in Latin letters (anyascii), each Hangul word as one word with its syllables run together
    ("김정은" -> "Gimjeongeun", not "GimJeongEun"; "블라디미르 푸틴" -> "Beulladimireu Putin"); a word mixing
    look-alike letters of two scripts as its main script reads (`unconfused`: "Рutin" -> "Putin", not "Rutin")."""
    words = unconfused(name).split()
    return " ".join(anyascii(w).capitalize() if _HANGUL_WORD.fullmatch(w) else anyascii(w) for w in words)


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def in_latin_script(name: str) -> bool:
    """Whether every letter of a name is a Latin letter ("José Martí" is, "Џо Бајден" is not)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


_LOOK_ALIKES = {
    "CYRILLIC": ("АВЕКМНОРСТХУІЈЅԚԜаеорсухіјѕԁԛԝһӏ", "ABEKMHOPCTXYIJSQWaeopcyxijsdqwhl"),
    "GREEK": ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧορν", "ABEZHIKMNOPTYXopv"),
}
"""Letters of Cyrillic and Greek drawn like a Latin letter (Unicode's confusables, the letters of these
three scripts only), with that Latin letter."""
_FOLD_INTO = {
    "LATIN": str.maketrans("".join(f for f, _ in _LOOK_ALIKES.values()), "".join(t for _, t in _LOOK_ALIKES.values())),
    **{script: str.maketrans(latin, own) for script, (own, latin) in _LOOK_ALIKES.items()},
}
"""For a word of each script, its look-alike letters of the other two scripts as that script writes them."""
LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters of any script, no digit or underscore (the one definition: lang/words.py points here)."""


def unconfused(text: str) -> str:
    """`text` with each word that mixes Latin, Cyrillic and Greek letters written in the script most of
    its letters are in, where every other letter is drawn like one of that script ("Рutin" with a
    Cyrillic "Р" -> "Putin", "Пyтин" with a Latin "y" -> "Путин"); a word whose other letters have no
    look-alike there stays as written. What a reader sees is unchanged; only comparison needs it."""
    return LETTERS.sub(_unconfused_word, text) if not text.isascii() else text


def mixed_script(word: str) -> bool:
    """Whether a word's letters are of two scripts or more, as written: no word of any language ("loshadь", a
    transliteration left half done; "Vlаdimir" with a Cyrillic "а" is a name to fold with `unconfused`)."""
    return len({_script(ch) for ch in word if ch.isalpha()}) > 1


def _unconfused_word(match: re.Match[str]) -> str:
    word = match.group()
    scripts = Counter(_script(ch) for ch in word)
    if len(scripts) < 2:
        return word
    ranked = sorted(scripts, key=lambda s: (-scripts[s], s != "LATIN", s))
    for script in ranked:  # most letters first; on a tie the script every other letter folds into
        table = _FOLD_INTO.get(script)
        if table and all(ord(ch) in table for ch in word if _script(ch) != script):
            return word.translate(table)
    return word


def _script(ch: str) -> str:
    """The script of a letter by its Unicode name's first word ("LATIN", "CYRILLIC", "GREEK", ...)."""
    return unicodedata.name(ch, "?").split(" ", 1)[0]
