"""Facts of articles that are not English are read by the checks that need no parser (lang/xx/fallback.py):
number, verbatim quote, names; the English NLP layer never proposes facts there."""

from summariser.facts import Reading
from summariser.kinds.actor.finders.english import nlp_actors
from summariser.kinds.gift.finders.english import nlp_gifts
from summariser.kinds.military.finders.english import nlp_claims
from summariser.lang.en.reader import CHECKS as ENGLISH_CHECKS
from summariser.lang.en.reading import plausible
from summariser.lang.xx import fallback, stated
from summariser.load.articles import Article
from summariser.load.numerals import numbers
from summariser.schemas import Actor, ActorList, Gift, GiftList, MilitaryClaim, MilitaryClaimList
from summariser.verify import checks
from summariser.verify.recite import ground_facts

ITALIAN = (
    "Secondo il Pentagono, fino a 12.000 soldati nordcoreani sono stati inviati in Russia.\n"
    "La Russia ha inviato allo zoo di Pyongyang un leone africano, due orsi bruni e 25 fagiani.\n"
    "Il ministro Alexander Kozlov ha detto: «Gli animali sono arrivati in aereo».\n"
)
RUSSIAN = (
    "Владимир Путин заявил, что Россия передала КНДР более 70 животных.\n"
    "По данным Пентагона, в Курской области находятся 11 000 северокорейских военных.\n"
)


def claim(figure: int | None, text: str | None, evidence: str, by: str | None = None) -> MilitaryClaimList:
    return MilitaryClaimList(
        claims=[
            MilitaryClaim(
                claim_type="troop_deployment", subject="North Korean troops", figure=figure, figure_text=text,
                claimed_by=by, place=None, date=None, evidence=evidence,
            )
        ]
    )  # fmt: skip


def gift(item: str, quantity: int | None, words: str | None, evidence: str) -> GiftList:
    return GiftList(
        gifts=[
            Gift(
                item=item, quantity=quantity, quantity_text=words, giver="Russia", recipient=None,
                from_institution=None, to_institution=None, transport="in aereo", date="last April", evidence=evidence,
            )
        ]
    )  # fmt: skip


def actor(name: str, evidence: str, said: str | None = None) -> ActorList:
    return ActorList(
        actors=[Actor(name=name, role=None, organisation=None, country=None, said=said, evidence=evidence)]
    )


def ground(
    kind: str, parsed: GiftList | ActorList | MilitaryClaimList, text: str, language: str | None
) -> list[object]:
    article = Article(id="x", text=text, language=language, languages=(language,) if language else ())
    facts = [(kind, fact) for fact in getattr(parsed, next(iter(type(parsed).model_fields)))]
    kept, _ = ground_facts(facts, article, 0, text, 90.0)
    return [f.fact for f in kept]


def test_an_italian_figure_written_with_a_dot_stands() -> None:
    sentence = "fino a 12.000 soldati nordcoreani sono stati inviati in Russia"
    (kept,) = ground("military", claim(12000, "fino a 12.000", sentence, "il Pentagono"), ITALIAN, "it")
    assert isinstance(kept, MilitaryClaim)
    assert (kept.figure, kept.figure_text, kept.claimed_by) == (12000, "fino a 12.000", "il Pentagono")
    # the English parse reads "12.000" as twelve, finds no troop noun it knows, and drops the fact
    assert ground("military", claim(12000, "fino a 12.000", sentence), ITALIAN, None) == []


def test_a_number_the_sentence_does_not_hold_drops_the_fact() -> None:
    sentence = "fino a 12.000 soldati nordcoreani sono stati inviati in Russia"
    assert ground("military", claim(10000, "10.000", sentence), ITALIAN, "it") == []


def test_numbers_as_written_in_several_languages() -> None:
    assert [v for v, _ in numbers("12,000 12 000 12.000 12\u202f000 ١٢٬٠٠٠ ٧٠ 1,5 2024")] == [
        12000, 12000, 12000, 12000, 12000, 70, 2024,
    ]  # fmt: skip


def test_the_models_own_quantity_words_must_be_verbatim() -> None:
    evidence = "La Russia ha inviato allo zoo di Pyongyang un leone africano, due orsi bruni e 25 fagiani."
    (kept,) = ground("gifts", gift("brown bears", 2, "due", evidence), ITALIAN, "it")
    assert isinstance(kept, Gift) and (kept.quantity, kept.quantity_text) == (2, "due")
    assert kept.giver == "Russia"  # "La Russia ..."
    assert kept.transport is None and kept.date is None  # words the sentence does not hold
    assert ground("gifts", gift("brown bears", 3, "tre", evidence), ITALIAN, "it") == []


def test_a_fuzzy_quote_is_not_enough_without_a_parse() -> None:
    paraphrase = "La Russia ha inviato allo zoo di Pyongyang un leone africano, due orsi bruni e 25 fagiani!!"
    assert ground("gifts", gift("pheasants", 25, "25", paraphrase), ITALIAN, "it") == []


def test_an_actor_stands_where_the_sentence_names_them_in_any_script() -> None:
    evidence = "Владимир Путин заявил, что Россия передала КНДР более 70 животных."
    (kept,) = ground("actors", actor("Vladimir Putin", evidence), RUSSIAN, "ru")
    assert isinstance(kept, Actor) and kept.name == "Vladimir Putin"
    assert ground("actors", actor("Sergei Shoigu", evidence), RUSSIAN, "ru") == []
    assert stated.names("Vladimir Putin", "встреча с Путиным")  # a case ending


def test_an_actor_cited_to_the_wrong_sentence_is_recited_from_the_nearest_that_names_them() -> None:
    article = Article(id="x", text=ITALIAN, language="it", languages=("it",))
    wrong = "La Russia ha inviato allo zoo di Pyongyang un leone africano, due orsi bruni e 25 fagiani."
    facts = [
        ("actors", actor("Alexander Kozlov", wrong).actors[0]),
        ("actors", actor("Sergei Shoigu", wrong).actors[0]),
    ]
    kept, dropped = ground_facts(facts, article, 0, ITALIAN, 90.0)
    (recited,) = kept
    assert recited.source.quote.startswith("Il ministro Alexander Kozlov") and recited.source.origin == "recited"
    assert [d.what for d in dropped] == ["Sergei Shoigu"]  # named in no sentence: still dropped
    assert ground("gifts", gift("pheasants", 25, "25", ITALIAN.splitlines()[0]), ITALIAN, "it") == []  # never a gift


def test_a_gift_whose_item_the_model_copied_from_the_next_sentence_is_recited_there_only() -> None:
    spanish = (
        "Los reyes recibieron a los Trump en Windsor.\n"
        "La primera dama recibió un bolso Anya Hindmarch personalizado.\n"
        "La visita terminó con un banquete.\n"
    )
    first = spanish.splitlines()[0]
    copied = gift("bolso Anya Hindmarch personalizado", 1, "un", first)
    (kept,) = ground("gifts", copied, spanish, "es")
    assert isinstance(kept, Gift) and kept.evidence == spanish.splitlines()[1] and kept.item == "handbag"
    assert ground("gifts", gift("bolso", 1, "un", first), spanish, "es") == []  # one word ties no gift to a sentence
    twice = spanish.replace("La visita terminó con un banquete.", "Otro bolso Anya Hindmarch personalizado se regaló.")
    assert ground("gifts", copied, twice, "es") == []  # two sentences beside it write the item: none is chosen
    dutch = "De koning ontving de Trumps.\nDe first lady kreeg een handtas van Anya Hindmarch.\n"
    copied_nl = gift("handtas van Anya Hindmarch", 1, "een", dutch.splitlines()[0])
    assert ground("gifts", copied_nl, dutch, "nl") == []  # no word of giving code reads in Dutch: not re-cited
    brooch = "La reina recibió de manos del presidente un broche de flor de Tiffany."
    assert ground("gifts", gift("broche de flor de Tiffany", 1, "un", brooch), brooch, "es") == []  # no "blossom"


def test_a_name_the_model_wrote_with_a_word_twice_is_read_with_it_once() -> None:
    sentence = "Fueron recibidos por los príncipes de Gales, Guillermo y Catalina."
    (kept,) = ground("actors", actor("Guillermo Guillermo", sentence), sentence, "es")
    assert isinstance(kept, Actor) and kept.name == "Guillermo"
    written = "Sirhan Sirhan fue condenado en 1969."
    (twice,) = ground("actors", actor("Sirhan Sirhan", written), written, "es")
    assert isinstance(twice, Actor) and twice.name == "Sirhan Sirhan"  # the sentence writes it so


def test_what_an_actor_said_stays_only_beside_their_name() -> None:
    evidence = "Il ministro Alexander Kozlov ha detto: «Gli animali sono arrivati in aereo»."
    (kept,) = ground("actors", actor("Alexander Kozlov", evidence, "Gli animali sono arrivati in aereo"), ITALIAN, "it")
    assert isinstance(kept, Actor) and kept.said == "Gli animali sono arrivati in aereo"
    other = "Secondo il Pentagono, fino a 12.000 soldati nordcoreani sono stati inviati in Russia."
    (kept,) = ground("actors", actor("Alexander Kozlov", evidence, other), ITALIAN, "it")
    assert isinstance(kept, Actor) and kept.said is None


def test_the_english_nlp_layer_proposes_nothing_in_other_languages() -> None:
    for text, language in ((ITALIAN, "it"), (RUSSIAN, "ru"), (ITALIAN, "und")):
        article = Article(id="x", text=text, language=language, languages=(language,))
        assert nlp_actors(article, 0, text, []) == []
        assert nlp_claims(article, 0, text, []) == []
        assert nlp_gifts(article, 0, text, []) == []


def test_english_articles_keep_the_english_checks_exactly() -> None:
    text = "Up to 12,000 North Korean troops were sent to Russia, according to the Pentagon."
    parsed = claim(10000, "10,000", text)  # the parse corrects the model's number
    detected = ground("military", parsed, text, "en")
    assert detected == ground("military", parsed, text, None)
    assert isinstance(detected[0], MilitaryClaim) and detected[0].figure == 12000
    english = Article(id="x", text=text, language="en", languages=("en",))
    assert checks.described(english) == [ENGLISH_CHECKS]
    assert checks.described(Article(id="y", text=ITALIAN, language="it", languages=("it",))) == [fallback.CHECKS]


def test_a_gift_item_copied_untranslated_from_a_known_language_waits_for_its_english_twin() -> None:
    sentence = "La Russia ha inviato allo zoo di Pyongyang un leone africano, due orsi bruni e 25 fagiani."
    (copied,) = ground("gifts", gift("fagiani", 25, "25", sentence), ITALIAN, "it")  # its number counts it
    assert isinstance(copied, Gift) and copied.item == "fagiani"  # aligned_items may find its English twin
    assert ground("gifts", gift("orsi", 25, "25", sentence), ITALIAN, "it") == []  # 25 counts no bears
    (kept,) = ground("gifts", gift("pheasants", 25, "25", sentence), ITALIAN, "it")
    assert isinstance(kept, Gift) and kept.item == "pheasants"
    # where the language is unknown the item may well be English: nothing says it was left untranslated
    (unsure,) = ground("gifts", gift("fagiani", 25, "25", sentence), ITALIAN, "und")
    assert isinstance(unsure, Gift)


def test_an_unparsed_figure_stands_only_where_the_models_subject_counts_what_its_type_counts() -> None:
    text = "Lo scambio coinvolge 26 persone dalle carceri di sette Paesi.\n"
    sentence = text.strip()
    persons = MilitaryClaimList(
        claims=[
            MilitaryClaim(
                claim_type="troop_deployment", subject="persons", figure=26, figure_text="26", claimed_by=None,
                place=None, date=None, evidence=sentence,
            )
        ]
    )  # fmt: skip
    assert ground("military", persons, text, "it") == []  # 26 people exchanged are no troop deployment
    (kept,) = ground("military", claim(12000, "fino a 12.000", ITALIAN.splitlines()[0]), ITALIAN, "it")
    assert isinstance(kept, MilitaryClaim) and kept.figure == 12000  # "North Korean troops" counts troops


def test_a_claim_without_a_figure_needs_a_subject_of_its_kind_not_a_name() -> None:
    from summariser.lang.xx.fallback import read

    sentence = (
        "Путин подарил Ким Чен Ыну автомобиль Aurus после подписания договора, а в Курской области находятся"
        " северокорейские войска."
    )

    def of(claim_type: str, subject: str) -> MilitaryClaim:
        return MilitaryClaim(
            claim_type=claim_type, subject=subject, figure=None, figure_text=None, claimed_by=None, place=None,
            date=None, evidence=sentence,
        )  # fmt: skip

    assert read(of("troop_deployment", "Aurus"), sentence, "", language="ru") is None  # a car deploys nothing
    assert read(of("treaty", "Ким Чен Ын"), sentence, "", language="ru") is None  # a person is no pact
    assert read(of("troop_deployment", "North Korean troops"), sentence, "", language="ru") is not None
    assert read(of("treaty", "the partnership treaty"), sentence, "", language="ru") is not None


def test_a_casualty_claim_needs_a_word_of_harm_or_a_count() -> None:
    from summariser.lang.xx.fallback import read

    def casualties(sentence: str, figure: int | None, language: str) -> MilitaryClaim:
        fact = MilitaryClaim(
            claim_type="casualties", subject="no casualties" if figure is None else "soldiers", figure=figure,
            figure_text=None if figure is None else str(figure), claimed_by=None, place=None, date=None,
            evidence=sentence,
        )  # fmt: skip
        return read(fact, sentence, "", language=language)

    gift = "Лукашенко рассказал, что подарил Путину трактор ручной сборки."
    harm = "В результате обстрела погибли мирные жители."
    assert casualties(gift, None, "ru") is None  # a sentence about a tractor: nobody was harmed
    assert casualties(harm, None, "ru") is not None  # "погибли": a word of harm of its language
    assert casualties("Jeho traktor je ručne zmontovaný.", None, "sk") is None  # no lexicon of harm: a count needed
    assert casualties("Zahynulo 12 vojakov.", 12, "sk") is not None


def test_a_treaty_in_foreign_text_needs_a_word_for_a_pact_in_its_sentence() -> None:
    from summariser.lang.xx.fallback import read

    def treaty(subject: str, sentence: str, language: str | None) -> tuple[MilitaryClaim, Reading] | None:
        fact = MilitaryClaim(
            claim_type="treaty", subject=subject, figure=None, figure_text=None, claimed_by=None, place=None,
            date=None, evidence=sentence,
        )  # fmt: skip
        return read(fact, sentence, "", language=language)

    assert treaty("the Treaty of Versailles", "С 1953 по 1961 год был президентом США.", "ru") is None
    assert treaty("the partnership treaty", "Россия и Иран подписали договор о партнёрстве.", "ru") is not None
    symbol = "I-au oferit regelui o replică a sabiei drept simbol al parteneriatului istoric."
    assert treaty("historic partnership", symbol, "ro") is None  # a partnership is no pact
    assert treaty("the partnership treaty", "Cele două state au semnat un tratat de parteneriat.", "ro") is not None
    assert treaty("partnership treaty", "Beide Staaten unterzeichneten einen Partnerschaftsvertrag.", "de") is not None
    assert treaty("cooperation agreement", "Potpisan je sporazum o saradnji.", "sr") is not None  # Serbo-Croatian
    assert treaty("a treaty", "Er besuchte das Land zum zweiten Mal.", None) is None  # no language: any language's
    assert treaty("a treaty", "Két ország szerződést írt alá.", "hu") is None  # no words of the language: unchecked


def test_a_language_simplemma_lacks_or_files_under_another_name_fails_no_article() -> None:
    """py3langid named a Serbian report "bs" and simplemma, which files Bosnian, Croatian and Serbian under "hbs",
    raised ValueError, failing the article: every language the detector names is read, with its dictionary
    where simplemma has one under any name."""
    from summariser.lang.lexicon import has_dictionary, known, lemma
    from summariser.lang.xx.fallback import read
    from summariser.load.language import _identifier

    sentence = "Tramp je kralju Čarlsu poklonio repliku mača, saopštila je Bakingemska palata."
    actor = Actor(name="kralj Čarls", role="king", organisation=None, country=None, said=None, evidence=sentence)
    given = Gift(
        item="sword", quantity=1, quantity_text=None, giver="Tramp", recipient=None, from_institution=None,
        to_institution=None, transport=None, date=None, evidence=sentence,
    )  # fmt: skip
    pact = MilitaryClaim(
        claim_type="treaty", subject="a treaty", figure=None, figure_text=None, claimed_by=None, place=None,
        date=None, evidence=sentence,
    )  # fmt: skip
    for code in _identifier().nb_classes:
        result = read(actor, sentence, "", language=str(code))
        assert result is None or result[0].name.endswith("Čarls")
        for fact in (given, pact):  # no language fails the read: it keeps the fact's kind or drops it
            kept = read(fact, sentence, "", language=str(code))
            assert kept is None or type(kept[0]) is type(fact)
    assert all(has_dictionary(code) and lemma("poklonio", code) == "pokloniti" for code in ("bs", "hr", "sr"))
    assert known("poklon", "sr") and not has_dictionary("xh") and lemma("Poklonio", "xh") == "poklonio"


def test_a_gift_in_foreign_text_needs_a_word_of_giving_in_its_sentence() -> None:
    from summariser.lang.xx.fallback import read
    from summariser.schemas import Gift

    def gift(sentence: str) -> Gift:
        return Gift(
            item="aeroplanes", quantity=7, quantity_text=None, giver=None, recipient=None,
            from_institution=None, to_institution=None, transport=None, date=None, evidence=sentence,
        )  # fmt: skip

    carried = "I prigionieri sono stati trasportati in Turchia con 7 aerei in totale."
    assert read(gift(carried), carried, "", language="it") is None
    given = "La Russia ha regalato 7 aerei alla Serbia."
    assert read(gift(given), given, "", language="it") is not None
    # a language not determined: a word of giving of any language the lexicon knows, or English, must stand
    assert read(gift(carried), carried, "", language=None) is None
    assert read(gift(given), given, "", language=None) is not None
    made_up = "Krat vo zimbel 7 aerei, nax trevi ompa zuul."
    assert read(gift(made_up), made_up, "", language=None) is None
    english = "Serbia got 7 aeroplanes as a gift."
    assert read(gift(english), english, "", language=None) is not None


def test_no_fact_rests_on_the_words_of_a_web_address() -> None:
    """A report's first line held its address, whose slug ("...-bis-handtasche-diese-geschenke-...") has a word of
    giving and a thing: a gift cited to it stood (probe 4)."""
    from summariser.lang.words import without_web_addresses
    from summariser.lang.xx.fallback import read
    from summariser.schemas import Gift

    line = "[URL: https://www.example.de/royals/von-schwert-bis-handtasche-diese-geschenke-tauschten-110986219]"
    prose = "Die Royals schenkten der First Lady eine Handtasche."
    for sentence, kept in ((line, False), (prose, True)):
        gift = Gift(
            item="handbag", quantity=1, quantity_text=None, giver=None, recipient=None, from_institution=None,
            to_institution=None, transport=None, date=None, evidence=sentence, original="Handtasche",
        )  # fmt: skip
        assert (read(gift, sentence, "", language="de") is not None) is kept
    assert (
        without_web_addresses("See www.kremlin.ru/events. Then")
        == "See " + " " * len("www.kremlin.ru/events") + ". Then"
    )


def test_a_country_is_never_the_thing_given() -> None:
    from summariser.lang.xx.fallback import read

    visited = "Cumhurbaşkanı diplomatik temaslarda bulunmak üzere Macaristan’a ziyaret gerçekleştirdi."
    gift = Gift(
        item="Macaristan", quantity=None, quantity_text=None, giver=None, recipient=None, from_institution=None,
        to_institution=None, transport=None, date=None, evidence=visited,
    )  # fmt: skip
    assert read(gift, visited, "", language="tr") is None  # Hungary, the country visited, written in the sentence
    book = "Erdoğan, Orban’a bir kitap hediye etti."
    assert read(gift.model_copy(update={"item": "book"}), book, "", language="tr") is not None


def _gift(item: str, quantity: int | None, sentence: str) -> Gift:
    return Gift(
        item=item, quantity=quantity, quantity_text=None, giver=None, recipient=None, from_institution=None,
        to_institution=None, transport=None, date=None, evidence=sentence,
    )  # fmt: skip


def test_a_foreign_gift_is_named_in_english_where_code_can_read_its_word() -> None:
    from summariser.lang.xx.fallback import read

    given = "La Russia ha regalato 2 cani alla Serbia."
    untranslated = read(_gift("cani", 2, given), given, "", language="it")
    assert untranslated is not None and untranslated[0].item == "dog" and untranslated[1].head == "dog"
    car = "Путин подарил лидеру КНДР Ким Чен Ыну автомобиль российского производства."
    for unnamed in ("Aurus", "gift"):  # a brand the sentence does not hold, a word for any gift
        read_car = read(_gift(unnamed, None, car), car, "", language="ru")
        assert read_car is not None and read_car[0].item == "car", unnamed


def test_a_foreign_word_in_another_form_than_the_sentence_s_is_named_in_english_with_the_sentence_s_word() -> None:
    from summariser.lang.xx.fallback import read

    horses = "Le président lui a offert l'un de ses chevaux, dressé par la Garde."
    horse = read(_gift("cheval", None, horses), horses, "", language="fr")
    assert horse is not None and (horse[0].item, horse[0].original) == ("horse", "chevaux")
    dog = "El alcalde regaló un perro a la ciudad vecina."
    read_dog = read(_gift("perros", 1, dog), dog, "", language="es")
    assert read_dog is not None and (read_dog[0].item, read_dog[0].original) == ("dog", "perro")
    cars = "Il a offert une voiture au président."
    assert read(_gift("cheval", None, cars), cars, "", language="fr") is None  # the sentence names no horse


def test_a_foreign_gift_the_sentence_contradicts_is_dropped_and_one_code_cannot_check_is_kept() -> None:
    from summariser.lang.xx.fallback import read

    dogs = "Россия подарила КНДР 2 собак."
    assert read(_gift("cats", 2, dogs), dogs, "", language="ru") is None
    kept = read(_gift("dogs", 2, dogs), dogs, "", language="ru")
    assert kept is not None and kept[0].item == "dogs"
    pheasants = "La Russia ha regalato 25 fagiani allo zoo."
    unknown = read(_gift("pheasants", 25, pheasants), pheasants, "", language="it")
    assert unknown is not None and unknown[0].item == "pheasants"  # no emoji for a pheasant: unchecked
    copied = read(_gift("fagiani", 25, pheasants), pheasants, "", language="it")
    assert copied is not None and copied[0].item == "fagiani"  # kept as written for kinds/gift/finders/aligned.py


def test_a_foreign_gift_stands_only_on_the_noun_its_number_counts() -> None:
    from summariser.lang.xx.fallback import read
    from summariser.lang.xx.items import counted_words

    listed = "La Russia ha regalato allo zoo un leone, due yak, 25 fagiani e 40 anatre mandarine."
    assert counted_words("25", listed, "it") == "fagiani e" and counted_words("40", listed, "it") == "anatre mandarine"
    assert read(_gift("yaks", 25, listed), listed, "", language="it") is None  # the yaks are the "due"
    ducks = read(_gift("pheasants", 40, listed), listed, "", language="it")
    assert ducks is not None and ducks[0].item == "duck"  # 40 counts anatre, whatever the model called them
    species = "Il ministro ha parlato di 25 specie di anatre regalate a Pyongyang."
    assert read(_gift("ducks", 25, species), species, "", language="it") is None  # 25 counts species
    assert read(_gift("anatre", 25, species), species, "", language="it") is None
    tanks = "Biden anunció el envío de 31 tanques Abrams a Ucrania."
    assert read(_gift("tanques Abrams", 31, tanks), tanks, "", language="es") is None  # a tank is no gift
    leopards = "Alemania enviará a Ucrania 14 tanques Leopard 2."  # the make, filed as the item, is no leopard
    assert read(_gift("Leopard", 14, leopards), leopards, "", language="es") is None
    zoo = "El zoo donó 14 leopardos a Teherán."
    assert read(_gift("leopards", 14, zoo), zoo, "", language="es") is not None
    korean = "러시아는 북한에 꿩 25마리를 선물했다."
    assert counted_words("25", korean, "ko") == "북한에 꿩 마리를"  # the noun comes first in Korean


def test_a_foreign_gift_named_by_a_name_its_sentence_lacks_is_dropped() -> None:
    from summariser.lang.xx.fallback import read

    asked = "Песков рассказал, какой именно подарок был сделан."
    assert read(_gift("Aurus", None, asked), asked, "", language="ru") is None
    named = "Путин подарил Киму Aurus и 2 собак."
    assert read(_gift("Aurus", None, named), named, "", language="ru") is not None


def test_a_foreign_actor_keeps_only_the_role_body_and_country_its_sentences_hold() -> None:
    sentence = "Il portavoce del Cremlino, Dmitri Peskov, ha detto che non ci sono commenti."
    actor = Actor(name="Dmitri Peskov", role="portavoce", organisation="Cremlino", country="Russia", said=None,
                  evidence=sentence)  # fmt: skip
    read = fallback.read(actor, sentence, "", language="it")
    assert read is not None and (read[0].role, read[0].organisation, read[0].country) == ("portavoce", "Cremlino", None)
    korean = "보도에 따르면 박정천 노동당 비서와 김여정 노동당 부부장이 북한 대외 선물을 전달받았다."
    for role, kept in (("노동당 부부장", None), ("노동당 비서", "노동당 비서")):  # a Korean title follows its holder
        pak = Actor(name="박정천 노동당 비서", role=role, organisation="북대", country=None, said=None, evidence=korean)
        read = fallback.read(pak, korean, "", language="ko")
        assert read is not None and (read[0].name, read[0].role, read[0].organisation) == ("박정천", kept, None)
    # "북대" is no word of the sentence, though its syllables open two of them ("북한 대외")


def test_a_role_that_is_someone_s_name_is_dropped_and_a_title_stays() -> None:
    sentence = "Иван Гершкович, Алсу Курмашева, Пол Вилан пристигнаа во САД во четвртокот."
    whelan = Actor(name="Пол Вилан", role="Иван Гершкович", organisation=None, country=None, said=None,
                   evidence=sentence)  # fmt: skip
    result = fallback.read(whelan, sentence, "", language="mk")
    assert result is not None and result[0].role is None
    assert plausible(whelan.model_copy(update={"role": "Prime Minister"}), "en").role == "Prime Minister"
    assert plausible(whelan.model_copy(update={"role": "Bundeskanzler Amt"}), "de").role == "Bundeskanzler Amt"
    tramp = Actor(name="Tramp", role="tramp", organisation=None, country=None, said=None, evidence="Tramp je dobio")
    assert plausible(tramp, "sr").role is None  # the actor's own name is no role (probe 4)
    assert plausible(tramp.model_copy(update={"role": "president"}), "sr").role == "president"


def test_words_an_actor_said_abroad_stand_in_quotation_marks_or_beside_a_word_of_saying() -> None:
    headline = "Putin e il regalo all'amico Kim: leoni, orsi e yak da esporre allo zoo di Pyongyang"
    putin = Actor(name="Vladimir Putin", role=None, organisation=None, country=None, said=headline, evidence=headline)
    assert not fallback.speaks(putin, headline, "", language="it")  # a headline: nobody says it
    assert not fallback.speaks(putin, headline, "", language="ko")  # no lexicon of saying: quoted words only
    quoted = "«Впервые мы подарили Пхеньяну млекопитающих», — Козлов."
    kozlov = Actor(name="Александр Козлов", role=None, organisation=None, country=None,
                   said="Впервые мы подарили Пхеньяну млекопитающих", evidence=quoted)  # fmt: skip
    assert fallback.speaks(kozlov, quoted, "", language="ru")
    told = "Козлов заявил, что животные прибыли."
    kozlov = kozlov.model_copy(update={"said": "животные прибыли"})
    assert fallback.speaks(kozlov, told, "", language="ru")


def test_unparsed_figures_of_other_claims_are_merged_when_equal_but_never_shown_disagreeing() -> None:
    """What an "other" figure counts (people exchanged, planes, days) takes a parse to tell: without one, two
    such figures are two counts of different things, no disagreement (it was shown as one before)."""
    from summariser.merge import merge

    text = "Lo scambio coinvolge 26 persone e 7 aerei, secondo Ankara.\n"
    article = Article(id="it", text=text, language="it", languages=("it",))
    people, planes = (
        MilitaryClaim(
            claim_type="other", subject=subject, figure=figure, figure_text=str(figure), claimed_by=None,
            place=None, date=None, evidence=text.strip(),
        )
        for subject, figure in (("people exchanged", 26), ("planes", 7))
    )  # fmt: skip
    kept, _ = ground_facts([("military", people), ("military", planes)], article, 0, text, 90.0)
    assert len(kept) == 2 and all(f.reading is not None and not f.reading.compared for f in kept)
    merged = merge(kept)
    assert len(merged.military) == 2 and merged.conflicts == []


def test_a_number_spelled_out_holds_the_models_quantity_and_the_items_own_word_stands_beside_it() -> None:
    def read(item: str, quantity: int | None, sentence: str, code: str) -> tuple[object, ...] | None:
        given = gift(item, quantity, None, sentence).gifts[0].model_copy(update={"transport": None, "date": None})
        result = fallback.read(given, sentence, "", language=code)
        if result is None:
            return None
        assert isinstance(result[0], Gift)
        return result[0].item, result[0].quantity_text, result[0].original

    assert read("dogs", 2, "Kim ha regalato due cani Pungsan a Putin.", "it") == ("dogs", "due", "cani")
    assert read("bears", 2, "Россия подарила два медведя зоопарку.", "ru") == ("bears", "два", "медведя")
    assert read("bears", 3, "La Russie a offert deux ours au zoo.", "fr") is None  # the sentence says two
    assert read("dog", None, "Berdimuhamedov a offert un chien alabaï à Poutine.", "fr") == ("dog", None, "chien")
    assert read("pheasants", 25, "La Russia ha regalato 25 fagiani allo zoo.", "it") == ("pheasants", "25", None)


def test_a_name_written_in_another_script_is_named_as_the_names_package_matches_it() -> None:
    assert stated.names("Kremlin", "크렘린궁 대변인이 성명을 냈다.")  # heard in Hangul
    assert stated.names("Kim Jong Un", "Путин встретился с Ким Чен Ыном в Пхеньяне.")
    assert not stated.names("Kim Jong Un", "Путин встретился с Сергеем Шойгу в Пхеньяне.")


def test_a_gift_of_one_stands_where_the_word_for_one_stands_before_the_items_noun() -> None:
    from summariser.lang.xx.fallback import read

    horse = "Le président a offert un cadeau encombrant à son hôte : un cheval de la garde."
    one = read(_gift("horse", 1, horse), horse, "", language="fr")
    assert one is not None and one[0].quantity == 1 and one[0].quantity_text == "un"
    horses = "Le président a offert un cadeau à son hôte : des chevaux de la garde."
    many = read(_gift("horse", 1, horses), horses, "", language="fr")
    assert many is not None and many[0].quantity is None  # "un cadeau" counts no horse
    plane = "Der Emir will dem Präsidenten ein luxuriöses Flugzeug schenken."
    jet = read(_gift("plane", 1, plane), plane, "", language="de")
    assert jet is not None and jet[0].quantity == 1  # Flugzeug names ✈, "airplane", a kind of plane
    dated = "Am 1. Mai schenkte der Emir dem Präsidenten Pferde."
    lone = read(_gift("horse", 1, dated), dated, "", language="de")
    assert lone is not None and lone[0].quantity is None  # a digit 1 is a date's, as before


def test_an_english_word_the_sentence_writes_alike_is_the_same_item_not_a_copied_one() -> None:
    from summariser.lang.xx.fallback import read

    elided = "Le président a aussi fait cadeau d'une selle et d'un sabre gravé."
    sabre = read(_gift("sabre", 1, elided), elided, "", language="fr")
    assert sabre is not None and sabre[0].item == "sabre" and sabre[0].quantity == 1  # "d'un" holds the one
    italian = "Il presidente ha regalato un cane al suo omologo."
    cane = read(_gift("cane", 1, italian), italian, "", language="it")
    assert cane is not None and cane[0].item == "dog"  # Italian "cane" names 🐕: copied, not English


def test_accepting_a_gift_is_a_word_of_giving() -> None:
    from summariser.lang.xx.fallback import read

    accepted = "Il ministero ha accettato un aereo proveniente dal Qatar."
    assert read(_gift("plane", None, accepted), accepted, "", language="it") is not None
    flown = "Il ministro è arrivato con un aereo proveniente dal Qatar."
    assert read(_gift("plane", None, flown), flown, "", language="it") is None


def test_a_makes_model_is_no_actor_but_a_company_that_acts_and_a_name_after_a_date_are() -> None:
    from summariser.lang.en.reading import read as read_english
    from summariser.lang.xx.fallback import read

    def named(name: str, sentence: str) -> Actor:
        return Actor(name=name, role=None, organisation=None, country=None, said=None, evidence=sentence)

    offered = "Le Qatar va offrir un Boeing 747-8 au président."
    assert read(named("Boeing 747-8", offered), offered, "", language="fr") is None
    assert read(named("Boeing", offered), offered, "", language="fr") is None  # "Boeing 747": numbered
    outlet = "Selon France 24, le cheval arrivera en 2018."
    assert read(named("France 24", outlet), outlet, "", language="fr") is not None  # an outlet's number
    dated = "19 мая Semafor сообщил, что семья подарила самолет."
    assert read(named("Semafor", dated), dated, "", language="ru") is not None
    said = "Boeing said the 747-8 would be refitted by 2026."
    assert read_english(named("Boeing", said), said, "") is not None
    assert read_english(named("Boeing 747-8", said), said, "") is None


def test_a_chinese_name_in_pinyin_is_found_in_its_russian_palladius_spelling() -> None:
    from summariser.lang.xx.fallback import read
    from summariser.names import chinese_in_cyrillic

    gave = "Макрон подарил Си Цзиньпину лошадь из Республиканской гвардии."
    xi = Actor(name="Xi Jinping", role=None, organisation=None, country=None, said=None, evidence=gave)
    assert read(xi, gave, "", language="ru") is not None
    other = "Макрон подарил Путину лошадь из Республиканской гвардии."
    assert read(xi.model_copy(update={"evidence": other}), other, "", language="ru") is None
    assert chinese_in_cyrillic("zedong", "Цзэдуна") and chinese_in_cyrillic("keqiang", "Кэцяна")
    assert not chinese_in_cyrillic("jones", "Джонс")


def test_a_body_is_found_by_its_proper_words_where_its_common_ones_are_translated() -> None:
    from summariser.lang.xx.stated import names

    assert names("ABC News", "La notizia è stata diffusa domenica da Abc e dal New York Times.")
    assert names("Anadolu Agency", "Агентство Анадолу сообщило об обмене.")
    assert names("Biden administration", "Администрация Байдена согласилась на обмен.")
    assert not names("White House", "La Maison Blanche a confirmé.")  # no proper word to find: left out
    assert not names("Donald Trump", "Donald Tusk ha detto che.")  # a person's name still needs its surname


def test_a_make_and_model_is_named_by_the_thing_the_sentence_writes_beside_it() -> None:
    from summariser.lang.xx.fallback import read

    plane = "Die Stadtverwaltung bekam von der Familie des Königs ein Flugzeug der Marke Airbus als Geschenk."
    airbus = read(_gift("Airbus A320", None, plane), plane, "", language="de")
    assert airbus is not None and airbus[0].item == "airplane"  # the family is named too, but not beside the make
    lone = "La città ha ricevuto in regalo un Airbus A320 dalla famiglia reale."
    kept = read(_gift("Airbus A320", None, lone), lone, "", language="it")
    assert kept is not None and kept[0].item == "Airbus A320"  # no thing named beside it: the make stays
    planes = "Die Stadt bekam zwei Flugzeuge der Marke Airbus und ein Auto als Geschenk."
    two = read(_gift("Airbus A320", 2, planes), planes, "", language="de")
    assert two is not None and (two[0].item, two[0].quantity) == ("airplane", 2)  # the two counts the Airbus planes
    one = read(_gift("Airbus A320", 1, planes), planes, "", language="de")
    assert one is not None and (one[0].item, one[0].quantity) == ("airplane", None)  # "ein" counts the car


def test_a_word_of_two_scripts_is_no_item() -> None:
    from summariser.lang.xx.fallback import read

    horse = "Президент Франции преподнесет председателю КНР в подарок лошадь."
    assert read(_gift("loshadь", None, horse), horse, "", language="ru") is None  # a transliteration left half done
    kept = read(_gift("лошадь", None, horse), horse, "", language="ru")
    assert kept is not None and kept[0].item == "horse"


def _body(name: str, written: str | None, sentence: str) -> Actor:
    return Actor(name=name, role=None, organisation=None, country=None, said=None, evidence=sentence, written=written)


def test_a_body_named_in_english_stands_where_its_name_as_written_does() -> None:
    sentence = "Das Verkehrsministerium in Riga begrüßte am Montag die Lieferung der Busse."
    read = fallback.read(_body("Transport Ministry", "Verkehrsministerium", sentence), sentence, "", language="de")
    assert read is not None and read[0].name == "Transport Ministry"
    assert fallback.read(_body("Transport Ministry", None, sentence), sentence, "", language="de") is None
    # the written form must be the sentence's, word for word
    assert fallback.read(_body("Transport Ministry", "Bauministerium", sentence), sentence, "", language="de") is None


def test_a_written_form_vouches_for_no_person_country_or_city() -> None:
    sentence = "Das Verkehrsministerium in Riga begrüßte am Montag die Lieferung der Busse."
    pairs = (("Kim Smith", "Verkehrsministerium"), ("Latvia", "Riga"), ("Riga City", "Riga"), ("Buses", "Busse"))
    for name, written in pairs:
        assert fallback.read(_body(name, written, sentence), sentence, "", language="de") is None


def test_words_after_a_quote_are_not_the_quoted_persons_without_a_word_of_saying_of_their_own() -> None:
    before = "« Ces animaux sont un signe de notre amitié », a déclaré la ministre Ingrid Solberg."
    after = "Le directeur du zoo, Kenji Watanabe, a remercié le gouvernement norvégien."
    minister = _body("Ingrid Solberg", None, before).model_copy(update={"said": after})
    assert not fallback.speaks(minister, after, before, language="fr")
    added = "Elle a ajouté que le zoo recevrait aussi du fourrage."
    assert fallback.speaks(minister.model_copy(update={"said": added}), added, before, language="fr")


def test_an_item_left_untranslated_reads_as_its_lemma_so_that_cognates_merge() -> None:
    said = {
        "pt": ("condores", "O ministério ofereceu dois condores ao zoo."),
        "es": ("cóndores", "El ministerio regaló dos cóndores al zoológico."),
        "it": ("condor", "Il ministero ha donato due condor allo zoo."),
    }
    heads = set()
    for code, (item, sentence) in said.items():
        read = fallback.read(gift(item, 2, "dos", sentence).gifts[0], sentence, "", language=code)
        assert read is not None and read[0].item == item  # shown as the article writes it
        heads.add(read[1].head)
    assert heads == {"condor"}  # one head: the three merge into one gift


def _actor(name: str, sentence: str, written: str | None = None) -> Actor:
    return Actor(name=name, written=written, role=None, organisation=None, country=None, said=None, evidence=sentence)


def test_a_number_joined_to_a_word_is_no_count_of_a_gift() -> None:
    aged = "Predsednik je 13-letnemu Barronu podaril konja."  # 13 is the boy's age
    assert fallback.read(_gift("horses", 13, aged), aged, "", language="sl") is None
    counted = "Il presidente ha regalato 13 cavalli al figlio."
    assert fallback.read(_gift("horses", 13, counted), counted, "", language="it") is not None
    assert stated.only_in_compounds(13, "ein 13-jähriger Junge", "de")
    assert not stated.only_in_compounds(13, "13 Pferde für den 13-jährigen Jungen", "de")


def test_an_item_word_neither_english_nor_written_in_the_sentence_is_no_item() -> None:
    from summariser.lang.xx import items

    slovene = "Predsednik je Barronu podaril konja."
    assert items.in_english("conj", slovene, "sl") is None  # "konja" misspelt on its way to English
    assert items.in_english("horse", slovene, "sl") == "horse"


def test_a_surname_written_after_another_given_name_is_not_the_models_person() -> None:
    german = "Barron Trump, 13 Jahre alter Sohn des US-Präsidenten, wohnte im Trump Tower in New York."
    assert fallback.read(_actor("Mona Lisa Trump", german), german, "", language="de") is None
    assert fallback.read(_actor("Barron Trump", german), german, "", language="de") is not None
    # the given name elsewhere in the sentence ("Бэррону"), or the surname alone or after a title: undecided
    russian = "Лошадь подарили младшему сыну президента США Дональда Трампа Бэррону."
    assert fallback.read(_actor("Barron Trump", russian), russian, "", language="ru") is not None
    said = 'Il a l\'air "magnifique" en photo, a commenté Donald Trump après avoir remercié son invité.'
    assert not fallback.speaks(_actor("Barron Trump", said).model_copy(update={"said": "magnifique"}), said, "",
                               language="fr")  # fmt: skip
    assert fallback.speaks(_actor("Donald Trump", said).model_copy(update={"said": "magnifique"}), said, "",
                           language="fr")  # fmt: skip
    assert not stated.given_name_differs("Olaf Scholz", "Bundeskanzler Scholz sagte das.", "de")
    assert not stated.given_name_differs("Donald Rumsfeld", "Anche Donald H. Rumsfeld ne ricevette uno.", "it")


def test_a_translated_bodys_proper_words_stand_in_the_sentence() -> None:
    russian = "Как сообщили в Белом доме, Трамп поблагодарил коллегу за этот подарок."
    made_up = fallback.read(_actor("Belmont House", russian, "Белом доме"), russian, "", language="ru")
    assert made_up is None  # "Belmont" is no English word, and no word of the sentence
    assert fallback.read(_actor("White House", russian, "Белом доме"), russian, "", language="ru") is not None


def test_a_gift_where_code_reads_no_word_of_giving_needs_its_thing_named_in_the_sentence() -> None:
    hungarian = "Hétfőn hivatalos látogatásra érkezett Budapestre Recep Tayyip Erdogan török elnök."
    assert fallback.read(_gift("tiger", None, hungarian), hungarian, "", language="hu") is None  # nothing given
    dutch = "Orbán deed Erdoğan een paard cadeau."  # Dutch: no words of giving or of things known here
    assert fallback.read(_gift("horse", None, dutch), dutch, "", language="nl") is None  # so not checked: dropped
    made = "Erdoğan gaf Orbán een Togg."
    assert fallback.read(_gift("Togg", None, made), made, "", language="nl") is not None  # written there
    # Korean's words of giving by Kiwi's morphemes: 선물 + 하 in "선물했다고"; riding in a car gives nothing
    given = "푸틴 대통령이 김정은 위원장에게 러시아산 승용차를 선물했다고 보도했습니다."
    assert fallback.read(_gift("car", None, given), given, "", language="ko") is not None
    ridden = "푸틴 대통령이 김정은 위원장과 승용차를 타고 이동했다."
    assert fallback.read(_gift("car", None, ridden), ridden, "", language="ko") is None


def test_an_other_claim_without_a_head_count_states_nothing_military() -> None:
    from summariser.lang.en.reading import read as read_english

    def other(figure: int | None, sentence: str) -> MilitaryClaim:
        return MilitaryClaim(claim_type="other", subject="Scholz asked Orbán to leave the hall", figure=figure,
                             figure_text=None, claimed_by=None, place=None, date=None, evidence=sentence)  # fmt: skip

    english = "According to Politico, Scholz asked Orbán to leave the hall during the vote."
    assert read_english(other(None, english), english, "") is None
    swap = "Russia freed 16 prisoners in the exchange."
    assert read_english(other(16, swap), swap, "") is not None
    german = "Laut Politico bat Scholz Orbán, den Saal zu verlassen."
    assert fallback.read(other(None, german), german, "", language="de") is None


def test_where_code_knows_no_word_of_saying_only_quoted_words_are_a_statement() -> None:
    headline = "Je raadt nooit wat Orbán cadeau deed aan Erdoğan"
    said = _actor("Viktor Orbán", headline).model_copy(update={"said": headline})
    assert not fallback.speaks(said, headline, "", language="nl")
    quoted = "Orbán sprak van “de beste deal ooit”."
    deal = _actor("Viktor Orbán", quoted).model_copy(update={"said": "de beste deal ooit"})
    assert fallback.speaks(deal, quoted, "", language="nl")
