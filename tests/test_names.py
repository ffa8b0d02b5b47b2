"""Person names across spellings and scripts, and never two people who only share a surname."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summariser.names import (
    cluster_names,
    fold_name,
    romanised,
    same_person,
    skeleton,
    spelled_alike,
    spelling_variant,
)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Владимир Путин", ("vladimir", "putin")),
        ("Президент Владимир Путин", ("vladimir", "putin")),
        ("Russian President Vladimir Putin", ("russian", "vladimir", "putin")),
        ("President Vladimir Putin", ("vladimir", "putin")),
        ("Kim Jong-Un", ("kim", "jong", "un")),
        ("José Martínez", ("jose", "martinez")),
        ("M. Emmanuel Macron", ("emmanuel", "macron")),
        ("Präsident Frank-Walter Steinmeier", ("frank", "walter", "steinmeier")),
        ("Sergueï Choïgou", ("serguei", "choigou")),
        ("Александр Козлов", ("aleksandr", "kozlov")),
        ("Дональд Трамп", ("donald", "tramp")),  # the soft sign splits no word
        ("Си Цзиньпин", ("si", "tszinpin")),
        ("O’Brien", ("o", "brien")),
        ("Kim Jong-un’s", ("kim", "jong", "un")),
        ("Putin's", ("putin",)),
        ("김정은", ("gim", "jeong", "eun")),
        ("Mr.", ()),
        ("", ()),
    ],
)
def test_fold_name(name: str, folded: tuple[str, ...]) -> None:
    assert fold_name(name) == folded


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Владимир Путин", "Vladimir Putin"),
        ("Vladamir Putin", "Vladimir Putin"),
        ("Vladimir Poutine", "Vladimir Putin"),
        ("President Putin", "Vladimir Putin"),
        ("Putin", "Владимир Путин"),
        ("Kim Jung Un", "Kim Jong Un"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Kim Jongun", "Kim Jong Un"),
        ("Aleksandr Kozlov", "Alexander Kozlov"),
        ("Александр Козлов", "Alexander Kozlov"),
        ("Дмитрий Песков", "Dmitri Peskov"),
        ("Сергей Шойгу", "Sergei Shoigu"),
        ("José Martínez", "Jose Martinez"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Mohamed Salah", "Mohammed Salah"),
        ("Yoon Suk-yeol", "Yoon Suk Yeol"),
        ("Choe Son Hui", "Choe Son-hui"),
        ("Kim Young Nam", "Kim Yong Nam"),
        ("Dmitri Peskov", "Dmitriy Peskov"),
        ("Ким Чен Ыну", "Ким Чен Ын"),  # dative
        ("Владимиром Путиным", "Владимир Путин"),  # instrumental
        ("Иван Гершкович", "Evan Gershkovich"),  # Macedonian VOA writes Evan's initial E as "И"
        ("Еван Гершкович", "Evan Gershkovich"),
        ("Carl Sandberg", "Karl Sandberg"),  # a hard c is a k
        ("Дональд Трамп", "Donald Trump"),
        ("Си Цзиньпин", "Xi Jinping"),  # pinyin and the Palladius system's Cyrillic
        ("Ли Цян", "Li Qiang"),
        ("Βίκτορ Όρμπαν", "Viktor Orbán"),  # Greek writes a foreign b as "μπ"
        ("Ερντογάν", "Recep Tayyip Erdoğan"),  # and a d as "ντ"
        ("Κωνσταντίνος Τασούλας", "Konstantinos Tasoulas"),  # its own "nt" as written
        ("Alexandre Loukachenko", "Alexander Lukashenko"),  # French "ch" and "ou" for English "sh" and "u"
        ("Alexandr Lukašenko", "Alexander Lukashenko"),  # Slovak "š"
        ("Alexander Lukaschenko", "Alexander Lukashenko"),  # German "sch"
    ],
)
def test_one_person_across_spellings_and_scripts(a: str, b: str) -> None:
    assert same_person(a, b) and same_person(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim Jong Un", "Kim Yo Jong"),  # siblings
        ("Kim Jong Un", "Kim Jong Il"),  # son and father
        ("Kim Jong Un", "Kim Jong Nam"),  # half-brothers
        ("Kim Jung Un", "Kim Yo Jong"),
        ("Kim", "Kim Jong Un"),  # a family name alone, said first: ambiguous
        ("Alexander Kozlov", "Alexei Kozlov"),
        ("Jan Smith", "Jon Smith"),
        ("Jan Smith", "Joan Smith"),
        ("Joan Smith", "Jean Smith"),
        ("Alexander Kozlov", "Alexandra Kozlova"),
        ("Александр Козлов", "Александра Козлова"),  # his genitive or her name: only a parse can tell
        ("Kim Jong Unu", "Kim Jong Un"),  # case endings only in Cyrillic
        ("Maria Rossi", "Mario Rossi"),
        ("Sergei Ivanov", "Sergio Ivanov"),
        ("Mark Kelly", "Mike Kelly"),
        ("George W. Bush", "George H. W. Bush"),
        ("George Bush", "George W. Bush"),  # a middle initial may be what tells two people apart
        ("Vladimir Putin", "Vladimir Zelensky"),
        ("Lee", "Jae-myung Lee"),  # a short surname alone is too common
        ("Chen Wei", "Shen Wei"),
        ("Си Цзиньпин", "Xi Jinpeng"),
        ("Ван И", "Wang Yi"),  # Chinese sounds alike, but too short to tell a person
        ("Ivan Gershkovich", "Evan Gershkovich"),  # one script: two given names
        ("Иван Петров", "Evan Petrov"),  # a common surname: Ivan may be another man
        ("Иван Гершкович", "Oleg Gershkovich"),
        ("Ирина Гершкович", "Elena Gershkovich"),  # the given names differ past the initial
        ("", "Putin"),
        ("President", "President"),
    ],
)
def test_different_people_never_match(a: str, b: str) -> None:
    assert not same_person(a, b) and not same_person(b, a)


def test_spelling_variants_and_skeletons() -> None:
    assert skeleton("poutine") == skeleton("putin") == "ptn"
    assert skeleton("aleksandr") == skeleton("alexander") == "alxndr"
    assert spelling_variant("jung", "jong") and spelling_variant("sergei", "sergey")
    assert spelling_variant("erdoghan", "erdogan")  # Georgian's ღ is romanised "gh" ("ერდოღანი"), Turkish's ğ "g"
    assert (
        not spelling_variant("jan", "jon") and not spelling_variant("un", "il") and not spelling_variant("yo", "jong")
    )
    assert not spelling_variant("alexander", "alexandra") and not spelling_variant("kozlov", "kozlova")


def test_clusters_two_kims_apart_and_a_shared_bare_surname_alone() -> None:
    names = ["Kim Jong Un", "Kim Jung Un", "Ким Чен Ын", "Kim Yo Jong", "Kim", "Putin", "Vladimir Putin",
             "Владимир Путин", "Alexander Kozlov", "Pavel Kozlov", "Kozlov", "Akulova", "Svetlana Akulova"]  # fmt: skip
    assert cluster_names(names) == [
        ["Akulova", "Svetlana Akulova"],
        ["Alexander Kozlov"],
        ["Kim"],
        ["Kim Jong Un", "Kim Jung Un"],
        ["Kim Yo Jong"],
        ["Kozlov"],  # two Kozlovs: the bare surname joins neither
        ["Pavel Kozlov"],
        ["Putin", "Vladimir Putin", "Владимир Путин"],
        ["Ким Чен Ын"],  # "Kim Chen Yn": a transliteration too far from the customary spelling
    ]


def test_cyrillic_renderings_cluster_with_their_latin_spellings() -> None:
    names = ["Xi Jinping", "Си Цзиньпин", "Donald Trump", "Дональд Трамп", "Трамп", "Emmanuel Macron"]
    assert cluster_names(names) == [
        ["Donald Trump", "Дональд Трамп", "Трамп"],
        ["Emmanuel Macron"],
        ["Xi Jinping", "Си Цзиньпин"],
    ]


def test_greek_renderings_cluster_with_their_latin_spellings() -> None:
    names = ["Βίκτορ Όρμπαν", "Viktor Orbán", "Ερντογάν", "Recep Tayyip Erdoğan", "Ντόναλντ Τραμπ", "Donald Trump"]
    assert cluster_names(names) == [
        ["Donald Trump", "Ντόναλντ Τραμπ"],
        ["Recep Tayyip Erdoğan", "Ερντογάν"],
        ["Viktor Orbán", "Βίκτορ Όρμπαν"],
    ]


def test_a_name_written_family_name_first_is_the_same_person() -> None:
    assert same_person("Battulga Khaltmaa", "Khaltmaa Battulga") and same_person("Orbán Viktor", "Viktor Orbán")
    assert not same_person("Ali Hassan", "Hassan Ali")  # "Ali": too short to tell a family name
    assert not same_person("Battulga Khaltmaa", "Khaltmaa Smith")
    assert cluster_names(["Khaltmaa Battulga", "Battulga Khaltmaa", "Hassan Ali", "Ali Hassan"]) == [
        ["Ali Hassan"],
        ["Battulga Khaltmaa", "Khaltmaa Battulga"],
        ["Hassan Ali"],
    ]


def test_a_name_with_middle_initials_joins_the_name_without_them_where_no_other_initials_compete() -> None:
    assert cluster_names(["Donald H. Rumsfeld", "Donald Rumsfeld", "Chuck Hagel"]) == [
        ["Chuck Hagel"],
        ["Donald H. Rumsfeld", "Donald Rumsfeld"],
    ]
    # father and son: "George Bush" could be either, so nothing joins
    assert cluster_names(["George W. Bush", "George H. W. Bush", "George Bush"]) == [
        ["George Bush"],
        ["George H. W. Bush"],
        ["George W. Bush"],
    ]


def test_a_chain_of_near_spellings_does_not_join_two_people() -> None:
    # each neighbour is a spelling variant of the next, the ends are not: complete linkage keeps them apart
    names = ["Mohamed Salah", "Mohammed Salah", "Muhammad Salah", "Mahmoud Salah"]
    assert same_person("Mohamed Salah", "Mohammed Salah")
    clusters = cluster_names(names)
    for a, b in [(a, b) for c in clusters for a in c for b in c]:
        assert same_person(a, b)  # every two names in a cluster match directly, not through a third


GIVEN = ["Alexander", "Pavel", "Sergei", "Jong Un", "Yo Jong", "Jong Il", "Maria", "Svetlana", "Dmitri", "Olga"]
SURNAMES = ["Kim", "Kozlov", "Ivanova", "Smith", "Lavrov"]
VARIANTS = [
    *("Vladimir Putin", "Vladamir Putin", "Владимир Путин", "Vladimir Poutine", "Putin", "Kim Jong Un", "Kim Jung Un"),
    *("Kim Jong-un", "Kim Yo Jong", "Kim", "Alexander Kozlov", "Александр Козлов", "Kozlov"),
]


@given(st.sampled_from(GIVEN), st.sampled_from(GIVEN), st.sampled_from(SURNAMES))
def test_different_given_names_with_one_surname_are_never_merged(g1: str, g2: str, surname: str) -> None:
    a, b = (
        f"{surname} {g1}" if surname == "Kim" else f"{g1} {surname}",
        f"{surname} {g2}" if surname == "Kim" else f"{g2} {surname}",
    )
    if g1 != g2:
        assert not same_person(a, b)
        assert not any({a, b} <= set(c) for c in cluster_names([a, b, surname]))


@given(st.lists(st.sampled_from(VARIANTS) | st.text(max_size=20), max_size=8))
def test_clustering_is_symmetric_and_order_free(names: list[str]) -> None:
    for a in names:
        for b in names:
            assert same_person(a, b) == same_person(b, a)
    assert cluster_names(names) == cluster_names(list(reversed(names)))
    clustered = [n for c in cluster_names(names) for n in c]
    assert sorted(clustered) == sorted({n.strip() for n in names if fold_name(n)})


def test_english_names_match_their_cyrillic_renderings_sound_by_sound() -> None:
    assert same_person("Paul Whelan", "Пол Вилан") and same_person("Joe Biden", "Џо Бајден")
    assert same_person("Joe Biden", "Джо Байден") and same_person("Kamala Harris", "Камала Харис")
    assert same_person("Elizabeth Whelan", "Елизабет Вилан")
    assert not same_person("Paul Whelan", "Елизабет Вилан") and not same_person("Jan Smith", "Jon Smith")


def test_a_korean_name_in_hangul_is_its_romanised_person_and_no_other() -> None:
    assert same_person("박정천 노동당 비서", "Pak Jong-chon")  # the name, then the titles
    assert same_person("Kim Jong Un", "김정은") and same_person("김여정", "Kim Yo-jong")
    assert not same_person("김여정", "Kim Jong Un") and not same_person("김정은", "Kim")


def test_a_korean_name_in_cyrillic_is_the_person_of_its_latin_spelling_in_any_case() -> None:
    assert same_person("Ким Чен Ын", "Kim Jong Un") and same_person("Ким Чен Ыну", "Kim Jong-un")
    assert same_person("Ким Чен Ына", "Ким Чен Ыну")  # genitive and dative: "-а" is a case ending here
    assert same_person("Ким Ё Чжон", "Kim Yo-jong") and same_person("Пак Чон Чхон", "Pak Jong Chon")
    assert same_person("Ким Чен Ир", "Kim Jong Il") and same_person("Мун Чжэ Ин", "Moon Jae-in")
    # the family shares a surname and syllables: never one person
    assert not same_person("Ким Чен Ир", "Kim Jong Un") and not same_person("Ким Чен Ын", "Kim Yo Jong")
    assert not same_person("Ким Ё Чжон", "Kim Jong Un") and not same_person("Ким Чен Ын", "Kim Jong Nam")
    assert not same_person("Козлова", "Козлов")  # outside a Korean name "-а" still makes another name


def test_cyrillic_korean_keys_only_for_three_words_of_one_syllable() -> None:
    from summariser.names import cyrillic_korean_keys

    assert cyrillic_korean_keys("Ким Чен Ыну") == cyrillic_korean_keys("Ким Чен Ын") == {"kim-jon-un"}
    assert cyrillic_korean_keys("Дмитрий Песков") == set() and cyrillic_korean_keys("Жан Поль Сартр") != set()
    assert not same_person("Жан Поль Сартр", "Jean Paul Sartre")  # shaped like one, keyed apart: no match


def test_a_korean_name_in_hangul_is_the_person_of_its_cyrillic_spelling() -> None:
    assert same_person("박정천 노동당 비서", "Пак Чон Чхон") and same_person("김정은", "Ким Чен Ыну")
    assert not same_person("김여정", "Ким Чен Ын")


def test_a_foreign_name_in_hangul_is_its_latin_or_cyrillic_spelling_by_sound() -> None:
    from summariser.names import hangul_sound_key, sound_key

    assert hangul_sound_key("블라디미르") == sound_key("vladimir")  # 블 and 르: Hangul's added vowel left out
    assert hangul_sound_key("페스코프") == sound_key("peskov")
    assert same_person("드미트리 페스코프 러시아 크렘린궁 대변인", "Dmitry Peskov")  # titles after the name
    assert same_person("드미트리 페스코프 대변인", "Дмитрий Песков")
    assert same_person("블라디미르 푸틴 대통령", "Vladimir Putin")
    assert not same_person("블라디미르 푸틴 대통령", "Vladimir Kara-Murza")
    assert not same_person("드미트리 페스코프 대변인", "Dmitry Medvedev")


def test_a_korean_given_name_alone_joins_the_one_person_it_belongs_to() -> None:
    clusters = cluster_names(["Kim Yo-jong", "Yo Jong", "Kim Jong Un", "Ким Ё Чжон", "Kim Jong Il"])
    assert ["Kim Yo-jong", "Yo Jong", "Ким Ё Чжон"] in clusters and ["Kim Jong Il"] in clusters
    assert ["Yo Jong"] in cluster_names(["Yo Jong", "Kim Yo Jong", "Pak Yo Jong"])  # two people: neither
    assert ["Maria Garcia"] in cluster_names(["Maria Garcia", "Ana Maria Garcia"])  # not a Korean name


def test_one_hangul_word_joins_the_one_person_or_body_whose_sounds_it_writes() -> None:
    assert same_person("푸틴", "Vladimir Putin") and same_person("푸틴", "블라디미르 푸틴")
    assert same_person("리아노보스티", "РИА Новости")  # a name of two words, written as one Hangul word
    assert not same_person("푸틴", "Lyudmila Putina") and not same_person("유엔", "Yu En")  # too short to tell
    clusters = cluster_names(["푸틴", "Vladimir Putin", "블라디미르 푸틴", "휠런", "Paul Whelan", "Elizabeth Whelan"])
    assert ["Vladimir Putin", "블라디미르 푸틴", "푸틴"] in clusters
    assert ["휠런"] in clusters  # Whelan alone fits two people: joined to neither


def test_a_hangul_name_is_romanised_word_by_word_with_its_syllables_run_together() -> None:
    assert romanised("김정은") == "Gimjeongeun"
    assert romanised("블라디미르 푸틴") == "Beulladimileu Putin"
    assert romanised("Иван Гершкович") == "Ivan Gershkovich"


@pytest.mark.parametrize(
    ("written", "english", "alike"),
    [
        ("Камала Харис", "Kamala Harris", True),  # kh as h, a doubled letter single
        ("Volodimir Zelenski", "Volodymyr Zelensky", True),  # y as i
        ("Дмитрий Песков", "Dmitry Peskov", True),
        ("Юлия Навальная", "Yulia Navalnaya", True),  # the soft sign's apostrophe splits no word
        ("Иван Гершкович", "Ivan Gershkovitch", True),  # one letter apart in a long word
        ("블라디미르 푸틴", "Boris Johnson", False),  # a guess, not a spelling
        ("Пол Вилан", "Pol Vilen", False),  # one letter apart in a short word
        ("Ким Чен Ын", "Kim Jong Un", False),
        ("Агентство Анадолу", "Anadolu Agency", False),  # a translation
        ("Vladimir Putin", "Putin", False),  # another number of words
    ],
)
def test_an_english_spelling_is_the_same_name_spelt_otherwise(written: str, english: str, alike: bool) -> None:
    assert spelled_alike(written, english) is alike
