"""Names the run gives to animals and things are no actors (lang/en/acting.names_of_things, link/named.py)."""

from summariser.facts import ArticleFacts
from summariser.lang.en.acting import names_of_things
from summariser.link.named import drop_named_things
from summariser.load.articles import Article
from tests.factories import actor


def test_a_name_given_to_an_animal_or_a_thing_is_read_but_not_one_given_to_a_person() -> None:
    assert names_of_things("Mongolia gave Barron Trump a horse, which has been named Victory.") == ["Victory"]
    assert names_of_things("The horse has been named ‘Victory’ and will remain in Mongolia.") == ["Victory"]
    assert names_of_things("Biden was given a horse, which he named “Celtic.”") == ["Celtic"]
    assert names_of_things("Russia sent a dog named Gomi to Japan.") == ["Gomi"]
    assert names_of_things("The ship was renamed Admiral Kuznetsov.") == ["Admiral Kuznetsov"]
    assert names_of_things("A man named John Smith was arrested.") == []  # a man is a person
    assert names_of_things("A boy named Tom visited the zoo.") == []
    assert names_of_things("Putin named Sergei Shoigu defence minister.") == []  # named to a post: no thing


def test_the_run_drops_such_a_name_as_an_actor_in_every_article_and_says_why() -> None:
    english = "Mongolia gave Barron Trump a horse, which has been named Victory. Barron Trump thanked Mongolia."
    french = "L'animal, baptisé Victory, restera en Mongolie, a dit Stephanie Grisham."
    articles = {
        "en": Article(id="en", text=english, language="en", languages=("en",)),
        "fr": Article(id="fr", text=french, language="fr", languages=("fr",)),
    }
    results = [
        ArticleFacts("en", [actor("en", english, english.split(". ")[1], "Barron Trump")]),
        ArticleFacts("fr", [actor("fr", french, french, "Victory"), actor("fr", french, french, "Stephanie Grisham")]),
    ]
    drop_named_things(results, articles)
    assert [f.fact.name for r in results for f in r.facts] == ["Barron Trump", "Stephanie Grisham"]
    (dropped,) = results[1].rejected
    assert (dropped.what, dropped.rule, results[1].dropped) == ("Victory", "link.named_thing", 1)
