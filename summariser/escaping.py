"""One rule for showing a string that came from outside (articles, file names, JSONL fields, the model).

Control characters (C0 and C1, so ESC and CSI too) and text-direction controls (embeddings, overrides,
isolates and the direction marks U+200E, U+200F, U+061C) become visible escapes such as `\\x1b` or
`\\u202e`: no outside string can colour or clear a terminal, move its cursor, hide text, reorder what is
shown or, on one line, start another. Each output format then applies its own
syntax escaping on top (Markdown in render.markdown, HTML by Jinja2's autoescape).
"""

import re

_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
"""Embeddings, overrides and isolates (the "Trojan Source" characters), and the marks that give a neutral
character a direction (left-to-right, right-to-left, Arabic letter mark)."""
_HIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")  # keeps tab and newline
_HIDDEN_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` with every control character and direction override written as a visible escape;
    with `one_line`, tabs and newlines too."""
    return (_HIDDEN_ONE_LINE if one_line else _HIDDEN).sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
