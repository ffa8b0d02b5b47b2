"""How the quality scorer (summariser/quality/scoring.py) reads actors: when a brief's actor is an annotated one,
by surname, an organisation's last word, or its initials."""

import re
from typing import Any

from summariser.kinds.actor.schema import ResolvedActor


def matches(entry: ResolvedActor, want: dict[str, Any]) -> bool:
    """Whether the resolved actor is the annotated actor `want`: one of its names holds the annotated name's
    last word (the surname, or an organisation's last word), or is written as its initials."""
    word = want["name"].lower().replace("-", " ").split()[-1]  # the surname, or an organisation's last word
    names = (entry.name, *entry.aliases, entry.romanised or "")
    return any(word in re.split(r"[\s-]+", n.lower()) for n in names) or _initials(want["name"]) in {
        n.replace(".", "").lower() for n in names
    }


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("United Nations" -> "un", "Korean Central News Agency" ->
    "kcna"): an organisation named by them ("U.N.", "KCNA") is the annotated one. A one-word name has none
    ("-" matches no name)."""
    capitals = [w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    return "".join(capitals).lower() if len(capitals) > 1 else "-"
