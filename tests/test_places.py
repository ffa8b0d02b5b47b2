"""Countries and cities told from actors (lang/places.py), in English and in an article's language."""

from summariser.lang.en.reading import read
from summariser.lang.places import country_like, is_place
from summariser.schemas import Actor


def test_countries_by_name_initials_or_a_typo_and_organisations_are_none() -> None:
    assert country_like("DPRK", "en") and country_like("U.S.", "en") and country_like("Ukraine", "en")
    assert country_like("Estados Unidos", "es") and country_like("Estados UInidos", "es")  # a typo
    assert country_like("Stati Uniti", "it") and is_place("ankara", "tr")
    for organisation in ("NATO", "Kremlin", "UN Security Council", "Rodong Sinmun", "CBS News", "IRA"):
        assert not country_like(organisation, "en"), organisation


def test_a_country_the_parser_tags_as_an_organisation_is_no_actor() -> None:
    sentence = "The DPRK said the gift showed the special ties between the two leaders."
    dprk = Actor(name="DPRK", role=None, organisation=None, country=None, said=None, evidence=sentence)
    assert read(dprk, sentence, "") is None


def test_a_country_and_the_adjective_formed_from_it_are_one_place() -> None:
    from summariser.lang.places import country_of

    assert country_of("russia") == country_of("russian") == "russia"
    assert country_of("german") == "germany" and country_of("chinese") == "china" and country_of("iraqi") == "iraq"
    assert country_of("iranian") == "iran"  # not Iraq, which shares three letters
    for word in ("siberian", "brown", "persian", "mandarin", "cub", "polar"):
        assert country_of(word) is None, word
