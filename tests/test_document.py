"""The Document load builds once: each line's language of a mixed article found there, read by the checks."""

from collections import Counter
from pathlib import Path

import pytest

from summariser.lang.registry import checker_for
from summariser.load import language
from summariser.load.articles import Article
from summariser.load.document import Document, detected_languages, documents
from summariser.load.language import UNDETERMINED, classify
from summariser.verify import checks

from .conftest import ROOT
from .factories import DictStore

MIXED = ROOT / "tests/data/mixed_en_ko.txt"  # an English header over a Korean report (written for this test)


class Counting:
    """The real detector, counting the texts it is asked about."""

    def __init__(self, identifier: language._Identifier) -> None:
        self.identifier = identifier
        self.asked: Counter[str] = Counter()

    def classify(self, text: str) -> tuple[str, float]:
        self.asked[text] += 1
        return self.identifier.classify(text)


@pytest.fixture
def detector(monkeypatch: pytest.MonkeyPatch) -> Counting:
    counting = Counting(language._identifier())
    monkeypatch.setattr(language, "_identifier", lambda: counting)
    language.line_language.cache_clear()  # lines detected by earlier tests must be asked again here
    return counting


def _loaded(path: Path, store: DictStore | None = None) -> Document:
    article = Article(id=path.stem, text=path.read_text(encoding="utf-8"))
    return detected_languages(documents([article], 4_000), store)[0]


def _old_line_language(line: str, main: str) -> str:
    """What verify/checks.py detected for a line before load kept it: the line's code, else the main one."""
    code, _ = classify(line)
    return main if code == UNDETERMINED else code


def test_load_finds_each_line_s_language_of_a_mixed_article_as_the_checks_did(detector: Counting) -> None:
    doc = _loaded(MIXED)
    article, lines = doc.article, doc.article.text.split("\n")
    assert article.languages == ("ko", "en")
    assert doc.language is not None and doc.language.lines == article.line_languages
    assert article.line_languages == tuple(_old_line_language(line, "ko") for line in lines)
    assert article.line_languages[0] == "en" and set(article.line_languages) == {"en", "ko"}


def test_the_checks_read_the_line_languages_and_never_ask_the_detector(detector: Counting) -> None:
    article = _loaded(MIXED).article
    detector.asked.clear()
    position, asked = 0, []
    for line in article.text.split("\n"):
        asked.append(checks.language_at(article, position, position + len(line)))
        position += len(line) + 1
    foreign = list(checks.foreign_sentences(article))
    assert asked == list(article.line_languages)
    assert {code for _, _, code in foreign} == {"ko"} and len(foreign) > 5
    assert checks.checker_at(article, 0, 10) == checker_for("en")
    assert not detector.asked  # load found them: nothing detects again


def test_a_mixed_article_s_line_languages_come_back_from_the_store(detector: Counting) -> None:
    store = DictStore()
    first = _loaded(MIXED, store)
    assert detector.asked
    detector.asked.clear()
    language.line_language.cache_clear()
    again = _loaded(MIXED, store)
    assert again.article.line_languages == first.article.line_languages != ()
    assert not detector.asked  # a fully cached run never loads the detector


def test_a_span_over_two_lines_is_still_read_as_one_block(detector: Counting) -> None:
    article = _loaded(MIXED).article
    text = article.text
    start, end = text.index("[headline"), text.index("북한이") + 3  # the English header and Korean beyond it
    detector.asked.clear()
    block = text[start : text.find("\n", end)]
    read = checks.language_at(article, start, end)
    assert detector.asked == Counter({block: 1})  # the block is no line load read: asked, as before
    assert read == _old_line_language(block, "ko") == "ko"
