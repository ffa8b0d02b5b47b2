r"""The word patterns of running text in any language, one definition each, for every stage from lang/ up.

`[^\W\d_]` is a letter of any script; `\w` adds digits and the underscore. They differ on purpose, by what
each reader keeps inside a word (an initial's dot, an apostrophe, a hyphen), and merging two would change
what is found. Two more live below lang/ in the layers, beside the name code that needs them:
summariser/names/scripts.py LETTERS (a run of letters) and summariser/names/written.py TEXT_WORD
(hyphenated words whole); import those from summariser.names.
"""

import re

WORD = re.compile(r"\w+")
"""Letters, digits and underscores: the words two texts share (reprints), or a sentence's words where no
parser reads it (lang/xx/)."""
NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’.-]*")
"""A word of a name as written, with an initial's dot, apostrophes and hyphens ("J.", "O'Brien", "Jong-un")."""
DICTIONARY_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
"""A word looked up whole in a dictionary, apostrophes and hyphens inside it ("в'язень", "porta-voz")."""
THING_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
"""A word that may name a thing, cut at hyphens ("уток-мандаринок": each part is looked up), apostrophes kept."""
ANCHOR_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word that anchors a translation: a letter, then letters, digits, apostrophes or hyphens ("G7", "Jong-un")."""
WORD_OF_THREE = re.compile(r"[^\W\d_]{3,}")
"""Three letters or more: the words that tell one name or phrase from another ("Kim", never "of" or "J")."""
PROSE_WORD = re.compile(r"(?<![\w/@.#-])[^\W\d_]+(?![\w/@#-])")
"""A word of running text (not of a web address, a handle or a hyphenated slug)."""

WEB_ADDRESS = re.compile(r"(?i)(?<![\w@])(?:[a-z][a-z0-9+.-]*://|www\.)[^\s\])>\"'”»]*[^\s\])>\"'”».,;:!?]")
"""A web address written in the text ("https://www.example.com/putin-gifts-horse-to-kim"): no prose."""


def without_web_addresses(text: str) -> str:
    """The text with each web address blanked out, letter for letter, so that offsets hold and no word of a
    slug ("...-bis-handtasche-diese-geschenke-...") reads as a word of the sentence."""
    return WEB_ADDRESS.sub(lambda m: " " * len(m.group()), text)


_DESIGNATION = r"(?!(?:19|20)\d\d(?!\w))(?:\d{3,}|\d+[-‐–]\w+)(?!\w)"
"""A model's number: three digits or more, or digits hyphened to more ("747", "747-8"); not a year ("Trump
2024"), nor "France 24"."""


def numbered(name: str, text: str) -> bool:
    """Whether a name is a model of a make, no actor: it holds a model's number ("Boeing 747-8") or the text
    writes one right after it ("un Boeing 747"); "France 24" and "Channel 4" are outlets' names."""
    if any(re.fullmatch(_DESIGNATION, word) for word in name.split()):
        return True
    return re.search(rf"(?<!\w){re.escape(name.strip())}\s+{_DESIGNATION}", text) is not None


_TAIL = re.compile(r"(?:^|[.!?:»])\s*([^.!?:»]*)$")
CREDIT_WORDS = 5
"""Words a caption's credit runs to at most, after the caption's last full stop or colon."""


def credited(name: str, sentence: str) -> bool:
    """Whether the name stands in a photo's credit, which names no actor: the sentence's short tail after its
    last full stop or colon, holding "©" or a slash ("... route de la Soie. AFP/Ludovic MARIN", "Фото: ©
    REUTERS/Stoyan Nenov")."""
    tail = match.group(1) if (match := _TAIL.search(sentence)) else ""
    return ("©" in tail or "/" in tail) and name.strip() in tail and len(tail.split()) <= CREDIT_WORDS
