"""The lede (render/lede.py): sentences made from the merged facts only, each citing the facts it states and
held against them, so that a wrong number or a name the facts lack never reaches the top of the brief."""

from pathlib import Path

import pytest

from summariser import Settings, summarise
from summariser.quality import nlp_only
from summariser.render import render
from summariser.render.lede import lede, problems
from summariser.schemas import LedeSentence, Summary

from .conftest import SEEDS


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    cache = tmp_path_factory.mktemp("cache")
    return summarise([SEEDS], settings=Settings(backend="replay", cache_dir=cache, transport_retries=0))


def troop_sentence(summary: Summary) -> LedeSentence:
    (sentence,) = [s for s in summary.lede if "troop" in s.text]
    return sentence


@pytest.mark.needs_cassette
def test_the_seeds_lede_states_the_gift_and_the_disputed_troop_figures_with_their_claimants(replayed: Summary) -> None:
    first = replayed.lede[0].text
    assert "more than 70 animals" in first and "African lion" in first and "bears" in first
    troops = troop_sentence(replayed).text
    assert all(figure in troops for figure in ("12,000", "10,000", "11,000", "8,000"))
    assert "Pentagon" in troops and "Zelensky" in troops
    assert "pheasants" not in " ".join(s.text for s in replayed.lede)  # 25 and 25 species: a unit, not a headline
    ids = {f.id for f in [*replayed.gifts, *replayed.military]}
    assert all(set(s.fact_ids) <= ids for s in replayed.lede)
    assert all(problems(s, replayed) == [] for s in replayed.lede)


def test_the_template_lede_without_a_model_states_the_same(tmp_path: Path) -> None:
    summary = nlp_only(sorted(SEEDS.glob("*.txt")))
    assert summary.lede and "animals" in summary.lede[0].text
    assert "12,000" in troop_sentence(summary).text
    assert all(problems(s, summary) == [] for s in summary.lede)


@pytest.mark.needs_cassette
def test_a_corrupted_lede_sentence_is_caught(replayed: Summary) -> None:
    troops = troop_sentence(replayed)
    wrong_number = troops.model_copy(update={"text": troops.text.replace("12,000", "15,000")})
    assert problems(wrong_number, replayed) == ["number 15,000 is in none of the cited facts"]
    invented = troops.model_copy(update={"text": troops.text.replace("the Pentagon", "Boris Johnson")})
    assert {p.split(" is ")[0] for p in problems(invented, replayed)} == {"name Boris", "name Johnson"}
    unknown = LedeSentence(text="Russia gave 70 animals.", fact_ids=["g999"])
    assert problems(unknown, replayed) == ["cites g999, which the brief does not hold"]
    coverage = LedeSentence(text="12 articles, 5 independent reports.", fact_ids=[])
    assert problems(coverage, replayed) == ["number 12 is no coverage count"]


@pytest.mark.needs_cassette
def test_a_lede_is_rebuilt_only_from_the_facts_so_a_brief_without_them_has_none(replayed: Summary) -> None:
    bare = replayed.model_copy(update={"gifts": [], "military": [], "conflicts": [], "lede": []})
    assert [s.fact_ids for s in lede(bare)] == [[]]  # only the coverage sentence


@pytest.mark.needs_cassette
def test_outside_text_in_the_lede_is_escaped_in_every_format(replayed: Summary) -> None:
    bad = LedeSentence(text="<img src=x onerror=alert(1)>\n# Heading \x1b[31m", fact_ids=[])
    hostile = replayed.model_copy(update={"lede": [bad]})
    assert "<img" not in render(hostile, "html") and "&lt;img" in render(hostile, "html")
    markdown = render(hostile, "md")
    assert "<img" not in markdown and "\n# Heading" not in markdown and "\x1b" not in markdown


@pytest.mark.needs_cassette
def test_a_number_only_a_quote_or_an_offset_holds_is_no_value_of_the_fact(replayed: Summary) -> None:
    animals = replayed.gifts[0]
    offset = str(animals.sources[0].end)  # in the fact's sources and trace, not in what it states
    stray = LedeSentence(text=f"The articles report {offset} animals given.", fact_ids=[animals.id])
    assert problems(stray, replayed) == [f"number {offset} is in none of the cited facts"]
