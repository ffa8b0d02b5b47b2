"""Roles in other languages: the words beside the name, in English only where the lexicon checks it."""

import pytest

from summariser.lang.xx.roles_abroad import role_of

ERDOGAN = "Il presidente turco Recep Tayyip Erdogan ha annunciato l'accordo."
PESKOV_IT = "Il portavoce del presidente russo, Dmitri Peskov, ha detto che non ci sono commenti."
PESKOV_RU = "Пресс-секретарь президента России Дмитрий Песков заявил, что комментариев не будет."


@pytest.mark.parametrize("name", ["Recep Tayyip Erdogan", "Erdogan"])
def test_a_title_and_a_nation_are_put_into_english(name: str) -> None:
    assert role_of(name, ERDOGAN, None, "it") == "Turkish president"


def test_a_model_role_in_english_stands_when_each_word_translates_one_beside_the_name() -> None:
    assert role_of("Recep Tayyip Erdogan", ERDOGAN, "Turkish President", "it") == "Turkish President"
    assert role_of("Dmitry Peskov", PESKOV_IT, "spokesman for the Russian president", "it") == (
        "spokesman for the Russian president"
    )
    assert role_of("Dmitry Peskov", PESKOV_RU, "Russian presidential press secretary", "ru") == (
        "Russian presidential press secretary"
    )


def test_a_model_role_that_drops_the_phrase_s_title_is_not_taken() -> None:
    # "portavoce del presidente russo" names a spokesman: "Russian president" is another man's title
    assert role_of("Dmitry Peskov", PESKOV_IT, "Russian president", "it") == "portavoce del presidente russo"


def test_a_model_role_with_words_the_sentence_does_not_hold_falls_back_to_the_words_as_written() -> None:
    assert role_of("Dmitry Peskov", PESKOV_RU, "Kremlin spokesman", "ru") == "Пресс-секретарь президента России"


def test_a_qualifier_that_changes_the_title_must_be_kept() -> None:
    sentence = "Tra loro l'ex marine statunitense Paul Whelan."
    assert role_of("Paul Whelan", sentence, "U.S. Marine", "it") == "former U.S. marine"


def test_the_role_of_another_person_in_the_sentence_is_not_taken() -> None:
    sentence = "Il presidente turco Erdogan e il giornalista Evan Gershkovich si sono visti."
    assert role_of("Evan Gershkovich", sentence, "Turkish journalist", "it") == "journalist"
    assert role_of("Erdogan", sentence, None, "it") == "Turkish president"


def test_a_phrase_after_a_comma_is_a_role_and_names_of_bodies_may_stand_in_it() -> None:
    sentence = "Evan Gershkovich, giornalista del Wall Street Journal, è stato liberato."
    assert role_of("Evan Gershkovich", sentence, "Wall Street Journal reporter", "it") == (
        "Wall Street Journal reporter"
    )
    assert role_of("Evan Gershkovich", sentence, None, "it") == "giornalista del Wall Street Journal"


def test_a_role_before_a_comma_ahead_of_the_name_counts_in_spanish() -> None:
    sentence = "El presidente ucraniano, Volodímir Zelenski, agradeció a Biden."
    assert role_of("Volodymyr Zelensky", sentence, None, "es") == "Ukrainian president"


@pytest.mark.parametrize(
    "sentence",
    [
        "Secondo fonti vicine, Evan Gershkovich è libero.",  # no title beside the name
        "Evan Gershkovich ha ringraziato il presidente turco.",  # the title is someone else's, after a verb
        "Il giornalista ha detto che il suo collega Gershkovich è libero.",  # "collega" is no title
    ],
)
def test_no_role_where_no_title_stands_beside_the_name(sentence: str) -> None:
    assert role_of("Evan Gershkovich", sentence, "journalist", "it") is None


def test_no_role_in_a_language_without_a_lexicon() -> None:
    assert role_of("Vladimir Putin", "Президентът Владимир Путин каза.", "President", "bg") is None


@pytest.mark.parametrize(
    ("name", "sentence", "code"),
    [
        ("The Wall Street Journal", "Освобождены журналиста The Wall Street Journal Эвана Гершковича.", "ru"),
        ("Cremlino", "Lo ha detto il portavoce del Cremlino.", "it"),
    ],
)
def test_a_title_before_a_name_that_qualifies_another_is_not_that_name_s(name: str, sentence: str, code: str) -> None:
    assert role_of(name, sentence, None, code) is None


def test_titles_joined_before_names_joined_give_no_one_a_role() -> None:
    sentence = "Ги пречекаа американскиот претседател и потпретседателка Џо Бајден и Камала Харис."
    assert role_of("Joe Biden", sentence, "vice president", "mk") is None
    assert role_of("Kamala Harris", sentence, None, "mk") is None
