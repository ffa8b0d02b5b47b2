"""French read by its reader (lang/fr/reader.py: spaCy fr_core_news_sm): persons and organisations by
NER with their offsets, gifts by the parse, each item with its own number; never a place, a headline's
words, a possession, a question, a condition or a supply of arms."""

from summariser.facts import GroundedFact
from summariser.kinds.actor.finders.abroad import proper_names
from summariser.kinds.gift.finders.abroad import gifts_abroad
from summariser.lang.fr.reader import CHECKS
from summariser.lang.registry import reader_for
from summariser.load.articles import Article
from summariser.schemas import Actor, Gift, Source
from summariser.verify.checks import described

READER = reader_for("fr")


def names(sentence: str) -> list[tuple[str, int, int, str]]:
    assert READER is not None
    return [(sentence[n.start : n.end], n.start, n.end, n.label) for n in READER.names(sentence)]


def gifts(sentence: str) -> list[tuple[str, int | None, str | None]]:
    assert READER is not None
    found = READER.gifts(sentence)
    assert all(sentence[g.start : g.end] == g.noun for g in found)
    return [(g.lemma, g.value, g.written) for g in found]


def article(text: str) -> Article:
    return Article(id="fr", text=text, language="fr", languages=("fr",))


def test_persons_and_organisations_have_their_exact_offsets_and_places_are_left_out() -> None:
    sentence = "Le président français Emmanuel Macron a rencontré jeudi à Lyon les dirigeants de l'entreprise Renault."
    assert names(sentence) == [("Emmanuel Macron", 22, 37, "person"), ("Renault", 94, 101, "organisation")]
    quoted = "Selon l'Agence France-Presse, la chancelière allemande Angela Merkel a salué l'accord."
    assert names(quoted) == [("Agence France-Presse", 8, 28, "organisation"), ("Angela Merkel", 55, 68, "person")]


def test_a_hyphenated_given_name_is_one_name_and_a_title_is_none() -> None:
    sentence = "Le Kremlin a annoncé que Vladimir Poutine recevrait Kim Jong-un à Moscou."
    assert [n for n, *_ in names(sentence)] == ["Vladimir Poutine", "Kim Jong-un"]
    assert names("La délégation a été reçue par le Premier ministre.") == []  # a title, no proper noun


def test_countries_and_a_headline_give_no_actor() -> None:
    assert names("La France et l'Allemagne ont signé un traité à Berlin.") == []
    text = "Macron Offre Deux Chevaux Au Président Mongol\n\nLe président a remercié Emmanuel Macron pour ce cadeau."
    actors = [f.fact.name for f in proper_names(article(text), []) if isinstance(f.fact, Actor)]
    assert actors == ["Emmanuel Macron"]  # the body's name once; the headline's capitals name no one


def test_each_listed_gift_has_its_own_number() -> None:
    assert gifts("Le roi a offert trois faucons, deux chevaux et un tapis au président tchadien.") == [
        ("faucon", 3, "trois"),
        ("cheval", 2, "deux"),
        ("tapis", 1, "un"),
    ]
    assert gifts("Le sultan a remis à son hôte quinze faucons et 250 dattiers.") == [
        ("faucon", 15, "quinze"),
        ("dattier", 250, "250"),
    ]


def test_a_gift_received_or_given_by_a_participle_or_a_light_verb_is_read() -> None:
    assert gifts("Le ministre a reçu en cadeau deux chiens de berger.") == [("chien", 2, "deux")]
    assert gifts("Le président conduit une voiture offerte par la ville.") == [("voiture", 1, "une")]
    assert gifts("Le roi a fait cadeau d'une voiture au président.") == [("voiture", 1, "une")]
    assert gifts("Le roi lui a fait don de deux chevaux.") == [("cheval", 2, "deux")]
    assert gifts("Les cadeaux comprenaient un tapis, deux vases et trois faucons.") == [
        ("tapis", 1, "un"),
        ("vase", 2, "deux"),
        ("faucon", 3, "trois"),
    ]


def test_no_gift_in_a_possession_a_question_a_condition_a_negation_or_a_wish() -> None:
    assert gifts("Le président, qui possède déjà quarante chevaux, a visité les écuries royales.") == []
    assert gifts("Que peut-on offrir à un président qui possède déjà tout ?") == []
    assert gifts("Si le roi avait offert deux chevaux, la presse en aurait parlé.") == []
    assert gifts("Le roi offrirait deux chevaux au président.") == []  # the conditional, which the model reads
    assert gifts("Le roi n'a pas offert de chevaux au président.") == []
    assert gifts("Le roi veut offrir deux chevaux au président.") == []
    assert gifts("Le roi offrait deux chevaux au président chaque année.") == [("cheval", 2, "deux")]


def test_arms_and_troops_are_no_gift() -> None:
    assert gifts("Paris a donné 30 canons et 5 000 obus à Kiev.") == []
    assert gifts("Le gouvernement a remis 12 blindés et 300 soldats à l'armée malienne.") == []
    assert gifts("La Russie a donné des milliers de conteneurs de munitions à son allié.") == []


def test_an_article_s_gifts_come_in_english_where_the_thing_is_known_and_the_checks_are_listed() -> None:
    text = "Visite d'État\n\nLe roi a offert deux chevaux et 25 faisans au président tchadien."
    found = [(f.fact.item, f.fact.quantity, f.source.quote) for f in gifts_abroad(article(text), [])]
    body = text.split("\n\n")[1]
    assert found == [("horse", 2, body), ("faisans", 25, body)]  # no emoji names a pheasant: as written
    assert all(isinstance(f.fact, Gift) for f in gifts_abroad(article(text), []))
    assert CHECKS in described(article(text))


def test_a_body_the_model_named_in_english_is_not_added_again_as_written() -> None:
    text = "Le Zoo Reçoit Des Rennes\n\nLe ministère japonais des Affaires étrangères a salué le cadeau de la Norvège."
    found = [f.fact.name for f in proper_names(article(text), [])]
    assert found == ["ministère japonais des Affaires étrangères"]  # what the NLP layer adds alone
    model = Actor(
        name="Japan Ministry of Foreign Affairs", written="ministère japonais des Affaires étrangères", role=None,
        organisation=None, country=None, said=None, evidence=text.split("\n\n")[1],
    )  # fmt: skip
    start = text.index(model.evidence)
    where = Source(
        article_id="fr", quote=model.evidence, start=start, end=start + len(model.evidence), alignment="exact",
        origin="model", score=100.0,
    )  # fmt: skip
    grounded = [GroundedFact("actors", model, where)]
    assert proper_names(article(text), grounded) == []
