import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.load.document import chunk, sentence_spans
from summariser.verify.locate import locate, normalise

TEXT = (
    "Kozlov said: \u201cHistorically, animals always have played a special role.\u201d\n\n"
    "The delivery included an African lion, two bears  and\n25 pheasants."
)


def test_exact_match_gives_offsets_that_slice_back() -> None:
    span = locate("The delivery included an African lion", TEXT)
    assert span is not None and span.method == "exact"
    assert TEXT[span.start : span.end] == "The delivery included an African lion"


def test_straight_quotes_and_collapsed_whitespace_match_normalised() -> None:
    span = locate('"Historically, animals always have played a special role."', TEXT)
    assert span is not None and span.method == "normalised"
    assert TEXT[span.start : span.end] == "\u201cHistorically, animals always have played a special role.\u201d"
    span = locate("two bears and 25 pheasants", TEXT)
    assert span is not None and TEXT[span.start : span.end] == "two bears  and\n25 pheasants"


def test_small_typo_matches_fuzzy_and_span_is_whole_words() -> None:
    span = locate("historically, animals always have played a speciel role", TEXT)
    assert span is not None and span.method == "fuzzy" and span.score >= 90
    assert TEXT[span.start : span.end].startswith("Historically")


@pytest.mark.parametrize(
    "quote",
    ["Kim Jong Un sent 10,000 troops to Kursk last year.", "two", "", "zzzz qqqq xxxx wwww"],
)
def test_invented_or_too_short_evidence_is_not_found(quote: str) -> None:
    assert locate(quote, TEXT) is None


def test_threshold_is_respected() -> None:
    quote = "historically animals have played a special role"
    assert locate(quote, TEXT, threshold=99) is None


def test_normalise_maps_every_character_back() -> None:
    text = "A\u2019b  \u2014 c"
    norm, index = normalise(text)
    assert norm == "a'b - c"
    assert len(index) == len(norm)


def test_sentences_and_chunks_respect_boundaries() -> None:
    text = "One is here. Two is here! Three? " * 40
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans[:3]] == ["One is here.", "Two is here!", "Three?"]
    chunks = chunk(text, 500)
    assert all(len(c) <= 500 for _, c in chunks)
    assert all(text[o : o + len(c)] == c for o, c in chunks)
    assert all(c.endswith(("here.", "here!", "Three?")) for _, c in chunks)


def test_sentence_longer_than_chunk_is_cut_at_spaces() -> None:
    text = "word " * 300
    chunks = chunk(text, 100)
    assert all(len(c) <= 100 for _, c in chunks)
    assert "".join(c for _, c in chunks).replace(" ", "") == text.replace(" ", "")


@given(st.text(min_size=1, max_size=300), st.data())
def test_any_substring_locates_to_offsets_that_slice_back(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    span = locate(quote, text)
    if len(quote.strip()) < 8:
        assert span is None
        return
    assert span is not None and span.method == "exact"
    assert text[span.start : span.end] == quote.strip()


@given(st.lists(st.sampled_from(["\u201cTalk\u201d", "said", "\u2014", "peace", "  ", "\n", "é", "İ"]), min_size=3))
def test_normalised_matches_slice_back_to_original(words: list[str]) -> None:
    text = "Start " + " ".join(words) + " end."
    quote = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "-")
    span = locate(quote, text)
    assert span is not None
    sliced = text[span.start : span.end]
    assert normalise(sliced)[0].strip() == normalise(quote)[0].strip()
