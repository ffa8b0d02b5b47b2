"""Hostile names (issue 30, classes 1 and 10): a namesake never credited on a shared surname, a name
written with look-alike letters of another script read as the name it imitates, and name matching that
grows with the words read, not with names times words."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser import names
from summariser.kinds.actor.finders.english import nlp_actors
from summariser.link import across
from summariser.link.across import known_names, names_across
from summariser.load.articles import Article
from summariser.merge import merge
from summariser.names import cluster, cluster_names, fold_name, person_keys, romanised, same_person, unconfused
from summariser.schemas import Actor

from .factories import actor

PINNED = Path(__file__).parent / "data" / "names" / "clusters_pinned.json"


def credited(text: str, language: str, names_from: str) -> list[str]:
    """The names of the run (grounded by the parser in `names_from`) that `text` is credited with."""
    source = Article(id="en", text=names_from, language="en", languages=("en",))
    article = Article(id="other", text=text, language=language, languages=(language,))
    found = names_across(article, known_names(nlp_actors(source, 0, names_from, [])), [])
    return [f.fact.name for f in found if isinstance(f.fact, Actor)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Anna Ivanova spoke to reporters on Tuesday.", "en"),
        ("Анна Иванова вернулась домой во вторник.", "ru"),
        ("Anna Ivanova ha parlato ai giornalisti martedì.", "it"),
    ],
)
def test_a_namesake_with_another_given_name_is_never_credited(text: str, language: str) -> None:
    assert "Ivan Ivanova" not in credited(text, language, "Ivan Ivanova was freed on Monday.")


def test_a_given_name_is_never_read_in_the_surname_nor_in_another_name_of_the_sentence() -> None:
    both = "Ivan Ivanova and Anna Ivanova were freed on Monday."
    assert credited("Anna Ivanova spoke to reporters on Tuesday.", "en", both) == ["Anna Ivanova"]
    assert credited("Reporters met Olga Petrova and Ivan Smirnov.", "en", "Ivan Petrova was freed on Monday.") == []


def test_the_person_is_still_found_by_full_name_surname_alone_or_another_script() -> None:
    source = "Ivan Ivanova was freed on Monday."
    assert credited("Ivan Ivanova spoke to reporters on Tuesday.", "en", source) == ["Ivan Ivanova"]
    alone = credited("On Tuesday, the court heard Mr Gershenzon again.", "en", "Mikhail Gershenzon was freed.")
    assert alone == ["Mikhail Gershenzon"]
    assert credited("Суд освободил Ивана Иванову.", "ru", source) == ["Ivan Ivanova"]
    assert credited("Поранешниот затвореник Иванова зборуваше.", "mk", source) == ["Ivan Ivanova"]
    # Macedonian writes Evan's initial E as "И": the given name in another script is his
    gershkovich = "Reporter Evan Gershkovich was freed on Monday."
    assert credited("Иван Гершкович пристигна во САД.", "mk", gershkovich) == ["Evan Gershkovich"]
    assert cluster_names(["Putin", "Vladimir Putin", "Ivanova", "Ivan Ivanova"]) == [
        ["Ivan Ivanova", "Ivanova"],  # one full name with the surname: a bare surname joins it
        ["Putin", "Vladimir Putin"],
    ]
    assert ["Ivanova"] in cluster_names(["Ivanova", "Ivan Ivanova", "Anna Ivanova"])  # two: it joins neither


def test_a_surname_two_people_share_goes_to_the_one_the_run_is_about_and_only_to_them() -> None:
    names = ["Macron", "Emmanuel Macron", "Brigitte Macron"]
    assert cluster_names(names, {"Emmanuel Macron": 10, "Brigitte Macron": 4, "Macron": 2}) == [
        ["Brigitte Macron"],
        ["Emmanuel Macron", "Macron"],  # mentioned 2.5 times as often: news writes the surname alone for him
    ]
    assert ["Macron"] in cluster_names(names, {"Emmanuel Macron": 5, "Brigitte Macron": 4})  # no one principal
    assert ["Macron"] in cluster_names(names)  # no counts: as before, it joins neither
    assert ["Ivan Ivanova"] in cluster_names(["Ivan Ivanova", "Anna Ivanova"], {"Ivan Ivanova": 9, "Anna Ivanova": 1})


def test_a_brief_credits_no_namesake(tmp_path: Path) -> None:
    from summariser.quality import nlp_only

    (tmp_path / "a.txt").write_text("Freed\n\nIvan Ivanova, a teacher from Omsk, was freed on Monday.\n")
    (tmp_path / "b.txt").write_text("Lawyer\n\nAnna Ivanova, a lawyer, spoke to reporters in Moscow on Tuesday.\n")
    brief = nlp_only(sorted(tmp_path.glob("*.txt")))
    sources = {a.name: {s.article_id for s in a.sources} for a in brief.actors}
    assert sources.get("Ivan Ivanova") == {"a"} and sources.get("Anna Ivanova") == {"b"}


# ---- look-alike letters ---------------------------------------------------------------------------

HOMOGLYPH_PUTIN = "Vl\u0430dimir \u0420utin"  # a Cyrillic "а" and "Р" among Latin letters


def test_a_name_with_look_alike_letters_of_another_script_is_the_name_it_imitates() -> None:
    assert unconfused(HOMOGLYPH_PUTIN) == "Vladimir Putin" and fold_name(HOMOGLYPH_PUTIN) == ("vladimir", "putin")
    assert unconfused("\u041fy\u0442\u0438\u043d") == "Путин"  # a Latin "y" in a Cyrillic word
    assert unconfused("Ρutin") == "Putin"  # a Greek capital rho
    assert unconfused("Kara-Мурза") == "Kara-Мурза"  # two words, each in one script: nothing to fold
    assert unconfused("Gro\u00dfmann") == "Großmann" and unconfused("Jos\u00e9") == "José"
    assert same_person(HOMOGLYPH_PUTIN, "Vladimir Putin") and romanised(HOMOGLYPH_PUTIN) == "Vladimir Putin"
    assert cluster_names([HOMOGLYPH_PUTIN, "Vladimir Putin", "Путин"]) == [["Vladimir Putin", HOMOGLYPH_PUTIN, "Путин"]]


def test_a_look_alike_name_joins_the_real_one_in_the_brief_and_its_quote_stays_as_written() -> None:
    real = "Vladimir Putin spoke on Monday."
    fake = f"{HOMOGLYPH_PUTIN} spoke on Tuesday."
    merged = merge([actor("a", real, real, "Vladimir Putin"), actor("b", fake, fake, HOMOGLYPH_PUTIN)])
    assert len(merged.actors) == 1
    putin = merged.actors[0]
    assert putin.name == "Vladimir Putin" and putin.romanised is None
    assert {s.article_id: s.quote for s in putin.sources} == {"a": real, "b": fake}
    alone = merge([actor("b", fake, fake, HOMOGLYPH_PUTIN)]).actors[0]
    assert alone.romanised == "Vladimir Putin"  # never "Rutin"


# ---- the same clusters as before, found by key ----------------------------------------------------


def test_clusters_of_the_seeds_and_the_development_set_are_unchanged() -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))
    for run, case in pinned.items():
        assert cluster_names(case["names"]) == case["clusters"], run


NAMES = [n for case in json.loads(PINNED.read_text(encoding="utf-8")).values() for n in case["names"]] + [
    *("Kim Jong-un", "Ким Чен Ыну", "김정은", "Kim Jongun", "Владимиром Путиным", "Иван Гершкович", "Еван Гершкович"),
    *("Evan Gershkovich", "Carl Sandberg", "Karl Sandberg", "Poutine", "Putina", "Путину", "Jung", "Yong Nam"),
    *("Pak Jong Chon", "Пак Чон Чхон", "박정천 노동당 비서", "Dmitri Peskov", "드미트리 페스코프 대변인", "Пол Вилан"),
]


@given(st.sampled_from(NAMES) | st.text(max_size=12), st.sampled_from(NAMES) | st.text(max_size=12))
def test_two_names_of_one_person_always_share_a_key(a: str, b: str) -> None:
    if same_person(a, b):
        assert names.compared_with_all(a) or names.compared_with_all(b) or person_keys(a) & person_keys(b)


def test_every_pair_the_rules_join_shares_a_key() -> None:
    for a in NAMES:
        for b in NAMES:
            if same_person(a, b) and not (names.compared_with_all(a) or names.compared_with_all(b)):
                assert person_keys(a) & person_keys(b), (a, b)


# ---- cost at scale -----------------------------------------------------------------------------------

GIVEN = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Fyodor", "Galina", "Hector", "Irina", "Jonas"]
SURNAMES = [f"{a}{b}ov" for a in ("Bar", "Dal", "Ker", "Mol", "Pet", "Sok", "Tur", "Vol") for b in ("ach", "en", "ik")]


def people(count: int) -> list[str]:
    """`count` distinct people: given names times surnames, the surnames made long enough to stand alone."""
    made = [f"{g} {s}{suffix}" for suffix in ("", "in", "sky", "ich") for s in SURNAMES for g in GIVEN]
    return made[:count]


def counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    """Count the calls of a real function of a module (it still runs)."""
    calls = [0]
    real = getattr(module, name)

    def counted(*args: str) -> bool:
        calls[0] += 1
        return bool(real(*args))

    monkeypatch.setattr(module, name, counted)
    return calls


def test_clustering_compares_a_name_only_with_the_clusters_it_may_join(monkeypatch: pytest.MonkeyPatch) -> None:
    crowd = people(600)
    calls = counting(monkeypatch, cluster, "same_person")  # where cluster_names calls it
    clusters = cluster_names(crowd)
    assert len(clusters) == 600  # 600 people, none joined on a shared surname
    assert calls[0] < 10 * len(crowd)  # every pair would be 179,700


def test_finding_the_run_s_names_in_an_article_looks_words_up(monkeypatch: pytest.MonkeyPatch) -> None:
    crowd = people(400)
    text = "\n".join(f"On Monday {name} met reporters in the capital." for name in crowd[::8])
    facts = [actor("src", n, n, n) for n in crowd]
    article = Article(id="x", text=text, language="it", languages=("it",))
    calls = counting(monkeypatch, across, "same_word")
    found = {f.fact.name for f in names_across(article, known_names(facts), []) if isinstance(f.fact, Actor)}
    assert found == set(crowd[::8])
    assert calls[0] < 20 * len(crowd)  # every name word against every word: about 400 x 50 x 6
