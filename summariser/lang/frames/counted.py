"""What each number of a parsed sentence counts: the noun written right after it, only adjectives between,
else the noun the parse attaches it to (numbers_of_nouns), by the noun's lemma."""

from summariser.lang.base import Counted, Parse, Word
from summariser.load.numerals import numbers_at

NOUNS = frozenset({"NOUN", "PROPN"})


def numbers_of_nouns(parse: Parse, code: str) -> dict[int, tuple[int, str, int]]:
    """The number that counts each counted noun, by the noun's index: (value, wording, offset). A number
    written right before a noun, only adjectives between ("двух бурых медведей", "25 faisans"), counts it
    wherever the parse attaches it (a small parser misattaches numbers in long lists); a number the parse
    attaches to a noun after it, with other words between ("трех находящихся в заключении ... граждан"),
    counts that noun where no other noun took it."""
    numbers: dict[int, tuple[int, str, int]] = {}
    taken: set[int] = set()
    for noun in parse.words:
        run = _numerals_before(parse, noun, code) if noun.pos in NOUNS and not _adjective(noun) else []
        number = _read_number(parse, run, code) if run else None
        if number is not None:
            numbers[noun.index] = number
            taken.update(w.index for w in run)
    for word in parse.words:
        head = parse.head_of(word)
        if not word.dep.startswith("nummod") or head is None or head.pos not in NOUNS or word.index in taken:
            continue
        if word.index < head.index and head.index not in numbers:
            number = _read_number(parse, parse.subtree(word), code)
            if number is not None:
                numbers[head.index] = number
    return numbers


def _numerals_before(parse: Parse, noun: Word, code: str) -> list[Word]:
    """The run of number words right before a noun, past its adjectives; [] where there is none."""
    index = noun.index - 1
    while index >= 0 and _adjective(parse.words[index]):
        index -= 1
    last = index
    while index >= 0 and _numeral(parse.words[index], code):
        index -= 1
    return list(parse.words[index + 1 : last + 1])


def _adjective(word: Word) -> bool:
    """Whether a word qualifies a noun as an adjective does (tagged one, or attached as one: "бурых"); never a
    number written in digits, however the parse tags it ("24 лошади": "24" tagged a noun, attached as amod)."""
    return word.pos == "ADJ" or (word.dep == "amod" and word.pos != "NUM" and not word.text.isdigit())


def _numeral(word: Word, code: str) -> bool:
    return word.pos == "NUM" or bool(numbers_at(word.text, code))


def _read_number(parse: Parse, words: list[Word], code: str) -> tuple[int, str, int] | None:
    """The whole number some words write (value, wording, offset in the sentence): the last one, if any."""
    start, end = words[0].start, words[-1].end
    found = numbers_at(parse.text[start:end], code)
    if not found:
        return None
    value, written, at = found[-1]
    return value, written, start + at


def counts(parse: Parse, code: str) -> list[Counted]:
    """Each number that counts a noun (numbers_of_nouns), with its value, wording, offset and the noun's lemma."""
    numbers = numbers_of_nouns(parse, code)
    return sorted(
        (Counted(value, written, at, parse.words[noun].lemma) for noun, (value, written, at) in numbers.items()),
        key=lambda c: c.at,
    )
