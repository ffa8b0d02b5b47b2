"""Roles in text no parser reads, in English where code can check the translation.

A role stands only in the words beside its holder's name: the words before the name back to a mark of
punctuation ("il portavoce del Cremlino Dmitri Peskov"), or the phrase after a comma that follows it
("Evan Gershkovich, giornalista del Wall Street Journal,"). A role the model gave in English stands when
each of its words is the English of a word there (a small lexicon of titles and nationalities, by lemma)
or is written there as is ("Wall Street Journal"), and it holds the English of that phrase's first title,
which is what the phrase names: "portavoce del presidente russo" makes a spokesman, never "Russian
president". A model's role copied from the text stands where it is in those words. Without either, the
phrase itself is the role when code can put it into English word by word (titles and nationalities only:
"presidente turco" -> "Turkish president"), else as written, if it holds a title.
"""

import re

from summariser.lang.lexicon import has_dictionary, known, lemma
from summariser.names import TEXT_WORD, written_span

MAX_ROLE_WORDS = 7
"""Words a role beside a name runs to at most; a longer run is a clause, not a title."""

# Titles of other languages in English, by lemma; not English's own titles (lang/en/words.py TITLES) nor the
# words a folded name drops (summariser/names/fold.py TITLES).
TITLES: dict[str, dict[str, str]] = {
    "it": {"primo ministro": "prime minister", "presidente": "president", "vicepresidente": "vice president",
           "premier": "prime minister",
           "ministro": "minister", "portavoce": "spokesman", "segretario": "secretary",
           "ambasciatore": "ambassador", "giornalista": "journalist", "reporter": "reporter",
           "corrispondente": "correspondent", "cancelliere": "chancellor", "leader": "leader", "capo": "head",
           "direttore": "director", "generale": "general", "comandante": "commander", "senatore": "senator",
           "sindaco": "mayor", "marine": "marine", "dissidente": "dissident", "attivista": "activist",
           "sorella": "sister", "moglie": "wife", "vedova": "widow", "fratello": "brother", "figlia": "daughter"},
    "es": {"primer ministro": "prime minister", "presidente": "president", "vicepresidente": "vice president",
           "ministro": "minister",
           "portavoz": "spokesman", "secretario": "secretary", "embajador": "ambassador",
           "periodista": "journalist", "reportero": "reporter", "corresponsal": "correspondent",
           "canciller": "chancellor", "líder": "leader", "jefe": "head", "director": "director",
           "general": "general", "comandante": "commander", "senador": "senator", "alcalde": "mayor",
           "marine": "marine", "disidente": "dissident", "activista": "activist", "hermana": "sister",
           "esposa": "wife", "viuda": "widow", "hermano": "brother", "hija": "daughter"},
    "pt": {"presidente": "president", "ministro": "minister", "porta-voz": "spokesman",
           "secretário": "secretary", "embaixador": "ambassador", "jornalista": "journalist",
           "repórter": "reporter", "chanceler": "chancellor", "líder": "leader", "chefe": "head",
           "diretor": "director", "general": "general", "comandante": "commander", "senador": "senator",
           "prefeito": "mayor", "dissidente": "dissident", "ativista": "activist", "irmã": "sister",
           "esposa": "wife", "viúva": "widow"},
    "fr": {"premier ministre": "prime minister", "président": "president", "vice-président": "vice president",
           "ministre": "minister",
           "porte-parole": "spokesman", "secrétaire": "secretary", "ambassadeur": "ambassador",
           "journaliste": "journalist", "reporter": "reporter", "correspondant": "correspondent",
           "chancelier": "chancellor", "dirigeant": "leader", "leader": "leader", "chef": "head",
           "directeur": "director", "général": "general", "commandant": "commander", "sénateur": "senator",
           "maire": "mayor", "dissident": "dissident", "militant": "activist", "sœur": "sister",
           "épouse": "wife", "femme": "wife", "veuve": "widow", "frère": "brother", "fille": "daughter"},
    "de": {"präsident": "president", "vizepräsident": "vice president", "minister": "minister",
           "sprecher": "spokesman", "sekretär": "secretary", "botschafter": "ambassador",
           "journalist": "journalist", "reporter": "reporter", "korrespondent": "correspondent",
           "kanzler": "chancellor", "bundeskanzler": "chancellor", "führer": "leader", "chef": "head",
           "direktor": "director", "general": "general", "kommandeur": "commander", "senator": "senator",
           "bürgermeister": "mayor", "dissident": "dissident", "aktivist": "activist", "schwester": "sister",
           "ehefrau": "wife", "witwe": "widow", "bruder": "brother", "tochter": "daughter"},
    "ru": {"морской пехотинец": "marine", "журналистка": "journalist", "радиожурналист": "radio journalist",
           "радиожурналистка": "radio journalist", "президент": "president", "вице-президент": "vice president",
           "премьер-министр": "prime minister",
           "премьер": "prime minister", "министр": "minister", "пресс-секретарь": "press secretary",
           "представитель": "spokesman", "секретарь": "secretary", "госсекретарь": "secretary of state",
           "посол": "ambassador", "журналист": "journalist", "корреспондент": "correspondent",
           "канцлер": "chancellor", "лидер": "leader", "руководитель": "leader", "глава": "head",
           "директор": "director", "генерал": "general", "командующий": "commander", "сенатор": "senator",
           "мэр": "mayor", "диссидент": "dissident", "активист": "activist", "сестра": "sister",
           "жена": "wife", "супруга": "wife", "вдова": "widow", "брат": "brother", "дочь": "daughter"},
    "uk": {"президент": "president", "прем'єр-міністр": "prime minister", "міністр": "minister",
           "речник": "spokesman", "секретар": "secretary", "посол": "ambassador", "журналіст": "journalist",
           "кореспондент": "correspondent", "канцлер": "chancellor", "лідер": "leader", "голова": "head",
           "керівник": "leader", "директор": "director", "генерал": "general", "сенатор": "senator",
           "мер": "mayor", "сестра": "sister", "дружина": "wife", "вдова": "widow"},
    "mk": {"претседател": "president", "претседателка": "president", "потпретседател": "vice president",
           "потпретседателка": "vice president", "потпретседателката": "vice president", "новинарката": "journalist",
           "премиер": "prime minister", "министер": "minister", "портпарол": "spokesman",
           "секретар": "secretary", "амбасадор": "ambassador", "новинар": "journalist",
           "новинарка": "journalist", "дописник": "correspondent", "лидер": "leader", "шеф": "head",
           "директор": "director", "генерал": "general", "сенатор": "senator", "сестра": "sister",
           "сопруга": "wife", "вдовица": "widow"},
}  # fmt: skip
"""Titles and other words that say what a person is, by lemma (two words where the title takes two), with
their English."""

QUALIFIERS: dict[str, dict[str, str]] = {
    "it": {"ex": "former", "vice": "deputy"}, "es": {"ex": "former", "vice": "deputy"},
    "pt": {"ex": "former", "vice": "deputy"}, "fr": {"ancien": "former", "ex": "former", "adjoint": "deputy"},
    "de": {"ehemalig": "former", "stellvertretend": "deputy"},
    "ru": {"бывший": "former", "экс": "former", "заместитель": "deputy"},
    "uk": {"колишній": "former", "заступник": "deputy"},
    "mk": {"поранешен": "former", "поранешниот": "former", "заменик": "deputy"},
}  # fmt: skip
"""Words that change what a title says ("ex presidente" is no president): they must be in its English."""
DOMAINS: dict[str, dict[str, str]] = {
    "it": {"stato": "state", "esteri": "foreign affairs", "difesa": "defence", "interno": "interior"},
    "es": {"estado": "state", "exterior": "foreign", "defensa": "defence", "interior": "interior"},
    "pt": {"estado": "state", "exterior": "foreign", "defesa": "defence"},
    "fr": {"état": "state", "étranger": "foreign", "défense": "defence", "intérieur": "interior"},
    "de": {"staat": "state", "außenminister": "foreign minister", "verteidigungsminister": "defence minister"},
    "ru": {"иностранный": "foreign", "дело": "affairs", "оборона": "defence", "государственный": "state"},
    "uk": {"закордонний": "foreign", "справа": "affairs", "оборона": "defence"},
    "mk": {"надворешен": "foreign", "работа": "affairs", "одбрана": "defence"},
}  # fmt: skip
"""What a minister or secretary is of: checked in a model's English role, never put into English by code
("segretario di Stato" is a Secretary of State, not a "state secretary")."""
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "it": frozenset("il lo la i gli le l un una uno di del dello della dei degli delle da dal dalla al alla"
                    " per".split()),
    "es": frozenset("el la los las un una de del al para".split()),
    "pt": frozenset("o a os as um uma de do da dos das para".split()),
    "fr": frozenset("le la les l un une de du des d au aux pour".split()),
    "de": frozenset("der die das des dem den ein eine eines einer von vom für".split()),
    "ru": frozenset("по".split()), "uk": frozenset("з".split()), "mk": frozenset("на за".split()),
}  # fmt: skip
"""Articles, prepositions and conjunctions a role may hold between its words."""
CONJUNCTIONS: dict[str, frozenset[str]] = {
    "it": frozenset({"e", "ed", "o"}), "es": frozenset({"y", "e", "o"}), "pt": frozenset({"e", "ou"}),
    "fr": frozenset({"et", "ou"}), "de": frozenset({"und", "oder"}), "ru": frozenset({"и", "или", "а"}),
    "uk": frozenset({"і", "й", "та", "або"}), "mk": frozenset({"и", "или"}),
}  # fmt: skip
"""Words that join two people: the role before a name starts after the last one ("Erdogan e il giornalista")."""

NATIONS: dict[str, dict[str, str]] = {
    "it": {"russo": "Russian", "russia": "Russian", "americano": "American", "statunitense": "U.S.",
           "usa": "U.S.", "ucraino": "Ukrainian", "ucraina": "Ukrainian", "turco": "Turkish", "turchia": "Turkish",
           "tedesco": "German", "germania": "German", "nordcoreano": "North Korean", "sudcoreano": "South Korean",
           "coreano": "Korean", "cinese": "Chinese", "cina": "Chinese", "francese": "French", "britannico": "British",
           "italiano": "Italian", "spagnolo": "Spanish", "bielorusso": "Belarusian", "polacco": "Polish"},
    "es": {"ruso": "Russian", "rusia": "Russian", "estadounidense": "U.S.", "norteamericano": "American",
           "americano": "American", "ucraniano": "Ukrainian", "ucrania": "Ukrainian", "turco": "Turkish",
           "alemán": "German", "alemania": "German", "norcoreano": "North Korean", "surcoreano": "South Korean",
           "coreano": "Korean", "chino": "Chinese", "china": "Chinese", "francés": "French", "británico": "British",
           "italiano": "Italian", "español": "Spanish", "bielorruso": "Belarusian", "polaco": "Polish"},
    "pt": {"russo": "Russian", "rússia": "Russian", "americano": "American", "norte-americano": "American",
           "ucraniano": "Ukrainian", "turco": "Turkish", "alemão": "German", "norte-coreano": "North Korean",
           "sul-coreano": "South Korean", "chinês": "Chinese", "francês": "French", "britânico": "British"},
    "fr": {"russe": "Russian", "russie": "Russian", "américain": "American", "ukrainien": "Ukrainian",
           "ukraine": "Ukrainian", "turc": "Turkish", "turquie": "Turkish", "allemand": "German",
           "allemagne": "German", "nord-coréen": "North Korean", "sud-coréen": "South Korean",
           "coréen": "Korean", "chinois": "Chinese", "chine": "Chinese", "français": "French",
           "britannique": "British", "italien": "Italian", "espagnol": "Spanish", "biélorusse": "Belarusian"},
    "de": {"russisch": "Russian", "russland": "Russian", "amerikanisch": "American", "us": "U.S.",
           "ukrainisch": "Ukrainian", "ukraine": "Ukrainian", "türkisch": "Turkish", "türkei": "Turkish",
           "deutsch": "German", "deutschland": "German", "nordkoreanisch": "North Korean",
           "südkoreanisch": "South Korean", "chinesisch": "Chinese", "china": "Chinese",
           "französisch": "French", "britisch": "British", "italienisch": "Italian"},
    "ru": {"российский": "Russian", "русский": "Russian", "россия": "Russian", "рф": "Russian",
           "американский": "American", "сша": "U.S.", "украинский": "Ukrainian", "украина": "Ukrainian",
           "турецкий": "Turkish", "турция": "Turkish", "немецкий": "German", "германский": "German",
           "германия": "German", "северокорейский": "North Korean", "южнокорейский": "South Korean",
           "корейский": "Korean", "кндр": "North Korean", "китайский": "Chinese", "китай": "Chinese",
           "французский": "French", "британский": "British", "итальянский": "Italian",
           "белорусский": "Belarusian"},
    "uk": {"російський": "Russian", "росія": "Russian", "американський": "American", "сша": "U.S.",
           "український": "Ukrainian", "україна": "Ukrainian", "турецький": "Turkish", "німецький": "German",
           "північнокорейський": "North Korean", "китайський": "Chinese", "французький": "French",
           "британський": "British"},
    "mk": {"руски": "Russian", "русија": "Russian", "американски": "American", "американскиот": "American",
           "сад": "U.S.", "украински": "Ukrainian", "турски": "Turkish", "германски": "German",
           "севернокорејски": "North Korean", "кинески": "Chinese", "француски": "French",
           "британски": "British"},
}  # fmt: skip
"""Nations and their adjectives, with the English adjective ("президент России" is the Russian president).
American, U.S. and US are one nation in English."""

_SAME_IN_ENGLISH = {"u.s.": "american", "us": "american", "usa": "american", "united states": "american",
                    "america": "american", "russia": "russian", "ukraine": "ukrainian", "turkey": "turkish",
                    "germany": "german", "china": "chinese", "north korea": "north korean",
                    "spokesperson": "spokesman", "spokeswoman": "spokesman", "reporter": "journalist",
                    "defense": "defence", "presidential": "president"}  # fmt: skip
_ENGLISH_FILLER = frozenset({"of", "the", "a", "an", "for", "to", "and", "in", "at", "'s", "’s"})
_BOUNDARY = re.compile(r"[,.;:!?()\[\]«»\"“”„—–/]|\s-\s")
_PHRASE_WORD = TEXT_WORD  # "l'ex" is two words; "пресс-секретарь" and "porte-parole" are one
_TABLES = (TITLES, QUALIFIERS, DOMAINS, NATIONS)
"""Every table of the lexicon: what a role may be made of."""


def only_a_title(name: str, code: str) -> bool:
    """Whether a name is a title with the words of its phrase and no name: common words in lower case but its first
    word, one of them a title of the language by lemma ("Le président", "El presidente"; not "Министерство
    обороны", "Белый дом", which name a body)."""
    words = name.split()
    if len(words) < 2 or code not in TITLES or any(w[:1].isupper() for w in words[1:]):
        return False
    lemmas = [lemma(w.lower(), code) for w in words]
    return all(known(w.lower(), code) for w in words) and any(m in TITLES[code] for m in lemmas)


def role_of(name: str, sentence: str, model_role: str | None, code: str) -> str | None:
    """The role the words beside the name in the sentence give it: the model's English role where code
    can check it, the model's role copied from those words, else those words in English or as written;
    None where they hold no title, or words that are no part of a role (a verb: a clause), or the
    language has no lexicon."""
    if code not in TITLES or not has_dictionary(code):
        return None
    for phrase in _phrases_beside(name, sentence, code):
        words = _lemmas(phrase, code)
        head = next((TITLES[code][base] for _, base in words if base in TITLES[code]), None)
        if head is None or not _role_shaped(words, code):
            continue
        if model_role and _translates(model_role, words, head, code):
            return model_role.strip()
        if model_role and _written_in(model_role, phrase):
            return model_role.strip()
        return _in_english(words, code) or phrase
    return None


def _lemmas(phrase: str, code: str) -> list[tuple[str, str]]:
    """Each word of the phrase with its lemma; two words that make one title are one ("морского
    пехотинца": морской пехотинец)."""
    words = [(m.group(), lemma(m.group().lower(), code)) for m in _PHRASE_WORD.finditer(phrase)]
    joined: list[tuple[str, str]] = []
    for written, base in words:
        if joined and f"{joined[-1][1]} {base}" in TITLES[code]:
            joined[-1] = (f"{joined[-1][0]} {written}", f"{joined[-1][1]} {base}")
        else:
            joined.append((written, base))
    return joined


def _phrases_beside(name: str, sentence: str, code: str) -> list[str]:
    """The words before the name back to a mark of punctuation or a conjunction (or, where a comma stands
    right before the name, the words before that comma), without the capitalised words right before a
    name with no comma between (more of the name: "presidente turco Recep Tayyip" for "Erdogan"); and the
    phrase after a comma that follows the name. No words before a name that another name follows (it
    qualifies that one: "журналиста The Wall Street Journal Эвана Гершковича") or that follows a
    preposition ("il portavoce del Cremlino"): that title is someone else's. Each runs from its first word
    the lexicon knows, and holds MAX_ROLE_WORDS words at most (a longer run is a clause)."""
    span = written_span(name, sentence)
    if span is None:
        return []
    start, end = span
    prefix = sentence[:start].rstrip()
    before = _words_after_boundary(prefix.removesuffix(","), code)
    while (
        not prefix.endswith(",")
        and before
        and before[-1].group()[:1].isupper()
        and not _known(before[-1].group(), code)
    ):
        before.pop()
    after = sentence[end:].lstrip()
    if after[:1].isupper() or (before and before[-1].group().lower() in FUNCTION_WORDS[code]):
        before = []  # "журналиста The Wall Street Journal Эвана", "il portavoce del Cremlino": another's title
    phrases = [before]
    if after.startswith(","):
        text = after[1:]
        cut = _BOUNDARY.search(text)
        phrases.append(list(_PHRASE_WORD.finditer(text[: cut.start() if cut else len(text)])))
    trimmed = [_trimmed(words, code) for words in phrases if 0 < len(words) <= MAX_ROLE_WORDS]
    return [phrase for phrase in trimmed if phrase]


def _words_after_boundary(text: str, code: str) -> list[re.Match[str]]:
    """The words at the end of a text after its last mark of punctuation or conjunction; none where the
    conjunction joins two titles ("претседател и потпретседателка Џо Бајден и Камала Харис": whose
    title is whose, only the order tells)."""
    cut = max((m.end() for m in _BOUNDARY.finditer(text)), default=0)
    words = list(_PHRASE_WORD.finditer(text, cut))
    joins = [i for i, w in enumerate(words) if w.group().lower() in CONJUNCTIONS.get(code, ())]
    if not joins:
        return words
    if joins[-1] > 0 and _known(words[joins[-1] - 1].group(), code):
        return []
    return words[joins[-1] + 1 :]


def _trimmed(words: list[re.Match[str]], code: str) -> str:
    """The phrase from its first word the lexicon knows to its last word that is no function word."""
    first = next((i for i, w in enumerate(words) if _known(w.group(), code)), None)
    if first is None:
        return ""
    kept = words[first:]
    while kept and kept[-1].group().lower() in FUNCTION_WORDS[code]:
        kept.pop()
    return kept[0].string[kept[0].start() : kept[-1].end()] if kept else ""


def _known(word: str, code: str) -> bool:
    """Whether the lexicon knows a word: a title, qualifier, nation or what a minister is of."""
    base = lemma(word.lower(), code)
    return any(base in table[code] for table in _TABLES)


def _role_shaped(words: list[tuple[str, str]], code: str) -> bool:
    """Whether a phrase holds only what a role holds: titles, qualifiers, nations and what ministers are
    of, function words, and capitalised names of bodies ("giornalista del Wall Street Journal"); a verb
    ("ha liberato il giornalista") makes it a clause."""
    return all(
        any(base in table[code] for table in _TABLES)
        or written.lower() in FUNCTION_WORDS[code]
        or written[:1].isupper()
        for written, base in words
    )


def _translates(role: str, words: list[tuple[str, str]], head: str, code: str) -> bool:
    """Whether every word of the English role is the English of a word of the phrase or written there,
    the role holds the English of the phrase's first title, and the English of its qualifiers."""
    english = set(_english_words(role))
    if not english or not set(_english_words(head)) <= english:
        return False
    glossed = {written.lower() for written, _ in words}
    for _, base in words:
        for table in _TABLES:
            glossed.update(_english_words(table[code].get(base, "")))
    qualifiers = {w for _, base in words for w in _english_words(QUALIFIERS[code].get(base, ""))}
    return english <= glossed and qualifiers <= english


def _english_words(text: str) -> list[str]:
    """Lower-case words of an English phrase, fillers dropped, each nation's names made one word."""
    text = text.lower().replace("’", "'").replace("'s", "")
    for phrase, same in sorted(_SAME_IN_ENGLISH.items(), key=lambda p: -len(p[0])):
        text = re.sub(rf"(?<![\w.]){re.escape(phrase)}(?!\w)", same, text)
    return [w for w in re.findall(r"[\w-]+", text) if w not in _ENGLISH_FILLER]


def _written_in(role: str, phrase: str) -> bool:
    """Whether the role is written in the phrase, whole words, case aside."""
    return re.search(rf"(?<!\w){re.escape(role.strip())}(?!\w)", phrase, re.IGNORECASE) is not None


def _in_english(words: list[tuple[str, str]], code: str) -> str | None:
    """The phrase in English where it is one title with qualifiers and nations (function words aside):
    qualifiers, then nations, then the title ("presidente turco" -> "Turkish president", "l'ex marine
    statunitense" -> "former U.S. marine"); None for anything else ("portavoce del presidente")."""
    qualifiers, nations, titles = [], [], []
    for written, base in words:
        if base in TITLES[code]:
            titles.append(TITLES[code][base])
        elif base in QUALIFIERS[code]:
            qualifiers.append(QUALIFIERS[code][base])
        elif base in NATIONS[code]:
            nations.append(NATIONS[code][base])
        elif written.lower() not in FUNCTION_WORDS[code]:
            return None
    return " ".join([*qualifiers, *nations, *titles]) if len(titles) == 1 else None
