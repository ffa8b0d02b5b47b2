"""Translations: which articles tell the same report in another language.

Shared words (syndication.py) cannot see a translation. What a translation keeps is its anchors, in
the same order: numbers written in digits (load/numerals.py: "12,000" = "12.000" = "١٢٬٠٠٠") and
names (capitalised words not opening a sentence, transliterated by summariser/names/: "Putin" = "Путин").
Two independent reports of one event share anchors too (the same 70 animals, the same minister),
but each picks its own, adds others (ages, dates, other figures) and tells them in its own order; so
the test is the share of anchors kept in order: the longest common subsequence of the two sequences
over the LONGER one (a short article cannot pass as a translation of a long one that holds its few
numbers).

Two articles whose languages differ and are both named are a shown translation, counted as one
report, when
- each has at least MIN_NUMBERS numbers and SHOWN_SHARE of the numbers are kept in order, and
- each has at least MIN_NAMES names and NAME_SHARE of the names of the one with fewer are kept in
  order (names are fewer and noisier than numbers: a language capitalises titles and months the
  other does not, so the shorter list is the measure).
They are a possible translation, flagged and not counted, when the numbers reach POSSIBLE_SHARE but
the rest cannot be shown: names that do not match or cannot be compared (scripts without capitals:
Arabic, Hebrew, Chinese), or one language undetermined. Anything less is not reported.
"""

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from summariser.lang.words import ANCHOR_WORD
from summariser.link.syndication import ReportGroup, Syndication, jaccard, shingles
from summariser.load.numerals import numbers
from summariser.names import fold_name, same_name_word

MIN_NUMBERS = 4
SHOWN_SHARE = 0.8
POSSIBLE_SHARE = 0.6
MIN_NAMES = 2
NAME_SHARE = 0.6
MAX_ANCHORS = 300
"""Anchors read per article (the comparison grows with the product of two lengths)."""
UNDETERMINED = "und"

_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"«»“”\n]\s*)$")


@dataclass(frozen=True)
class Translation:
    """Two articles in different languages with the same anchors in the same order."""

    article_ids: tuple[str, str]
    languages: tuple[str, str]
    numbers_in_order: int
    numbers: int  # of the article with more
    names_in_order: int
    names: int  # of the article with fewer
    shown: bool  # counted as one report


def anchors(text: str) -> tuple[list[int], list[str]]:
    """The text's numbers and name words, in order (at most MAX_ANCHORS each)."""
    values = [value for value, _ in numbers(text)][:MAX_ANCHORS]
    names: list[str] = []
    for match in ANCHOR_WORD.finditer(text):
        word = match.group()
        if not word[0].isupper() or _SENTENCE_START.search(text[max(0, match.start() - 3) : match.start()]):
            continue
        names.extend(fold_name(word))
        if len(names) >= MAX_ANCHORS:
            break
    return values, names


def in_order(a: Sequence[object], b: Sequence[object], same: Callable[[object, object], bool]) -> int:
    """Length of the longest common subsequence of a and b under `same`."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if same(x, y) else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def _same_name(a: object, b: object) -> bool:
    return isinstance(a, str) and isinstance(b, str) and (same_name_word(a, b) or same_name_word(b, a))


Anchors = tuple[list[int], list[str]]


def compare(ids: tuple[str, str], languages: tuple[str, str], a: Anchors, b: Anchors) -> Translation | None:
    """Whether two articles (their ids, languages and anchors) are a shown or possible translation; None
    if neither."""
    if languages[0] == languages[1]:
        return None  # one language: copies are syndication's, and same-language reports are no translations
    (numbers_a, names_a), (numbers_b, names_b) = a, b
    longest = max(len(numbers_a), len(numbers_b))
    if min(len(numbers_a), len(numbers_b)) < MIN_NUMBERS:
        return None
    if sum((Counter(numbers_a) & Counter(numbers_b)).values()) < POSSIBLE_SHARE * longest:
        return None  # cheap bound: the numbers kept in order cannot reach the share either
    kept = in_order(numbers_a, numbers_b, lambda x, y: x == y)
    if kept < POSSIBLE_SHARE * longest:
        return None
    fewest = min(len(names_a), len(names_b))
    named = in_order(names_a, names_b, _same_name) if fewest else 0
    shown = (
        UNDETERMINED not in languages
        and kept >= SHOWN_SHARE * longest
        and fewest >= MIN_NAMES
        and named >= NAME_SHARE * fewest
    )
    return Translation(ids, languages, kept, longest, named, fewest, shown)


def find_translations(texts: Mapping[str, str], languages: Mapping[str, str]) -> list[Translation]:
    """Every pair of articles (id -> text, id -> language) that is a shown or possible translation,
    sorted by ids."""
    read = {i: anchors(texts[i]) for i in texts}
    found: list[Translation] = []
    for a, b in combinations(sorted(texts), 2):
        pair = compare((a, b), (languages.get(a, UNDETERMINED), languages.get(b, UNDETERMINED)), read[a], read[b])
        if pair is not None:
            found.append(pair)
    return found


def join_translations(syndication: Syndication, texts: Mapping[str, str], pairs: list[Translation]) -> Syndication:
    """The reports with every shown translation joined to its original's report: the report's id is the
    smallest article id in it, its similarity the lowest shingle Jaccard of the pairs that joined it."""
    shown = [p for p in pairs if p.shown]
    if not shown:
        return syndication
    parent = {i: i for i in syndication.report_of.values()}

    def root(i: str) -> str:
        while parent[i] != i:
            i = parent[i]
        return i

    similarity = {g.id: g.similarity for g in syndication.groups}
    translated: set[str] = set()
    for pair in shown:
        a, b = pair.article_ids
        ra, rb = root(syndication.report_of[a]), root(syndication.report_of[b])
        score = jaccard(shingles(texts[a]), shingles(texts[b]))
        low, high = sorted((ra, rb))
        parent[high] = low
        similarity[low] = min(score, similarity.get(low, 1.0), similarity.pop(high, 1.0))
        translated.add(low)
    translated = {root(r) for r in translated}
    members: dict[str, list[str]] = {}
    for article, report in sorted(syndication.report_of.items()):
        members.setdefault(root(report), []).append(article)
    report_of = {i: min(group) for group in members.values() for i in group}
    groups = [
        ReportGroup(
            id=min(group),
            article_ids=tuple(group),
            similarity=round(similarity.get(r, 1.0), 3),
            translation=r in translated,
        )
        for r, group in sorted(members.items(), key=lambda kv: min(kv[1]))
        if len(group) > 1
    ]
    return Syndication(report_of=report_of, groups=groups)
