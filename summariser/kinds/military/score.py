"""How the quality scorer (summariser/quality/scoring.py) reads military claims: when a brief's claim is an
annotated one, and when an annotation holds a figure the brief shows for a claim type."""

from typing import Any

from summariser.kinds.military.schema import MergedClaim


def matches(entry: MergedClaim, want: dict[str, Any]) -> bool:
    """Whether the merged claim states the annotated claim `want`: its type, and its figure where the annotation
    gives one."""
    return entry.claim.claim_type == want["claim_type"] and (
        "figure" not in want or entry.claim.figure == want["figure"]
    )


def holds(want: dict[str, Any], what: str, number: int) -> bool:
    """Whether the annotated claim `want` gives `number` for the claim type `what`."""
    return want["claim_type"] == what and want.get("quantity", want.get("figure")) == number


def disputed(topic: str) -> str:
    """The claim type a disagreement is about, read from its topic ("troop deployment figures" ->
    troop_deployment, "casualties figures" -> casualties)."""
    return "troop_deployment" if "troop" in topic else topic.split()[0]
