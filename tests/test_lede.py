"""The lede (render/lede.py): sentences made from the merged facts only, each citing the facts it states and
held against them, so that a wrong number or a name the facts lack never reaches the top of the brief."""

from pathlib import Path

import pytest
import yaml

from summariser import Settings, summarise
from summariser.quality import nlp_only
from summariser.render import lede as lede_module
from summariser.render import render
from summariser.render.lede import checked, facts_for_model, lede, problems
from summariser.schemas import LedeSentence, Summary
from summariser.schemas.extraction import WrittenLede, WrittenSentence

from .conftest import SEED_CASSETTE, SEEDS


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


def written(*sentences: tuple[str, list[str]]) -> WrittenLede:
    return WrittenLede(sentences=[WrittenSentence(text=t, fact_ids=ids) for t, ids in sentences])


@pytest.mark.needs_cassette
def test_the_model_writes_the_seeds_lede_and_every_sentence_is_checked(replayed: Summary) -> None:
    assert any(s.by == "model" for s in replayed.lede)  # the cassette holds the lede request and its answer
    assert all(problems(s, replayed) == [] for s in replayed.lede)
    assert replayed.run.prompt_hashes["lede.j2"]


def test_the_template_lede_without_a_model_is_made_by_code_only() -> None:
    summary = nlp_only(sorted(SEEDS.glob("*.txt")))
    assert summary.lede and all(s.by == "template" for s in summary.lede)


@pytest.mark.needs_cassette
def test_a_corrupted_model_lede_gives_way_to_the_template_sentences_of_the_same_facts(replayed: Summary) -> None:
    animals = replayed.gifts[0]
    troops = troop_sentence(replayed)
    lede_written = written(
        (f"Russia's zoos sent {animals.gift.quantity_text} animals to Pyongyang.", [animals.id]),  # names not in g1
        ("Sources disagree on the troops: 15,000 per the Pentagon.", troops.fact_ids),  # a number no fact states
        ("The articles report the animals; Boris Johnson welcomed them.", []),  # a name, citing nothing
    )
    kept = checked(lede_written, replayed)
    assert all(s.by == "template" for s in kept)
    assert [s.text for s in kept] == [
        s.text for s in lede(replayed) if s.fact_ids and (set(s.fact_ids) & {animals.id, *troops.fact_ids})
    ] + [s.text for s in lede(replayed) if not s.fact_ids]
    assert all(problems(s, replayed) == [] for s in kept)


@pytest.mark.needs_cassette
def test_a_sound_model_sentence_is_kept_as_the_model_wrote_it(replayed: Summary) -> None:
    animals = replayed.gifts[0]
    amount = animals.gift.quantity_text or str(animals.gift.quantity)
    sound = f"The articles report {amount} {animals.gift.item} given."
    kept = checked(written((f"  {sound} ", [animals.id, animals.id])), replayed)
    assert kept == [LedeSentence(text=sound, fact_ids=[animals.id], by="model")]


@pytest.mark.needs_cassette
def test_an_item_of_a_fact_the_sentence_does_not_cite_is_caught(replayed: Summary) -> None:
    animals = replayed.gifts[0]
    other = next(g for g in replayed.gifts if g.id != animals.id and g.gift.item.split()[-1] not in animals.gift.item)
    word = other.gift.item.split()[-1].lower()
    stray = LedeSentence(text=f"The articles report animals given, among them {word}.", fact_ids=[animals.id])
    assert problems(stray, replayed) == [f"item {word} is of a fact it does not cite"]


def test_the_model_reads_only_the_facts_never_the_articles() -> None:
    summary = nlp_only(sorted(SEEDS.glob("*.txt")))
    listing = facts_for_model(summary)
    assert all(f"[{g.id}] gift:" in listing for g in summary.gifts[: lede_module.MAX_LISTED])
    quotes = [s.quote for f in [*summary.gifts, *summary.military] for s in f.sources if len(s.quote) > 60]
    assert quotes and not any(q in listing for q in quotes)
    assert listing.splitlines()[-1].startswith("Coverage: 5 articles")


@pytest.mark.needs_cassette
def test_a_run_whose_lede_request_fails_keeps_the_template_lede(tmp_path: Path) -> None:
    cassette = yaml.safe_load(SEED_CASSETTE.read_text(encoding="utf-8"))
    cassette["interactions"] = [i for i in cassette["interactions"] if "Write the lede" not in str(i["request"])]
    without = tmp_path / "without-lede.yaml"
    without.write_text(yaml.safe_dump(cassette), encoding="utf-8")
    settings = Settings(backend="replay", cassette=without, cache_dir=tmp_path / "cache", transport_retries=0)
    summary = summarise([SEEDS], settings=settings)
    assert summary.lede and all(s.by == "template" for s in summary.lede) and not summary.failures


@pytest.mark.needs_cassette
def test_template_lede_setting_sends_no_lede_request(tmp_path: Path, replayed: Summary) -> None:
    settings = Settings(backend="replay", cache_dir=tmp_path / "cache", transport_retries=0, model_lede=False)
    summary = summarise([SEEDS], settings=settings)
    assert summary.stats.requests == replayed.stats.requests - 1
    assert all(s.by == "template" for s in summary.lede)
