"""How the quality scorer (summariser/quality/scoring.py) reads gifts: when a brief's gift is an annotated one,
and when an annotation holds a number the brief shows for a gift."""

from typing import Any

from summariser.kinds.gift.schema import MergedGift


def matches(entry: MergedGift, want: dict[str, Any]) -> bool:
    """Whether the merged gift states the annotated gift `want`: its item word within the item, and its
    quantity where the annotation gives one."""
    return want["item"] in entry.gift.item.lower() and entry.gift.quantity == want.get("quantity", entry.gift.quantity)


def holds(want: dict[str, Any], what: str, number: int) -> bool:
    """Whether the annotated gift `want` gives `number` for an item of the words `what`."""
    return want["item"] in what and want.get("quantity", want.get("figure")) == number


def disputed(topic: str) -> str:
    """What a gift's disagreement is about, as holds() reads it: its topic ("number of bears given")."""
    return topic.lower()
