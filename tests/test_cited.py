"""Cited entries as facts (verify/cited.py): the sentence a number names is the evidence."""

from summariser.schemas import Actor
from summariser.verify.cited import fact_of, words_in
from summariser.verify.numbered import Numbered

TEXT = "The Pentagon's initiative pays for it. Officials said so."


def test_an_actor_name_loses_the_json_a_small_model_ran_into_it() -> None:
    numbers = Numbered(TEXT, [(0, 38), (39, 57)])
    actor = fact_of("actors", (1, 'Ukraine Security Assistance Initiative (USAI)",', None, None, 2), numbers)
    assert isinstance(actor, Actor)
    assert actor.name == "Ukraine Security Assistance Initiative (USAI)"
    assert actor.evidence == "The Pentagon's initiative pays for it." and actor.said == "Officials said so."


def test_an_actor_of_an_article_not_in_english_keeps_its_name_as_written_beside_its_english() -> None:
    numbers = Numbered(TEXT, [(0, 38), (39, 57)], "de")
    body = fact_of("actors", (1, "Verkehrsministerium", "Transport Ministry", "ministry", None, 2), numbers)
    assert isinstance(body, Actor)
    assert (body.name, body.written, body.role) == ("Transport Ministry", "Verkehrsministerium", "ministry")
    assert body.said == "Officials said so."
    same = fact_of("actors", (1, "Anna Berzina", "Anna Berzina", None, None, None), numbers)
    assert isinstance(same, Actor) and same.written is None and same.said is None


def test_a_term_in_quotation_marks_is_not_what_someone_said() -> None:
    assert words_in("Le président a parlé d'une « diplomatie du cheval » devant la presse.") == (
        "Le président a parlé d'une « diplomatie du cheval » devant la presse."
    )  # three words in marks: a term; the sentence is left for the checks of reported speech
    assert words_in("« Nous sommes des amis de longue date », a-t-il dit.") == "Nous sommes des amis de longue date"
