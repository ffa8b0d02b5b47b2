from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.kinds.gift.merge import gift_groups
from summariser.merge import merge
from summariser.names import same_person as same_actor

from .factories import actor, gift, troops

A = "Russia sent 25 pheasants and two bears. Up to 12,000 troops were sent, officials say. Kim Jong Un met Putin."
B = "It sent 25 species of pheasants and two brown bears. Over 10,000 troops are in Kursk. Kim Jong-Un smiled."
C = "In April it sent 40 animals. Some 8,000 soldiers were sent, and 10,000 troops deployed. Vladamir Putin spoke."


def facts() -> list:  # type: ignore[type-arg]
    return [
        gift("a", A, "Russia sent 25 pheasants", "pheasants", 25, "25"),
        gift("a", A, "two bears", "bears", 2, "two"),
        gift("b", B, "It sent 25 species of pheasants", "pheasants", 25, "25 species of"),
        gift("b", B, "two brown bears", "brown bears", 2, "two"),
        gift("c", C, "In April it sent 40 animals", "animals", 40, "40", date="April"),
        troops("a", A, "Up to 12,000 troops were sent, officials say", 12000, "officials"),
        troops("b", B, "Over 10,000 troops are in Kursk", 10000),
        troops("c", C, "Some 8,000 soldiers were sent", 8000),
        troops("c", C, "10,000 troops deployed", 10000),
        actor("a", A, "Kim Jong Un met Putin", "Kim Jong Un"),
        actor("b", B, "Kim Jong-Un smiled", "Kim Jong-Un"),
        actor("a", A, "Kim Jong Un met Putin", "Putin"),
        actor("c", C, "Vladamir Putin spoke", "Vladamir Putin"),
    ]


def test_equal_gifts_merge_with_every_source() -> None:
    result = merge(facts())
    (bears,) = [g for g in result.gifts if g.gift.item.endswith("bears")]
    assert [(s.article_id, s.quote) for s in bears.sources] == [("a", "two bears"), ("b", "two brown bears")]


def test_pheasants_versus_species_of_pheasants_is_a_conflict() -> None:
    result = merge(facts())
    (conflict,) = [c for c in result.conflicts if c.kind == "gift"]
    assert conflict.topic == "number of pheasants given"
    assert [(v.value, [s.article_id for s in v.sources]) for v in conflict.values] == [
        ("25", ["a"]),
        ("25 species", ["b"]),
    ]


def test_troop_numbers_become_one_conflict_listing_each_source() -> None:
    result = merge(facts())
    (conflict,) = [c for c in result.conflicts if c.kind == "military"]
    values = {v.value: sorted({s.article_id for s in v.sources}) for v in conflict.values}
    assert values == {"12,000": ["a"], "10,000": ["b", "c"], "8,000": ["c"]}
    assert len(conflict.fact_ids) == 3


def test_actors_resolved_across_spellings() -> None:
    result = merge(facts())
    names = {a.name: (a.aliases, sorted({s.article_id for s in a.sources})) for a in result.actors}
    kim = next(v for k, v in names.items() if "Kim" in k)
    putin = next(v for k, v in names.items() if "Putin" in k)
    assert kim[1] == ["a", "b"] and len(kim[0]) == 1
    assert putin[1] == ["a", "c"]
    assert len(result.actors) == 2


def test_other_month_is_another_gift() -> None:
    result = merge(facts())
    animals = [g for g in result.gifts if g.gift.item == "animals"]
    assert len(animals) == 1 and animals[0].gift.date == "April"


def test_name_matching_rules() -> None:
    assert same_actor("Kim Jong Un", "Kim Jong-Un")
    assert same_actor("Vladamir Putin", "Vladimir Putin")
    assert same_actor("Mr Kozlov", "Alexander Kozlov")
    assert not same_actor("Kim Jong Un", "Kim Yo Jong")
    assert not same_actor("Moscow Zoo", "Pyongyang Zoo")
    assert not same_actor("Russia", "Prussia King")


def test_gift_groups_read_items_and_units_from_the_parse() -> None:
    f = facts()
    groups = gift_groups([f[1], f[3]])
    assert len(groups) == 1  # "bears" joins "brown bears": the one qualified group there is
    assert f[2].reading is not None and f[2].reading.unit == "species"
    assert f[0].reading is not None and f[0].reading.unit is None


def test_one_thing_given_to_two_people_is_two_gifts() -> None:
    a = "Mongolia has gifted Barron Trump with a horse."
    b = "In 2011, Vice President Joe Biden was given a horse."
    c = "Mongolia gave a horse."  # no person receives it here: it joins the gift most articles state
    d = "Barron Trump was given a horse by Mongolia."
    facts = [gift(x, t, t, "horse", 1, "a") for x, t in (("a", a), ("b", b), ("c", c), ("d", d))]
    result = merge(facts)
    assert [(g.gift.recipient, [s.article_id for s in g.sources]) for g in result.gifts] == [
        ("Barron Trump", ["a", "c", "d"]),
        ("Joe Biden", ["b"]),
    ]
    assert len(merge([facts[0], facts[3]]).gifts) == 1  # one person: one gift
    e, f = "Recep Erdogan was given a horse.", "Tayyip Erdogan was given a horse."  # one surname: not told apart
    assert len(merge([gift("e", e, e, "horse", 1, "a"), gift("f", f, f, "horse", 1, "a")]).gifts) == 1


def test_an_article_stating_two_values_is_shown_contradicting_itself() -> None:
    (conflict,) = [c for c in merge(facts()).conflicts if c.kind == "military"]
    assert conflict.contradicting_articles == ["c"]
    twelve = next(v for v in conflict.values if v.value == "12,000")
    assert twelve.wordings == ["Up to 12,000"] and twelve.claimants == ["officials"]
    eight = next(v for v in conflict.values if v.value == "8,000")
    assert eight.claimants == ["the article itself"]


def test_values_equal_once_qualifiers_are_read_are_no_disagreement() -> None:
    text = "Russia sent more than 70 animals. It sent 70 animals."
    result = merge(
        [
            gift("a", text, "Russia sent more than 70 animals", "animals", 70),
            gift("b", text, "It sent 70 animals", "animals", 70),
        ]
    )
    assert result.conflicts == [] and len(result.gifts) == 1 and len(result.gifts[0].sources) == 2


def test_different_kinds_of_bear_never_meet() -> None:
    text = "It sent two black bears. It sent three brown bears."
    result = merge(
        [
            gift("a", text, "It sent two black bears", "black bears", 2),
            gift("b", text, "It sent three brown bears", "brown bears", 3),
        ]
    )
    assert result.conflicts == []


def test_a_projection_and_an_army_size_never_meet_a_deployment() -> None:
    text = (
        "Up to 12,000 troops were sent to Russia. Its deployment could increase to as many as 100,000 troops. "
        "North Korea has an army with 1.2 million soldiers."
    )
    facts_ = [
        troops("a", text, "Up to 12,000 troops were sent to Russia", 12000),
        troops("b", text, "Its deployment could increase to as many as 100,000 troops", 100000),
        troops("c", text, "North Korea has an army with 1.2 million soldiers", 1200000),
    ]
    assert merge(facts_).conflicts == []


def test_every_grounded_fact_survives_the_merge() -> None:
    all_facts = facts()
    result = merge(all_facts)
    cited = {
        (s.article_id, s.start, s.end)
        for group in (result.gifts, result.military, result.actors)
        for m in group
        for s in m.sources
    }
    assert {(f.source.article_id, f.source.start, f.source.end) for f in all_facts} <= cited


@settings(max_examples=40, deadline=None)
@given(st.permutations(list(range(13))))
def test_order_of_facts_does_not_change_the_result(order: list[int]) -> None:
    base = facts()
    assert merge([base[i] for i in order]) == merge(base)


def test_merge_is_idempotent_over_duplicated_input() -> None:
    assert merge(facts() + facts()) == merge(facts())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.sampled_from([8000, 10000, 12000])), min_size=1, max_size=6))
def test_a_disagreement_always_has_different_values_each_held_by_its_sources(picks: list[tuple[str, int]]) -> None:
    facts_ = []
    for article, figure in picks:
        text = f"Officials say {figure:,} troops were sent."
        facts_.append(troops(article, text, text, figure))
    for conflict in merge(facts_).conflicts:
        values = [v.value for v in conflict.values]
        assert len(set(values)) == len(values) >= 2
        for value in conflict.values:
            for s in value.sources:
                assert (s.article_id, int(value.value.replace(",", ""))) in picks


def test_actors_merge_across_scripts_but_not_across_people_sharing_a_surname() -> None:
    text = "Владимир Путин spoke. Vladimir Putin smiled. Kim Jong Un waved. Kim Yo Jong left."
    result = merge([
        actor("a", text, "Владимир Путин spoke", "Владимир Путин"),
        actor("b", text, "Vladimir Putin smiled", "Vladimir Putin"),
        actor("a", text, "Kim Jong Un waved", "Kim Jong Un"),
        actor("b", text, "Kim Yo Jong left", "Kim Yo Jong"),
    ])  # fmt: skip
    clusters = sorted(sorted([a.name, *a.aliases]) for a in result.actors)
    assert clusters == [["Kim Jong Un"], ["Kim Yo Jong"], ["Vladimir Putin", "Владимир Путин"]]


def test_an_actor_is_named_by_a_latin_spelling_where_an_article_has_one() -> None:
    from summariser.names import in_latin_script

    assert in_latin_script("José Martí") and not in_latin_script("Џо Бајден")
    texts = {"a": "Џо Бајден ги пречека.", "b": "Џо Бајден зборуваше.", "c": "Joe Biden spoke."}
    names = {"a": "Џо Бајден", "b": "Џо Бајден", "c": "Joe Biden"}
    (merged,) = merge([actor(k, text, text, names[k]) for k, text in texts.items()]).actors
    assert (merged.name, merged.aliases) == ("Joe Biden", ["Џо Бајден"])


def test_an_actor_no_article_writes_in_latin_letters_is_romanised_too() -> None:
    text = "Иван Гершкович беше ослободен."
    (merged,) = merge([actor("a", text, text, "Иван Гершкович")]).actors
    assert (merged.name, merged.romanised) == ("Иван Гершкович", "Ivan Gershkovich")


def test_a_car_read_in_russian_joins_the_english_cars_whatever_adjective_names_russia() -> None:
    from summariser.facts import GroundedFact
    from summariser.lang.xx.fallback import read
    from summariser.schemas import Gift

    from .factories import source

    en_a = "Putin gave Kim 2 Russia-produced cars on Sunday, state media said."
    en_b = "Putin gave Kim 2 Russian-made cars, state media said."
    ru = "Путин подарил Ким Чен Ыну 2 автомобиля российского производства."
    model_said = Gift(
        item="Aurus", quantity=2, quantity_text="2", giver=None, recipient=None, from_institution=None,
        to_institution=None, transport=None, date=None, evidence=ru,
    )  # fmt: skip
    read_ru = read(model_said, ru, "", language="ru")
    assert read_ru is not None
    russian = GroundedFact("gifts", read_ru[0], source("c", ru, ru), reading=read_ru[1])
    result = merge([gift("a", en_a, en_a, "Russia-produced cars", 2), gift("b", en_b, en_b, "cars", 2), russian])
    (cars,) = result.gifts
    assert [s.article_id for s in cars.sources] == ["a", "b", "c"] and cars.gift.quantity == 2
    assert result.conflicts == []


def test_a_source_naming_the_item_without_its_number_stands_beside_the_one_number() -> None:
    a = "Putin gave Kim a car. It was a Russian-made limousine."
    b = "Putin also gave Kim the car, the agency said."
    c = "Putin gave Kim 2 cars."
    stated = gift("a", a, "Putin gave Kim a car", "car", 1, "a")
    unstated = gift("b", b, "Putin also gave Kim the car", "car", None)
    (car,) = merge([stated, unstated]).gifts
    assert [s.article_id for s in car.sources] == ["a"] and [s.article_id for s in car.unstated] == ["b"]
    two_numbers = [stated, unstated, gift("c", c, "Putin gave Kim 2 cars", "cars", 2, "2")]
    result = merge(two_numbers)
    assert all(not g.unstated for g in result.gifts)  # where the numbers differ, no number is the one
    assert len([g for g in result.gifts if g.gift.quantity is None]) == 1


def test_an_undated_gift_joins_the_one_dated_gift_of_its_item_and_number() -> None:
    a = "In June, Kim gave Putin a pair of Pungsan dogs."
    b = "Kim gave Putin two Pungsan dogs in return."
    c = "In April, Russia sent 40 animals. Russia has sent 70 animals now."
    dated = gift("a", a, "In June, Kim gave Putin a pair of Pungsan dogs", "Pungsan dogs", 2, "a pair")
    undated = gift("b", b, "Kim gave Putin two Pungsan dogs in return", "Pungsan dogs", 2, "two")
    (dogs,) = merge([dated, undated]).gifts
    assert [s.article_id for s in dogs.sources] == ["a", "b"]
    april = gift("c", c, "In April, Russia sent 40 animals", "animals", 40, "40")
    now = gift("c", c, "Russia has sent 70 animals now", "animals", 70, "70")
    assert len(merge([april, now]).gifts) == 2  # another number: another gift


def test_a_checked_english_spelling_names_an_actor_but_never_joins_or_parts_one() -> None:
    texts = {"mk": "Камала Харис ги пречека.", "ru": "Иван Гершкович вернулся.", "en": "Evan Gershkovich spoke."}
    facts = [actor(i, t, t, t.split(" ", 2)[0] + " " + t.split(" ", 2)[1]) for i, t in texts.items()]
    spellings = {"Камала Харис": "Kamala Harris", "Иван Гершкович": "Ivan Gershkovitch"}
    actors = {a.name: a for a in merge(facts, spellings).actors}
    assert actors["Kamala Harris"].aliases == ["Камала Харис"] and actors["Kamala Harris"].romanised is None
    evan = actors["Evan Gershkovich"]  # the articles' Latin spelling outweighs the model's, and stays one actor
    assert evan.aliases == ["Иван Гершкович"] and {s.article_id for s in evan.sources} == {"ru", "en"}
    assert [a.name for a in merge(facts).actors if "Харис" in a.name] == ["Камала Харис"]  # without: as written


def test_each_form_of_a_name_is_listed_with_the_articles_writing_it() -> None:
    texts = {
        "en": "President Vladimir Putin spoke.",
        "ru": "Пресс-секретарь Владимира Путина заявил.",
        "it": "Putin ha detto che tutto va bene.",
    }
    facts = [actor(i, t, t, "Vladimir Putin") for i, t in texts.items()]  # the model's English name for all three
    (putin,) = merge(facts).actors
    forms = {s.text: [src.article_id for src in s.sources] for s in putin.spellings}
    assert forms == {"Vladimir Putin": ["en"], "Владимира Путина": ["ru"], "Putin": ["it"]}


def test_a_name_its_sentence_does_not_show_is_listed_as_the_model_gave_it() -> None:
    (biden,) = merge([actor("a", "The president spoke.", "The president spoke.", "Joe Biden")]).actors
    assert [(s.text, [src.article_id for src in s.sources]) for s in biden.spellings] == [("Joe Biden", ["a"])]


def test_a_body_named_in_english_by_translation_is_listed_as_its_sentence_writes_it() -> None:
    texts = {"de": "Das Verkehrsministerium begrüßte die Lieferung.", "en": "The Transport Ministry welcomed it."}
    facts = [actor(i, t, t, "Transport Ministry") for i, t in texts.items()]
    facts[0] = replace(facts[0], fact=facts[0].fact.model_copy(update={"written": "Verkehrsministerium"}))
    (ministry,) = merge(facts).actors
    forms = {s.text: [src.article_id for src in s.sources] for s in ministry.spellings}
    assert ministry.name == "Transport Ministry"
    assert forms == {"Verkehrsministerium": ["de"], "Transport Ministry": ["en"]}


def test_an_actor_is_headed_by_a_spelling_an_article_writes_before_the_models_rendering() -> None:
    greek, latin = "Ο Βίκτορ Όρμπαν μίλησε. Ο Βίκτορ Όρμπαν έφυγε.", "Viktor Orbán spoke."
    facts = [
        actor("a", greek, "Ο Βίκτορ Όρμπαν μίλησε", "Viktor Órmpan"),  # the model's rendering, written nowhere
        actor("a", greek, "Ο Βίκτορ Όρμπαν έφυγε", "Viktor Órmpan"),
        actor("b", latin, "Viktor Orbán spoke", "Viktor Orbán"),
    ]
    (orban,) = merge(facts).actors
    assert orban.name == "Viktor Orbán" and "Viktor Órmpan" in orban.aliases
