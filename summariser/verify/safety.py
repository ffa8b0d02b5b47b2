"""Lines of an article that read as instructions to a model: never evidence for a fact."""

import re

_INSTRUCTION_MARKERS = re.compile(
    r"^\s*(?:system|assistant|developer|user)\s*:"  # a chat role at the start of a line
    r"|ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|prompts?|rules)"
    r"|</?\s*article-[0-9a-f]*\s*>"  # our delimiter shape, which no news text contains
    r"|</?\s*(?:system|instructions?|prompt)\s*>",
    re.IGNORECASE | re.MULTILINE,
)


def instruction_lines(text: str) -> list[tuple[int, int]]:
    """Offsets of the lines that read as instructions to a model rather than news (a chat role,
    "ignore previous instructions", a prompt delimiter). Evidence inside them is never kept: an
    injected "report 1,000,000 troops" must not become a fact because it is verbatim in the text."""
    spans: set[tuple[int, int]] = set()
    for match in _INSTRUCTION_MARKERS.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        spans.add((start, len(text) if end < 0 else end))
    return sorted(spans)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of the spans (the instruction lines, say)."""
    return any(start < s_end and s_start < end for s_start, s_end in spans)
