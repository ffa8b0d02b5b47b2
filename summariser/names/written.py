"""Where a running text writes a name, in any spelling or script and with any case ending."""

import re

from summariser.names.fold import fold_name
from summariser.names.spelling import MIN_SURNAME_LETTERS, same_name_word

TEXT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word of running text, hyphenated words whole, apostrophes between words ("l'ex": two words)."""


def written_span(name: str, text: str) -> tuple[int, int] | None:
    """Where a text writes a name, in any spelling or script and with any case ending ("Дмитрий Песков" in
    "пресс-секретарь Дмитрий Песков заявил" for "Dmitry Peskov"): the first capitalised word holding its
    surname (MIN_SURNAME_LETTERS or more), with the words of the name beside it; None where none does."""
    wanted = fold_name(name)
    if not wanted or len(wanted[-1]) < MIN_SURNAME_LETTERS:
        return None
    words = list(TEXT_WORD.finditer(text))
    for i, word in enumerate(words):
        if not _writes(word.group(), wanted[-1:]):
            continue
        first = last = i
        while first > 0 and _writes(words[first - 1].group(), wanted[:-1]):
            first -= 1
        while last + 1 < len(words) and _writes(words[last + 1].group(), wanted):
            last += 1
        return words[first].start(), words[last].end()
    return None


def _writes(word: str, wanted: tuple[str, ...]) -> bool:
    """Whether a capitalised word of a text is one of a name's folded words, in any spelling or case."""
    return word[:1].isupper() and any(same_name_word(w, f) for w in wanted for f in fold_name(word))
