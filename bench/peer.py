"""A peer beside us: langextract on the development set or the frozen test split, with the same embedded
model and server, scored by the same scorer (summariser.quality), with minutes and requests.

    python bench/peer.py [--set dev|test] [--peer-python PY] [--answers FILE] [--json OUT]

The peer runs in its own environment, made once with
    python -m venv .peer && .peer/bin/pip install -r bench/peer-requirements.txt
(default PY: .peer/bin/python). bench/peer_extract.py holds its prompt, worked example and settings. Its
answers are kept, one JSON line per article, in FILE (default: quality/<set>/.peer-answers.jsonl, ignored):
articles already answered there are not asked again, so the scores can be read again without the model.
Run nothing else on the machine meanwhile.

How its answers become a brief: each extraction is one fact of its article, with the span langextract aligned as
its quote; the first number written in its quantity or figure is the number ("up to 12,000" -> 12000); a gift's
item is the English the prompt asks for, else the span; an actor or military fact of a type the prompt does not
list (an actor typed "animal", a military fact typed "location") is left out. langextract merges nothing across
articles, so facts equal as written (the same item and quantity, the same claim type and figure, the same name) are
joined, and nothing else: no disagreement, reprint or translation is looked for.
"""

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

from common import report

from summariser.backends.local import local_server
from summariser.load.articles import load_articles
from summariser.load.document import detected_languages, documents
from summariser.quality import GOLD, dev_scores, event_paths, language_totals, totals
from summariser.schemas import (
    ArticleInfo,
    Gift,
    MergedClaim,
    MergedGift,
    MilitaryClaim,
    ResolvedActor,
    RunInfo,
    RunStats,
    Source,
    Summary,
)
from summariser.schemas.extraction import ClaimType
from summariser.settings import LOCAL_MODEL_ALIAS, Settings, default_cache_dir

ROOT = Path(__file__).resolve().parent.parent
CLAIM_TYPES = set(get_args(ClaimType))
ACTOR_TYPES = {"person", "organisation", "organization", ""}
"""The actor types the prompt lists (and none given): an actor typed "animal" or "object" is no actor."""


def number(value: object) -> int | None:
    """The first number written in an attribute ("up to 12,000" -> 12000), or None."""
    match = re.search(r"\d[\d,.\s]*", str(value or ""))
    digits = re.sub(r"\D", "", match.group()) if match else ""
    return int(digits) if digits else None


def _text(value: object) -> str | None:
    text = str(value or "").strip()
    return text or None


def _source(article: ArticleInfo, found: dict[str, Any]) -> Source | None:
    """The extraction's span as a quote of the article, where langextract aligned it (or it is written there)."""
    start, end = found.get("start"), found.get("end")
    if start is None or end is None or article.text[start:end] != found["text"]:
        start = article.text.find(found["text"]) if found["text"] else -1
        end = start + len(found["text"])
    if start < 0:
        return None
    quote = article.text[start:end]
    return Source(
        article_id=article.id, quote=quote, start=start, end=end, alignment="exact", origin="model", score=100.0
    )


def _facts(article: ArticleInfo, answer: dict[str, Any]) -> list[tuple[str, Any, Source]]:
    """The article's extractions as (key, fact, source): a Gift, a MilitaryClaim or an actor's (name, role)."""
    facts: list[tuple[str, Any, Source]] = []
    for found in answer["extractions"]:
        source = _source(article, found)
        if source is None:
            continue
        attributes = found["attributes"]
        if found["class"] == "gift":
            item = _text(attributes.get("item")) or found["text"]
            gift = Gift.model_validate(
                {
                    "item": item,
                    "quantity": number(attributes.get("quantity")),
                    "quantity_text": _text(attributes.get("quantity")),
                    "giver": _text(attributes.get("giver")),
                    "recipient": _text(attributes.get("recipient")),
                    "from_institution": None,
                    "to_institution": None,
                    "transport": None,
                    "date": None,
                    "evidence": source.quote,
                    "original": None,
                }
            )
            facts.append((f"gift|{item.lower()}|{gift.quantity}", gift, source))
        elif found["class"] == "military":
            kind = str(attributes.get("type") or "other")
            if kind not in CLAIM_TYPES:  # a type the prompt does not list ("location"): no military fact
                continue
            claim = MilitaryClaim(
                claim_type=kind,  # type: ignore[arg-type]
                subject=found["text"][:200],
                figure=number(attributes.get("figure")),
                figure_text=_text(attributes.get("figure")),
                claimed_by=_text(attributes.get("claimed_by")),
                place=None,
                date=None,
                evidence=source.quote,
            )
            facts.append((f"military|{claim.claim_type}|{claim.figure}", claim, source))
        elif found["class"] == "actor" and str(attributes.get("type") or "").lower() in ACTOR_TYPES:
            name = _text(attributes.get("name")) or found["text"]
            facts.append((f"actor|{name}", (name, _text(attributes.get("role"))), source))
    return facts


def peer_summary(paths: list[Path], answers: dict[str, dict[str, Any]]) -> Summary:
    """The brief the peer's answers make of one event's articles: facts equal as written joined, nothing else."""
    settings = Settings()  # read as a run with the defaults reads them
    loaded = load_articles(paths, max_bytes=settings.max_article_bytes).articles
    articles = [
        ArticleInfo(
            id=d.article.id,
            title=d.article.title,
            source=d.article.source,
            date=d.article.date,
            path=d.article.path,
            sha256=d.article.sha256,
            chars=len(d.article.text),
            text=d.article.text,
            language=d.article.language or "und",
            languages=list(d.article.languages),
        )
        for d in detected_languages(documents(loaded, settings.chunk_chars), None)
    ]
    joined: dict[str, tuple[Any, list[Source]]] = {}
    for article in articles:
        answer = answers.get(str(Path(article.path or "").resolve()), {"extractions": []})
        for key, fact, source in _facts(article, answer):
            joined.setdefault(key, (fact, []))[1].append(source)
    gifts, claims, actors = [], [], []
    for n, (key, (fact, sources)) in enumerate(joined.items(), start=1):
        if key.startswith("gift|"):
            gifts.append(MergedGift(id=f"g{n}", gift=fact, sources=sources, unstated=[]))
        elif key.startswith("military|"):
            claims.append(MergedClaim(id=f"m{n}", claim=fact, sources=sources))
        else:
            name, role = fact
            actors.append(
                ResolvedActor(
                    id=f"a{n}",
                    name=name,
                    aliases=[],
                    roles=[role] if role else [],
                    organisations=[],
                    countries=[],
                    statements=[],
                    sources=sources,
                )
            )
    run = RunInfo(
        model=f"langextract + {LOCAL_MODEL_ALIAS}",
        endpoint="local",
        mode="peer",
        prompt_hashes={},
        schema_hash="",
        created_at="",
        summariser_version="",
    )
    return Summary(
        articles=articles,
        failures=[],
        gifts=gifts,
        actors=actors,
        military=claims,
        conflicts=[],
        run=run,
        stats=RunStats(articles=len(articles), facts=len(joined)),
    )


def read_answers(path: Path) -> dict[str, dict[str, Any]]:
    """The peer's answers kept in `path`, by the article's resolved path (the last answer of each)."""
    if not path.exists():
        return {}
    lines = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {str(Path(a["path"]).resolve()): a for a in lines}


def set_paths(folder: Path) -> list[Path]:
    """Every article of an annotated set's events present here: committed ones and the external texts rebuilt."""
    events = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["events"]
    return [p for event in events for p in event_paths(folder, event)]


def ask_peer(paths: list[Path], python: Path, answers: Path) -> None:
    """Run the peer on `paths` through one local model server; each answer goes to `answers` with its seconds."""
    with local_server(None, default_cache_dir()) as url:
        command = [str(python), str(ROOT / "bench" / "peer_extract.py"), url, LOCAL_MODEL_ALIAS, str(answers)]
        subprocess.run([*command, *map(str, paths)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("dev", "test"), default="dev", help="which annotated set (default dev)")
    parser.add_argument("--peer-python", type=Path, default=ROOT / ".peer" / "bin" / "python")
    parser.add_argument("--answers", type=Path, help="the peer's answers, kept and reused")
    parser.add_argument("--json", type=Path, help="append the figures as one JSON line")
    args = parser.parse_args()
    folder = GOLD / args.set
    answers_file = args.answers or folder / ".peer-answers.jsonl"
    paths = set_paths(folder)
    answered = read_answers(answers_file)
    missing = [p for p in paths if str(p.resolve()) not in answered]
    if missing:
        if not args.peer_python.exists():
            print(f"error: no peer environment at {args.peer_python} (see bench/peer.py)", file=sys.stderr)
            return 2
        ask_peer(missing, args.peer_python, answers_file)
    answers = read_answers(answers_file)
    figures = dev_scores(folder, lambda event_paths: peer_summary(event_paths, answers))
    kept = [answers[str(p.resolve())] for p in paths if str(p.resolve()) in answers]
    figures["run"] = {
        "set": args.set,
        "articles": len(kept),
        "minutes": round(sum(a["seconds"] for a in kept) / 60, 2),
        "requests": sum(a.get("requests", 0) for a in kept),
        "failed": sum(1 for a in kept if a.get("error")),
    }
    shown = {"total": totals(figures), "per_language": language_totals(figures), "run": figures["run"]}
    report(figures, shown, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
