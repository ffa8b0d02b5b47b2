"""The Markdown brief: key facts, disagreements, a timeline, facts and actors, and footnoted verbatim sources."""

import re
from collections.abc import Iterable

from summariser.escaping import visible
from summariser.lang.lexicon import known
from summariser.link.syndication import count_reports
from summariser.load.numerals import numbers_at
from summariser.names import LETTERS
from summariser.render.glance import Ranking, key_facts, people_and_organisations, source_numbers, timeline
from summariser.rules import by_finder
from summariser.schemas import (
    ArticleInfo,
    Conflict,
    ConflictValue,
    Gift,
    MergedClaim,
    MergedGift,
    MilitaryClaim,
    ResolvedActor,
    Source,
    Summary,
)

RECITED_NOTE = " (sentence chosen by code: the model cited another)"
NLP_NOTE = " (found by the NLP layer: the model left it out)"


def origin_note(origin: str) -> str:
    """What a reader should know of a quote's origin: a sentence code chose, or a fact the NLP layer found."""
    return RECITED_NOTE if origin == "recited" else NLP_NOTE if by_finder(origin) else ""


class Reports:
    """Counts outlets and independent reports (copies of one report count once) behind a fact's sources."""

    def __init__(self, summary: Summary) -> None:
        self.report_of = {a.id: a.report or a.id for a in summary.articles}
        self.outlet_of = {a.id: a.source for a in summary.articles if a.source}
        self.number = {a.id: i for i, a in enumerate(summary.articles, 1)}
        self.translations = {(t.article_ids[0], t.article_ids[1]): t for t in summary.translations}

    def label(self, sources: Iterable[Source]) -> str:
        """'4 outlets, 2 independent reports'."""
        return count_reports((s.article_id for s in sources), self.report_of, self.outlet_of).label()

    def describe(self, info: ArticleInfo) -> str:
        """'language it (mixed: it, en), right-to-left, one report with sources 2 and 3' (plain text)."""
        parts = [f"language {info.language}"]
        if info.mixed_languages:
            parts[0] += f" (mixed: {', '.join(info.languages)})"
        if info.rtl:
            parts.append("right-to-left")
        copies = sorted(
            n for i, n in self.number.items() if i != info.id and self.report_of[i] == self.report_of[info.id]
        )
        if copies:
            parts.append(
                f"one report with {'source' if len(copies) == 1 else 'sources'} {_join([str(n) for n in copies])}"
            )
        parts += [self._translation(info.id, other) for other in (*info.translation_of, *info.possible_translation_of)]
        if info.checks:
            parts.append("checks: " + "; ".join(info.checks))
        return ", ".join(parts)

    def _translation(self, article_id: str, other: str) -> str:
        """'translation of source 2 (9 of 9 numbers and 13 of 18 names in the same order)', or 'possible
        translation of source 2 (...; counted apart)'."""
        pair = self.translations.get((min(article_id, other), max(article_id, other)))
        where = f"source {self.number.get(other, 0)}"
        if pair is None:
            return f"translation of {where}"
        kept = f"{pair.numbers_in_order} of {pair.numbers} numbers"
        if pair.names:
            kept += f" and {pair.names_in_order} of {pair.names} names"
        if pair.shown:
            return f"translation of {where} ({kept} in the same order)"
        return f"possible translation of {where} ({kept} in the same order; counted apart)"


class _Footnotes:
    """Numbers each distinct quote once, in order of first citation."""

    def __init__(self, summary: Summary) -> None:
        self.article_number = {a.id: i for i, a in enumerate(summary.articles, 1)}
        self.notes: dict[tuple[str, int, int], tuple[int, Source]] = {}
        self.reports = Reports(summary)

    def cite(self, sources: Iterable[Source]) -> str:
        marks = []
        for source in sources:
            key = (source.article_id, source.start, source.end)
            if key not in self.notes:
                self.notes[key] = (len(self.notes) + 1, source)
            marks.append(f"[^{self.notes[key][0]}]")
        return "".join(marks)

    def article_label(self, article_id: str) -> str:
        return f"Source {self.article_number.get(article_id, 0)}"

    def cite_counted(self, sources: list[Source]) -> str:
        """Footnote marks, then '(2 outlets, 1 independent report)'."""
        return f"{self.cite(sources)} ({self.reports.label(sources)})"

    def source_label(self, sources: Iterable[Source]) -> str:
        numbers = sorted({self.article_number.get(s.article_id, 0) for s in sources})
        label = "source" if len(numbers) == 1 else "sources"
        return f"{label} {_join([str(n) for n in numbers])}"


def _written(actor: ResolvedActor, notes: _Footnotes) -> str:
    """' (written Владимир Путин in source 5; Putin in sources 1 and 2)': every form of the name with the
    articles that write it, where there is more than one."""
    if len(actor.spellings) > 1:
        return (
            " (written " + "; ".join(f"{_md(s.text)} in {notes.source_label(s.sources)}" for s in actor.spellings) + ")"
        )
    return f" (also written {', '.join(_md(x) for x in actor.aliases)})" if actor.aliases else ""


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _md(text: str | None) -> str:
    """Any outside string made inert in Markdown, on one line: no HTML, links, images, headings or
    emphasis can come from it, and control characters show as escapes (escaping.visible).
    The one rule for every string of a Summary: ids, titles, dates, sources, names, model output."""
    if not text:
        return ""
    escaped = visible(" ".join(text.split()), one_line=True).replace("\\", "\\\\")
    escaped = escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "`*_[]|#~":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped


def inline(text: str | None) -> str:
    """An outside string made inert in Markdown, on one line (the rule every string of a brief follows)."""
    return _md(text)


def value_detail(value: ConflictValue) -> str:
    """The article's wordings and who states a value: '"up to 12,000"; stated by U.S. ... assessments'."""
    wordings = [w for w in value.wordings if w != value.value]
    said = f"stated by {_join(value.claimants)}" if value.claimants else ""
    parts = [", ".join(f"“{w}”" for w in wordings), said]
    return "; ".join(p for p in parts if p)


def conflict_line(conflict: Conflict, notes: _Footnotes, ranking: Ranking) -> str:
    """'**12,000** ("up to 12,000"; stated by ...) per source 1 [1]; ...', the best-reported value first, then
    any article that states two of the values itself."""
    parts = []
    for v in ranking.values(conflict.values):
        detail = value_detail(v)
        label = f"**{_md(v.value)}**" + (f" ({_md(detail)})" if detail else "")
        parts.append(f"{label} per {notes.source_label(v.sources)}{notes.cite_counted(v.sources)}")
    line = f"- {_md(conflict.topic).capitalize()}: " + "; ".join(parts)
    for article_id in conflict.contradicting_articles:
        held = [v.value for v in conflict.values if any(s.article_id == article_id for s in v.sources)]
        line += f"\n  - {_md(notes.article_label(article_id))} contradicts itself: {_md(_join(held))}"
    return line


def gift_amount(gift: Gift) -> str:
    """How many, in the article's words where they read as an amount: 'more than 70', '1', 'a pair of',
    'dozens of'; in digits where those words are another language's ('zwei', 'un': 2, 1)."""
    words = (gift.quantity_text or "").strip()
    if words.lower() in ("a", "an") and gift.quantity == 1:
        return "1"
    if gift.quantity is not None and not english_amount(words, gift.quantity):
        return f"{gift.quantity:,}"
    if words and (gift.quantity is None or words.lower().endswith(" pair") or _in_units(words)):
        return f"{words} of"  # "dozens of", "a pair of", "25 species of", "four sacks of"
    return words or (f"{gift.quantity:,}" if gift.quantity is not None else "")


def _in_units(words: str) -> bool:
    """Whether an amount is a number and then a word it counts in ("four sacks", "25 species"), not a number alone
    ("more than 70", "a dozen")."""
    found = numbers_at(words, "en")
    if not found:
        return False
    _, number, start = found[-1]
    return bool(LETTERS.search(words[start + len(number) :]))


def _when(date: str) -> str:
    """A gift's date as the end of a phrase: 'in April', but 'four years ago', 'last year' as they are."""
    return date if _RELATIVE.search(date) else f"in {date}"


_RELATIVE = re.compile(r"\b(?:ago|last|earlier|previous|before|this|next|later)\b", re.IGNORECASE)


def english_amount(words: str, value: int) -> bool:
    """Whether an amount's words read in English: English words only, and one word alone an English number word
    for the value ("more than 70", "a pair", "two"; not "zwei", "trois", "более 70", nor "due", an English word
    but Italian for two)."""
    if not all(known(w, "en") for w in LETTERS.findall(words)):
        return False
    alone = len(words.split()) == 1 and not any(c.isdigit() for c in words)
    return not alone or any(v == value for v, _, _ in numbers_at(words, "en"))


def gift_text(gift: Gift, *, dated: bool = True) -> str:
    """'more than 70 animals from Russia to North Korea (by plane) in April', escaped (`dated`: with its date); an
    item an article names in another language with that word beside it: '24 horses (лошади)'."""
    route = " ".join(
        part
        for part in (
            f"from {_md(gift.giver)}" if gift.giver else "",
            f"to {_md(gift.recipient)}" if gift.recipient else "",
            f"({_md(gift.transport)})" if gift.transport else "",
            _md(_when(gift.date)) if gift.date and dated else "",
        )
        if part
    )
    said = gift.quantity_text or ""  # shown beside the article's word where gift_amount gave digits for it
    foreign = bool(said) and gift.quantity is not None and not english_amount(said, gift.quantity)
    original = f" ({_md((said + ' ' if foreign else '') + gift.original)})" if gift.original else ""
    return f"{_md(gift_amount(gift))} {_md(gift.item)}{original} {route}".replace("  ", " ").strip()


def claim_text(claim: MilitaryClaim) -> str:
    """'*troop deployment*: up to 12,000: North Korean troops (per the Pentagon)', escaped."""
    figure = f"{_md(claim.figure_text)}: " if claim.figure_text else ""
    who = f" (per {_md(claim.claimed_by)})" if claim.claimed_by else ""
    return f"*{claim.claim_type.replace('_', ' ')}*: {figure}{_md(claim.subject)}{who}"


def fact_text(fact: MergedGift | MergedClaim, *, dated: bool = True) -> str:
    """A gift or a claim on one line, without its citations (`dated`: a gift with its date)."""
    return gift_text(fact.gift, dated=dated) if isinstance(fact, MergedGift) else claim_text(fact.claim)


def _key_facts(summary: Summary, notes: _Footnotes) -> list[str]:
    """'## Key facts': the best-reported facts, each with its counts and the sources that state it."""
    lines = []
    for fact in key_facts(summary):
        where = source_numbers(notes.article_number.get(s.article_id, 0) for s in fact.sources)
        lines.append(f"- {fact_text(fact)} ({notes.reports.label(fact.sources)}; {where})")
    return ["## Key facts", "", *lines, ""] if lines else []


def _timeline(summary: Summary, notes: _Footnotes) -> list[str]:
    """'## Timeline': the facts their sentences date, earliest first, each with its sources."""
    lines = [
        f"- **{_md(when)}**: {fact_text(fact, dated=False)}{notes.cite_counted(fact.sources)}"
        for when, fact in timeline(summary)
    ]
    return ["## Timeline", "", *lines, ""] if lines else []


def _actor_line(a: ResolvedActor, notes: _Footnotes) -> list[str]:
    """'- **Alexander Kozlov**: natural resources minister, Russia[^1] (...)', then what they said."""
    detail = ", ".join(_md(x) for x in (*a.roles[:2], *a.organisations[:1], *a.countries[:1]))
    latin = f" ({_md(a.romanised)}, transliterated)" if a.romanised else ""
    line = f"- **{_md(a.name)}**{latin}{_written(a, notes)}{': ' + detail if detail else ''}"
    return [
        line + notes.cite_counted(a.sources),
        *(f"  - said: “{_md(s.text)}”" + notes.cite([s.source]) for s in a.statements),
    ]


def render_markdown(summary: Summary) -> str:
    """A readable brief: key facts, disagreements, timeline, then gifts, military context and actors (the best
    reported first), articles and sources."""
    notes = _Footnotes(summary)
    ranking = Ranking(summary)
    lines = [f"# Brief: {len(summary.articles)} articles", ""]
    if summary.lede:  # sentences made from the merged facts only, each checked against them (render/lede.py)
        lines += [" ".join(_md(s.text) for s in summary.lede), ""]
    lines += _key_facts(summary, notes)
    if summary.conflicts:
        lines += ["## Where sources disagree", ""]
        lines += [conflict_line(c, notes, ranking) for c in summary.conflicts]
        lines.append("")
    lines += _timeline(summary, notes)
    if summary.gifts:
        lines += ["## Gifts", ""]
        for g in ranking.ranked(summary.gifts, lambda f: f.sources):
            line = f"- {gift_text(g.gift)}" + notes.cite_counted(g.sources)
            if g.unstated:  # cited after the sources, so footnotes keep their order
                line += f"; also named, with no number, by {notes.cite_counted(g.unstated)}"
            lines.append(line)
        lines.append("")
    if summary.military:
        lines += ["## Military context", ""]
        for m in ranking.ranked(summary.military, lambda f: f.sources):
            lines.append(f"- {claim_text(m.claim)}" + notes.cite_counted(m.sources))
        lines.append("")
    if summary.actors:
        lines += ["## Actors", ""]
        for heading, group in zip(("People", "Organisations"), people_and_organisations(summary.actors), strict=True):
            if group:
                lines += [f"### {heading}", ""]
                for a in ranking.ranked(group, lambda f: f.sources):
                    lines += _actor_line(a, notes)
                lines.append("")
    lines += ["## Articles", ""]
    for position, info in enumerate(summary.articles, 1):
        title = _md(info.title) or "(untitled)"
        about = ", ".join(_md(x) for x in (info.source, info.date) if x)
        also = f" (same text also read as {', '.join(_md(x) for x in info.aliases)})" if info.aliases else ""
        lines.append(
            f"{position}. {_md(info.id)}: {title}" + (f", {about}" if about else "")
            + f" ({_md(notes.reports.describe(info))})" + also
        )  # fmt: skip
        lines += [f"   - note: {_md(note)}" for note in info.notes]
    if summary.failures:
        lines += ["", "## Not included", ""]
        lines += [f"- {_md(f.input)} ({f.stage}): {_md(f.error)}" for f in summary.failures]
    lines += ["", "## Sources", ""]
    for number, source in sorted(notes.notes.values(), key=lambda n: n[0]):
        article = notes.article_number.get(source.article_id, 0)
        lines.append(
            f"[^{number}]: source {article} ({_md(source.article_id)}, chars {source.start}-{source.end}): "
            f"“{_md(source.quote)}”" + origin_note(source.origin)
        )
    stats, run = summary.stats, summary.run
    lines += [
        "",
        "---",
        f"Model {_md(run.model)} ({_md(run.mode)}) · schema {_md(run.schema_hash)} · "
        f"{stats.requests} requests, {stats.cache_hits} cache hits, "
        f"{stats.prompt_tokens + stats.completion_tokens} tokens · {_md(run.created_at)}",
        "",
    ]
    return "\n".join(lines)
