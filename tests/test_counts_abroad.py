"""Head and arms counts in text other than English that a reader parses (kinds/military/finders/abroad.py), merged when
equal and never shown as disagreeing; none where no parser reads the language."""

from summariser.kinds.military.finders.abroad import counted_in, counts_abroad
from summariser.load.articles import Article
from summariser.merge import merge
from summariser.schemas import MilitaryClaim


def claims(text: str, language: str, article_id: str = "a") -> list[tuple[str, str, int | None, str]]:
    article = Article(id=article_id, text=text, language=language, languages=(language,))
    found = counts_abroad(article, [])
    assert all(text[f.source.start : f.source.end] == f.source.quote for f in found)
    return [
        (f.fact.claim_type, f.fact.subject, f.fact.figure, f.source.quote)
        for f in found
        if isinstance(f.fact, MilitaryClaim)
    ]


def test_a_number_before_a_counted_noun_is_a_head_count_in_english_words() -> None:
    assert counted_in("В обмене участвуют 16 российских заключенных.", "ru") == [("other", "prisoners", 16, "16")]


def test_where_no_parser_reads_the_language_no_count_is_added() -> None:
    """Italian, Spanish and Macedonian have no reader: counts read by the word after a number were added once;
    on unseen text they added nothing (docs/quality.md), so only the model's figures are checked there."""
    assert counted_in("Lo scambio coinvolge 26 persone dalle carceri di 7 diversi Paesi.", "it") == []
    assert counted_in("El gobierno entregará 31 tanques a Kiev.", "es") == []
    assert counted_in("Вкупниот број на лица е 26.", "mk") == []
    assert claims("Secondo Ankara 10 prigionieri sono stati trasferiti in Russia.", "it") == []


def test_a_dash_after_a_number_stands_for_the_head_count_noun_before_it() -> None:
    assert counted_in("10 человек перевезены в Россию, 13 – в Германию.", "ru") == [
        ("other", "people", 10, "10"),
        ("other", "people", 13, "13"),
    ]


def test_no_count_where_the_noun_is_left_out_or_people_were_killed() -> None:
    assert counted_in("10 человек перевезены в Россию, 13 в Германию.", "ru") == [("other", "people", 10, "10")]
    assert counted_in("Il vertice del 2023 – a Vilnius – decise.", "it") == []
    assert counted_in("Nell'attacco sono morte 12 persone.", "it") == []
    assert counted_in("L'esercito conta 12.000 soldati al confine.", "it") == []  # troops need a parse


def test_no_counts_from_english_or_unlisted_languages() -> None:
    assert claims("The exchange involved 26 people.", "en") == []
    assert claims("Wymiana objęła 26 osób.", "und") == []


def test_equal_counts_merge_and_different_ones_are_no_disagreement() -> None:
    text = "10 человек перевезены в Россию, 13 – в Германию."
    facts = [
        f
        for i, lang in enumerate(["ru", "ru"])
        for f in counts_abroad(Article(id=f"a{i}", text=text, language=lang, languages=(lang,)), [])
    ]
    result = merge(facts)
    assert sorted((m.claim.figure, len(m.sources)) for m in result.military) == [(10, 2), (13, 2)]
    assert result.conflicts == []


def test_no_counts_in_a_language_without_a_word_list() -> None:
    assert counted_in("Wymiana objęła 26 osób.", "pl") == []


def test_counts_of_people_in_general_join_across_languages_and_specific_nouns_stay_apart() -> None:
    from summariser.kinds.military.finders.english import nlp_claims

    english_text = "Turkey said 10 prisoners were flown to Moscow on Thursday."
    english = Article(id="en", text=english_text, language="en", languages=("en",))
    texts = {
        "ru": ("ru", "По данным Турции, 10 человек перевезены в Россию."),
        "ru2": ("ru", "По данным Турции, 10 журналистов перевезены в Россию."),
    }
    abroad = [
        f
        for article_id, (language, text) in texts.items()
        for f in counts_abroad(Article(id=article_id, text=text, language=language, languages=(language,)), [])
    ]
    result = merge([*nlp_claims(english, 0, english_text, []), *abroad])
    cited = sorted(sorted(s.article_id for s in m.sources) for m in result.military)
    assert cited == [["en", "ru"], ["ru2"]]  # journalists are no translation of prisoners
    assert result.conflicts == []


def test_a_number_written_after_the_number_of_a_counted_noun_and_a_verb_of_amounting_counts_it() -> None:
    sentence = "Сообщили, что общее число подлежащих обмену лиц составляет 26 и что они прибыли из Германии."
    assert counted_in(sentence, "ru") == [("other", "people", 26, "26")]
    assert counted_in("Температура составляет 26 градусов.", "ru") == []  # no number of anything counted
    assert counted_in("Общее число составляет 26.", "ru") == []  # the number of what is not told
    assert counted_in("Число погибших составляет 26.", "ru") == []  # the dead: a casualty needs a parse
