"""What the NLP layer adds on its own, read by general frames (lang/en/frames.py, kinds/actor/finders/english.py): a
gift only as the thing of a giving frame, each listed item with its own count, never in a question, a possession, an
unrealised giving, a supply of arms or a person; an actor only where the parser tags a person or an
organisation that acts in the body, taken whole, never a headline's words, a thing's make or name, a
place, nor a second entry for one person. The sentences are written for these tests."""

from summariser.kinds.actor.finders.english import nlp_actors
from summariser.kinds.gift.finders.english import gift_counts, nlp_gifts
from summariser.lang.en.reading import read
from summariser.load.articles import Article
from summariser.schemas import Actor, Gift, MilitaryClaim


def article(text: str) -> Article:
    return Article(id="x", text=text, language="en", languages=("en",))


def gifts(text: str) -> list[tuple[str, int | None]]:
    found = nlp_gifts(article(text), 0, text, [])
    assert all(text[f.source.start : f.source.end] == f.source.quote for f in found)
    return [(f.fact.item, f.fact.quantity) for f in found if isinstance(f.fact, Gift)]


def actors(text: str) -> list[str]:
    found = nlp_actors(article(text), 0, text, [])
    assert all(text[f.source.start : f.source.end] == f.source.quote for f in found)
    return sorted(f.fact.name for f in found if isinstance(f.fact, Actor))


def model_gift(item: str, quantity: int, sentence: str) -> Gift:
    return Gift(item=item, quantity=quantity, quantity_text=str(quantity), giver=None, recipient=None,
                from_institution=None, to_institution=None, transport=None, date=None, evidence=sentence)  # fmt: skip


# Frames: each item of a list of things given, with its own count


def test_every_item_of_a_list_given_gets_its_own_count() -> None:
    assert gifts("The sultan gave the duke three horses, a falcon and two rugs.") == [
        ("horses", 3),
        ("falcon", 1),
        ("rugs", 2),
    ]


def test_the_thing_of_with_after_presenting_is_given_and_the_one_presented_is_not() -> None:
    text = "At the ceremony the mayor presented the visiting queen with a crystal vase and three silk scarves."
    assert gifts(text) == [("crystal vase", 1), ("silk scarves", 3)]
    one = "The gifts were shown to the press. The sultan presented the queen with a gold necklace."
    assert gifts(one) == [("gold necklace", 1)]  # the queen, presented, is its recipient: "a" counts one


def test_the_subject_of_a_passive_giving_is_given() -> None:
    assert gifts("Six tapestries were given to the cathedral by the weavers' guild.") == [("tapestries", 6)]


def test_receiving_from_a_giver_with_a_value_counts_a_thing_and_a_call_received_is_none() -> None:
    text = "The gifts were listed on Friday. The mayor received a crystal vase, worth $900, from the queen."
    assert gifts(text) == [("crystal vase", 1)]
    call = "The gifts were listed on Friday. The mayor received a call from the queen."
    assert gifts(call) == []  # no value: "a" counts nothing, and a call is no thing the lexicon names


def test_a_participle_of_giving_the_tagger_reads_as_an_adjective_still_gives() -> None:
    sentence = "Two Arabian horses were gifted to the visiting leader by the king."  # "gifted": ADJ, lemma "gifted"
    kept = read(model_gift("horses", 2, sentence), sentence, "")
    assert kept is not None and isinstance(kept[0], Gift) and kept[0].quantity == 2
    talented = "Two gifted riders showed the horses to the visiting leader."
    assert read(model_gift("horses", 2, talented), talented, "") is None  # "gifted" alone: no word of giving


def test_gift_nouns_name_what_is_given() -> None:
    assert gifts("Norway made a donation of 500 tents to the flooded town.") == [("tents", 500)]
    assert gifts("The museum received four paintings as a gift from the collector.") == [("paintings", 4)]
    assert gifts("The gift included a tiger, two wolves and 12 parrots.") == [
        ("tiger", 1),
        ("wolves", 2),
        ("parrots", 12),
    ]


def test_sending_is_giving_only_in_a_text_that_speaks_of_gifts() -> None:
    sent = "The zoo sent 30 flamingos to the park."
    assert gifts(sent) == []  # a transfer between zoos, said as nothing more
    assert gifts(sent + " The birds were a gift from the city.") == [("flamingos", 30)]
    from summariser.lang.en import frames

    assert frames.speaks_of_gifts("He gave the school two pianos.") and not frames.speaks_of_gifts(sent)


def test_an_action_given_is_no_thing_given() -> None:
    assert gifts("The president gave a speech to two thousand students.") == []


# Refusals: each fails on the finders as they were before the frames


def test_a_question_gives_nothing() -> None:
    assert gifts("What does one president give another?") == []
    from summariser.lang.en import frames, nlp

    assert frames.is_question(nlp.parse("What does one governor give another"))  # no question mark needed


def test_an_unrealised_giving_gives_nothing() -> None:
    assert gifts("The emperor would give the city 12 elephants if it surrendered.") == []
    assert gifts("If the council agrees, the mayor gives the school ten computers.") == []
    assert gifts("She did not give the museum two paintings.") == []
    assert gifts("He refused to give the prisoners three blankets.") == []


def test_a_possession_is_no_gift() -> None:
    sentence = "The minister, who owns at least 30 camels, received a watch from the emir as a gift."
    assert read(model_gift("camels", 30, sentence), sentence, "") is None  # a model's proposal is refused too
    assert gifts(sentence) == [("watch", 1)]
    stable = "The emir gave the envoy a horse as a gift from his stable, which includes 40 horses."
    assert gifts(stable) == [("horse", 1)]


def test_arms_equipment_and_fuel_sent_are_no_gift() -> None:
    assert gifts("Officials said 4,000 containers of ammunition were sent by Iran to Syria as a gift.") == []
    assert gifts("Last year the regime sent 200 trucks of equipment to its ally as a gift.") == []
    from summariser.lang.en import frames, nlp

    assert frames.materiel(nlp.parse("ammunition crates")[1])


def test_people_are_no_gift() -> None:
    assert gifts("The tribe gave the explorer two guides who knew the mountains.") == []


def test_headline_words_are_no_actors() -> None:
    text = (
        "Erdogan Gifts Aliyev Thoroughbred Stallion\n\n"
        "Turkish President Recep Tayyip Erdogan gave Azerbaijani President Ilham Aliyev a stallion on Monday."
    )
    assert actors(text) == ["Ilham Aliyev", "Recep Tayyip Erdogan"]


def test_the_name_of_an_animal_is_no_actor() -> None:
    text = (
        "Ilham Aliyev thanked Erdogan for the horse, an Akhal Teke stallion called Golden Arrow Boy, which Aliyev rode."
    )
    assert actors(text) == ["Ilham Aliyev"]


def test_a_name_a_number_counts_is_a_kind_of_thing_not_an_actor() -> None:
    from summariser.lang.en.reading import read

    text = "Horses arrive\n\nThe 24 Orlov Trotters arrived at the port of Nampo, the ministry's spokesman said."
    assert "Orlov Trotters" not in actors(text)
    sentence = text.split("\n\n")[1]
    breed = Actor(name="Orlov Trotters", role=None, organisation=None, country=None, said=None, evidence=sentence)
    assert read(breed, sentence, "") is None


def test_a_title_and_what_stands_before_it_are_no_part_of_a_name() -> None:
    text = (
        "The treaty was signed in Astana on Tuesday.\n"
        "Armenian President Levon Aroyan and Kazakh President Daniyar Serikov signed it after talks."
    )
    assert actors(text) == ["Daniyar Serikov", "Levon Aroyan"]  # the second span is tagged as an organisation


def test_a_name_run_into_another_word_is_no_actor() -> None:
    assert actors("Ilham Aliyevand Recep Erdogan met in Baku, and Ilham Aliyev spoke first.") == ["Ilham Aliyev"]


def test_one_person_is_one_actor_whatever_form_of_the_name_a_sentence_writes() -> None:
    assert actors("Kassym-Jomart Tokayev hosted the summit. Kassym-Jomart said the talks went well.") == [
        "Kassym-Jomart Tokayev"
    ]
    assert actors("Ivan Petrovich Sidorov was sworn in on Monday. Ivan Sidorov said the vote was fair.") == [
        "Ivan Petrovich Sidorov"
    ]
    text = "Sheikh Tamim bin Hamad Al Thani welcomed the guests. Tamim bin Hamad said the horses were healthy."
    assert len(actors(text)) == 1


def test_a_name_only_mentioned_as_a_place_or_a_means_is_no_actor() -> None:
    assert actors("The tanks would be paid for through the Pentagon's Ukraine Security Assistance Initiative.") == [
        "Pentagon"
    ]


def test_a_city_that_owns_a_place_is_where_it_stands_not_an_actor() -> None:
    sentence = "Reporters watched as the crowd moved to Windsor's Frogmore Gardens, where the Princess of Wales spoke."
    assert "Windsor" not in actors(sentence)
    assert "Pentagon" in actors("The Pentagon's Ukraine Security Assistance Initiative paid for the tanks, it said.")


def test_countries_run_together_are_no_actor() -> None:
    assert actors("Officials said the Kazakhstan Uzbekistan said the border was open.") == []


def test_a_dateline_is_where_a_report_was_filed_not_who_acts() -> None:
    text = "TALLINN, June 3 - Mayor Liisa Tamm opened the harbour festival on Saturday."
    assert actors(text) == ["Liisa Tamm"]


def test_a_things_own_of_only_qualifies_it_and_a_measure_of_things_gives_the_things() -> None:
    given = gifts("As a gift, the Turkmen president handed Putin a dog of the Alabai breed.")
    assert ("dog of the Alabai breed", 1) in given and all(item != "breed" for item, _ in given)  # a dog, of a breed
    assert ("dogs", 2) in gifts("As a gift, he gave her a pair of dogs.")


def test_what_carries_people_is_no_arms_figure_and_arms_sent_are() -> None:
    def arms(figure: int, sentence: str) -> MilitaryClaim:
        return MilitaryClaim(claim_type="arms", subject="aircraft", figure=figure, figure_text=None, claimed_by=None,
                             place=None, date=None, evidence=sentence)  # fmt: skip

    carried = "The prisoners were transported to Turkey on seven aircraft, the statement added."
    assert read(arms(7, carried), carried, "") is None
    sent = "The United States delivered seven aircraft to Kyiv."
    assert read(arms(7, sent), sent, "") is not None


def test_an_items_head_noun_is_read_in_its_sentence_not_alone() -> None:
    sentence = "He presented the leader with a horse and a Kyrgyz greyhound."
    read_gift = read(
        model_gift("Kyrgyz greyhound", 1, sentence).model_copy(update={"quantity_text": "a"}), sentence, ""
    )
    assert read_gift is not None  # alone, "Kyrgyz greyhound" parses "greyhound" as a verb and "Kyrgyz" as the noun
    assert read_gift[1].head == "greyhound" and read_gift[1].value == 1


def test_an_items_head_noun_is_the_root_of_its_words_not_the_last_noun() -> None:
    sentence = "The King presented the President with a hand-bound leather volume crafted at Windsor Castle."
    volume = "hand-bound leather volume crafted at Windsor Castle"
    read_gift = read(model_gift(volume, 1, sentence).model_copy(update={"quantity_text": "a"}), sentence, "")
    assert read_gift is not None and read_gift[1].head == "volume"  # the castle is where it was made
    assert [(c.noun, c.value) for c in gift_counts(sentence)] == [("volume", 1)]  # what the finder counts: the same


def test_a_likeness_of_a_thing_is_named_with_what_it_is_of_and_keeps_its_recipient() -> None:
    sentence = (
        "In return, Trump presented the King with a replica of President Eisenhower’s sword, a symbol of the alliance."
    )
    assert [c.noun_phrase for c in gift_counts(sentence)] == ["replica of President Eisenhower’s sword"]
    item = "replica of President Eisenhower’s sword"
    read_gift = read(model_gift(item, 1, sentence).model_copy(update={"quantity_text": "a"}), sentence, "")
    assert read_gift is not None
    gift, reading = read_gift
    assert (gift.item, reading.head, gift.giver, gift.recipient) == (item, "replica", "Trump", "King")
    assert [c.noun_phrase for c in gift_counts("He gave the farmer four sacks of potatoes.")] == ["potatoes"]
