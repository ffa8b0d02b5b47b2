"""Turn a Summary into JSON, a Markdown brief or a self-contained HTML page."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summariser.schemas import Summary

FORMATS = ("json", "md", "html")


def render(summary: "Summary", fmt: str) -> str:
    """The summary in the given format ('json', 'md' or 'html')."""
    if fmt == "json":
        return summary.model_dump_json(indent=2) + "\n"
    if fmt == "md":
        from summariser.render.markdown import render_markdown

        return render_markdown(summary)
    if fmt == "html":
        from summariser.render.html import render_html  # deferred: Jinja2 is only needed here

        return render_html(summary)
    raise ValueError(f"unknown format {fmt!r}")
