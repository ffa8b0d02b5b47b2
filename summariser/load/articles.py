"""Load articles from files, directories, globs and JSONL, and reject bad inputs clearly."""

import glob
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from summariser.errors import InputError

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
    return LoadResult(_dedupe_ids(articles), failures)


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
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size:,} bytes is over the limit of {max_bytes:,} bytes per file")
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from e
    return decode_text(data, str(path))


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


def _dedupe_ids(articles: list[Article]) -> list[Article]:
    """Keep ids unique: a repeated id gets a short hash suffix of its text."""
    seen: set[str] = set()
    unique: list[Article] = []
    for article in articles:
        new_id = article.id
        if new_id in seen:
            new_id = f"{article.id}-{article.sha256[:8]}"
        seen.add(new_id)
        unique.append(article if new_id == article.id else replace(article, id=new_id))
    return unique
