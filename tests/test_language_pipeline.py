"""summarise() over articles the English parse cannot read: each gets the checks of its language, a
note where something is missing, and no other article loses anything."""

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from summariser import Article, Settings, summarise
from summariser.lang.en.reader import CHECKS as ENGLISH_CHECKS
from summariser.lang.ru.reader import CHECKS as RUSSIAN_CHECKS
from summariser.lang.xx.fallback import CHECKS as FALLBACK_CHECKS
from summariser.render import render
from summariser.schemas import Summary
from summariser.schemas.extraction import WRITTEN_ACTOR_FIELDS

from .multilingual import ENGLISH, ITALIAN, ITALIAN_OWN, RUSSIAN

M = TypeVar("M", bound=BaseModel)

MIXED = (
    "Russia has sent more than 70 animals to Pyongyang Zoo, the natural resources ministry said on Wednesday.\n"
    "The delivery included two brown bears and 25 pheasants.\n"
    "The animals were flown from Moscow Zoo, accompanied by veterinarians and zoo officials, and will be shown to "
    "the public after a quarantine period of several weeks, the ministry added in a statement released to "
    "reporters in Moscow on Wednesday afternoon.\n"
    "Министр природных ресурсов Александр Козлов заявил журналистам, что по данным Пентагона в Курской области "
    "сейчас находятся до 12 000 северокорейских военных.\n"
    "Он добавил, что животные были доставлены самолётом из Московского зоопарка и чувствуют себя хорошо.\n"
)
ARABIC = (
    "روسيا ترسل حيوانات إلى كوريا الشمالية\n"
    "قال الوزير ألكسندر كوزلوف إن روسيا أرسلت أكثر من 70 حيوانا إلى حديقة حيوان بيونغ يانغ.\n"
    "وأضاف كوزلوف: «هذه هدية من الشعب الروسي».\n"
)
UNDETERMINED = "KCNA 2024-11-20\n12 000 / 70 / Kozlov\n"


def claim(figure: int, words: str, evidence: str) -> dict[str, Any]:
    return {
        "claim_type": "troop_deployment", "subject": "North Korean troops", "figure": figure, "figure_text": words,
        "claimed_by": None, "place": None, "date": None, "evidence": evidence,
    }  # fmt: skip


def gift(item: str, quantity: int, words: str, evidence: str) -> dict[str, Any]:
    return {
        "item": item, "quantity": quantity, "quantity_text": words, "giver": None, "recipient": None,
        "from_institution": None, "to_institution": None, "transport": None, "date": None, "evidence": evidence,
    }  # fmt: skip


def actor(name: str, evidence: str, said: str | None = None) -> dict[str, Any]:
    return {"name": name, "role": None, "organisation": None, "country": None, "said": said, "evidence": evidence}


class Scripted:
    """A model client answering by article: the first marker found in the prompt picks the answer,
    given as facts with evidence and cited as the model does, by the number of the sentence holding it."""

    def __init__(self, answers: dict[str, dict[str, list[dict[str, Any]]]]) -> None:
        self.answers = answers

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: Any) -> M:
        if "actors" not in response_model.model_fields:  # the English spellings of names: none given
            return response_model.model_validate({name: [] for name in response_model.model_fields})
        prompt = messages[-1]["content"]
        answer = next((a for marker, a in self.answers.items() if marker in prompt), {})
        numbered = dict(re.findall(r"^\[(\d+)\] (.*)$", prompt, flags=re.MULTILINE))
        actors = response_model.model_json_schema()["properties"]["actors"]["items"]["prefixItems"]
        fields = ("name", "role", "country", "said")
        if (
            len(actors) == WRITTEN_ACTOR_FIELDS
        ):  # an article not in English: each name as written first, here the name given
            fields = ("name", *fields)
        cited = {
            "gifts": [_cite(g, numbered, ("item", "quantity")) for g in answer.get("gifts", [])],
            "actors": [_cite(a, numbered, fields) for a in answer.get("actors", [])],
            "claims": [_cite(c, numbered, ("claim_type", "subject", "figure")) for c in answer.get("claims", [])],
        }
        return response_model.model_validate(cited)


def _cite(fact: dict[str, Any], numbered: dict[str, str], keep: tuple[str, ...]) -> list[Any]:
    def number(quote: str) -> int:
        return int(next(n for n, sentence in numbered.items() if quote[:25] in sentence or sentence in quote))

    entry: list[Any] = [number(fact["evidence"]), *(fact[k] for k in keep)]
    if "said" in keep:
        entry[-1] = number(fact["said"]) if fact["said"] else None
    return entry


def run(tmp_path: Path, articles: list[Article], answers: dict[str, dict[str, list[dict[str, Any]]]]) -> Summary:
    settings = Settings(backend="api", api_key="x", cache_dir=tmp_path)
    summary = summarise(articles, settings=settings, client=Scripted(answers))
    for fmt in ("json", "md", "html"):
        assert render(summary, fmt)  # every format renders, nothing raises
    return summary


def test_an_undetermined_article_keeps_its_facts_by_the_fallback_checks_with_a_note(tmp_path: Path) -> None:
    answers = {"KCNA": {"claims": [claim(12000, "12 000", "12 000 / 70 / Kozlov")]}}
    summary = run(tmp_path, [Article(id="kcna", text=UNDETERMINED)], answers)
    (info,) = summary.articles
    assert info.language == "und" and info.checks == [FALLBACK_CHECKS]
    assert any("language not determined" in note for note in info.notes)
    assert [(m.claim.figure, m.claim.figure_text) for m in summary.military] == [(12000, "12 000")]
    assert "language not determined" in render(summary, "md")
    assert '<div class="note">language not determined' in render(summary, "html")
    assert f"checks: {FALLBACK_CHECKS}" in render(summary, "html")


def test_a_mixed_article_reads_each_line_by_its_language(tmp_path: Path) -> None:
    russian = "по данным Пентагона в Курской области сейчас находятся до 12 000 северокорейских военных"
    answers = {
        "Pyongyang Zoo": {
            "claims": [claim(12000, "до 12 000", russian)],
            "gifts": [gift("brown bears", 3, "three", "The delivery included two brown bears and 25 pheasants.")],
        }
    }
    summary = run(tmp_path, [Article(id="mixed", text=MIXED)], answers)
    (info,) = summary.articles
    assert info.language == "en" and info.mixed_languages and info.languages == ["en", "ru"]
    assert info.checks == [
        f"{ENGLISH_CHECKS} (English lines)",
        f"{FALLBACK_CHECKS} (lines in ru)",
        f"{RUSSIAN_CHECKS} (lines in ru)",  # the Russian reader's parse and NER (lang/ru/reader.py)
    ]
    # the Russian line: kept by the fallback checks (the English parse finds no troops in it)
    assert [(m.claim.figure, m.claim.figure_text) for m in summary.military] == [(12000, "12 000")]  # as written
    # the English line: still read by the parse, which corrects the model's number
    assert (2, "brown bears") in [(g.gift.quantity, g.gift.item) for g in summary.gifts]
    # the English parse adds what the model left out from the English lines only; the Russian lines are read
    # by the Russian reader (lang/registry.py), whose NER names people and organisations there
    russian_start = MIXED.index("Министр")
    english_sources = [s for f in [*summary.gifts, *summary.actors] for s in f.sources]
    assert english_sources and all(s.end <= russian_start for g in summary.gifts for s in g.sources)
    russian = {a.name for a in summary.actors if any(s.start >= russian_start for s in a.sources)}
    assert {"Александр Козлов", "Пентагон"} <= russian  # the minister who spoke, and the source he cited


def test_a_right_to_left_article_keeps_its_script_and_direction(tmp_path: Path) -> None:
    said = "هذه هدية من الشعب الروسي"
    answers = {
        "كوزلوف": {
            "actors": [actor("ألكسندر كوزلوف", "قال الوزير ألكسندر كوزلوف إن روسيا أرسلت أكثر من 70 حيوانا", said)],
            "gifts": [gift("حيوانا", 70, "أكثر من 70", "روسيا أرسلت أكثر من 70 حيوانا إلى حديقة حيوان بيونغ يانغ")],
        }
    }
    summary = run(tmp_path, [Article(id="ahram", text=ARABIC)], answers)
    (info,) = summary.articles
    assert info.language == "ar" and info.rtl and info.checks == [FALLBACK_CHECKS]
    (person,) = summary.actors
    assert person.name == "ألكسندر كوزلوف" and [s.text for s in person.statements] == [said]
    start = ARABIC.index(said)
    assert (person.statements[0].source.start, person.statements[0].source.end) == (start, start + len(said))
    assert [(g.gift.quantity, g.gift.quantity_text) for g in summary.gifts] == [(70, "70")]  # as written
    html = render(summary, "html")
    assert f'<span class="said" lang="ar" dir="auto">{said}</span>' in html
    assert '<strong dir="auto">ألكسندر كوزلوف</strong>' in html
    assert 'data-article="ahram" lang="ar" dir="rtl"' in html
    assert said in render(summary, "md")


def test_an_empty_answer_for_a_non_english_article_is_noted_and_costs_no_other_article(tmp_path: Path) -> None:
    answers = {
        "Russia sends 70 animals": {
            "actors": [actor("Alexander Kozlov", "natural resources minister Alexander Kozlov said on Wednesday")]
        }
    }
    summary = run(tmp_path, [Article(id="en", text=ENGLISH), Article(id="it-own", text=ITALIAN_OWN)], answers)
    info = {a.id: a for a in summary.articles}
    assert set(info) == {"en", "it-own"} and summary.failures == []
    # the model gave nothing for the Italian article; names grounded in the English one are found there by code
    assert info["it-own"].notes == [
        "the model returned no facts for this article (language 'it'); 4 found by the NLP layer"
    ]  # four actors the English article names; no parser reads Italian, so no gift from its sentences alone
    assert not any(s.article_id == "it-own" for g in summary.gifts for s in g.sources)
    in_italian = sorted(a.name for a in summary.actors if any(s.article_id == "it-own" for s in a.sources))
    assert in_italian == ["Alexander Kozlov", "Kim Jong Un", "Pentagon", "Vladimir Putin"]  # no headline word
    assert info["en"].notes == []
    (kozlov,) = [a for a in summary.actors if a.name == "Alexander Kozlov"]
    assert [s.origin for s in kozlov.sources if s.article_id == "it-own"] == [
        "names_across"
    ]  # the English article names him
    assert {s.article_id for a in summary.actors for s in a.sources} == {"en", "it-own"}
    assert "note: the model returned no facts for this article" in render(summary, "md")


def test_a_translation_counts_as_the_same_report_and_an_independent_one_does_not(tmp_path: Path) -> None:
    english = actor("Alexander Kozlov", "natural resources minister Alexander Kozlov said on Wednesday")
    italian = actor("Alexander Kozlov", "ha detto mercoledì il ministro delle risorse naturali Alexander Kozlov")
    own = actor("Alexander Kozlov", "il ministro Alexander Kozlov ha parlato di 25 specie di fagiani")
    answers = {"Russia sends 70": {"actors": [english]}, "La Russia invia": {"actors": [italian]}}
    answers["Zoo di Pyongyang, arrivano"] = {"actors": [own]}
    articles = [Article(id="en", text=ENGLISH), Article(id="it", text=ITALIAN), Article(id="it-own", text=ITALIAN_OWN)]
    summary = run(tmp_path, articles, answers)
    info = {a.id: a for a in summary.articles}
    assert info["it"].translation_of == ["en"] and info["en"].translation_of == ["it"]
    assert info["it"].report == info["en"].report == "en" and info["it-own"].report == "it-own"
    assert info["it-own"].translation_of == info["it-own"].possible_translation_of == []
    assert [(g.article_ids, g.translation) for g in summary.reports] == [(["en", "it"], True)]
    assert [t.article_ids for t in summary.translations] == [["en", "it"]]
    markdown = render(summary, "md")
    assert "Alexander Kozlov**" in markdown and "(3 outlets, 2 independent reports)" in markdown
    assert "translation of source 1 (9 of 9 numbers and" in markdown


def test_the_cli_renders_such_a_brief_and_one_written_before_these_fields(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    answers = {"KCNA": {"claims": [claim(12000, "12 000", "12 000 / 70 / Kozlov")]}}
    summary = run(tmp_path, [Article(id="kcna", text=UNDETERMINED), Article(id="ahram", text=ARABIC)], answers)
    new = tmp_path / "new.json"
    new.write_text(summary.model_dump_json(), encoding="utf-8")
    old = json.loads(summary.model_dump_json())
    old.pop("translations")
    for info in old["articles"]:
        for name in ("checks", "notes", "translation_of", "possible_translation_of"):
            info.pop(name)
    before = tmp_path / "old.json"
    before.write_text(json.dumps(old), encoding="utf-8")
    for path in (new, before):
        for fmt in ("md", "html"):
            result = subprocess.run(
                [sys.executable, "-m", "summariser", "render", str(path), "--format", fmt],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
            assert "kcna" in result.stdout and "ahram" in result.stdout


def test_a_gift_the_model_leaves_in_russian_merges_with_the_english_one_by_its_thing(tmp_path: Path) -> None:
    english_sentence = ENGLISH[ENGLISH.index("President") : ENGLISH.index("24 horses.") + len("24 horses.")]
    russian_sentence = RUSSIAN[RUSSIAN.index("Президент") : RUSSIAN.index("24 лошади.") + len("24 лошади.")]
    answers = {
        "Russia sends 70 animals": {"gifts": [gift("horses", 24, "24", english_sentence)]},
        "Россия отправила": {"gifts": [gift("лошади", 24, "24", russian_sentence)]},  # copied, not translated
    }
    articles = [Article(id="en", text=ENGLISH), Article(id="ru", text=RUSSIAN)]
    summary = run(tmp_path, articles, answers)
    (horses,) = [g for g in summary.gifts if "horse" in g.gift.item]
    assert sorted(s.article_id for s in horses.sources) == ["en", "ru"] and horses.gift.quantity == 24
    (russian,) = [s for s in horses.sources if s.article_id == "ru"]
    assert RUSSIAN[russian.start : russian.end] == russian.quote and "лошади" in russian.quote  # verbatim


def test_an_untranslated_item_takes_the_english_item_of_a_list_of_the_same_numbers(tmp_path: Path) -> None:
    english_sentence = ENGLISH[ENGLISH.index("The shipment") : ENGLISH.index("Moscow Zoo.") + len("Moscow Zoo.")]
    italian_sentence = ITALIAN[ITALIAN.index("La spedizione") : ITALIAN.index("di Mosca.") + len("di Mosca.")]
    answers = {
        "Russia sends 70 animals": {"gifts": [gift("pheasants", 25, "25", english_sentence)]},
        "La Russia invia": {"gifts": [gift("fagiani", 25, "25", italian_sentence)]},  # no emoji names a pheasant
    }
    summary = run(tmp_path, [Article(id="en", text=ENGLISH), Article(id="it", text=ITALIAN)], answers)
    (pheasants,) = [g for g in summary.gifts if g.gift.quantity == 25]
    assert pheasants.gift.item == "pheasants" and [s.article_id for s in pheasants.sources] == ["en", "it"]
    (italian,) = [s for s in pheasants.sources if s.article_id == "it"]
    assert ITALIAN[italian.start : italian.end] == italian.quote and "25 fagiani" in italian.quote


def test_an_untranslated_item_whose_list_differs_from_the_english_one_stays_as_written(tmp_path: Path) -> None:
    english_sentence = ENGLISH[ENGLISH.index("The shipment") : ENGLISH.index("Moscow Zoo.") + len("Moscow Zoo.")]
    reordered = ITALIAN.replace("25 fagiani e 40 anatre mandarine", "40 anatre mandarine e 25 fagiani")
    italian_sentence = reordered[reordered.index("La spedizione") : reordered.index("di Mosca.") + len("di Mosca.")]
    answers = {
        "Russia sends 70 animals": {"gifts": [gift("pheasants", 25, "25", english_sentence)]},
        "La Russia invia": {"gifts": [gift("fagiani", 25, "25", italian_sentence)]},
    }
    summary = run(tmp_path, [Article(id="en", text=ENGLISH), Article(id="it", text=reordered)], answers)
    (italian,) = [g for g in summary.gifts if g.gift.quantity == 25 and any(s.article_id == "it" for s in g.sources)]
    assert italian.gift.item == "fagiani" and len(italian.sources) == 1  # not merged with the pheasants


def test_the_models_english_plural_for_a_foreign_gift_merges_with_the_parsed_english_one(tmp_path: Path) -> None:
    english_sentence = ENGLISH[ENGLISH.index("MOSCOW") : ENGLISH.index("on Wednesday.") + len("on Wednesday.")]
    italian_sentence = ITALIAN[ITALIAN.index("MOSCA") : ITALIAN.index("Alexander Kozlov.") + len("Alexander Kozlov.")]
    answers = {
        "Russia sends 70 animals": {"gifts": [gift("animals", 70, "more than 70", english_sentence)]},
        "La Russia invia": {"gifts": [gift("animals", 70, "più di 70", italian_sentence)]},  # "animals", not "animal"
    }
    summary = run(tmp_path, [Article(id="en", text=ENGLISH), Article(id="it", text=ITALIAN)], answers)
    (animals,) = [g for g in summary.gifts if g.gift.quantity == 70]
    assert [s.article_id for s in animals.sources] == ["en", "it"]


def test_an_item_the_model_copied_untranslated_takes_the_english_name_of_the_same_list(tmp_path: Path) -> None:
    english = (
        "Russia gifts animals to Pyongyang\n\nThe delivery included an African lion, two bears, two domestic "
        "yaks, 25 pheasants, 40 mandarin ducks and five white cockatoos, the statement said.\n"
    )
    italian = (
        "La Russia invia animali a Pyongyang\n\nLa consegna includeva un leone africano, due orsi, due yak "
        "domestici, 25 fagiani, 40 anatre mandarine e cinque cacatua bianchi, ha detto il ministero.\n"
    )
    listed = italian.splitlines()[2]
    answers = {
        "La consegna": {"gifts": [gift("fagiani", 25, "25", listed), gift("anatre mandarine", 40, "40", listed)]}
    }
    summary = run(tmp_path, [Article(id="en", text=english), Article(id="it", text=italian)], answers)
    by_item = {g.gift.item: sorted(s.article_id for s in g.sources) for g in summary.gifts}
    assert by_item["pheasants"] == ["en", "it"] and by_item["mandarin ducks"] == ["en", "it"]  # no emoji: pheasant
    assert not any(item in by_item for item in ("fagiani", "anatre mandarine"))
    (named,) = [g for g in summary.gifts if g.gift.item == "pheasants"]
    assert any(step.rule == "enrich.aligned_items" and "fagiani" in step.detail for step in named.trace)
