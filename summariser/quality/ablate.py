"""The ablation: the NLP layer alone on an annotated set with each finder family off in turn, as a table."""

from functools import partial
from pathlib import Path
from typing import Any

from summariser.quality.alone import nlp_only
from summariser.quality.sets import _COUNTED, dev_scores, totals

ALL_ON = "(all on)"


def ablation(folder: Path, families: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """The totals of the NLP layer alone on a folder laid out as the development set, with every finder family
    on (ALL_ON) and with each family (all of summariser/finders.py unless `families`) off in turn."""
    from summariser.finders import FINDERS

    rows = {ALL_ON: totals(dev_scores(folder, nlp_only))}
    for family in FINDERS if families is None else families:
        rows[family] = totals(dev_scores(folder, partial(nlp_only, disabled=frozenset({family}))))
    return rows


def ablation_table(rows: dict[str, dict[str, Any]]) -> str:
    """A Markdown table of an ablation: each family's figures with it off, and how far they move from all on
    (found -3: the family finds three facts no other does; wrong values -1: it brings one wrong value)."""
    names = ("found", *_COUNTED)
    base = rows[ALL_ON]
    lines = [
        "| family off | " + " | ".join(n.replace("_", " ") for n in names) + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for family, row in rows.items():
        cells = [_moved(row[n], base[n]) if family != ALL_ON else str(row[n]) for n in names]
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _moved(value: Any, base: Any) -> str:
    """A figure with how far it moved from all on: "150/183 (-8)", "0", "2 (+1)"."""
    change = _count(value) - _count(base)
    return f"{value} ({change:+d})" if change else str(value)


def _count(value: Any) -> int:
    return int(str(value).split("/")[0])
