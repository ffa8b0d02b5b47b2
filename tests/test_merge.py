from hypothesis import given, settings
from hypothesis import strategies as st

from summariser.merge import gift_group_key, gift_quantity, merge, same_actor

from .factories import actor, gift, troops

A = "Russia sent 25 pheasants and two bears. Up to 12,000 troops were sent, officials say. Kim Jong Un met Putin."
B = "It sent 25 species of pheasants and two brown bears. Over 10,000 troops are in Kursk. Kim Jong-Un smiled."
C = "In April it sent 40 animals. Some 8,000 soldiers went, and 10,000 troops deployed. Vladamir Putin spoke."


def facts() -> list:  # type: ignore[type-arg]
    return [
        gift("a", A, "Russia sent 25 pheasants", "pheasants", 25, "25"),
        gift("a", A, "two bears", "bears", 2, "two"),
        gift("b", B, "It sent 25 species of pheasants", "pheasants", 25, "25 species of"),
        gift("b", B, "two brown bears", "brown bears", 2, "two"),
        gift("c", C, "In April it sent 40 animals", "animals", 40, "40", date="April"),
        troops("a", A, "Up to 12,000 troops were sent", 12000, "officials"),
        troops("b", B, "Over 10,000 troops are in Kursk", 10000),
        troops("c", C, "Some 8,000 soldiers went", 8000),
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


def test_group_key_and_quantity_units() -> None:
    f = facts()
    assert gift_group_key(f[1].fact, "two bears") == gift_group_key(f[3].fact, "two brown bears") == "bear|"
    assert gift_quantity(f[2].fact, "25 species of pheasants") == "25 species"
    assert gift_quantity(f[0].fact, "25 pheasants") == "25"


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
