"""Names in Korean text by Kiwi's proper nouns (lang/ko/korean.py), and what they become in a brief."""

from summariser.kinds.actor.finders.abroad import proper_names
from summariser.lang.ko.korean import is_korean_place, name_of, proper_nouns
from summariser.load.articles import Article
from summariser.names import cluster_names


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in proper_nouns(text)]


def test_people_and_organisations_are_found_without_their_particles_and_titles() -> None:
    text = "보도에 따르면 박정천 노동당 비서와 김여정 부부장이 선물을 받았다고 조선중앙통신이 밝혔습니다."
    assert names(text) == ["박정천", "노동당", "김여정", "조선중앙통신"]


def test_a_foreign_name_of_two_words_is_one_name_and_a_korean_name_is_never_joined_to_the_next() -> None:
    assert names("러시아의 블라디미르 푸틴 대통령이 선물했다.") == ["블라디미르 푸틴"]  # Vladimir is also a city
    assert names("박정천 노동당 비서가 받았다.") == ["박정천", "노동당"]


def test_countries_cities_and_one_syllable_names_are_no_names() -> None:
    assert names("북한과 러시아, 한국과 미국이 평양에서 만났다. 북러 관계가 깊어졌다.") == []
    assert is_korean_place("러시아") and is_korean_place("북한") and is_korean_place("평양")
    assert not is_korean_place("조선중앙통신")


def test_a_make_before_the_noun_of_its_thing_is_no_name() -> None:
    assert "아우루스" not in names("이 차는 아우루스 자동차라고 밝혔습니다.")


def test_a_model_name_keeps_the_name_at_its_head_without_the_titles_after_it() -> None:
    assert name_of("박정천 노동당 비서") == "박정천"
    assert name_of("드미트리 페스코프 러시아 크렘린궁 대변인") == "드미트리 페스코프"
    assert name_of("러시아 대통령") == "러시아 대통령"  # no name opens it: left as written


def test_a_korean_article_alone_gets_its_actors_and_a_surname_alone_joins_its_full_name() -> None:
    text = (
        "푸틴, 김정은에 승용차 선물\n\n"
        "러시아의 블라디미르 푸틴 대통령이 김정은 위원장에게 승용차를 선물했다고 조선중앙통신이 밝혔습니다."
    )
    article = Article(id="ko", text=text, language="ko", languages=("ko",))
    found = [f.fact.name for f in proper_names(article, [])]
    assert set(found) == {"푸틴", "김정은", "블라디미르 푸틴", "조선중앙통신"}
    assert ["블라디미르 푸틴", "푸틴"] in cluster_names(found)
    assert ["김정은"] in cluster_names(found)
