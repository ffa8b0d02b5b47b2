"""A few English words in other languages, by lemma (simplemma): the nouns the English parse counts
(people, prisoners ...; tanks, missiles ...), words of death and wounds, and words of giving. They let
code check, in text no parser reads, what the English checks read from a parse (lang/en/reading.py)."""

import re
from functools import cache

from summariser.lang.words import DICTIONARY_WORD

CAPITALISED_NOUNS = frozenset({"de", "lb"})
"""Languages that capitalise every noun: a capital letter there marks neither a name nor a title."""

PEOPLE: dict[str, dict[str, str]] = {
    "it": {"persona": "people", "prigioniero": "prisoners", "detenuto": "detainees", "ostaggio": "hostages",
           "cittadino": "citizens", "giornalista": "journalists", "dissidente": "dissidents", "civile": "civilians",
           "rifugiato": "refugees", "migrante": "migrants", "passeggero": "passengers", "individuo": "individuals"},
    "es": {"persona": "people", "prisionero": "prisoners", "preso": "prisoners", "detenido": "detainees",
           "rehén": "hostages", "ciudadano": "citizens", "periodista": "journalists", "civil": "civilians",
           "refugiado": "refugees", "migrante": "migrants", "pasajero": "passengers"},
    "pt": {"pessoa": "people", "prisioneiro": "prisoners", "preso": "prisoners", "detido": "detainees",
           "refém": "hostages", "cidadão": "citizens", "jornalista": "journalists", "civil": "civilians",
           "refugiado": "refugees", "migrante": "migrants", "passageiro": "passengers"},
    "fr": {"personne": "people", "prisonnier": "prisoners", "détenu": "detainees", "otage": "hostages",
           "citoyen": "citizens", "journaliste": "journalists", "civil": "civilians", "réfugié": "refugees",
           "migrant": "migrants", "passager": "passengers"},
    "de": {"person": "people", "mensch": "people", "gefangene": "prisoners", "gefangener": "prisoners",
           "häftling": "prisoners", "geisel": "hostages", "bürger": "citizens", "journalist": "journalists",
           "zivilist": "civilians", "flüchtling": "refugees", "passagier": "passengers"},
    "ru": {"человек": "people", "заключенный": "prisoners", "заключённый": "prisoners", "узник": "prisoners",
           "пленный": "prisoners", "заложник": "hostages", "гражданин": "citizens", "журналист": "journalists",
           "беженец": "refugees", "пассажир": "passengers", "лицо": "people"},
    "uk": {"людина": "people", "особа": "people", "в'язень": "prisoners", "полонений": "prisoners",
           "заручник": "hostages", "громадянин": "citizens", "журналіст": "journalists", "біженець": "refugees",
           "пасажир": "passengers"},
    "mk": {"лице": "people", "лица": "people", "човек": "people", "луѓе": "people", "затвореник": "prisoners",
           "заложник": "hostages", "граѓанин": "citizens", "новинар": "journalists", "бегалец": "refugees",
           "патник": "passengers"},
}  # fmt: skip
"""Nouns that count people in other languages, by lemma, with their English noun (English's own: lang/en/words.py
PEOPLE)."""
ARMS: dict[str, dict[str, str]] = {
    "it": {"carro": "tanks", "missile": "missiles", "razzo": "rockets", "drone": "drones", "obice": "howitzers",
           "lanciarazzi": "launchers", "proiettile": "shells"},
    "es": {"tanque": "tanks", "misil": "missiles", "cohete": "rockets", "dron": "drones", "obús": "howitzers",
           "lanzacohetes": "launchers", "proyectil": "shells"},
    "pt": {"tanque": "tanks", "míssil": "missiles", "foguete": "rockets", "drone": "drones", "obus": "howitzers"},
    "fr": {"char": "tanks", "missile": "missiles", "roquette": "rockets", "drone": "drones", "obus": "shells"},
    "de": {"panzer": "tanks", "rakete": "missiles", "drohne": "drones", "haubitze": "howitzers",
           "granate": "shells"},
    "ru": {"танк": "tanks", "ракета": "missiles", "беспилотник": "drones", "дрон": "drones", "гаубица": "howitzers",
           "снаряд": "shells"},
    "uk": {"танк": "tanks", "ракета": "missiles", "безпілотник": "drones", "дрон": "drones", "гаубиця": "howitzers",
           "снаряд": "shells"},
    "mk": {"тенк": "tanks", "ракета": "missiles", "дрон": "drones", "хаубица": "howitzers"},
}  # fmt: skip
NUMBER_OF: dict[str, set[str]] = {
    "it": {"numero", "totale"}, "es": {"número", "total", "cifra"}, "pt": {"número", "total"},
    "fr": {"nombre", "total"}, "de": {"zahl", "anzahl", "gesamtzahl"}, "ru": {"число", "количество"},
    "uk": {"число", "кількість"}, "mk": {"број", "вкупно"},
}  # fmt: skip
AMOUNTS_TO: dict[str, set[str]] = {
    "it": {"ammontare", "essere"}, "es": {"ascender", "ser"}, "pt": {"ascender", "ser"}, "fr": {"élever", "être"},
    "de": {"betragen", "sein", "liegen"}, "ru": {"составлять", "составить", "достигать", "достигнуть"},
    "uk": {"становити", "складати", "сягати"}, "mk": {"изнесува", "изнесуваше", "е"},
}  # fmt: skip
"""Words for "the number of X" and for "amounts to": "общее число подлежащих обмену лиц составляет 26" counts
people, its number written after the noun and the verb."""
HARM: dict[str, set[str]] = {
    "it": {"morto", "morti", "morte", "morire", "uccidere", "ucciso", "ferito", "ferire", "vittima", "caduto"},
    "es": {"muerto", "muerte", "morir", "matar", "herido", "herir", "víctima", "fallecido"},
    "pt": {"morto", "morte", "morrer", "matar", "ferido", "vítima"},
    "fr": {"mort", "mourir", "tuer", "tué", "blessé", "blesser", "victime"},
    "de": {"tot", "tote", "sterben", "töten", "getötet", "verletzt", "verwundet", "opfer"},
    "ru": {"погибнуть", "погибший", "убить", "убитый", "ранить", "раненый", "жертва", "смерть", "гибель"},
    "uk": {"загинути", "загиблий", "вбити", "убитий", "поранити", "поранений", "жертва", "смерть"},
    "mk": {"загина", "загинат", "убиен", "убиени", "ранет", "ранети", "жртва", "жртви", "смрт"},
}
GIVING: dict[str, set[str]] = {
    "it": {
        "regalare", "regalo", "donare", "dono", "donazione", "consegnare", "consegna", "inviare", "mandare",
        "ricevere", "offrire", "spedire", "spedizione", "trasferire", "accettare", "ottenere",
    },
    "es": {
        "regalar", "regalo", "donar", "donación", "obsequio", "obsequiar", "entregar", "entrega", "enviar", "envío",
        "recibir", "transferir", "aceptar", "obtener",
    },
    "pt": {
        "presentear", "presente", "doar", "doação", "oferecer", "ofertar", "entregar", "entrega", "enviar", "envio",
        "receber", "transferir", "aceitar", "obter",
    },
    "fr": {
        "offrir", "cadeau", "don", "donner", "livrer", "livraison", "envoyer", "envoi", "recevoir", "remettre",
        "transférer", "accepter", "obtenir",
    },
    "de": {
        "schenken", "geschenk", "spenden", "spende", "übergeben", "überreichen", "liefern", "lieferung", "schicken",
        "senden", "sendung", "erhalten", "annehmen", "akzeptieren", "bekommen",
    },
    "ru": {
        "подарить", "дарить", "подарок", "передать", "вручить", "презентовать", "отправить", "отправка", "доставить",
        "доставка", "поставка", "получить", "пожертвовать", "принять", "получать",
    },
    "uk": {
        "подарувати", "дарувати", "подарунок", "передати", "вручити", "відправити", "доставити", "доставка",
        "поставка", "отримати", "прийняти",
    },
    "mk": {"подари", "подарок", "донира", "предаде", "врачи", "испрати", "достави", "испорака", "пратка", "доби"},
}  # fmt: skip
"""Words of giving: a gift in text no parser reads stands only in a sentence holding one. As in the English
list (lang/en/reading.py: "present", "hand", "transfer", "shipment"), handing over, transferring and the
nouns of a delivery count ("вручить", "sono stati trasferiti", "La spedizione comprendeva"), and so do receiving and
accepting, as in English's lang/en/parties.py RECEIVING ("ha accettato un aereo")."""


TREATY: dict[str, set[str]] = {
    "en": {"treaty", "pact", "agreement", "accord", "convention", "memorandum"},
    "it": {"trattato", "accordo", "patto", "intesa", "convenzione", "memorandum"},
    "es": {"tratado", "acuerdo", "pacto", "convenio", "convención", "memorando", "memorándum"},
    "pt": {"tratado", "acordo", "pacto", "convênio", "convénio", "convenção", "memorando"},
    "fr": {"traité", "accord", "pacte", "convention", "mémorandum"},
    "de": {"vertrag", "abkommen", "pakt", "vereinbarung", "übereinkommen", "memorandum"},
    "nl": {"verdrag", "akkoord", "pact", "overeenkomst", "memorandum"},
    "ro": {"tratat", "acord", "pact", "convenție", "convenţie", "memorandum"},
    "ru": {"договор", "соглашение", "пакт", "конвенция", "меморандум", "договорённость", "договоренность"},
    "uk": {"договір", "угода", "пакт", "конвенція", "меморандум"},
    "bg": {"договор", "споразумение", "пакт", "конвенция", "меморандум"},
    "mk": {"договор", "спогодба", "пакт", "конвенција", "меморандум"},
    "hbs": {"ugovor", "sporazum", "pakt", "konvencija", "memorandum", "уговор", "споразум", "пакт"},
    "pl": {"traktat", "umowa", "porozumienie", "pakt", "konwencja", "memorandum"},
    "cs": {"smlouva", "dohoda", "pakt", "úmluva", "memorandum"},
    "sk": {"zmluva", "dohoda", "pakt", "dohovor", "memorandum"},
    "tr": {"antlaşma", "anlaşma", "pakt", "sözleşme", "mutabakat"},
    "ko": {"조약", "협정", "협약", "합의", "각서"},
    "zh": {"条约", "條約", "协定", "協定", "协议", "協議", "公约", "公約", "备忘录"},
    "ja": {"条約", "協定", "合意", "覚書"},
}  # fmt: skip
"""Words for a treaty or pact (an agreement between states, as lang/en's treaty finder names them: treaty, pact,
agreement, accord): a treaty in text no parser reads stands only in a sentence holding one, or a compound ending
in one ("Partnerschaftsvertrag"). "Partnership" and "alliance" are left out: "a symbol of the historic
partnership" is no pact, and "союз" is also a union of states. Languages written without spaces (UNSPACED) are
searched for the word anywhere; Korean writes its particles onto the noun ("조약을")."""
UNSPACED = frozenset({"ko", "zh", "ja"})


def lexicon_of(table: dict[str, set[str]], code: str) -> set[str] | None:
    """The words of `table` for language `code` (a language simplemma files under another's dictionary, as
    Serbian under "hbs", by that name), or None where the table has none."""
    return table.get(code, table.get(MACROLANGUAGES.get(code, code)))


def names_agreement(sentence: str, code: str | None) -> bool:
    """Whether the sentence holds a word for a treaty or pact (TREATY) of language `code` as a word, its lemma or
    a compound's last part; of any language TREATY knows where `code` is None. False for a language TREATY
    lacks: code cannot tell there whether the sentence speaks of one."""
    if code is None:
        return any(names_agreement(sentence, known_code) for known_code in TREATY)
    words = lexicon_of(TREATY, code)
    if not words:
        return False
    if code in UNSPACED:
        return any(word in sentence for word in words)
    found = lemmas(sentence, code)
    return bool(found & words) or any(w.endswith(t) for w in found for t in words if len(t) >= 5)


SPEECH: dict[str, set[str]] = {
    "it": {"dire", "detto", "affermare", "dichiarare", "spiegare", "sottolineare", "aggiungere", "riferire",
           "annunciare", "commentare", "scrivere", "ribadire", "precisare", "osservare", "definire"},
    "es": {"decir", "dicho", "afirmar", "declarar", "explicar", "subrayar", "añadir", "agregar", "anunciar",
           "comentar", "escribir", "asegurar", "señalar", "indicar"},
    "pt": {"dizer", "afirmar", "declarar", "explicar", "sublinhar", "acrescentar", "anunciar", "comentar",
           "escrever", "assegurar"},
    "fr": {"dire", "affirmer", "déclarer", "expliquer", "souligner", "ajouter", "annoncer", "commenter",
           "écrire", "assurer", "indiquer"},
    "de": {"sagen", "erklären", "betonen", "hinzufügen", "ankündigen", "kommentieren", "schreiben", "versichern",
           "mitteilen", "sprechen"},
    "ru": {"сказать", "заявить", "заявлять", "отметить", "отмечать", "подчеркнуть", "добавить", "сообщить",
           "объявить", "написать", "говорить", "пояснить", "назвать", "рассказать"},
    "uk": {"сказати", "заявити", "заявляти", "відзначити", "підкреслити", "додати", "повідомити", "оголосити",
           "написати", "говорити", "пояснити"},
    "mk": {"рече", "изјави", "изјавил", "истакна", "додаде", "соопшти", "објави", "напиша", "кажа", "рекол"},
}  # fmt: skip
"""Words of saying: in text no parser reads, words an actor said stand in quotation marks or in a sentence
holding one ("Putin e il regalo all'amico Kim: leoni, orsi e yak", a headline, is nobody's statement)."""


MACROLANGUAGES = {"bs": "hbs", "hr": "hbs", "sr": "hbs", "sh": "hbs", "cnr": "hbs", "no": "nb"}
"""Languages simplemma files under one dictionary (its README: "hbs", Serbo-Croatian, for Bosnian, Croatian,
Montenegrin and Serbian; Bokmål "nb" for Norwegian); the language detector names them apart."""


def _dictionary(code: str) -> str | None:
    """simplemma's name for the dictionary of language `code`, or None where it has none: it raises
    ValueError for a language it lacks, and a detector may name any language."""
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    name = MACROLANGUAGES.get(code, code)
    return name if name in SUPPORTED_LANGUAGES else None


@cache
def lemma(word: str, code: str) -> str:
    """A word's lemma in language `code`, lower case (simplemma's dictionary; the word itself if unknown or
    where simplemma has no dictionary of the language)."""
    import simplemma  # deferred: a dictionary loads per language, only for text no parser reads

    name = _dictionary(code)
    if name is None or not word.strip():  # simplemma refuses an empty word; a split can leave one
        return word.lower()
    return str(simplemma.lemmatize(word, lang=name)).lower()


def has_dictionary(code: str) -> bool:
    """Whether simplemma has a dictionary of the language."""
    return _dictionary(code) is not None


@cache
def _dictionary_word(word: str, code: str) -> bool:
    import simplemma

    name = _dictionary(code)
    return name is not None and bool(simplemma.is_known(word, lang=name))


def known(word: str, code: str) -> bool:
    """Whether a word, as written or in lower case, is in the language's dictionary."""
    return has_dictionary(code) and any(_dictionary_word(part, code) for part in {word, word.lower()})


def without_title(name: str, code: str) -> str:
    """A name without the words a model put before it ("Американскиот претседател Џо Бајден" -> "Џо
    Бајден", "il portavoce Dmitri Peskov" -> "Dmitri Peskov"): the words up to the last lower-case one,
    when one of them is a lower-case word of four letters or more (a title, not a particle like "de" or
    "von") and none is capitalised but a first word that is a common word in lower case. "Maria de
    Lourdes" and "Ursula von der Leyen" stay whole. Not in German, which capitalises its titles."""
    words = name.split()
    lower = [i for i, w in enumerate(words) if w[:1].islower()]
    if code in CAPITALISED_NOUNS or not lower or lower[-1] == len(words) - 1:
        return name
    cut = lower[-1] + 1
    prefix = words[:cut]
    titled = any(w[:1].islower() and len(w) >= 4 for w in prefix)
    capitalised = [i for i, w in enumerate(prefix) if not w[:1].islower()]
    opening = capitalised in ([], [0]) and (not capitalised or _dictionary_word(prefix[0].lower(), code))
    return " ".join(words[cut:]) if titled and opening and has_dictionary(code) else name


def tokens(text: str, code: str) -> list[tuple[re.Match[str], str]]:
    """Each word of a text with its lemma in language `code`."""
    return [(m, lemma(m.group().lower(), code)) for m in DICTIONARY_WORD.finditer(text)]


def lemmas(text: str, code: str) -> set[str]:
    """The lower-case words of a text and their lemmas in language `code`."""
    return {form for m, base in tokens(text, code) for form in (m.group().lower(), base)}


def counted_noun(word: str, code: str) -> str | None:
    """The English noun of a word the lexicon counts in language `code` ("tanques" -> "tank"), if any."""
    base = lemma(word.lower(), code) if has_dictionary(code) else word.lower()
    return PEOPLE.get(code, {}).get(base) or ARMS.get(code, {}).get(base)
