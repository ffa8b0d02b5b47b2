"""Russian read by its reader (lang/ru/reader.py: natasha's NER and parse, pymorphy3's lemmas):
persons and organisations with their offsets and their names in the nominative, gifts by the parse, each
item with its own number; never a place, a breed, a headline's words, a possession, a question, a
condition or a supply of arms."""

from summariser.kinds.actor.finders.abroad import proper_names
from summariser.kinds.gift.finders.abroad import gifts_abroad
from summariser.kinds.military.finders.abroad import counted_in
from summariser.lang.registry import reader_for
from summariser.lang.ru.reader import analysis
from summariser.load.articles import Article
from summariser.schemas import Actor

READER = reader_for("ru")


def names(sentence: str) -> list[tuple[str, int, int, str, str]]:
    assert READER is not None
    return [(sentence[n.start : n.end], n.start, n.end, n.label, n.normal) for n in READER.names(sentence)]


def gifts(sentence: str, *, told: bool = False) -> list[tuple[str, int | None, str | None]]:
    assert READER is not None
    found = READER.gifts(sentence, told=told)
    assert all(sentence[g.start : g.end] == g.noun for g in found)
    return [(g.lemma, g.value, g.written) for g in found]


def article(text: str) -> Article:
    return Article(id="ru", text=text, language="ru", languages=("ru",))


def test_persons_and_organisations_have_their_exact_offsets_and_places_are_left_out() -> None:
    sentence = "Глава МИД Германии Анналена Бербок встретилась в Берлине с представителями компании «Сименс»."
    assert names(sentence) == [
        ("МИД", 6, 9, "organisation", "МИД"),
        ("Анналена Бербок", 19, 34, "person", "Анналена Бербок"),
        ("Сименс", 85, 91, "organisation", "Сименс"),
    ]
    assert names("Правительство Германии и Франция подписали договор в Париже.") == []


def test_a_declined_name_is_cited_in_the_nominative() -> None:
    sentence = "Встреча прошла с Дмитрием Песковым и Марией Захаровой."
    assert [(written, normal) for written, *_, normal in names(sentence)] == [
        ("Дмитрием Песковым", "Дмитрий Песков"),
        ("Марией Захаровой", "Мария Захарова"),
    ]
    agency = "Об этом сообщило Центральное телеграфное агентство Кореи (ЦТАК) в пятницу."
    assert [normal for *_, normal in names(agency)] == ["Центральное телеграфное агентство Кореи"]  # no initials


def test_a_breed_a_make_and_a_headline_give_no_actor() -> None:
    assert names("Эксперты считают, что собака породы Алабай стала символом страны.") == []
    assert names("Губернатор купил автомобиль Aurus для встреч.") == []
    text = "Путин Подарил Киму Собаку\n\nНа встрече в Сочи Владимир Путин поблагодарил Гурбангулы Бердымухамедова."
    actors = [f.fact.name for f in proper_names(article(text), []) if isinstance(f.fact, Actor)]
    assert "Киму" not in actors and "Ким" not in actors and "Владимир Путин" in actors


def test_a_title_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    found = names("Королеве Камилле глава США преподнёс винтажную брошь.")
    assert [(written, normal) for written, _, _, _, normal in found] == [("Камилле", "Камилла")]
    assert [w for w, *_ in names("Владимир Путин подарил Ким Чен Ыну автомобиль.")][0] == "Владимир Путин"


def test_each_listed_gift_has_its_own_number() -> None:
    assert gifts("Султан подарил гостю три сокола и двух верблюдов.") == [("сокол", 3, "три"), ("верблюд", 2, "двух")]
    assert gifts("Губернатор вручил победителям 12 велосипедов и 40 книг.") == [
        ("велосипед", 12, "12"),
        ("книга", 40, "40"),
    ]


def test_a_long_list_the_parser_misattaches_keeps_each_number_with_its_noun() -> None:
    sentence = "Город подарил зоопарку двух бурых медведей, трёх белых лебедей, пять пеликанов и сорок уток."
    assert gifts(sentence) == [
        ("медведь", 2, "двух"),
        ("лебедь", 3, "трёх"),
        ("пеликан", 5, "пять"),
        ("утка", 40, "сорок"),
    ]


def test_sending_gives_only_as_a_gift_or_after_a_gift_was_told() -> None:
    sent = "Город отправил зоопарку двух медведей."
    assert gifts(sent) == []
    assert gifts(sent, told=True) == [("медведь", 2, "двух")]
    assert gifts("Делегации отправили в подарок пять ваз.") == [("ваза", 5, "пять")]


def test_no_gift_in_a_possession_a_question_a_condition_a_negation_or_a_wish() -> None:
    assert gifts("Президент, у которого уже есть сорок лошадей, осмотрел конюшню.") == []
    assert gifts("Что можно подарить человеку, у которого всё есть?") == []
    assert gifts("Если бы губернатор подарил школе автобус, дети были бы рады.") == []
    assert gifts("Губернатор не подарил школе автобус.") == []
    assert gifts("Губернатор хочет подарить школе два автобуса.") == []
    assert gifts("Губернатор подарил школе автобус.") == [("автобус", None, None)]  # a thing, no number


def test_a_price_is_no_gift_and_digits_count_whatever_the_parse_tags_them() -> None:
    assert gifts("Султан подарил королеве ожерелье стоимостью 12 500 долларов.") == []  # a price, not dollars given
    assert gifts("Президент подарил лидеру КНДР 24 лошади, сообщает ТАСС.") == [("лошадь", 24, "24")]  # "24": amod


def test_what_a_gift_is_shaped_like_is_no_gift_and_what_a_box_holds_is() -> None:
    shaped = "Королеве глава США преподнёс брошь в форме цветка из золота с бриллиантами."
    assert all(lemma != "цветок" for lemma, _, _ in gifts(shaped))  # the brooch's shape, not a flower given
    assert gifts("Гость подарил хозяину коробку конфет.") == [("конфета", None, None)]  # the sweets, in their box


def test_arms_troops_and_people_are_no_gift() -> None:
    assert gifts("Германия передала Украине 30 танков и 5000 снарядов.") == []
    assert gifts("Страна передала союзнику тысячи контейнеров с боеприпасами и 300 солдат.") == []
    assert gifts("Россия передала США 16 заключённых.") == []


def test_an_article_s_gifts_come_in_english_and_counts_read_number_words() -> None:
    text = "Подарки\n\nГород подарил зоопарку двух бурых медведей и сорок уток."
    found = [(f.fact.item, f.fact.quantity) for f in gifts_abroad(article(text), [])]
    assert found == [("bear", 2), ("duck", 40)]
    assert counted_in("Ожидается освобождение трёх находящихся в заключении граждан.", "ru") == [
        ("other", "citizens", 3, "трёх")  # the parse ties the number word to its noun across other words
    ]


def test_lemmas_follow_the_part_of_speech_and_the_case_of_the_parse() -> None:
    assert analysis("Песков", "PROPN", "Nom")[0] == "песков"  # a surname, no case of "песок"
    assert analysis("яков", "NOUN", "Gen")[0] == "як"  # yaks, not the name Yakov
    assert analysis("заключённых", "NOUN", "Gen")[0] == "заключённый"  # the prisoners, not "to conclude"
    assert analysis("фазанов", "ADJ", "Gen") == ("фазан", "NOUN")  # no adjective reads so: a noun


def test_a_word_the_dictionary_reads_only_as_a_verb_names_no_one() -> None:
    assert names("Вырастим — и отдадим соседям, чтобы не голодали.") == []  # NER and parse: "Вырастим", a person
    assert names("Соберём — и отправим соседям, пообещал министр.") == []
    assert [n[0] for n in names("Посадим деревья, сказал Иван Петров.")] == ["Иван Петров"]
