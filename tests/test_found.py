"""What the NLP layer finds on its own (kinds/actor/finders/english.py): people by name, title or list, organisations
that act or speak, and no place, credit line or first name of someone already named; head counts
of people as "other" claims, casualties only where people were harmed."""

from summariser.kinds.actor.finders.english import nlp_actors
from summariser.kinds.military.finders.english import nlp_claims
from summariser.lang.en import nlp
from summariser.load.articles import Article
from summariser.merge import merge
from summariser.schemas import Actor, MilitaryClaim


def actors(text: str) -> list[str]:
    article = Article(id="x", text=text, language="en", languages=("en",))
    found = nlp_actors(article, 0, text, [])
    assert all(text[f.source.start : f.source.end] == f.source.quote for f in found)
    return sorted(f.fact.name for f in found if isinstance(f.fact, Actor))


def test_a_name_after_a_title_is_a_person_whatever_the_parser_tags_it() -> None:
    text = "Officials met Chancellor Scholz on Monday. Later, the Spanish Prime Minister, Sanchez, arrived in Oslo."
    assert [n.text for n in nlp.titled_names(text)] == ["Scholz", "Sanchez"]
    assert {"Scholz", "Sanchez"} <= set(actors(text))


def test_a_lone_word_said_once_without_a_title_is_no_person() -> None:
    assert "Lima" not in actors("The delegation flew on to Lima, where talks resumed.")


def test_organisations_that_act_speak_or_are_institutions_are_actors_and_others_only_mentioned_are_not() -> None:
    text = (
        "The Kremlin said the talks were over. The deal was first reported by The Wall Street Journal. "
        "According to Reuters, the plane landed at dawn. Hundreds of people in the Interior Ministry worked on it. "
        "She once wrote a column for Bloomberg before the war."
    )
    found = actors(text)
    assert {"Kremlin", "Wall Street Journal", "Reuters", "Interior Ministry"} <= set(found)
    assert "Bloomberg" not in found


def test_an_organisation_speaking_through_its_report_or_spokesman_acts_and_its_initials_are_its_name() -> None:
    text = (
        "A 2021 U.N. report highlighted an attempted shipment of luxury cars. "
        "The Pentagon's statement said the tanks would arrive in spring. "
        "A Reuters photo showed the port."
    )
    found = actors(text)
    assert {"U.N.", "Pentagon"} <= set(found)
    assert "Reuters" not in found  # a photo is no voice: only mentioned
    assert "U.S." not in actors("A U.S. report said the deal was done.")  # initials of a country stay no actor


def test_the_owner_of_an_organisation_is_one_and_a_country_is_not() -> None:
    assert actors("The tanks would be paid for through the Pentagon's Ukraine Security Assistance Initiative.") == [
        "Pentagon"
    ]
    assert actors("Officials at the Democratic People's Republic of Korea said no.") == []
    sister = "She is vice director of the Central Committee of the Workers' Party of Korea, the newspaper said."
    assert "Workers" not in actors(sister)  # a plural possessive is part of the name it stands in


def test_a_country_the_parser_tags_as_an_organisation_stays_no_actor() -> None:
    assert "Ukraine" not in actors("Ukraine said on Tuesday that the shelling had stopped.")


def test_an_acronym_after_its_organisation_is_not_a_second_actor() -> None:
    found = actors("The Department of Energy (DoE) announced new rules. DoE said they start in May.")
    assert found.count("Department of Energy") == 1 and "DoE" not in found


def test_a_name_said_once_only_to_qualify_a_thing_is_no_person() -> None:
    text = "Putin invited him to climb into the back seat of his presidential Aurus Senat limousine."
    assert "Aurus Senat" not in actors(text)
    assert "Aurus Senat" in actors(text + " Aurus Senat later confirmed the sale.")  # said again: a name of its own


def test_places_credits_and_clock_times_are_not_people() -> None:
    text = "Gene Hackman landed at John Glenn International Airport at 9 P.M. EDT. AP Photo shows him waving."
    found = actors(text)
    assert "Gene Hackman" in found
    assert not any(w in name for name in found for w in ("Airport", "P.M.", "Photo"))


def test_a_first_name_of_someone_already_named_is_not_another_person() -> None:
    text = "Maria Kolesnikova was freed on Friday. Maria thanked her lawyers, and Maria's sister wept."
    assert actors(text) == ["Maria Kolesnikova"]


def claims(text: str) -> list[tuple[str, int | None, str]]:
    article = Article(id="x", text=text, language="en", languages=("en",))
    found = nlp_claims(article, 0, text, [])
    return sorted(
        (f.fact.claim_type, f.fact.figure, f.fact.subject) for f in found if isinstance(f.fact, MilitaryClaim)
    )


def test_head_counts_of_people_are_other_claims_and_never_casualties_without_harm() -> None:
    text = "The deal freed 14 prisoners, including four Canadians and six Belgian citizens."
    assert claims(text) == [("other", 4, "Canadians"), ("other", 6, "Belgian citizens"), ("other", 14, "prisoners")]


def test_people_harmed_are_casualties() -> None:
    assert claims("The strike killed 12 people near the market.") == [("casualties", 12, "people")]


def test_two_head_counts_of_different_people_are_no_disagreement() -> None:
    text = "Officials said 14 prisoners were freed. Among them were four Canadians and six Belgian citizens."
    article = Article(id="x", text=text, language="en", languages=("en",))
    assert merge(nlp_claims(article, 0, text, [])).conflicts == []


def test_card_holders_are_counted_people() -> None:
    from summariser.kinds.military.finders.english import nlp_claims
    from summariser.load.articles import Article
    from summariser.schemas import MilitaryClaim

    text = "Today, three American citizens and one green card holder held in Russia are coming home."
    article = Article(id="x", text=text, language="en", languages=("en",))
    found = [f.fact for f in nlp_claims(article, 0, text, []) if isinstance(f.fact, MilitaryClaim)]
    assert sorted((c.claim_type, c.figure) for c in found) == [("other", 1), ("other", 3)]


def test_a_number_whose_noun_is_left_out_counts_the_people_counted_before_it() -> None:
    text = "The deal freed 16 prisoners, including five Germans, in return for eight held in America and Poland."
    assert claims(text) == [("other", 5, "Germans"), ("other", 8, "prisoners"), ("other", 16, "prisoners")]
    article = Article(id="x", text=text, language="en", languages=("en",))
    assert merge(nlp_claims(article, 0, text, [])).conflicts == []  # eight held is not a second count of the freed


def test_a_left_out_noun_is_read_only_for_head_counts() -> None:
    text = "The United States has committed hundreds of armored vehicles to Ukraine, including more than 500 last week."
    assert claims(text) == [("arms", None, "armored vehicles")]  # an amount in words, and no figure of 500


def test_others_beside_a_person_are_people() -> None:
    assert claims("The agreement also freed Vladimir Kara-Murza and twelve others held inside Russia.") == [
        ("other", 12, "others")
    ]
    assert claims("The convoy carried four tanks and twelve others.") == [("arms", 4, "tanks")]  # no 12 people


def test_weapons_a_sentence_says_were_sent_with_no_number_are_an_arms_claim_without_a_figure() -> None:
    assert claims("Officials say the North has shipped weapons to Moscow for its war.") == [("arms", None, "weapons")]
    assert ("arms", None, "artillery shells") in claims(
        "North Korea has sent thousands of troops to Russia, along with artillery shells and missiles."
    )
    assert claims("Russia has been accused of using missiles against civilians.") == []  # used, not supplied
    assert claims("The U.S. will send 31 tanks to Ukraine.") == [("arms", 31, "tanks")]  # counted: one claim
