"""Issue 30, classes 3, 4 and 7: giant articles, hostile JSONL records and oversized requests.

Each gives one line and the documented exit code before any request (2 when nothing loads, 3 when
the other inputs are still summarised), or the right result: never a traceback, never a paid request.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

from summariser import Article, Settings, summarise
from summariser.errors import ConfigError, InputError, LimitError
from summariser.extract.budget import check_limits
from summariser.lang.en import nlp
from summariser.lang.en.nlp import parsing
from summariser.lang.xx import fallback
from summariser.load.articles import MAX_ARTICLE_CHARS
from summariser.load.document import documents

from .conftest import SEEDS
from .test_hostile_cli import cli, one_line

SEED_FILES = sorted(SEEDS.glob("*.txt"))
SEED_TEXT = SEED_FILES[0].read_text(encoding="utf-8")
pytestmark = [pytest.mark.block_network(allowed_hosts=["127.0.0.1"]), pytest.mark.needs_cassette]


class NoCalls:
    """A model client that fails the test if any request is made."""

    def complete(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("a request was made")


def giant(chars: int) -> str:
    """A real article repeated to `chars` characters."""
    text = SEED_FILES[2].read_text(encoding="utf-8")
    return (text * (chars // len(text) + 1))[:chars]


# Class 3: an article longer than the language parser reads is refused at load, costing nothing.
def test_an_article_over_a_million_characters_is_refused_and_the_others_are_summarised(tmp_path: Path) -> None:
    for seed in SEED_FILES[:2]:
        shutil.copy(seed, tmp_path)
    (tmp_path / "giant.txt").write_text(giant(1_100_000), encoding="utf-8")
    result = cli("run", str(tmp_path), "--replay", "--no-cache", "--quiet", "--format", "json", timeout=300)
    line = one_line(result, 3, "giant.txt", "1,100,000 characters, over the limit of 1,000,000 per article")
    assert line.startswith("summariser: failed:")
    brief = json.loads(result.stdout)
    assert [a["id"] for a in brief["articles"]] == [s.stem for s in SEED_FILES[:2]]
    assert (
        brief["stats"]["requests"] == 3 and brief["stats"]["failed"] == 1
    )  # a call a seed and the lede's, none for the giant


def test_articles_given_as_objects_are_refused_before_any_request_when_too_long_to_read() -> None:
    settings = Settings(backend="api", base_url="http://127.0.0.1:9/v1", use_cache=False)
    with pytest.raises(InputError, match="1,000,001 characters, over the limit"):
        summarise([Article(id="giant", text=giant(MAX_ARTICLE_CHARS + 1))], settings=settings, client=NoCalls())  # type: ignore[arg-type]
    # under the parser's limit, but more chunks than one article may send requests: it could only be read in part
    with pytest.raises(InputError, match=r"takes \d+ requests .* over the limit of 24 per article"):
        summarise([Article(id="long", text=giant(300_000))], settings=settings, client=NoCalls())  # type: ignore[arg-type]


def test_the_parsers_read_a_text_over_their_limit_in_blocks_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEED_FILES[:3])
    whole = nlp.line_spans(nlp.parse(text).sents), [(e.start_char, e.end_char, e.label_) for e in nlp.parse(text).ents]
    nlp.parse.cache_clear()
    monkeypatch.setattr(parsing._pipeline(), "max_length", 2_000)  # spaCy refuses longer texts (E088), as at 1,000,000
    monkeypatch.setattr(parsing, "BLOCK_CHARS", 1_500)
    doc = nlp.parse(text)
    nlp.parse.cache_clear()
    assert doc.text == text and len(nlp.blocks(text)) > 4
    assert (nlp.line_spans(doc.sents), [(e.start_char, e.end_char, e.label_) for e in doc.ents]) == whole


def test_the_multilingual_sentencizer_reads_a_giant_text_whole() -> None:
    text = giant(1_100_000)
    spans = fallback.sentences(text)
    fallback.sentences.cache_clear()
    assert spans[-1][1] == len(text.rstrip()) and all(text[s:e].strip() == text[s:e] for s, e in spans[:50])
    assert spans[:20] == fallback.sentences(text[:20_000])[:20]
    fallback.sentences.cache_clear()


# Class 7: no single request may be larger than what it is sent to can take.
def test_a_request_too_large_for_the_model_is_refused_before_sending() -> None:
    with pytest.raises(ConfigError, match="chunk_chars must be at most 100,000"):
        Settings(chunk_chars=10**12)
    article = Article(id="long", text=giant(40_000))
    local = Settings(backend="local", chunk_chars=40_000, use_cache=False)  # one 40,000-character request
    with pytest.raises(LimitError, match="over the local model's context of 8,192 tokens"):
        check_limits(documents([article], local.chunk_chars), local)
    with pytest.raises(LimitError, match="context"):
        summarise([article], settings=local, client=NoCalls())  # type: ignore[arg-type]
    check_limits(documents([article], 6_000), local.with_(chunk_chars=6_000))  # the default size fits


# Class 4: JSONL records are read by "\n" lines, and every field is checked for type, size and text.
def jsonl(tmp_path: Path, line: str) -> str:
    path = tmp_path / "records.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    return str(path)


def record(**fields: object) -> str:
    return json.dumps({"id": "r", "text": SEED_TEXT, **fields}, ensure_ascii=True)


BAD_RECORDS = {
    "surrogate in text": (
        json.dumps({"id": "r", "text": "Hello \ud800 world."}),
        "field 'text' holds a lone surrogate",
    ),
    "surrogate in id": (record(id="a\udfffb"), "field 'id' holds a lone surrogate (\\udfff at character 1)"),
    "surrogate in source": (record(source="\ud800"), "field 'source' holds a lone surrogate"),
    "integer of 5,000 digits": (record()[:-1] + ', "n": ' + "9" * 5_000 + "}", "not read (a number of 5,000 digits"),
    "200,000-deep nesting": (
        record()[:-1] + ', "n": ' + "[" * 200_000 + "]" * 200_000 + "}",
        "not read (arrays or objects nested too deeply)",
    ),
    "object as title": (record(title={"a": 1}), "field 'title' must be a string, not an object"),
    "boolean as date": (record(date=True), "field 'date' must be a string, not true or false"),
    "number as id": (record(id=12), "field 'id' must be a string, not a number"),
    "NaN as source": (record()[:-1] + ', "source": NaN}', "field 'source' must be a string, not a number"),
    "array as text": (json.dumps({"text": ["a"]}), "field 'text' must be a string, not an array"),
    "1 MB id": (record(id="x" * 1_000_000), "field 'id' is 1,000,000 characters, over the limit of 256"),
}


@pytest.mark.parametrize("case", BAD_RECORDS)
def test_a_bad_jsonl_record_is_one_line_naming_file_line_and_field(tmp_path: Path, case: str) -> None:
    line, words = BAD_RECORDS[case]
    path = jsonl(tmp_path, line)
    shown = one_line(cli("run", path, "--replay", "--quiet", timeout=60), 2, "InputError", f"{path}:1: {words}")
    assert not any(repr_ in shown for repr_ in ("{'a'", "True", "nan", "Exceeds the limit", "sys.set_int"))
    assert len(shown) < 400


def test_the_good_inputs_beside_a_bad_jsonl_are_still_summarised(tmp_path: Path) -> None:
    path = jsonl(tmp_path, record(title={"a": 1}))
    result = cli("run", path, str(SEED_FILES[1]), "--replay", "--no-cache", "--quiet", "--format", "json")
    one_line(result, 3, f"failed: {path}: {path}:1: field 'title' must be a string, not an object")
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == [SEED_FILES[1].stem]


def test_line_separators_inside_a_json_string_are_kept_not_taken_for_line_breaks(tmp_path: Path) -> None:
    title = "Zoo\u2028gift\x85report"
    path = tmp_path / "records.jsonl"
    line = json.dumps({"id": "r", "title": title, "source": "A\u2028B", "text": SEED_TEXT}, ensure_ascii=False)
    path.write_text(line + "\r\n", encoding="utf-8")  # raw U+2028 and U+0085, and a CRLF line end
    result = cli("run", str(path), "--replay", "--no-cache", "--quiet", "--format", "json")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert (article["id"], article["title"], article["source"]) == ("r", title, "A\u2028B")


def test_file_names_that_are_not_utf8_are_shown_as_escapes_in_every_format(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_FILES[0], Path(os.fsdecode(bytes(folder) + b"/\xff-seed.txt")))
    Path(os.fsdecode(bytes(folder) + b"/\xfe-empty.txt")).write_bytes(b"")
    for form in ("md", "html", "json"):
        result = cli("run", str(folder), "--replay", "--quiet", "--format", form)
        assert result.returncode == 3 and "Traceback" not in result.stderr, result.stderr
        assert "\\xff-seed" in result.stdout and "\\xfe-empty.txt" in result.stdout


def test_an_article_object_holding_a_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(InputError, match="text holds a lone surrogate"):
        Article(id="a", text="Hello \ud800")
