"""Gifts listed in text no parser reads (enrich/gifts_abroad.py): a count of a thing that an emoji
names, in a sentence of giving that lists several; enrich/aligned.py names an unnamed noun where it can."""

from pathlib import Path

from summariser import Article
from summariser.enrich.gifts_abroad import gifts_abroad, given_elsewhere, listed_things
from summariser.schemas import Gift

from .multilingual import ENGLISH, ITALIAN, RUSSIAN
from .test_language_pipeline import gift, run


def gifts(text: str, language: str) -> list[tuple[str, int | None, str]]:
    article = Article(id="a", text=text, language=language, languages=(language,))
    found = gifts_abroad(article, [])
    assert all(
        text[f.source.start : f.source.end] == f.source.quote and f.source.origin == "gifts_abroad" for f in found
    )
    return [(f.fact.item, f.fact.quantity, f.source.quote) for f in found if isinstance(f.fact, Gift)]


def test_the_counts_of_a_listed_gift_are_read_by_the_things_their_nouns_name() -> None:
    found = [(item, quantity) for item, quantity, _ in gifts(ITALIAN, "it")]
    assert ("bear", 2) in found and ("duck", 40) in found
    assert ("fagiani", 25) in found  # no emoji names a pheasant: the noun as written, for enrich/aligned.py
    given = "Россия подарила зоопарку Пхеньяна 2 бурых медведя, 25 фазанов и 40 уток."
    russian = [(item, quantity) for item, quantity, _ in gifts(given, "ru")]
    assert russian == [("bear", 2), ("фазанов", 25), ("duck", 40)]  # "2 бурых медведя": the noun comes last
    horses = "Президент Владимир Путин посетил Пхеньян в июне, когда подарил Ким Чен Ыну 24 лошади."
    assert gifts(RUSSIAN, "ru") == [("horse", 24, horses)]  # "В партию вошли ...": the parse finds no giving there
    spelled = "Россия подарила КНДР двух бурых медведей, пять белых какаду и сорок уток-мандаринок."
    assert [(item, quantity) for item, quantity, _ in gifts(spelled, "ru")] == [
        ("bear", 2),
        ("какаду", 5),
        ("duck", 40),
    ]  # declined number words (number-parser); no emoji names a cockatoo


def test_a_list_of_counts_needs_only_one_named_thing() -> None:
    given = "La consegna includeva un leone africano, due orsi, 25 fagiani, 40 anatre mandarine e cinque cacatua."
    found = [(item, quantity) for item, quantity, _ in gifts(given, "it")]
    assert found == [("bear", 2), ("fagiani", 25), ("duck", 40), ("cacatua", 5)]  # spelled out too (text2num)


def test_no_gift_without_a_list_of_named_things_or_a_word_of_giving() -> None:
    assert gifts("Gli animali, regalati da Mosca, sono stati trasportati con 7 aerei.", "it") == []
    assert gifts("Gli animali regalati sono arrivati con 2 elicotteri e 3 camion.", "it") == []  # carriers
    assert gifts("Allo zoo vivono 2 orsi bruni e 40 anatre.", "it") == []  # nothing is given
    assert [c.item for c in listed_things("La Russia ha inviato 26 persone e 31 carri armati.", "it")] == []


def test_listed_gifts_merge_with_the_english_ones_and_an_unnamed_noun_takes_its_english_twin(tmp_path: Path) -> None:
    summary = run(tmp_path, [Article(id="en", text=ENGLISH), Article(id="it", text=ITALIAN)], {})
    by_item = {g.gift.item: sorted(s.article_id for s in g.sources) for g in summary.gifts}
    assert by_item["pheasants"] == ["en", "it"] and by_item["mandarin ducks"] == ["en", "it"]
    assert "fagiani" not in by_item
    alone = run(tmp_path / "it", [Article(id="it", text=ITALIAN)], {})
    assert sorted(g.gift.item for g in alone.gifts) == ["bear", "duck"]  # no English word for fagiani: left out


def test_one_thing_named_without_a_number_is_given_only_where_another_article_gives_it(tmp_path: Path) -> None:
    given = "El presidente Putin regaló al líder norcoreano un coche Aurus. Luego escribió a Moscú."
    article = Article(id="es", text=given, language="es", languages=("es",))  # Spanish: no parser reads it
    (car,) = given_elsewhere(article, [], frozenset({"🚗"}))
    assert isinstance(car.fact, Gift) and (car.fact.item, car.fact.quantity) == ("car", None)
    assert car.source.quote == "El presidente Putin regaló al líder norcoreano un coche Aurus."
    assert given_elsewhere(article, [], frozenset({"🐕"})) == []  # the run gives no car: a word alone is not a gift
    idle = Article(id="es", text="El coche Aurus estaba en la entrada.", language="es", languages=("es",))
    assert given_elsewhere(idle, [], frozenset({"🚗"})) == []  # no word of giving
    english = "Putin presented Kim with a car. Kim thanked him."
    answers = {"thanked": {"gifts": [gift("car", 1, "a", "Putin presented Kim with a car.")]}}
    summary = run(tmp_path, [Article(id="en", text=english), Article(id="es", text=given)], answers)
    (merged,) = summary.gifts
    assert merged.gift.item == "car" and {s.article_id for s in (*merged.sources, *merged.unstated)} == {"en", "es"}
