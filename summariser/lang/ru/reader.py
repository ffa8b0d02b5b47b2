"""Russian, read by natasha 1.6.0 (MIT: navec embeddings and slovnet models for NER with PER, LOC and ORG,
morphology and a Universal Dependencies parse) and pymorphy3 2.0.6 (MIT, OpenCorpora dictionary) for
lemmas: natasha's own lemmatiser calls pymorphy2, which breaks on Python 3.11, so it is never called.
Each sentence is parsed alone; the models load on first use only (about three seconds), so a fully cached
run never loads them. The frames it answers are lang/frames/'s."""

import re
from functools import cache, lru_cache
from typing import Any

from summariser.lang import frames
from summariser.lang.base import Entity, Label, Name, Parse, Vocabulary, Word
from summariser.lang.lexicon import ARMS, PEOPLE

CODE = "ru"
CHECKS = (
    "Russian parse (natasha 1.6.0, lemmas by pymorphy3 2.0.6): persons and organisations by NER in the body,"
    " never places; gifts by the object of a verb of giving, each conjunct with its own number, never in a"
    " question, a negation, a condition or a supply of arms or people"
)
VOCABULARY = Vocabulary(
    giving=frozenset(
        {"подарить", "дарить", "преподнести", "вручить", "вручать", "передать", "передавать", "презентовать",
         "пожертвовать", "жертвовать", "завещать", "даровать"}
    ),
    giving_as_gift=frozenset(
        {"отправить", "отправлять", "прислать", "присылать", "получить", "получать", "привезти", "доставить",
         "направить"}
    ),
    gift_nouns=frozenset({"подарок", "дар"}),
    light_verbs=frozenset(),
    conditions=frozenset({"если", "бы", "б", "ли", "будто"}),
    military=frozenset(ARMS[CODE])
    | frozenset(
        {"оружие", "вооружение", "боеприпас", "снаряд", "танк", "ракета", "беспилотник", "дрон", "гаубица",
         "винтовка", "пушка", "артиллерия", "техника", "снаряжение", "войско", "войска", "солдат", "военный",
         "военнослужащий", "боец", "наёмник", "наемник"}
    ),
    people=frozenset(PEOPLE[CODE]),
)  # fmt: skip
_LABELS: dict[str, Label] = {"PER": "person", "ORG": "organisation", "LOC": "place"}
_POS = {
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"}, "ADJ": {"ADJF", "ADJS", "COMP", "PRTF"}, "NUM": {"NUMR"}, "ADV": {"ADVB"},
    "PRON": {"NPRO"}, "DET": {"ADJF", "NPRO"},
}  # fmt: skip
"""UD parts of speech and the pymorphy3 ones that agree with them: a lemma is taken from an analysis of
the part of speech natasha gives ("стали" is a verb's or steel's)."""
_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
"""UD cases and pymorphy3's grammemes for them."""
_GRAMMEMES = {f"Case={k}": v for k, v in _CASES.items()} | {
    "Gender=Masc": "masc", "Gender=Fem": "femn", "Gender=Neut": "neut", "Number=Sing": "sing", "Number=Plur": "plur",
}  # fmt: skip
"""UD features and the pymorphy3 grammemes that say the same."""
_AGREEING = frozenset({"flat", "flat:name", "flat:foreign", "amod", "appos"})
"""Relations of the words of a name that agree with its head: its other names, its adjectives."""
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad")
"""pymorphy3's grammemes of proper names: first names, surnames, patronymics, places, organisations, marks."""


@cache
def _models() -> tuple[Any, Any, Any, Any]:
    """natasha's segmenter, NER tagger, morphology tagger and syntax parser, on one embedding."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter  # deferred

    embedding = NewsEmbedding()
    return Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding), NewsSyntaxParser(embedding)


@cache
def _analyser() -> Any:
    import pymorphy3  # deferred: the dictionary loads in a fraction of a second, only for Russian text

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def analysis(word: str, pos: str, case: str) -> tuple[str, str]:
    """A word's lemma (pymorphy3) and its part of speech: the UD one natasha gives, or a noun where natasha
    tags as an adjective a word that no analysis reads as one ("фазанов" in a long list). The lemma is
    that of the likeliest analysis that agrees with the part of speech, then with the case (UD `case`,
    "Gen"), then a name's for a capitalised word and a common noun's for a lower-case one ("Песков" is no
    case of "песок", "яков" of the name "Яков"); an adjective or participle used as a noun is cited as one
    ("заключенных" -> "заключённый")."""
    analyses = _analyser().parse(word)
    if pos == "ADJ" and analyses and not any(a.tag.POS in _POS["ADJ"] for a in analyses):
        pos = "NOUN"
    wanted, grammeme = _POS.get(pos, set()), _CASES.get(case)
    capitalised = word[:1].isupper()

    def rank(a: Any) -> tuple[bool, bool, bool]:
        named = any(g in a.tag for g in _NAME_TAGS)
        return a.tag.POS not in wanted, grammeme is not None and grammeme not in a.tag, named != capitalised

    chosen = min(analyses, key=rank) if analyses else None  # min keeps the likeliest among equals
    if chosen is None:
        return word.lower(), pos
    if pos == "NOUN" and chosen.tag.POS in ("ADJF", "PRTF"):  # "заключенных": the prisoners, not "to conclude"
        noun = chosen.inflect({"masc", "sing", "nomn"})
        return (str(noun.word) if noun is not None else str(chosen.normal_form)), pos
    return str(chosen.normal_form), pos


@lru_cache(maxsize=4096)
def parse(sentence: str) -> Parse:
    """The sentence as natasha parses it, with pymorphy3's lemmas."""
    from natasha import Doc

    segmenter, ner, morph, syntax = _models()
    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_ner(ner)
    doc.tag_morph(morph)
    doc.parse_syntax(syntax)
    index = {token.id: i for i, token in enumerate(doc.tokens)}
    words = tuple(_word(i, t, index) for i, t in enumerate(doc.tokens))
    entities = tuple(Entity(s.start, s.stop, _LABELS.get(s.type, "other")) for s in doc.spans)
    return Parse(sentence, words, entities)


def _word(i: int, token: Any, index: dict[str, int]) -> Word:
    """A natasha token as a Word, with pymorphy3's lemma."""
    feats = token.feats or {}
    lemma, pos = analysis(token.text, token.pos or "", feats.get("Case", ""))
    return Word(
        index=i, text=token.text, start=token.start, end=token.stop, lemma=lemma, pos=pos, dep=token.rel or "",
        head=index.get(token.head_id, i), feats=frozenset(f"{k}={v}" for k, v in feats.items()),
    )  # fmt: skip


def nominative(parse: Parse, name: Name) -> str:
    """A name in the nominative, as Russian cites it ("Эвана Гершковича" -> "Эван Гершкович", "Центральному
    зоопарку Пхеньяна" -> "Центральный зоопарк Пхеньяна"): its head word and the words that agree with it
    (its other names, its adjectives) inflected by pymorphy3, from the analysis that agrees with natasha's
    case, gender and number; the words it governs ("Пхеньяна") and words no analysis agrees with, as written."""
    words = [w for w in parse.words if name.start <= w.start and w.end <= name.end]
    inside = {w.index for w in words}
    heads = [w for w in words if w.head not in inside or w.head == w.index]
    if len(heads) != 1:
        return parse.text[name.start : name.end]
    text = parse.text[name.start : name.end]
    for word in reversed(words):  # from the end, so earlier offsets hold
        agrees = word is heads[0] or (word.dep in _AGREEING and _case(word) == _case(heads[0]))
        form = _in_nominative(word) if agrees else None
        if form is not None:
            text = text[: word.start - name.start] + form + text[word.end - name.start :]
    return text


def _case(word: Word) -> str | None:
    return next((f.split("=")[1] for f in word.feats if f.startswith("Case=")), None)


def _in_nominative(word: Word) -> str | None:
    """A word in the nominative, written as it was (capitalised, or in capitals); None where it stands in the
    nominative already, is not Cyrillic, or no analysis agrees with its case, gender and number."""
    case = _case(word)
    if case in (None, "Nom") or not re.fullmatch(r"[а-яёА-ЯЁ-]+", word.text) or word.text.isupper():
        return None
    wanted = {g for f in word.feats if (g := _GRAMMEMES.get(f)) is not None}
    analysis = next((a for a in _analyser().parse(word.text) if wanted <= set(a.tag.grammemes)), None)
    inflected = analysis.inflect({"nomn"}) if analysis is not None else None
    if inflected is None:
        return None
    form = str(inflected.word)
    return form[:1].upper() + form[1:] if word.text[:1].isupper() else form


def no_name(word: str) -> bool:
    """Whether pymorphy3's dictionary knows the word and reads it only as a verb, adjective, adverb or other
    word that is no noun, and never as a name (_NAME_TAGS): "Вырастим" ("we will grow") opening a sentence,
    which natasha's NER tags as a person. A word the dictionary does not know (most foreign names) and a
    common noun ("Дуда", a surname and a bagpipe) may be names."""
    letters = word.strip('«»"“”„!?.,:;—–- ')
    if not re.fullmatch(r"[а-яёА-ЯЁ]+", letters) or not _analyser().word_is_known(letters.lower()):
        return False
    analyses = _analyser().parse(letters)
    return not any(a.tag.POS == "NOUN" or any(g in a.tag for g in _NAME_TAGS) for a in analyses)


def title_before(first: str, second: str) -> bool:
    """Whether a name's first word is a common noun of people heading it, where the next word is a given name or
    surname: pymorphy3's likeliest reading of the first is a noun that is no name ("Королеве": a queen), of the
    second a name or surname ("Камилле"). natasha tags a sentence-opening title with the name."""
    if not all(re.fullmatch(r"[а-яёА-ЯЁ]+", w) for w in (first, second)):
        return False
    head, then = _analyser().parse(first)[0].tag, _analyser().parse(second)[0].tag
    return (
        head.POS == "NOUN"
        and "anim" in head
        and not any(g in head for g in _NAME_TAGS)
        and bool({"Name", "Surn"} & set(then.grammemes))
    )


READER = frames.ParsedReader(CODE, CHECKS, parse, VOCABULARY, nominative, no_name, title_before)
