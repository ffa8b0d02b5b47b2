"""The progress bar over articles and the table of counts a run ends with, both on stderr."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summariser.cli.terminal import say, shown

if TYPE_CHECKING:
    from summariser.extract.budget import Estimate
    from summariser.schemas import Summary
    from summariser.settings import Settings

LOCAL_SECONDS_PER_ARTICLE = 60  # measured: one call of 35-90 s per seed article on 2 cores (docs/performance.md)


class Progress:
    """A rich progress bar over articles on stderr (failures are listed once, after the run)."""

    def __init__(self, local: bool) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.console = Console(stderr=True)
        self.local = local
        self.bar = Progress(
            TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.description}"), console=self.console, transient=True,
        )  # fmt: skip
        self.task = self.bar.add_task("", total=None)
        self.done = 0

    def start(self, total: int, estimate: "Estimate") -> None:
        cost = "" if not estimate.cost_usd else f", at most about ${estimate.cost_usd:.4f}"
        self.console.print(
            f"summariser: {total} article(s): up to {estimate.requests} requests and about "
            f"{estimate.prompt_tokens + estimate.completion_tokens:,} tokens if nothing is cached{cost}",
            highlight=False,
            soft_wrap=True,
        )
        if self.local:
            minutes = max(1, round(total * LOCAL_SECONDS_PER_ARTICLE / 60))
            self.console.print(
                f"summariser: {total} article(s) on the embedded local model: about a minute each "
                f"on a 2-core CPU, so roughly {minutes} min (cached answers are free)",
                highlight=False,
                soft_wrap=True,
            )
        self.bar.update(self.task, total=total)
        self.bar.start()

    def advance(self, article_id: str, error: str | None) -> None:
        self.done += 1
        article_id = shown(article_id)
        if not error and not self.console.is_terminal:  # no live bar in logs and pipes: one line each
            print(f"  [{self.done}] {article_id}: done", file=sys.stderr, flush=True)
        # a failure is listed once, at the end, with every other (one line per article and cause)
        self.bar.update(self.task, advance=1, description=article_id.replace("[", "(").replace("]", ")"))

    def close(self) -> None:
        self.bar.stop()


def report(summary: "Summary", settings: "Settings", out: Path | None, *, quiet: bool) -> None:
    if quiet:
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from summariser.extract.budget import cost_usd

    s = summary.stats
    cost = cost_usd(settings, s.prompt_tokens, s.completion_tokens)
    table = Table(show_header=False, box=None, pad_edge=False)
    for name, value in (
        ("articles", s.articles), ("failed", s.failed), ("facts", s.facts), ("conflicts", s.conflicts),
        ("requests", s.requests), ("cache hits", s.cache_hits), ("retries", s.transport_retries),
        ("re-asks", s.reasks), ("parameters adapted", s.param_adaptations), ("dropped facts", s.dropped_facts),
        ("tokens", f"{s.prompt_tokens + s.completion_tokens} ({s.prompt_tokens} prompt)"),
        ("cost", "unknown price" if cost is None else f"${cost:.4f}"),
        ("seconds", f"{s.seconds:.1f}"), ("written to", str(out) if out else "stdout"),
    ):  # fmt: skip
        table.add_row(name, escape(shown(str(value))))
    console = Console(stderr=True)
    console.print(table)
    say(
        f"{s.articles} articles, {s.facts} facts, {s.conflicts} conflicts, "
        f"{s.requests} requests, {s.cache_hits} cache hits, "
        f"{s.prompt_tokens + s.completion_tokens} tokens, {s.failed} failed" + (f" -> {out}" if out else "")
    )
