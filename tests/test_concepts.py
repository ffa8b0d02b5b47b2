"""Things by what they are across languages (lang/concepts.py), from the emoji package's CLDR names."""

import pytest

from summariser.lang.concepts import english, thing, things_in


@pytest.mark.parametrize(
    ("word", "code"),
    [("car", "en"), ("cars", "en"), ("automobile", "en"), ("автомобиля", "ru"), ("auto", "it"),
     ("voiture", "fr"), ("coche", "es"), ("자동차", "ko")],
)  # fmt: skip
def test_words_for_a_car_in_six_languages_name_one_thing(word: str, code: str) -> None:
    assert thing(word, code) == thing("car", "en") is not None


def test_inflected_words_name_their_thing_by_lemma() -> None:
    dog = thing("dog", "en")
    assert dog is not None and english(dog) == "dog"
    assert thing("cani", "it") == thing("собак", "ru") == thing("chiens", "fr") == thing("Hunde", "de") == dog
    assert thing("медведей", "ru") == thing("orsi", "it") == thing("bears", "en") != dog


def test_a_word_of_many_names_names_none_and_a_zodiac_sign_is_no_animal() -> None:
    assert thing("морда", "ru") is None  # "face" in "морда медведя", a bear's face
    assert thing("lions", "fr") == thing("lion", "en")  # French "lion" is also Leo, which is left out
    assert english(thing("lions", "fr") or "") == "lion"


def test_things_without_an_emoji_are_unknown_not_guessed() -> None:
    assert thing("pheasants", "en") is None and thing("fagiani", "it") is None
    assert thing("승용차", "ko") is None  # the passenger car of Korean news: not the emoji's word
    assert thing("auto", "zh") is None  # Chinese and Japanese write no spaces between words


def test_things_in_a_text_with_the_word_as_written() -> None:
    found = things_in("Путин подарил лидеру КНДР автомобиль российского производства и двух собак.", "ru")
    assert found == {thing("car", "en"): "автомобиль", thing("dog", "en"): "собак"}


def test_a_lemma_that_is_another_word_is_not_taken() -> None:
    assert thing("африканский", "ru") is None  # simplemma gives "слон" (elephant) for "African"
    assert thing("слонов", "ru") == thing("elephants", "en") is not None
