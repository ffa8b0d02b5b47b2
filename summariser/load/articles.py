"""Load articles from files, directories, globs and JSONL, and reject bad inputs clearly."""

import fnmatch
import glob
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import count
from pathlib import Path

from summariser.errors import InputError
from summariser.files import read_regular

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_CHARS = 1_000_000
"""The most characters of one article: what the language parsers read in one piece (spaCy's
`max_length`). A longer text is refused when it is loaded, before any request."""
FIELD_CHARS = {"id": 256, "title": 1_000, "source": 2_048, "date": 100}
"""The most characters of each short field of a JSONL record."""
_MAX_DIGITS = 4_300  # the longest integer Python reads from text by default (sys.get_int_max_str_digits)
_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair: no text, and no UTF-8 for it
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article: its text exactly as given, and what the input says about it."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    path: str | None = None
    sha256: str = field(default="")
    aliases: tuple[str, ...] = ()  # every other name the same text came under (files, JSONL records)
    language: str | None = None  # ISO 639-1 code or "und" once detected; None: not detected (read as English)
    languages: tuple[str, ...] = ()  # every language holding a real share of the text, main first
    line_languages: tuple[str, ...] = ()  # mixed text: each line's language (text.split("\n")), found by load

    def __post_init__(self) -> None:
        for name in ("id", "text", "title", "source", "date", "path"):
            problem = text_problem(getattr(self, name))
            if problem:
                raise InputError(f"{printable((self.path or self.id)[:200])}: {name} {problem}")
        if not self.sha256:
            object.__setattr__(self, "sha256", text_sha256(self.text))


@dataclass
class LoadResult:
    """The articles that loaded, and one error line per input that did not."""

    articles: list[Article]
    failures: list[tuple[str, str]]


def text_problem(value: str | None) -> str | None:
    """Why a string cannot be kept as text (it holds a lone surrogate), or None."""
    bad = _SURROGATE.search(value) if value else None
    if bad is None:
        return None
    return f"holds a lone surrogate (\\u{ord(bad.group()):04x} at character {bad.start():,}), which is not text"


def too_long(text: str) -> str | None:
    """Why an article's text is too long to be read, or None."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return (
        f"{len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,} per article "
        "(what the language parser reads in one piece); split it into several articles"
    )


def printable(name: str) -> str:
    """`name` with what is not text written as an escape: an undecodable byte of a file name as its byte
    (\\xff), a lone surrogate as its code (\\ud800)."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def text_sha256(text: str) -> str:
    """Hex sha256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_articles(inputs: Sequence[str | Path], *, max_bytes: int) -> LoadResult:
    """Load every input; a bad input is recorded as a failure and the others still load."""
    articles: list[Article] = []
    failures: list[tuple[str, str]] = []
    for raw in inputs:
        try:
            paths = list(_expand(str(raw)))
        except InputError as e:
            failures.append((printable(str(raw)), printable(str(e))))
            continue
        for path in paths:
            try:
                if path.suffix.lower() == ".jsonl":
                    articles.extend(_load_jsonl(path, max_bytes))
                else:
                    articles.append(_load_text_file(path, max_bytes))
            except InputError as e:
                failures.append((printable(str(path)), printable(str(e))))
    return LoadResult(unique_articles(articles), failures)


def _expand(raw: str) -> Iterator[Path]:
    if _URL.match(raw):
        raise InputError(f"{raw}: URLs are not fetched; save the article to a file and pass its path")
    if any(ch in raw for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(raw, recursive=True))
        files = [p for p in matches if p.is_file()]
        if not files:
            raise InputError(f"{raw}: the pattern matches no files")
        yield from files
        return
    path = Path(raw)
    if not path.exists():
        raise InputError(f"{raw}: no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (*ARTICLE_SUFFIXES, ".jsonl"))
        if not files:
            raise InputError(f"{raw}: the directory holds no .txt, .md or .jsonl articles")
        yield from files
        return
    yield path


def _read_text(path: Path, max_bytes: int) -> str:
    return decode_text(read_regular(path, max_bytes), str(path))


def decode_text(data: bytes, name: str) -> str:
    """Decode article bytes as UTF-8 (BOM allowed), refusing binary and other encodings."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: the file is UTF-16; convert it to UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: the file looks binary (NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (bad byte at offset {e.start})") from e
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return text


def _load_text_file(path: Path, max_bytes: int) -> Article:
    text = _read_text(path, max_bytes)
    problem = too_long(text)
    if problem:
        raise InputError(f"{path}: the article is {problem}")
    title, date = _describe(text)
    return Article(id=printable(path.stem), text=text, title=title, date=date, path=printable(str(path)))


def _describe(text: str) -> tuple[str | None, str | None]:
    """The title (first non-empty line, unless it is a date line) and a leading 'date YYYY-MM-DD'."""
    first = next((line.strip() for line in _lines(text) if line.strip()), "")
    date_match = _DATE_LINE.match(first)
    if date_match:
        return None, date_match.group(1)
    title = first if len(first) <= 200 else None
    return title, None


def _lines(text: str) -> Iterator[str]:
    """The lines of a text, split at "\\n" only (U+2028 or U+0085 inside a JSON string is no line break),
    one at a time: a long text is not copied into a list."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield text[start:end]
        start = end + 1


def _load_jsonl(path: Path, max_bytes: int) -> Iterable[Article]:
    text = _read_text(path, max_bytes)
    articles: list[Article] = []
    for number, line in enumerate(_lines(text), start=1):
        where = f"{printable(str(path))}:{number}"
        if line.strip():
            articles.append(_record_article(_record(line, where), where, f"{printable(path.stem)}-{number}"))
    if not articles:
        raise InputError(f"{path}: the JSONL file holds no records")
    return articles


class _Unreadable(ValueError):
    """A JSON value this reader refuses to build."""


def _whole_number(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise _Unreadable(f"a number of {len(digits.lstrip('-')):,} digits; at most {_MAX_DIGITS:,} are read")
    return int(digits)


def _record(line: str, where: str) -> object:
    """One line's JSON value, or InputError in one line (never Python's own message about limits)."""
    try:
        return json.loads(line, parse_int=_whole_number)
    except _Unreadable as e:
        raise InputError(f"{where}: not read ({e})") from e
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not valid JSON ({e.msg})") from e
    except RecursionError as e:
        raise InputError(f"{where}: not read (arrays or objects nested too deeply)") from e


def _record_article(record: object, where: str, default_id: str) -> Article:
    """The article of one JSONL record; InputError naming the line and field of the first bad value."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: each line must be an object with a string 'text', not {_json_kind(record)}")
    if "text" not in record:
        raise InputError(f"{where}: the record has no 'text'")
    body = _field(record, "text", where, MAX_ARTICLE_CHARS) or ""
    if not body.strip():
        raise InputError(f"{where}: the article text is empty")
    given = {name: _field(record, name, where, limit) for name, limit in FIELD_CHARS.items()}
    title, date = _describe(body)
    return Article(
        id=given["id"] or default_id,
        text=body,
        title=given["title"] or title,
        source=given["source"],
        date=given["date"] or date,
        path=where,
    )


def _field(record: dict[str, object], name: str, where: str, limit: int) -> str | None:
    """A record's string field (None when absent, null or empty), checked for type, length and surrogates."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field '{name}' must be a string, not {_json_kind(value)}")
    if len(value) > limit:
        raise InputError(f"{where}: field '{name}' is {len(value):,} characters, over the limit of {limit:,}")
    problem = text_problem(value)
    if problem:
        raise InputError(f"{where}: field '{name}' {problem}")
    return value


def _json_kind(value: object) -> str:
    """What a JSON value is, in JSON's words (never its Python repr)."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    kinds = {dict: "an object", list: "an array", str: "a string", type(None): "null"}
    return kinds.get(type(value), "another value")


def unique_articles(articles: Iterable[Article]) -> list[Article]:
    """Each distinct text once, in order: later names of the same text join the first one's `aliases`;
    then ids are made unique (a repeated id gets a short hash of its text, and a number if need be)."""
    by_text: dict[str, Article] = {}
    for article in articles:
        first = by_text.get(article.sha256)
        if first is None:
            by_text[article.sha256] = article
            continue
        name = _name(article)
        if name != _name(first) and name not in first.aliases:
            by_text[article.sha256] = replace(first, aliases=(*first.aliases, name))
    return _unique_ids(list(by_text.values()))


def _name(article: Article) -> str:
    return article.path or article.id


def _unique_ids(articles: list[Article]) -> list[Article]:
    given = {a.id for a in articles}
    taken: set[str] = set()
    unique: list[Article] = []
    for article in articles:
        suffixed = (f"{article.id}-{article.sha256[:8]}" + (f"-{n}" if n else "") for n in count())
        new_id = article.id
        if new_id in taken:  # a new id never takes another article's own id
            new_id = next(c for c in suffixed if c not in taken and c not in given)
        taken.add(new_id)
        unique.append(article if new_id == article.id else replace(article, id=new_id))
    return unique


def would_read(path: Path, inputs: Sequence[str | Path]) -> str | None:
    """The input that `path` is, lies inside, or matches as a glob: writing there would overwrite an
    article or be read as one by the next run. None if it is none of them."""
    target = {os.path.abspath(path), os.path.realpath(path)}
    for raw in inputs:
        text = str(raw)
        if _URL.match(text):
            continue
        if any(ch in text for ch in "*?["):
            if any(fnmatch.fnmatchcase(t, os.path.abspath(text)) for t in target):
                return text
            continue
        for where in {os.path.abspath(text), os.path.realpath(text)}:
            if any(t == where or t.startswith(where.rstrip(os.sep) + os.sep) for t in target):
                return text
    return None
