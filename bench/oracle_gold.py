"""The annotated facts the oracle answers with: every set (seeds, dev, test) as events of articles, each fact
placed on the sentence of a request that states it, and written as the entry the extraction prompt asks for."""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summariser.quality import event_paths

ROOT = Path(__file__).resolve().parents[1]
QUALITY = ROOT / "quality"
SEED_ANCHORS = Path(__file__).resolve().parent / "oracle_seeds.json"
SETS = ("seeds", "dev", "test")
FIELD = {"gift": "gifts", "actor": "actors", "military": "claims"}
"""The list of the reply (schemas/extraction.py) that holds each annotated kind."""


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its text as the pipeline reads it and its annotated facts (each with a quote)."""

    id: str
    path: Path
    text: str
    facts: list[dict[str, Any]]


@dataclass(frozen=True)
class Event:
    """The articles of one brief, with the annotation the scorer reads (facts, conflicts, non-actors)."""

    set_name: str
    name: str
    articles: list[GoldArticle]
    gold: dict[str, Any]

    @property
    def paths(self) -> list[Path]:
        """The article files, in the order dev_scores gives them to the pipeline."""
        return sorted((a.path for a in self.articles), key=lambda p: p.name)


@dataclass(frozen=True)
class Sentence:
    """A sentence as the request numbers it, with its offsets in the article's text."""

    number: int
    start: int
    end: int
    text: str


@dataclass
class Entry:
    """One entry of a reply: the list holding it (listed), the array sent, and the annotated fact it states (if any)."""

    listed: str
    values: list[Any]
    fact: dict[str, Any] | None = None
    sentence: Sentence | None = None
    notes: list[str] = field(default_factory=list)


def _seed_key(fact: dict[str, Any]) -> tuple[Any, ...]:
    names = ("article", "kind", "item", "quantity", "name", "claim_type", "figure")
    return tuple(fact.get(name) for name in names)


def seed_event() -> Event:
    """The five seeds, each annotated fact joined to its sentence anchor (bench/oracle_seeds.json)."""
    gold = json.loads((QUALITY / "expected_seeds.json").read_text(encoding="utf-8"))
    anchors = json.loads(SEED_ANCHORS.read_text(encoding="utf-8"))["facts"]
    if [_seed_key(f) for f in gold["facts"]] != [_seed_key(a) for a in anchors]:
        raise SystemExit("oracle: bench/oracle_seeds.json no longer matches quality/expected_seeds.json one for one")
    facts = [{**anchor, **fact} for fact, anchor in zip(gold["facts"], anchors, strict=True)]
    articles = [
        GoldArticle(path.stem, path, path.read_text(encoding="utf-8"), [f for f in facts if f["article"] == path.stem])
        for path in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    return Event("seeds", "seeds", articles, {**gold, "facts": facts})


def set_events(set_name: str) -> list[Event]:
    """The events of quality/dev or quality/test, with every external text present (absent ones are left out,
    as dev_scores leaves them out)."""
    folder = QUALITY / set_name
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["events"]
    outside = folder / "expected_external.json"
    external = json.loads(outside.read_text(encoding="utf-8"))["events"] if outside.exists() else {}
    events = []
    for name, gold in sorted(expected.items()):
        facts = [*gold["facts"], *external.get(name, {}).get("facts", [])]
        articles = [
            GoldArticle(p.stem, p, p.read_text(encoding="utf-8"), [f for f in facts if f["article"] == p.stem])
            for p in event_paths(folder, name)
        ]
        if articles:
            present = {a.id for a in articles}
            events.append(
                Event(set_name, name, articles, {**gold, "facts": [f for f in facts if f["article"] in present]})
            )
    return events


def events(set_name: str) -> list[Event]:
    """The events of a set: the seeds are one event."""
    return [seed_event()] if set_name == "seeds" else set_events(set_name)


_LINE = re.compile(r"^\[(\d+)\] (.*)$")


def request_sentences(user: str) -> list[tuple[int, str]]:
    """The numbered sentences of an extraction request's article block."""
    block = user.split(">\n", 1)[1].split("\n</article-", 1)[0] if "<article-" in user else ""
    return [(int(m[1]), m[2]) for line in block.split("\n") if (m := _LINE.match(line))]


def placed(text: str, numbered: list[tuple[int, str]]) -> list[Sentence] | None:
    """The request's sentences at their offsets in `text`, found in order; None if one is not in it."""
    found: list[Sentence] = []
    at = 0
    for number, sentence in numbered:
        start = text.find(sentence, at)
        if start < 0:
            return None
        found.append(Sentence(number, start, start + len(sentence), sentence))
        at = start + len(sentence)
    return found


def which_article(event: Event, numbered: list[tuple[int, str]]) -> tuple[GoldArticle, list[Sentence]] | None:
    """The article of the event holding every sentence of the request in order (the shortest, where a
    truncated copy and its whole both do)."""
    holding = [(a, s) for a in event.articles if (s := placed(a.text, numbered)) is not None]
    return min(holding, key=lambda pair: len(pair[0].text)) if holding else None


def _value(fact: dict[str, Any]) -> int | None:
    value = fact.get("quantity", fact.get("figure"))
    return value if isinstance(value, int) else None


def _states(sentence: Sentence, fact: dict[str, Any]) -> bool:
    """Whether the sentence writes the fact's number (in digits) or a word of the person's name."""
    value = _value(fact)
    if value is not None:
        digits = re.sub(r"[\s,.\u00a0\u202f']", "", sentence.text)
        return str(value) in digits
    words = [w for w in re.split(r"[\s-]+", str(fact.get("name", ""))) if len(w) > 2]
    return any(w in sentence.text for w in words)


def sentence_of(fact: dict[str, Any], text: str, sentences: list[Sentence]) -> Sentence | None:
    """The request's sentence that states the fact: of those its quote overlaps, one writing its number or
    name, else the one it overlaps most; None where the quote lies outside the request (another chunk)."""
    start = text.find(fact["quote"])
    if start < 0:
        return None
    end = start + len(fact["quote"])
    overlapping = [s for s in sentences if s.start < end and s.end > start]
    if not overlapping:
        return None
    stating = [s for s in overlapping if _states(s, fact)]
    return (stating or sorted(overlapping, key=lambda s: -(min(s.end, end) - max(s.start, start))))[0]


def role_of(fact: dict[str, Any]) -> str | None:
    """The annotated role's first clause, without the annotator's parenthesis ("Russian President
    (Владимир Путин); gave Kim the car" -> "Russian President")."""
    role = fact.get("role")
    if not role:
        return None
    first = re.sub(r"\s*\([^)]*\)", "", re.split(r"[;,]", str(role))[0]).strip()
    return first or None


def subject_of(fact: dict[str, Any]) -> str:
    """A claim's subject in a few words: the annotated subject, else what the figure counts."""
    subject = fact.get("subject") or re.split(r"\s*[(;]", str(fact.get("counts") or fact["claim_type"]))[0]
    return str(subject).strip() or str(fact["claim_type"])


def entry_of(fact: dict[str, Any], sentence: Sentence) -> Entry:
    """The annotated fact as the reply's array citing `sentence`: what a model following the prompt writes."""
    n = sentence.number
    if fact["kind"] == "gift":
        return Entry("gifts", [n, fact["item"], _value(fact)], fact, sentence)
    if fact["kind"] == "actor":
        name = fact.get("english") or fact["name"]
        said = n if fact.get("said") else None
        return Entry("actors", [n, name, role_of(fact), None, said], fact, sentence)
    return Entry("claims", [n, fact["claim_type"], subject_of(fact), _value(fact)], fact, sentence)


def oracle_entries(article: GoldArticle, sentences: list[Sentence]) -> list[Entry]:
    """Every annotated fact of the article whose sentence the request holds, as a reply entry, in text order."""
    entries = []
    for fact in article.facts:
        sentence = sentence_of(fact, article.text, sentences)
        if sentence is not None:
            entries.append(entry_of(fact, sentence))
    return sorted(entries, key=lambda e: (e.values[0], e.listed))


def english_spelling(event: Event, name: str) -> str | None:
    """The annotated English name of a person whose quote writes `name` as it is asked, or None."""
    for article in event.articles:
        for fact in article.facts:
            if fact["kind"] == "actor" and name in fact["quote"]:
                return str(fact.get("english") or fact["name"])
    return None
