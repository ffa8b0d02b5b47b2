import json
from pathlib import Path

import pytest

from summariser.errors import InputError
from summariser.load.articles import (
    Article,
    decode_text,
    load_articles,
    text_sha256,
    unique_articles,
    would_read,
)

from .conftest import SEEDS


def test_directory_loads_every_seed_with_stable_ids_and_hashes() -> None:
    result = load_articles([SEEDS], max_bytes=1_000_000)
    assert result.failures == []
    assert [a.id for a in result.articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    first = result.articles[0]
    assert first.sha256 == text_sha256((SEEDS / f"{first.id}.txt").read_text(encoding="utf-8"))
    assert first.title == "Russia sends over 70 animals to Pyongyang Zoo amid closer ties"


def test_leading_date_line_is_kept_as_date() -> None:
    (article,) = load_articles([SEEDS / "001_2f6e96c97fe66d09.txt"], max_bytes=1_000_000).articles
    assert article.date == "2024-11-22"
    assert article.title is None


def test_glob_and_jsonl(tmp_path: Path) -> None:
    records = [
        {"id": "x1", "title": "T", "source": "Wire", "date": "2024-11-20", "text": "Body one."},
        {"id": "x2", "text": "Body two."},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title\n\nText.", encoding="utf-8")
    result = load_articles([str(tmp_path / "*")], max_bytes=1000)
    assert [(a.id, a.source) for a in result.articles] == [("x1", "Wire"), ("x2", None), ("b", None)]
    assert result.articles[0].path == f"{tmp_path / 'a.jsonl'}:1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        ("hello".encode("utf-16"), "UTF-16"),
    ],
)
def test_bad_file_is_reported_and_others_still_load(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = load_articles([bad, SEEDS / "000_0b1274e7f1836e80.txt"], max_bytes=1_000_000)
    assert [a.id for a in result.articles] == ["000_0b1274e7f1836e80"]
    ((where, error),) = result.failures
    assert where == str(bad) and message in error and str(bad) in error


def test_missing_path_url_oversize_and_broken_jsonl(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000, encoding="utf-8")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    result = load_articles([tmp_path / "nope.txt", "https://example.com/a", big, broken, tmp_path], max_bytes=1000)
    errors = dict(result.failures)
    assert "no such file" in errors[str(tmp_path / "nope.txt")]
    assert "URLs are not fetched" in errors["https://example.com/a"]
    assert "over the limit of 1,000 bytes" in errors[str(big)]
    assert f"{broken}:2: not valid JSON" in errors[str(broken)]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = load_articles([tmp_path], max_bytes=1000)
    assert result.articles == []
    assert "holds no .txt" in result.failures[0][1]


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("one", encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("two", encoding="utf-8")
    ids = [a.id for a in load_articles([tmp_path / "a", tmp_path / "b"], max_bytes=100).articles]
    assert ids[0] == "x" and ids[1].startswith("x-") and len(set(ids)) == 2


def test_utf8_bom_is_accepted() -> None:
    assert decode_text("\ufeffText".encode(), "n") == "Text"
    with pytest.raises(InputError):
        decode_text(b"\xff\xfeT\x00", "n")


def test_the_same_text_is_one_article_listing_every_name_it_came_under(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same text.", encoding="utf-8")
    (tmp_path / "copy.md").write_text("Same text.", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "records.jsonl").write_text('{"id": "r", "text": "Same text."}\n', encoding="utf-8")
    inputs = [
        tmp_path / "a.txt",
        tmp_path / "a.txt",
        tmp_path / "copy.md",
        tmp_path / "link.txt",
        tmp_path / "records.jsonl",
    ]
    articles = load_articles(inputs, max_bytes=100).articles
    assert len(articles) == 1
    assert articles[0].path == str(tmp_path / "a.txt")
    assert articles[0].aliases == (
        str(tmp_path / "copy.md"),
        str(tmp_path / "link.txt"),
        f"{tmp_path / 'records.jsonl'}:1",
    )


def test_a_glob_through_a_symlink_loop_loads_the_file_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Only once.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    articles = load_articles([f"{tmp_path}/**/*.txt"], max_bytes=100).articles
    assert len(articles) == 1 and len(articles[0].aliases) > 10  # every path of the loop is named


def test_ids_stay_unique_even_against_an_id_that_looks_like_a_suffix() -> None:
    given = [
        Article(id="x", text="one"),
        Article(id="x", text="two"),
        Article(id=f"x-{text_sha256('two')[:8]}", text="3"),
    ]
    ids = [a.id for a in unique_articles(given)]
    assert len(set(ids)) == 3 and ids[0] == "x" and ids[2] == f"x-{text_sha256('two')[:8]}"


def test_would_read_finds_an_input_file_a_folder_or_a_glob(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    assert would_read(folder / "a.txt", [folder / "a.txt"]) == str(folder / "a.txt")
    assert would_read(folder / "brief.md", [folder]) == str(folder)
    assert would_read(folder / "sub" / "brief.md", [folder]) == str(folder)
    assert would_read(folder / "brief.md", [f"{folder}/*.md"]) == f"{folder}/*.md"
    assert would_read(tmp_path / "brief.md", [folder, f"{folder}/*.md", "https://x/y"]) is None
    (tmp_path / "alias").symlink_to(folder)
    assert would_read(tmp_path / "alias" / "brief.md", [folder]) == str(folder)
