"""lang/en/parties.py: the giver and the recipient of a thing, from the English parse of its sentence."""

import pytest

from summariser.lang.en.parties import parties
from summariser.lang.en.reading import GIVE_VERBS

GIVING = GIVE_VERBS


@pytest.mark.parametrize(
    ("sentence", "item", "giver", "recipient"),
    [
        ("Russia sends over 70 animals to Pyongyang Zoo amid closer ties", "animals", "Russia", "Pyongyang Zoo"),
        ("Russia sent over 70 exotic animals, including an African lion, to North Korea.", "African lion",
         "Russia", "North Korea"),  # past the participle that names a part of the thing given
        ("Berdimuhamedov gave Putin an Alabai puppy on his birthday.", "puppy", "Berdimuhamedov", "Putin"),
        ("Two bears were given to Kim Jong Un by Russia.", "bears", "Russia", "Kim Jong Un"),  # the passive's agent
        ("Kim Jong Un received a puppy from Turkmenistan.", "puppy", "Turkmenistan", "Kim Jong Un"),  # receiving
        ("During a trip in 2011, Vice President Joe Biden was given a horse.", "horse", None, "Joe Biden"),  # passive
        ("Mongolia's government has gifted Barron Trump with a horse.", "horse", None, "Barron Trump"),  # "with"
        ("Putin was presented with a puppy.", "puppy", None, "Putin"),
        ("A puppy was given to Kim.", "puppy", None, "Kim"),  # the thing itself is the passive's subject
        ("Prime Minister of Hungary Viktor Orban gave a horse to the President of Türkiye, Recep Erdogan.", "horse",
         "Viktor Orban", "Recep Erdogan"),  # a title names the person its phrase names
        ("The king gave a horse to the mother of John Smith.", "horse", None, None),  # a mother is no title
        ("The ministry sent three tigers to the zoo.", "tigers", None, None),  # common nouns name no party
        ("The delivery included an African lion and two bears.", "bears", None, None),  # no verb of giving
        ("Two bears were seen near the border.", "bears", None, None),
    ],
)  # fmt: skip
def test_the_parties_of_a_verb_of_giving(sentence: str, item: str, giver: str | None, recipient: str | None) -> None:
    assert parties(sentence, item, GIVING) == (giver, recipient)


def test_an_item_the_sentence_does_not_hold_has_no_parties() -> None:
    assert parties("Russia sent two bears to North Korea.", "tigers", GIVING) == (None, None)
    assert parties("Russia sent two bears to North Korea.", "", GIVING) == (None, None)
