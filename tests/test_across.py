"""Names grounded in one article found in another article of the run, in any script or spelling
(link/across.py), and never where code cannot justify the match."""

from dataclasses import replace

from summariser.facts import GroundedFact
from summariser.kinds.actor.finders.english import nlp_actors
from summariser.lang.en import nlp
from summariser.link.across import known_names, names_across
from summariser.load.articles import Article
from summariser.schemas import Actor

from .factories import actor


def english(text: str) -> tuple[Article, list[GroundedFact]]:
    article = Article(id="en", text=text, language="en", languages=("en",))
    return article, nlp_actors(article, 0, text, [])


def across(text: str, language: str, names_from: str) -> list[tuple[str, str]]:
    _, facts = english(names_from)
    article = Article(id="other", text=text, language=language, languages=(language,))
    found = names_across(article, known_names(facts), [])
    assert all(text[f.source.start : f.source.end] == f.source.quote for f in found)
    return [(f.fact.name, f.source.quote) for f in found if isinstance(f.fact, Actor)]


def test_a_name_is_found_in_another_script_and_case() -> None:
    found = across(
        "Суд освободил Ивана Петрова.\nОн вернулся домой.", "ru", "Ivan Petrov was freed by a court on Monday."
    )
    assert found == [("Ivan Petrov", "Суд освободил Ивана Петрова.")]


def test_a_long_surname_alone_names_its_person() -> None:
    found = across("Il giornalista Gershenzon è libero.", "it", "Reporter Mikhail Gershenzon was freed on Monday.")
    assert found == [("Mikhail Gershenzon", "Il giornalista Gershenzon è libero.")]


def test_a_surname_two_people_of_the_run_share_needs_the_first_name() -> None:
    source = "Ivan Sokolov and his sister Olga Sokolov were freed on Monday."
    assert across("Соколов вернулся домой.", "ru", source) == []
    assert across("Ольга Соколов вернулась домой.", "ru", source) == [
        ("Olga Sokolov", "Ольга Соколов вернулась домой.")
    ]


def test_a_place_of_the_same_word_names_nobody_in_english() -> None:
    assert across("The plane landed in Washington at dawn.", "en", "Senator Tom Washington spoke on Monday.") == []


def test_an_actor_the_article_already_has_is_not_added_again() -> None:
    article, facts = english("Ivan Petrov was freed by a court on Monday.")
    assert names_across(article, known_names(facts), facts) == []


def test_a_surname_alone_that_the_articles_full_name_writes_is_not_added_again() -> None:
    other = "Lukashenka spoke. Alexander Lukashenko arrived."
    run = [actor("b", other, "Lukashenka spoke", "Lukashenka"), actor("b", other, other[18:], "Alexander Lukashenko")]
    article, facts = english("President Alexander Lukashenko arrived on Friday. Lukashenko smiled.")
    assert names_across(article, known_names(run), facts) == []  # "Lukashenka" would be found in "Lukashenko"
    assert [f.fact.name for f in names_across(article, known_names(run), [])] == ["Alexander Lukashenko", "Lukashenka"]


def test_a_given_name_alone_names_the_one_person_of_the_run_with_it() -> None:
    source = "Reporter Evan Gershkovich and Oleg Petrov were freed on Monday."
    sentence = "We welcome Evan, who was held for a year."
    assert across(sentence, "en", source) == [("Evan Gershkovich", sentence)]


def test_a_given_name_two_people_of_the_run_share_names_nobody() -> None:
    source = "Vladimir Kara-Murza was freed on Monday, and Vladimir Putin pardoned him."
    assert across("We welcome Vladimir, who was held for two years.", "en", source) == []


def test_one_name_written_in_two_scripts_is_one_person_whose_given_name_names_them() -> None:
    _, facts = english("Reporter Alsu Kurmasheva and Oleg Petrov were freed on Monday.")
    kurmasheva = next(f for f in facts if f.fact.name == "Alsu Kurmasheva")
    cyrillic = replace(kurmasheva, fact=kurmasheva.fact.model_copy(update={"name": "Алсу Курмашева"}))
    sentence = "We welcome Alsu, who was held for a year."
    article = Article(id="en2", text=sentence, language="en", languages=("en",))
    found = names_across(article, known_names([*facts, cyrillic]), [])
    assert [(f.fact.name, f.source.quote) for f in found] == [("Alsu Kurmasheva", sentence)]


def test_a_korean_name_is_found_where_a_hangul_word_opens_with_it_and_never_from_scattered_syllables() -> None:
    source = "North Korean leader Kim Jong Un met officials on Monday, and Pak Jong Chon welcomed them."
    found = across("조선중앙통신은 김정은에게 선물이 전달됐다고 밝혔습니다.", "ko", source)
    assert [name for name, _ in found] == ["Kim Jong Un"]
    # 김, 정 and 은 stand in the sentence, but in three words: no name
    assert across("김 씨는 정부가 준 상은 없다고 말했습니다.", "ko", source) == []
    assert [name for name, _ in across("박정천 비서가 받았습니다.", "ko", source)] == ["Pak Jong Chon"]


def test_a_foreign_name_is_found_where_hangul_writes_its_sounds() -> None:
    source = "Russian President Vladimir Putin met Vladimir Kara-Murza's lawyers on Monday."
    found = across("러시아의 블라디미르 푸틴 대통령이 선물을 보냈습니다.", "ko", source)
    assert [name for name, _ in found] == ["Vladimir Putin"]  # not Kara-Murza, who shares the given name
    assert across("러시아 대통령이 선물을 보냈습니다.", "ko", source) == []


def grounded_actor(article_id: str, name: str, text: str, quote: str) -> GroundedFact:
    """An actor grounded in an article, as the model's answer becomes one."""
    from .factories import source

    actor = Actor(name=name, role=None, organisation=None, country=None, said=None, evidence=quote)
    return GroundedFact("actors", actor, source(article_id, text, quote))


def test_a_name_the_run_has_only_in_hangul_is_found_where_another_script_writes_its_sounds() -> None:
    korean = "드미트리 페스코프 대변인이 말했습니다."
    model_named = grounded_actor("ko", "드미트리 페스코프 대변인", korean, korean)
    russian = Article(id="ru", text="Об этом заявил пресс-секретарь Дмитрий Песков.", language="ru", languages=("ru",))
    found = names_across(russian, known_names([model_named]), [])
    assert [(f.fact.name, f.source.quote) for f in found] == [("Дмитрий Песков", russian.text)]
    other = replace(russian, text="Об этом заявил Дмитрий Медведев.")
    assert names_across(other, known_names([model_named]), []) == []


def test_a_foreign_organisation_is_found_where_one_hangul_word_writes_its_sounds() -> None:
    source = "The Kremlin said the car was a gift, RIA Novosti reported. The UN said on Monday it was wrong."
    found = across("페스코프 크렘린궁 대변인은 리아노보스티 통신에 밝혔습니다.", "ko", source)
    assert {name for name, _ in found} >= {"Kremlin", "RIA Novosti"}
    # a short name's sounds open too many words: TASS is not heard in "타스크포스" (task force)
    tass = "TASS reported the gift on Monday."
    assert [f.fact.name for f in english(tass)[1]] == ["TASS"]
    assert across("타스크포스가 구성됐습니다.", "ko", tass) == []


def test_a_name_the_run_has_only_in_hangul_is_found_beside_the_article_s_other_actors() -> None:
    korean = "드미트리 페스코프 대변인이 말했습니다."
    model_named = grounded_actor("ko", "드미트리 페스코프", korean, korean)
    text = "Ким Чен Ын получил подарок. Об этом рассказал пресс-секретарь Дмитрий Песков."
    russian = Article(id="ru", text=text, language="ru", languages=("ru",))
    kim = grounded_actor("ru", "Ким Чен Ын", text, "Ким Чен Ын получил подарок.")
    found = names_across(russian, known_names([model_named]), [kim])
    assert [f.fact.name for f in found] == ["Дмитрий Песков"]  # its Hangul syllables are no words Kim's name holds


def test_a_name_is_found_with_a_hard_c_for_its_k_and_an_italian_ending() -> None:
    sentence = "Il Cremlino ha deciso di non commentare."
    assert across(sentence, "it", "The Kremlin said on Monday that it would not comment.") == [("Kremlin", sentence)]
    assert across("Il Cremona ha vinto.", "it", "The Kremlin said on Monday that it would not comment.") == []


def test_an_english_article_is_parsed_once_and_its_sentences_read_their_share_of_that_parse() -> None:
    source = "Reporter Evan Gershkovich and Senator Tom Washington met Paul Whelan on Monday."
    text = (
        "The freed men flew home overnight.\nEvan Gershkovich thanked the court.\n"
        "The plane landed in Washington at dawn.\nHis sister Elizabeth Whelan spoke to reporters."
    )
    article = Article(id="en3", text=text, language="en", languages=("en",))
    names = known_names(english(source)[1])
    misses = nlp.parse.cache_info().misses
    found = names_across(article, names, [])
    assert nlp.parse.cache_info().misses - misses == 1  # the article, never a sentence of it alone
    # a place (Washington) and a namesake (Elizabeth Whelan) read from the article's parse at their own offsets
    assert [(f.fact.name, f.source.quote) for f in found] == [
        ("Evan Gershkovich", "Evan Gershkovich thanked the court.")
    ]
