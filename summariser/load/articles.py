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

    def __post_init__(self) -> None:
        if not self.sha256:
            object.__setattr__(self, "sha256", text_sha256(self.text))


@dataclass
class LoadResult:
    """The articles that loaded, and one error line per input that did not."""

    articles: list[Article]
    failures: list[tuple[str, str]]


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
            failures.append((str(raw), str(e)))
            continue
        for path in paths:
            try:
                if path.suffix.lower() == ".jsonl":
                    articles.extend(_load_jsonl(path, max_bytes))
                else:
                    articles.append(_load_text_file(path, max_bytes))
            except InputError as e:
                failures.append((str(path), str(e)))
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
    title, date = _describe(text)
    return Article(id=path.stem, text=text, title=title, date=date, path=str(path))


def _describe(text: str) -> tuple[str | None, str | None]:
    """The title (first non-empty line, unless it is a date line) and a leading 'date YYYY-MM-DD'."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    date_match = _DATE_LINE.match(first)
    if date_match:
        return None, date_match.group(1)
    title = first if len(first) <= 200 else None
    return title, None


def _load_jsonl(path: Path, max_bytes: int) -> Iterable[Article]:
    text = _read_text(path, max_bytes)
    articles: list[Article] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from e
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: each line must be an object with a string 'text'")
        body: str = record["text"]
        if not body.strip():
            raise InputError(f"{where}: the article text is empty")
        title, date = _describe(body)
        articles.append(
            Article(
                id=str(record.get("id") or f"{path.stem}-{number}"),
                text=body,
                title=_optional_str(record.get("title")) or title,
                source=_optional_str(record.get("source")),
                date=_optional_str(record.get("date")) or date,
                path=where,
            )
        )
    if not articles:
        raise InputError(f"{path}: the JSONL file holds no records")
    return articles


def _optional_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


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
