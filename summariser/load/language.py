"""Which language an article is written in, whether it mixes languages, and whether it reads right to left.

The detector is py3langid (offline naive Bayes over byte n-grams, 4.5 MB, ~0.2 ms a sentence; see
bench/language.py). It is loaded once, on first use (about 1 s: the model is LZMA-compressed).
Detection never fails a run: text the detector cannot name with confidence is "und".

- language: ISO 639-1 code of the whole text, or "und" (too few letters, low confidence, or a
  label with no two-letter code).
- languages: every language that holds a real share of the text's paragraphs, main first; more
  than one means the article mixes languages (e.g. an English report quoting a Russian statement
  at length).
- rtl: most letters are of a right-to-left script (Arabic, Hebrew, Persian, Urdu ...).
- lines: in a text that mixes languages, the language each line is read in (the line's own where the
  detector names one, else the main language), found here once so that no later stage detects again;
  empty in a text of one language, where every line is read in the main language.
"""

import hashlib
import logging
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Protocol

from summariser.load.numerals import MAX_DIGITS

RECIPE = "lang4:py3langid-0.4.0"
"""Names the detector and the rules below in cache keys: change it when either changes."""
UNDETERMINED = "und"
MIN_LETTERS = 20
"""Texts with fewer letters are "und": a name or a number says nothing about the language."""
MIN_CONFIDENCE = 0.3
"""Below this (py3langid's normalised probability) the whole text is "und". On 534 real sentences
(bench/language.py) 5 of 516 right answers and 5 of 18 wrong ones fall below 0.3."""
PARAGRAPH_LETTERS = 40
PARAGRAPH_CONFIDENCE = 0.8
SECOND_LANGUAGE_SHARE = 0.15
SECOND_LANGUAGE_LETTERS = 150
"""A second language in the main language's script counts when its confidently detected paragraphs hold
at least this share of the letters and this many letters: one short French quote does not make an
English article bilingual. A confidently detected paragraph in another script (a Russian statement in
an English report) counts whatever its length: no English check can read it."""
RTL_SHARE = 0.5

# py3langid labels without a two-letter code that belong to a language that has one.
_MACRO = {"wuu": "zh", "yue": "zh", "arz": "ar", "ary": "ar", "uzs": "uz", "sdh": "ku"}
# Languages that py3langid confuses sentence by sentence; paragraphs of a sibling do not make a text mixed.
_SIBLINGS = [{"cs", "sk"}, {"hr", "bs", "sr", "sl"}, {"no", "nn", "da"}, {"pt", "gl"}]
_PARAGRAPHS = re.compile(r"\n\s*")
_LONG_DIGITS = re.compile(rf"(?:\d[,.'\s\u066c]?){{{MAX_DIGITS + 1},}}")
"""A run of digits (grouped or not) longer than any count: no sign of a language, and it would outweigh
the words."""
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LanguageInfo:
    """What was detected about one text."""

    language: str
    languages: tuple[str, ...]
    rtl: bool
    lines: tuple[str, ...] = ()  # mixed text only: each line's language (text.split("\n")), else empty

    @property
    def mixed(self) -> bool:
        """Whether the text holds substantial paragraphs in more than one language."""
        return len(self.languages) > 1


class Store(Protocol):
    """Where detections are kept between runs (the answer cache)."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def set(self, key: str, value: dict[str, Any]) -> None: ...


class _Identifier(Protocol):
    def classify(self, text: str) -> tuple[str, float]: ...


_lock = threading.Lock()


@cache
def _identifier() -> _Identifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # deferred: ~1 s to load the model

    identifier: _Identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return identifier


def warm_up() -> None:
    """Load the model now (e.g. in a background thread while other work runs)."""
    with _lock:
        _identifier()


def classify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code or "und", confidence) for one piece of text; never raises."""
    if letter_count(text) < MIN_LETTERS:
        return UNDETERMINED, 0.0
    try:
        with _lock:
            identifier = _identifier()
        label, confidence = identifier.classify(_LONG_DIGITS.sub(" ", text))
    except Exception as e:  # a broken model install must not fail a run: the text is "und"
        _log.warning("language detection failed: %s", e)
        return UNDETERMINED, 0.0
    code = _MACRO.get(label, label)
    if len(code) != 2 or confidence < MIN_CONFIDENCE:
        return UNDETERMINED, float(confidence)
    return code, float(confidence)


def detect_language(text: str) -> LanguageInfo:
    """Language, languages present and direction of an article's text; never raises.

    The main language is the one whose confidently detected paragraphs hold the most letters (a
    whole-text guess over-weights scripts that take more bytes); without such paragraphs, the
    whole text is classified at once."""
    shares: Counter[str] = Counter()
    scripts: dict[str, set[str]] = {}
    for paragraph, letters in paragraphs(text):
        code, confidence = classify(paragraph)
        if code != UNDETERMINED and confidence >= PARAGRAPH_CONFIDENCE:
            shares[code] += letters
            scripts.setdefault(code, set()).add(script(paragraph))
    language = shares.most_common(1)[0][0] if shares else classify(text)[0]
    for code in list(shares):
        if code != language and any(code in group and language in group for group in _SIBLINGS):
            shares[language] += shares.pop(code)  # cs/sk, hr/bs/sr ...: confused sentence by sentence
    total = sum(shares.values())
    others = [
        code
        for code, letters in shares.most_common()
        if code != language
        and (
            (letters >= SECOND_LANGUAGE_LETTERS and letters >= SECOND_LANGUAGE_SHARE * total)
            or not scripts[code] & scripts.get(language, scripts[code])
        )
    ]
    present = ((language,) if language != UNDETERMINED else ()) + tuple(others)
    lines = line_languages(text, language) if len(present) > 1 else ()
    return LanguageInfo(language=language, languages=present, rtl=is_rtl(text), lines=lines)


def line_languages(text: str, main: str) -> tuple[str, ...]:
    """The language each line of the text (split at "\n") is read in (line_language)."""
    return tuple(line_language(line, main) for line in text.split("\n"))


@lru_cache(maxsize=1024)
def line_language(line: str, main: str) -> str:
    """The language of one line (or of a block of lines read together); `main` where the detector cannot
    name it."""
    code, _ = classify(line)
    return main if code == UNDETERMINED else code


def paragraphs(text: str) -> list[tuple[str, int]]:
    """The text's lines with their letter counts, short consecutive lines joined until each piece holds
    PARAGRAPH_LETTERS letters (a shorter tail is left out)."""
    pieces: list[tuple[str, int]] = []
    lines: list[str] = []
    letters = 0
    for line in _PARAGRAPHS.split(text):
        lines.append(line)
        letters += letter_count(line)
        if letters >= PARAGRAPH_LETTERS:
            pieces.append(("\n".join(lines), letters))
            lines, letters = [], 0
    return pieces


def letter_count(text: str) -> int:
    """Number of letters and combining marks (any script) in the text."""
    return sum(1 for ch in text if ch.isalpha() or unicodedata.category(ch).startswith("M"))


def script(text: str) -> str:
    """The script most of the text's letters are written in, by Unicode name ("LATIN", "CYRILLIC", "ARABIC")."""
    names = Counter(unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha())
    return names.most_common(1)[0][0] if names else ""


def is_rtl(text: str) -> bool:
    """Whether most strongly directional letters are right-to-left (Unicode bidi classes R and AL)."""
    directions = Counter(unicodedata.bidirectional(ch) for ch in text if ch.isalpha())
    rtl = directions["R"] + directions["AL"]
    strong = rtl + directions["L"]
    return strong > 0 and rtl / strong >= RTL_SHARE


def detect_language_cached(text: str, store: Store | None) -> LanguageInfo:
    """detect_language, remembered in `store` by the text's hash, so a fully cached run never loads
    the detector. An unreadable entry is a miss."""
    if store is None:
        return detect_language(text)
    key = f"{RECIPE}:{hashlib.sha256(text.encode('utf-8')).hexdigest()}"
    found = store.get(key)
    if found is not None:
        try:
            return LanguageInfo(
                language=str(found["language"]),
                languages=tuple(map(str, found["languages"])),
                rtl=bool(found["rtl"]),
                lines=tuple(map(str, found["lines"])),
            )
        except (KeyError, TypeError):
            pass
    info = detect_language(text)
    try:
        record = {
            "language": info.language,
            "languages": list(info.languages),
            "rtl": info.rtl,
            "lines": list(info.lines),
        }
        store.set(key, record)
    except Exception as e:  # a full or read-only disk costs the next run a detection, nothing more
        _log.warning("language detection not cached: %s", e)
    return info
