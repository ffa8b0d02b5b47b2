"""English spellings of names written otherwise (extract/spelling.py): asked once, cached, and kept only
where code finds the answer the same name spelt otherwise."""

from pathlib import Path
from typing import Any

from summariser.errors import ValidationExhausted
from summariser.extract.cache import JsonCache
from summariser.extract.spelling import english_spellings
from summariser.facts import CallStats, M, ModelClient
from summariser.load.articles import Article
from summariser.pipeline import summarise
from summariser.schemas.extraction import EnglishSpellings
from summariser.settings import Settings

NAMES = ["Камала Харис", "블라디미르 푸틴", "Алсу Курмашева", "Агентство Анадолу", "Пол Вилан"]


class Speller:
    """A model client that spells the numbered names of the request as told, and records each request."""

    def __init__(self, spelt: dict[str, str | None]) -> None:
        self.spelt = spelt
        self.prompts: list[str] = []

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        prompt = messages[-1]["content"]
        self.prompts.append(prompt)
        asked = [line.split(". ", 1)[1] for line in prompt.splitlines() if line[:1].isdigit() and ". " in line]
        return response_model.model_validate({"english": [self.spelt.get(n) for n in asked]})


class Failing:
    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        raise ValidationExhausted("no valid reply", reply="{}")


def spell(client: ModelClient, folder: Path) -> dict[str, str]:
    settings = Settings(backend="api", api_key="x", cache_dir=folder)
    return english_spellings(NAMES, settings, lambda: client, JsonCache(folder / "answers"), CallStats())


def test_a_spelling_stands_only_where_code_finds_it_the_same_name_and_is_asked_once(tmp_path: Path) -> None:
    model = Speller(
        {
            "Камала Харис": "Kamala Harris",
            "블라디미르 푸틴": "Boris Johnson",  # a guess
            "Алсу Курмашева": "Alsu Kurmashева",  # not in Latin letters
            "Агентство Анадолу": "Anadolu Agency",  # a translation, which code cannot check
            "Пол Вилан": "Paul Whelan",  # right, but not a spelling code can tell is the same
        }
    )
    assert spell(model, tmp_path) == {"Камала Харис": "Kamala Harris"}
    (prompt,) = model.prompts
    assert "untrusted" in prompt and "<names-" in prompt and "1. Pol" not in prompt
    assert spell(Failing(), tmp_path) == {"Камала Харис": "Kamala Harris"}  # the cached answer: no request


def test_a_failed_request_keeps_every_name_as_written_and_caches_nothing(tmp_path: Path) -> None:
    assert spell(Failing(), tmp_path) == {}
    model = Speller({"Камала Харис": "Kamala Harris"})
    assert spell(model, tmp_path) == {"Камала Харис": "Kamala Harris"} and len(model.prompts) == 1


class NamesAndSpellings(Speller):
    """Extraction names the two people of sentence 1 (Macedonian: no parser reads it, so only the model's
    names stand, checked; each as written and, as this model gives it, unchanged in "English"); spellings as
    told."""

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        if response_model is not EnglishSpellings:
            answer: dict[str, list[Any]] = {name: [] for name in response_model.model_fields}
            if "actors" in answer:
                answer["actors"] = [[1, name, name, None, None, None] for name in ("Џо Бајден", "Камала Харис")]
            return response_model.model_validate(answer)
        return super().complete(messages, response_model, stats)


def test_the_brief_shows_a_name_no_article_writes_in_latin_letters_in_its_checked_english_spelling(
    tmp_path: Path,
) -> None:
    text = (
        "Американскиот претседател Џо Бајден и потпретседателката Камала Харис ги пречекаа новинарите. "
        "Камала Харис рече дека ова е голем ден."
    )
    model = NamesAndSpellings({"Камала Харис": "Kamala Harris", "Џо Бајден": "Jo Biden"})
    settings = Settings(backend="api", api_key="x", cache_dir=tmp_path)
    summary = summarise([Article(id="mk", text=text)], settings=settings, client=model)
    names = {a.name: a.aliases for a in summary.actors}
    assert names.get("Kamala Harris") == ["Камала Харис"]
    assert "Jo Biden" not in names  # no spelling code can tell is his
    assert len(model.prompts) == 1
