"""`summariser diff OLD.json NEW.json` and `summariser run ... --since OLD.json`: what changed between two briefs."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summariser.schemas import Summary

DIFF_FORMATS = ("md", "json")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """The `diff` subcommand."""
    parser = commands.add_parser("diff", help="what changed between two saved JSON briefs of one event")
    parser.add_argument("old", type=Path, help="the earlier brief (`summariser run --format json`)")
    parser.add_argument("new", type=Path, help="the later brief")
    parser.add_argument("--format", choices=DIFF_FORMATS, default="md", help="md (default) or json")
    parser.add_argument("--out", type=Path, help="write here instead of stdout")


def changes(old: "Summary", new: "Summary", fmt: str) -> str:
    """What `new` adds to `old` and no longer holds, as Markdown or JSON."""
    from summariser.render.diff import diff, render_diff

    return render_diff(diff(old, new), old, new, fmt)


def check_since(since: Path | None, fmt: str) -> None:
    """ConfigError where `--since` is asked for with a format the report of changes is not written in."""
    from summariser.errors import ConfigError

    if since is not None and fmt not in DIFF_FORMATS:
        raise ConfigError(f"--since writes what changed as {' or '.join(DIFF_FORMATS)}, not {fmt}")
