"""Issue 30, classes 1 and 2: numbers no sentence states, and giant numbers.

"10^400", "1×10^6", "2.5" and "12,000.5" are no count, and no reader may take a part of them for one
(400, 6, 2, 12,000); a number of hundreds or thousands of digits is refused by itself, while the rest of
its article is read as before. Through the readers, summarise() and the real CLI with a stand-in model.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pydantic import BaseModel

from summariser import Article, Settings, summarise
from summariser.lang.en import nlp
from summariser.load.numerals import numbers, numbers_at

from .conftest import ROOT

M = TypeVar("M", bound=BaseModel)

HOSTILE = [
    ("Russia sent 10^400 soldiers to the front.", "soldier"),
    ("Russia sent 10 ^ 400 soldiers to the front.", "soldier"),
    ("Russia sent 1×10^6 troops to Kursk.", "troop"),
    ("Russia sent 1 × 10^6 troops to Kursk.", "troop"),
    ("Russia sent 1e6 troops to Kursk.", "troop"),
    ("Russia sent 1.5E+3 troops to Kursk.", "troop"),
    ("Russia sent 10⁶ troops to Kursk.", "troop"),
    ("Russia sent 10**6 troops to Kursk.", "troop"),
    ("The zoo received 2.5 bears.", "bear"),
    ("The zoo received 2½ bears.", "bear"),
    ("The zoo received 1/2 bears.", "bear"),
    ("Russia sent 12,000.5 troops to the border.", "troop"),
    ("Russia sent 1.234.567,5 troops to the border.", "troop"),
    ("Russia sent 1,5 troops to the border.", "troop"),
    ("Russia sent 1.2345678 million troops to the border.", "troop"),
    ("Russia sent 1" + "0" * 499 + " troops to the border.", "troop"),
    ("Russia sent 1" + "0" * 15 + " troops to the border.", "troop"),
]


@pytest.mark.parametrize(("sentence", "noun"), HOSTILE, ids=[s[12:40] for s, _ in HOSTILE])
def test_no_reader_takes_a_count_from_a_number_it_cannot_read_exactly(sentence: str, noun: str) -> None:
    assert numbers(sentence) == []  # nor a part of it: not 10 or 400, 1 or 6, 2 or 5, 12,000 or 5
    assert [c.value for c in nlp.counts(sentence) if c.noun == noun] == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Russia sent 1.2 million troops to the border.", 1_200_000),
        ("Russia sent 2.5 million troops to the border.", 2_500_000),
        ("Russia sent 12,000 troops to the border.", 12_000),
        ("Russia sent one hundred twenty troops to the border.", 120),
        ("Russia sent 999,999,999,999,999 troops to the border.", 999_999_999_999_999),
    ],
)
def test_counts_that_are_exact_stay(sentence: str, value: int) -> None:
    assert [c.value for c in nlp.counts(sentence) if c.noun == "troop"] == [value]


def test_a_giant_run_of_digits_is_refused_without_an_error() -> None:
    text = f"{'3' * 5000} e 12.000 soldati, 1{',000' * 2000} e 26 prigionieri"
    assert [(v, w) for v, w, _ in numbers_at(text, "it")] == [(12000, "12.000"), (26, "26")]


class Empty:
    """A model that finds nothing: what the brief holds is what the NLP layer reads."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        return response_model.model_validate({field: [] for field in response_model.model_fields})


GIANT = (
    f"Russia sent 1{'0' * 499} troops to the front, officials said.\n\n"
    f"A ledger listed {'3' * 5000} shells and 1{',000' * 1500} rounds.\n\n"
    "Russia sent 12,000 troops to the Kursk region, the Pentagon said."
)


def test_an_article_with_giant_numbers_keeps_its_other_counts(tmp_path: Path) -> None:
    settings = Settings(backend="api", api_key="x", cache_dir=tmp_path)
    summary = summarise([Article(id="giant", text=GIANT)], settings=settings, client=Empty())
    assert summary.failures == []
    figures = [(e.claim.figure, [s.article_id for s in e.sources]) for e in summary.military]
    assert figures == [(12000, ["giant"])]


STAND_IN = """
import re, sys
import summariser.extract.client as client
from summariser.cli import main

CLAIMED = {"10^400": [400], "1×10^6": [6, 1000000], "12,000.5": [12000], "3,000": [3000]}


class StandIn:
    '''A model that claims, for each numbered sentence, the figures the old readers took from it.'''

    def __init__(self, *args, **kwargs):
        pass

    def complete(self, messages, response_model, stats):
        reply = {field: [] for field in response_model.model_fields}
        for number, sentence in re.findall(r"^\\[(\\d+)\\] (.*)$", messages[-1]["content"], re.M):
            if "gifts" in reply and "2.5 bears" in sentence:
                reply["gifts"].append([int(number), "bears", 2])
            for written, figures in CLAIMED.items():
                if "claims" in reply and written in sentence:
                    reply["claims"] += [[int(number), "troop_deployment", "troops", f] for f in figures]
        return response_model.model_validate(reply)


client.OpenAIClient = StandIn  # the pipeline builds its client from this name on the first cache miss
sys.exit(main(sys.argv[1:]))
"""

ARTICLE = (
    "Russia sent 10^400 soldiers to the front, officials said.\n\n"
    "Russia sent 1×10^6 troops to Kursk, the Pentagon said.\n\n"
    "The zoo in Pyongyang received 2.5 bears from Moscow, the ministry said.\n\n"
    "Russia sent 12,000.5 troops to the border, officials said.\n\n"
    "Russia also sent 3,000 troops to Belgorod, officials said."
)


def test_the_cli_brief_states_no_figure_its_sentences_do_not(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    script = tmp_path / "stand_in.py"
    script.write_text(STAND_IN, encoding="utf-8")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "OPENAI_API_KEY": "sk-dummy"}
    result = subprocess.run(
        [sys.executable, str(script), "run", str(article), "--format", "json", "--base-url", "http://127.0.0.1:9/v1",
         "--model", "stand-in", "--no-cache", "--quiet"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    brief = json.loads(result.stdout)
    assert [e["claim"]["figure"] for e in brief["military"]] == [3000]  # the one figure a sentence states
    assert [e["gift"]["quantity"] for e in brief["gifts"]] in ([], [None])
    assert brief["conflicts"] == []
