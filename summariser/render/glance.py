"""What a reader takes in first: facts ranked by independent reports, the key facts, dated facts in time
order, and actors told apart as people and organisations. Shared by the Markdown and HTML briefs."""

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from summariser.lang.en.words import TITLES
from summariser.link.syndication import count_reports
from summariser.names import LETTERS, same_person
from summariser.schemas import ConflictValue, MergedClaim, MergedGift, ResolvedActor, Source, Summary

KEY_FACTS = 5
"""How many of the best-reported gifts and claims the key facts show."""

T = TypeVar("T")
Ranked = MergedGift | MergedClaim

_MONTHS = "january february march april may june july august september october november december".split()
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_PERSON_ROLES = TITLES | {"leader", "head", "reporter", "journalist", "correspondent", "official", "spokesperson"}
"""Role words only a person holds (lang/en/words.py TITLES, and a few more a sentence gives a person)."""
_BODIES = {
    "zoo", "ministry", "agency", "office", "council", "committee", "department", "service", "army", "forces",
    "party", "court", "bank", "company", "commission", "government", "assembly", "university", "institute",
    "times", "post", "news", "press", "journal", "herald", "tribune", "telegraph", "daily", "network", "bureau",
}  # fmt: skip
"""Words that name a body, not a person, wherever they stand in a name ("Moscow Zoo", "New York Times")."""


class Ranking:
    """Orders facts by the independent reports behind them, then by outlets (copies of one report count once)."""

    def __init__(self, summary: Summary) -> None:
        self.report_of = {a.id: a.report or a.id for a in summary.articles}
        self.outlet_of = {a.id: a.source for a in summary.articles if a.source}

    def weight(self, sources: Iterable[Source]) -> tuple[int, int]:
        """(independent reports, outlets) behind these sources."""
        count = count_reports((s.article_id for s in sources), self.report_of, self.outlet_of)
        return count.reports, count.outlets

    def ranked(self, items: Sequence[T], sources: Callable[[T], list[Source]]) -> list[T]:
        """The items, best reported first; equal ones keep their order."""
        weights = [self.weight(sources(item)) for item in items]
        order = sorted(range(len(items)), key=lambda i: (-weights[i][0], -weights[i][1], i))
        return [items[i] for i in order]

    def values(self, values: Sequence[ConflictValue]) -> list[ConflictValue]:
        """A disagreement's values, the best reported first."""
        return self.ranked(values, lambda v: v.sources)

    def facts(self, summary: Summary) -> list[Ranked]:
        """Every gift and military claim, the best reported first (gifts before claims where equal)."""
        both: list[Ranked] = [*summary.gifts, *summary.military]
        return self.ranked(both, lambda f: f.sources)


def key_facts(summary: Summary) -> list[Ranked]:
    """The KEY_FACTS gifts and claims that the most independent reports state."""
    return Ranking(summary).facts(summary)[:KEY_FACTS]


def date_of(fact: Ranked) -> str | None:
    """When the fact's sentence dates it (a gift's occasion, a claim's date), in the article's words."""
    text = fact.gift.date if isinstance(fact, MergedGift) else fact.claim.date
    return text.strip() if text and text.strip() else None


def _when(text: str) -> tuple[int, int]:
    """A sort key for a date in an article's words: (year, month); a date with no year counts as the latest year
    (an article's 'in April' is this year's), one with neither sorts after every other."""
    year = _YEAR.search(text)
    words = [w.lower() for w in LETTERS.findall(text)]
    month = next((i for i, m in enumerate(_MONTHS, 1) if m in words or m[:3] in words), 0)
    if year is None and not month:
        return (10**5, 0)
    return (int(year.group()) if year else 10**4, month)


def timeline(summary: Summary) -> list[tuple[str, Ranked]]:
    """The dated gifts and claims with their dates, earliest first; dates code cannot place keep their order."""
    facts: list[Ranked] = [*summary.gifts, *summary.military]
    dated = [(when, fact) for fact in facts if (when := date_of(fact))]
    order = sorted(range(len(dated)), key=lambda i: (_when(dated[i][0]), i))
    return [dated[i] for i in order]


def is_person(actor: ResolvedActor) -> bool:
    """Whether an actor reads as a person: no word of a body in the name ('Moscow Zoo', 'TASS' in capitals,
    'Pentagon' alone), and a role only a person holds, or a name of two to four capitalised words, or one word
    that is the surname of such a name the actor is also written by ('Erdoğan' beside 'Recep Tayyip Erdoğan')."""
    words = [w.lower() for w in LETTERS.findall(actor.name)] or [actor.name.lower()]
    if set(words) & _BODIES or (actor.name.isupper() and len(actor.name) > 1):
        return False
    roles = {w.lower() for role in actor.roles for w in LETTERS.findall(role)}
    if roles & _PERSON_ROLES:
        return True
    if len(words) == 1:  # a surname alone ("Erdoğan"): a person's where the actor is written by a full name too
        return any(_full_name(alias) and same_person(actor.name, alias) for alias in actor.aliases)
    return _full_name(actor.name)


def _full_name(name: str) -> bool:
    """Two to four capitalised name words, none of a body ("Recep Tayyip Erdogan", "Kara-Murza"; not "Moscow Zoo")."""
    words = LETTERS.findall(name)
    if not 2 <= len(words) <= 4 or {w.lower() for w in words} & _BODIES:
        return False
    return all(w[:1].isupper() for w in name.split())


def people_and_organisations(actors: Sequence[ResolvedActor]) -> tuple[list[ResolvedActor], list[ResolvedActor]]:
    """The actors split into people and organisations, each in the brief's order."""
    people = [a for a in actors if is_person(a)]
    return people, [a for a in actors if not is_person(a)]


def source_numbers(numbers: Iterable[int], most: int = 8) -> str:
    """'sources 1–3, 5 and 9' (runs as ranges; past `most` pieces, '... and 412 more')."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    runs = [piece for r in runs for piece in ([r[:1], r[1:]] if len(r) == 2 else [r])]  # "1 and 2", not "1–2"
    pieces = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    label = "source" if len(ordered) == 1 else "sources"
    if len(pieces) > most:
        rest = sum(len(r) for r in runs[most:])
        return f"{label} {', '.join(pieces[:most])} and {rest} more"
    if len(pieces) == 1:
        return f"{label} {pieces[0]}"
    return f"{label} {', '.join(pieces[:-1])} and {pieces[-1]}"
