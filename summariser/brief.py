"""The brief of a run as the Summary schema holds it: each article as loaded and read, the merged facts, the
reports and translations that link the articles, the facts dropped, what produced the brief and what it cost."""

import time
from collections.abc import Callable
from datetime import UTC, datetime

from summariser.about import article_info, translation_info
from summariser.extract.messages import prompt_hashes, schema_hash
from summariser.facts import ArticleFacts, CallStats
from summariser.link.syndication import Syndication
from summariser.link.translation import Translation
from summariser.load.document import Document
from summariser.merge import MergeResult
from summariser.redaction import redact_url
from summariser.render.lede import checked, facts_for_model
from summariser.schemas import ArticleFailure, DroppedFact, ReportGroup, RunInfo, RunStats, Summary
from summariser.schemas.extraction import WrittenLede
from summariser.settings import Settings

VERSION = "0.1.0"


def brief(
    done: list[Document],
    results: list[ArticleFacts],
    failures: list[ArticleFailure],
    merged: MergeResult,
    reports: Syndication,
    pairs: list[Translation],
    counters: CallStats,
    settings: Settings,
    started: float,
    write: Callable[[str], WrittenLede | None] | None = None,
) -> Summary:
    """The Summary of a run: `done` the articles extracted (in input order), `started` its monotonic start;
    `write` asks a model for the lede from the facts listed (render/lede.py checks it), else the template lede."""
    facts_of = {r.article_id: r for r in results}
    summary = Summary(
        articles=[article_info(d, reports.report_of[d.article.id], facts_of[d.article.id], pairs) for d in done],
        failures=failures,
        gifts=merged.gifts,
        actors=merged.actors,
        military=merged.military,
        conflicts=merged.conflicts,
        reports=[
            ReportGroup(id=g.id, article_ids=list(g.article_ids), similarity=g.similarity, translation=g.translation)
            for g in reports.groups
        ],
        translations=[translation_info(p) for p in pairs],
        dropped=_dropped(done, facts_of),
        run=_run_info(settings),
        stats=_stats(results, failures, merged, counters, started),
    )
    written = write(facts_for_model(summary)) if write else None
    stats = _stats(results, failures, merged, counters, started)  # the lede's request counted
    return summary.model_copy(update={"lede": checked(written, summary), "stats": stats})


def _stats(
    results: list[ArticleFacts],
    failures: list[ArticleFailure],
    merged: MergeResult,
    counters: CallStats,
    started: float,
) -> RunStats:
    """What the run found and what it cost."""
    return RunStats(
        articles=len({r.article_id for r in results}),
        failed=sum(1 for f in failures if f.stage != "partial"),
        facts=len(merged.gifts) + len(merged.military) + len(merged.actors),
        conflicts=len(merged.conflicts),
        requests=counters.requests,
        cache_hits=sum(r.cache_hits for r in results),
        transport_retries=counters.transport_retries,
        reasks=counters.reasks,
        param_adaptations=counters.param_adaptations,
        dropped_facts=sum(r.dropped for r in results),
        prompt_tokens=counters.prompt_tokens,
        completion_tokens=counters.completion_tokens,
        seconds=round(time.monotonic() - started, 3),
    )


def _run_info(settings: Settings) -> RunInfo:
    """What produced the brief: model, endpoint, mode, the prompts' and schema's hashes, when, which version."""
    return RunInfo(
        model=settings.model,
        endpoint=redact_url(settings.endpoint_id),
        mode=settings.mode,
        prompt_hashes=prompt_hashes(),
        schema_hash=schema_hash(),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        summariser_version=VERSION,
    )


def _dropped(done: list[Document], facts_of: dict[str, ArticleFacts]) -> list[DroppedFact]:
    """The facts code dropped, in the order of the articles, numbered d1, d2, ..."""
    rejected = [d for doc in done for d in facts_of[doc.article.id].rejected]
    return [d.model_copy(update={"id": f"d{i}"}) for i, d in enumerate(rejected, 1)]
