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


def test_a_continent_or_region_of_the_world_in_any_language_is_no_actor() -> None:
    assert country_like("Europe", "sk") and country_like("Európa", "sk") and country_like("Европа", "ru")
    assert country_like("Eastern Asia", "en") and country_like("Afrique", "fr")
    assert not country_like("European Union", "en") and not country_like("EU", "en")  # a body, not a region


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


def test_a_capital_or_large_city_in_any_language_is_no_actor_but_an_institution_is() -> None:
    from summariser.lang.places import city_named, major_city
    from summariser.lang.registry import checker_for

    for city in ("Moskau", "Téhéran", "Ашхабад", "평양", "Pechino", "Washington", "Vaduz"):
        assert major_city(city), city
    for name in ("White House", "Kremlin", "Élysée", "Pentagon", "Anadolu", "Reuters", "Vladimir Putin"):
        assert not major_city(name), name  # "White House" is one of geonames' other names of Casablanca
    said = "Moskau bestätigte am Montag den Besuch, und der Kreml sprach von einem Erfolg."
    for name, kept in (("Moskau", False), ("Kreml", True)):
        actor = Actor(name=name, role=None, organisation=None, country=None, said=None, evidence=said)
        assert (checker_for("de").read(actor, said, "") is not None) is kept, name
    english = "In Ashgabat, the president received the guests."
    ashgabat = Actor(name="Ashgabat", role=None, organisation=None, country=None, said=None, evidence=english)
    assert read(ashgabat, english, "") is None
    assert city_named("Austin", "Austin said the tanks would arrive.")
    assert not city_named("Austin", "Secretary Austin said the tanks would arrive.")  # a title: a person


def test_a_country_by_the_short_name_news_uses_in_its_language_is_no_actor() -> None:
    from summariser.lang.registry import checker_for

    for name, code in (("Rússia", "pt"), ("Russie", "fr"), ("Russland", "de"), ("Rusia", "es"), ("КНДР", "ru")):
        assert country_like(name, code), name  # the CLDR's short names (Babel), not pycountry's official ones
    sentence = "A Rússia confirmou a troca de prisioneiros nesta quinta-feira."
    russia = Actor(name="Rússia", role=None, organisation=None, country=None, said=None, evidence=sentence)
    assert checker_for("pt").read(russia, sentence, "") is None


def test_a_country_by_the_initials_of_its_name_in_the_language_is_no_actor() -> None:
    """Initials come from each language's own names of the countries (the CLDR's and pycountry's), written in
    capitals, three letters or more; English's from its short list, so that "IRA" stays an organisation."""
    assert country_like("САД", "mk") and country_like("ОАЕ", "mk")  # Соединети Американски Држави, ...
    assert country_like("EUA", "pt") and country_like("R.P.D.C.", "fr") and country_like("ФРГ", "ru")
    assert not country_like("Sejm", "fr")  # a word, not initials, though "SEJM" spells a name's
    for organisation in ("OTAN", "ONU", "UE", "AFP"):
        assert not country_like(organisation, "fr"), organisation
    assert not country_like("ТАСС", "ru") and not country_like("ANSA", "it") and not country_like("IRA", "en")


def test_a_country_with_an_article_before_it_is_a_country() -> None:
    assert (
        country_like("La Norvège", "fr") and country_like("Die Schweiz", "de") and country_like("The Netherlands", "en")
    )
    assert country_like("Los Estados Unidos", "es")
    assert not country_like("La Casa Blanca", "es") and not country_like("The Guardian", "en")
