"""Person names across spellings and scripts: fold a name to comparable words, decide when two names
are one person, and cluster names without ever joining two people who only share a surname.

Folding (`fold_name`): a word mixing Latin, Cyrillic and Greek letters written in its main script where
the others are look-alikes (`unconfused`: "Vlаdimir Рutin" with a Cyrillic "а" and "Р" is Vladimir Putin,
not "Rutin"), transliterate to ASCII (anyascii: "Владимир Путин" -> "Vladimir Putin", "José" -> "Jose"),
lower case, split on spaces, hyphens and apostrophes, drop titles ("President", "Президент", "M.", "Dr").

Same person (`same_person`), by code only, never by a model's say-so:
1. the folded words are equal, or equal once joined ("Jong-un" = "Jongun");
2. a surname alone (one word of 4+ letters) matches the last word of a full name ("Putin" =
   "Vladimir Putin"); a one-word name that is the *first* word of a name does not (in "Kim Jong
   Un" Kim is the family name, shared by many);
3. two full names with the same number of words match word by word, each pair a spelling variant
   (two names written in Cyrillic also match where a word only adds a case ending that no
   nominative name ends in: "Ким Чен Ыну" = "Ким Чен Ын", never "Козлова" = "Козлов").
   Words of 5+ letters: same first letter, same consonant skeleton (vowels dropped after the first
   letter, doubled letters collapsed, ks = x, kh = h, ph = f), the same kind of ending (a final
   "a" is not an "o" or a consonant: Alexandra is not Alexander, Kozlova not Kozlov, Maria not
   Mario) and a similar spelling (rapidfuzz ratio >= 70). Shorter words: equal once common
   romanisation choices are folded (eo/ou/o before ng -> u, y -> i: "Jung"/"Jong", "Young"/"Yong");
   a changed or added vowel otherwise makes another name ("Jan"/"Jon"/"Joan"/"Jean").
   So "Kim Jung Un" = "Kim Jong Un", "Vladimir Poutine" = "Vladimir Putin", "Aleksandr Kozlov" =
   "Alexander Kozlov", "Dmitriy Peskov" = "Dmitri Peskov".
4. two names of two words in two scripts whose given names differ only in an initial "E" that the other
   script writes "И" ("Иван Гершкович" = "Evan Gershkovich"), with a surname of LONG_SURNAME_LETTERS or
   more; never within one script ("Ivan"/"Evan"), never with a common surname ("Petrov").
Nothing else matches. In particular two names sharing a surname whose given names differ are two
people: "Kim Jong Un" / "Kim Yo Jong" / "Kim Jong Il", "Jan Smith" / "Jon Smith", "Alexander
Kozlov" / "Alexei Kozlov", "Jan Smith" / "Joan Smith". Names of different lengths ("Vladimir
Vladimirovich Putin", "George W.
Bush" vs "George Bush") do not match either: a middle name may be what tells two people apart.

Clustering (`cluster_names`): a full name joins a cluster only if it is the same person as every
full name in it (so no chain of near spellings joins two people); a bare surname joins a cluster
only when exactly one cluster's names end in it, and stays on its own when two people share it; a
Korean given name alone ("Yo Jong") joins the one cluster whose Korean name of three short words ends
in it. A name is compared only with the clusters holding a name that shares one of its keys
(`person_keys`: the words run together, the surname's spelling keys and stem, Korean keys), which every
two names of one person share, so clustering is near-linear in the number of names.
A name in Hangul is the person of a Latin name of two words or more when its first word (a Korean
name; titles follow it) and the Latin name have one Korean key (`korean_key`: "박정천 노동당 비서" =
"Pak Jong-chon"), and a foreign name of two words or more when its first words sound alike
(`sounded`: "드미트리 페스코프 대변인" = "Dmitry Peskov", the vowel Hangul adds after a lone consonant
left out). A Korean name in Cyrillic (three words of one syllable each, the last one perhaps
with a case ending: "Ким Чен Ына") is the person of a name of three words whose syllables fold to the
same loose key (`cyrillic_korean_keys`: Russian writes 정 "Чен" or "Чон" and ends 정 in "н", so e/o and
ng/n meet, and ㄹ is "р" or "л": "Ким Чен Ын" = "Kim Jong Un", "Ким Ё Чжон" = "Kim Yo Jong", "Пак Чон
Чхон" = "Pak Jong Chon", never "Ким Чен Ир" = "Kim Jong Un"). Chinese script is not compared: its
romanisations differ too much for these rules.
"""

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

SPELLING_RATIO = 70.0
MIN_SURNAME_LETTERS = 4
SPELLING_LETTERS = 6
"""Words this long may be one letter apart and still be one spelling of a name (names.spelled_alike)."""
INFLECTION = 3
"""Letters a word of running text may add to a name word of MIN_SURNAME_LETTERS or more: a case ending
("Путина", "Путиным" -> "putina", "putinym" hold "putin")."""
LONG_WORD = 5
LONG_SURNAME_LETTERS = 8
"""Letters of a surname rare enough that its person's given name may be written with another initial vowel
in another script ("Gershkovich"); "Petrov" and "Ivanov" are too common."""
LONG_SURNAME = 6
"""Letters a surname needs to name its person alone in another article."""
MIN_KOREAN_KEY = 6
"""Letters a Korean name's key needs ("kimjongun") to be compared with a name in Hangul."""
KOREAN_SYLLABLE_LETTERS = 4
"""Letters a romanised Korean syllable has at most ("Jong", "Chon"): a longer word is no such syllable."""
_ROMANISATION = (("eo", "u"), ("ou", "u"), ("ong", "ung"), ("y", "i"))
TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady mme mlle m herr frau hr sig signor signora sr sra don dona
    gospodin gospozha tovarishch comrade the his her
    president prezident presidente praesident prasident vice prime minister ministr ministre ministro
    premier chancellor kanzler kanzlerin leader chairman chairwoman secretary general gen
    king queen prince princess sheikh emir
    """.split()
)
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_VOICELESS = {"g": "k", "b": "p", "d": "t"}
_POSSESSIVE = re.compile(r"(?<=\w\w)['’]s$")
_CASE_ENDINGS = ("u", "yu", "om", "em", "ym", "im", "e")
"""Case endings of a Cyrillic name word, romanised, that no nominative name ends in once added: dative
"Путину", instrumental "Путиным", prepositional "Путине". Not "-a": "Козлова" is Kozlov's genitive and
Kozlova's own name, so only the parse of a sentence could tell them apart."""
_SOUNDS = (("ks", "x"), ("kh", "h"), ("ph", "f"))
_TRANSLITERATED = (
    ("dzh", "j"),
    ("kh", "h"),
    ("wh", "v"),
    ("w", "v"),
    ("th", "t"),
    ("au", "o"),
    ("aj", "i"),
    ("ay", "i"),
    ("ai", "i"),
)
"""English spellings and the Cyrillic renderings of their sounds, folded alike before comparing:
"Whelan"/"Вилан" (vilan), "Biden"/"Бајден" (bajden), "Harris"/"Харис" (kharis), "Joe"/"Џо" (dzho),
"Paul"/"Пол", "Elizabeth"/"Елизабет"."""


def korean_key(syllables: list[str]) -> str:
    """Romanised Korean syllables ("Gim", "Jeong", "Eun": anyascii's Revised Romanization of 김정은, or the
    words of "Kim Jong-un") folded to one key, so the two ways of writing a Korean name meet: "eo" and
    "eu" as "o" and "u", "ch" as "j", and g, b, d as k, p, t at a syllable's edges ("Bag Jeong Cheon" =
    "Pak Jong Chon", "Gim Yeo Jeong" = "Kim Yo Jong")."""
    folded: list[str] = []
    for syllable in syllables:
        s = syllable.lower().replace("eo", "o").replace("eu", "u").replace("ch", "j")
        s = re.sub(r"^[gbd]", lambda m: _VOICELESS[m.group()], s)
        folded.append(re.sub(r"(?<!n)[gbd]$", lambda m: _VOICELESS[m.group()], s))
    return "".join(folded)


_KONTSEVICH = (
    ("чж", "j"), ("чх", "ch"), ("кх", "k"), ("тх", "t"), ("пх", "p"), ("ч", "ch"), ("ж", "j"), ("ы", "eu"),
    ("ё", "yo"), ("ю", "yu"), ("я", "ya"), ("э", "e"), ("й", "i"), ("х", "h"), ("ц", "ts"), ("ш", "sh"),
    ("щ", "sh"), ("ь", ""), ("ъ", ""),
)  # fmt: skip
"""Russian renderings of Korean sounds (the Kontsevich system and older press spellings) in the letters
of the Revised Romanization, before korean_key folds both alike; other letters go through anyascii."""
_CYRILLIC_VOWELS = re.compile("[аеёиоуыэюя]+")
_CYRILLIC_CASE = ("у", "а", "е", "ю", "ом", "ем", "ым", "ой")
"""Case endings a Korean name takes on its last word in Russian ("Ким Чен Ыну", "Ким Чен Ына")."""


def cyrillic_korean_keys(name: str) -> set[str]:
    """Loose Korean keys of a Korean name written in Cyrillic, with and without a case ending on its last
    word (empty if the name is not three Cyrillic words of one syllable each, bar that ending)."""
    words = unconfused(name).lower().replace("-", " ").split()
    if len(words) != 3 or not all(re.fullmatch("[а-яё]+", w) for w in words):
        return set()
    if not all(len(_CYRILLIC_VOWELS.findall(w)) == 1 for w in words[:2]):
        return set()
    lasts = [words[2], *(words[2][: -len(e)] for e in _CYRILLIC_CASE if words[2].endswith(e))]
    keys = set()
    for last in lasts:
        if len(_CYRILLIC_VOWELS.findall(last)) == 1:
            keys.add(loose_korean_key([_korean_from_cyrillic(w) for w in (*words[:2], last)]))
    return keys


def loose_korean_key(syllables: list[str]) -> str:
    """korean_key with the folds a Russian rendering needs: a syllable's final "ng" as "n", "r" as "l",
    and "e" as "o" ("Чен" and "Jong" for 정); the English spellings "ee", "oo", "ae" as "i", "u", "e"."""
    plain = [s.lower().replace("ee", "i").replace("oo", "u").replace("ae", "e") for s in syllables]  # Lee, Moon, Jae
    folded = [re.sub("r$", "l", re.sub("ng$", "n", korean_key([s]))).replace("e", "o") for s in plain]
    return "-".join(folded)


def _korean_from_cyrillic(word: str) -> str:
    for cyrillic, latin in _KONTSEVICH:
        word = word.replace(cyrillic, latin)
    return anyascii(word).lower()


_EPENTHETIC = re.compile(r"([^aeiouwy]+)eu(l?)")
"""A Hangul syllable of a consonant and "eu" (ㅡ): the vowel Hangul writes after a lone consonant of a
foreign word ("스" in 페스코프, Peskov; "블" in 블라디미르, Vladimir), not a sound of the name."""
_SOUND_FOLDS = (("eo", "o"), ("eu", "u"), ("ch", "j"), ("ph", "p"), ("x", "ks"), ("y", "i"), ("w", "u"), ("h", ""))
_SOUND_CLASSES = str.maketrans("vbfdtgcqr", "pppttkkkl")
MIN_SOUND_KEY = 4
MAX_PARTICLE = 4
"""Letters of a sound key that a Hangul word may add after a foreign name: its particles ("푸틴이")."""
HEARD_WHOLE = 6
"""Letters of sound key a name needs to be heard whole in one Hangul word ("lianoposti" for "RIA Novosti",
"klemlin" for "Kremlin"); a shorter one ("un", "tas") opens too many Korean words."""


def sound_key(word: str) -> str:
    """A folded name word as Hangul can write its sounds: voiced and voiceless consonants alike, r as l,
    doubled letters once ("vladimir" -> "platimil", "peskov" -> "peskop", "kremlin" -> "klemlin")."""
    for old, new in _SOUND_FOLDS:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", word.translate(_SOUND_CLASSES))


def hangul_sound_key(token: str) -> str:
    """The sound key of a foreign name word written in Hangul, particles after it included ("푸틴이" ->
    "putini", "블라디미르" -> "platimil"), its epenthetic vowels left out."""
    syllables = [s.lower() for s in hangul_syllables(token)]
    return sound_key("".join(_EPENTHETIC.sub(r"\1\2", s) if _EPENTHETIC.fullmatch(s) else s for s in syllables))


def sounded(word: str, hangul_key: str) -> bool:
    """Whether a folded name word is the Hangul word of that key, a particle or two after it."""
    return _opens(hangul_key, sound_key(word), MAX_PARTICLE)


def heard_whole(words: tuple[str, ...], hangul_key: str) -> bool:
    """Whether the Hangul word of that key writes a name's folded words as one, where their sounds are long
    enough to tell (HEARD_WHOLE): how Hangul writes a foreign organisation ("리아노보스티", "크렘린궁")."""
    whole = "".join(words)
    return len(sound_key(whole)) >= HEARD_WHOLE and sounded(whole, hangul_key)


def sounds_like(word: str, hangul_key: str) -> bool:
    """Whether a folded word of another script writes the sounds of a Hangul name word (a short case
    ending allowed: "peskova" for 페스코프)."""
    return _opens(sound_key(word), hangul_key, INFLECTION)


def _opens(key: str, start: str, extra: int) -> bool:
    """Whether a sound key opens with another of MIN_SOUND_KEY letters or more, at most `extra` after it."""
    return len(start) >= MIN_SOUND_KEY and key.startswith(start) and len(key) - len(start) <= extra


def hangul_syllables(token: str) -> list[str]:
    """The romanised syllables of a token in Hangul ("김정은에게" -> "Gim", "Jeong", "Eun", "E", "Ge")."""
    return re.findall(r"[A-Z][a-z]*", anyascii(token))


def in_hangul(token: str) -> bool:
    """Whether a token's first letter is Hangul."""
    return bool(token) and unicodedata.name(token[0], "").startswith("HANGUL")


def romanised(name: str) -> str:
    """A name in Latin letters (anyascii), each Hangul word as one word with its syllables run together
    ("김정은" -> "Gimjeongeun", not "GimJeongEun"; "블라디미르 푸틴" -> "Beulladimireu Putin"); a word mixing
    look-alike letters of two scripts as its main script reads (`unconfused`: "Рutin" -> "Putin", not "Rutin")."""
    words = unconfused(name).split()
    return " ".join(anyascii(w).capitalize() if _HANGUL_WORD.fullmatch(w) else anyascii(w) for w in words)


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")


def in_latin_script(name: str) -> bool:
    """Whether every letter of a name is a Latin letter ("José Martí" is, "Џо Бајден" is not)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def spelled_alike(written: str, english: str) -> bool:
    """Whether `english` is the name `written` spelt the English way: as many words, each the same sound
    once folded (ASCII, lower case, "kh" as "h", "y" as "i", a doubled letter single), or one letter apart
    in a word of six letters or more. "Камала Харис" is "Kamala Harris", "Volodimir Zelenski" is "Volodymyr
    Zelensky", "Дмитрий Песков" is "Dmitry Peskov"; "블라디미르 푸틴" is no "Boris Johnson", "Пол Вилан" no
    "Pol Vilen" (a model's guess, not a spelling)."""
    ours, theirs = (fold_name(anyascii(n).replace("'", "")) for n in (written, english))  # "Навальная": Naval'naia
    if not ours or len(ours) != len(theirs):
        return False
    return all(_sounds_alike(a, b) for a, b in zip(ours, theirs, strict=True))


def _sounds_alike(ours: str, theirs: str) -> bool:
    a, b = _sound(ours), _sound(theirs)
    return a == b or (min(len(a), len(b)) >= SPELLING_LETTERS and Levenshtein.distance(a, b) <= 1)


def _sound(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word.replace("kh", "h").replace("y", "i"))


_LOOK_ALIKES = {
    "CYRILLIC": ("АВЕКМНОРСТХУІЈЅԚԜаеорсухіјѕԁԛԝһӏ", "ABEKMHOPCTXYIJSQWaeopcyxijsdqwhl"),
    "GREEK": ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧορν", "ABEZHIKMNOPTYXopv"),
}
"""Letters of Cyrillic and Greek drawn like a Latin letter (Unicode's confusables, the letters of these
three scripts only), with that Latin letter."""
_FOLD_INTO = {
    "LATIN": str.maketrans("".join(f for f, _ in _LOOK_ALIKES.values()), "".join(t for _, t in _LOOK_ALIKES.values())),
    **{script: str.maketrans(latin, own) for script, (own, latin) in _LOOK_ALIKES.items()},
}
"""For a word of each script, its look-alike letters of the other two scripts as that script writes them."""
_LETTERS = re.compile(r"[^\W\d_]+")


def unconfused(text: str) -> str:
    """`text` with each word that mixes Latin, Cyrillic and Greek letters written in the script most of
    its letters are in, where every other letter is drawn like one of that script ("Рutin" with a
    Cyrillic "Р" -> "Putin", "Пyтин" with a Latin "y" -> "Путин"); a word whose other letters have no
    look-alike there stays as written. What a reader sees is unchanged; only comparison needs it."""
    return _LETTERS.sub(_unconfused_word, text) if not text.isascii() else text


def _unconfused_word(match: re.Match[str]) -> str:
    word = match.group()
    scripts = Counter(_script(ch) for ch in word)
    if len(scripts) < 2:
        return word
    ranked = sorted(scripts, key=lambda s: (-scripts[s], s != "LATIN", s))
    for script in ranked:  # most letters first; on a tie the script every other letter folds into
        table = _FOLD_INTO.get(script)
        if table and all(ord(ch) in table for ch in word if _script(ch) != script):
            return word.translate(table)
    return word


def _script(ch: str) -> str:
    """The script of a letter by its Unicode name's first word ("LATIN", "CYRILLIC", "GREEK", ...)."""
    return unicodedata.name(ch, "?").split(" ", 1)[0]


@lru_cache(maxsize=1 << 16)
def fold_name(name: str) -> tuple[str, ...]:
    """A name as comparable words: look-alike letters of another script folded (`unconfused`), ASCII,
    lower case, split on spaces/hyphens/apostrophes, titles dropped.

    "Президент Владимир Путин" -> ("vladimir", "putin"); "Kim Jong-Un" -> ("kim", "jong", "un");
    "Vlаdimir Рutin" with a Cyrillic "а" and "Р" -> ("vladimir", "putin"), not "rutin".
    """
    words: list[str] = []
    for token in unconfused(name).split():
        token = _POSSESSIVE.sub("", token)  # "Kim Jong-un’s" is Kim Jong-un
        ascii_token = anyascii(token)
        if not _ASCII_LETTER.search(token):  # a whole token in another script: "김정은" -> "GimJeongEun"
            ascii_token = _CAMEL.sub(" ", ascii_token)
        words.extend(w for w in _SPLIT.split(ascii_token.lower()) if w)
    return tuple(w for w in words if w not in TITLES)


def skeleton(word: str) -> str:
    """First letter plus the consonants after it, doubled letters collapsed: "poutine" -> "ptn"."""
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    collapsed = re.sub(r"(.)\1+", r"\1", word)
    return collapsed[:1] + re.sub(r"[aeiouy]", "", collapsed[1:])


_HARD_C = re.compile(r"c(?![eihy])")
"""A "c" that is not softened by the letter after it sounds "k", which other spellings write so."""


@lru_cache(maxsize=1 << 16)
def transliterated(word: str) -> str:
    """A folded word with the letters that English and Cyrillic write differently for one sound folded
    alike (_TRANSLITERATED; a leading "ui" is the "w" of "Уилан"/"Уильям"; a final "oe" is "o"; a hard
    "c" is "k")."""
    if word.startswith("ui"):
        word = "v" + word[1:]
    word = _HARD_C.sub("k", word)  # "Cremlino" is "Kremlin" with an Italian ending, "Carl" "Karl"
    for old, new in _TRANSLITERATED:
        word = word.replace(old, new)
    return word[:-1] if word.endswith("oe") else word


def spelling_variant(a: str, b: str) -> bool:
    """Whether two folded words are one name spelt two ways ("jung"/"jong", "putin"/"poutine",
    "whelan"/"vilan")."""
    if a == b:
        return True
    a, b = transliterated(a), transliterated(b)
    if a == b:
        return True
    if min(len(a), len(b)) < LONG_WORD:
        return _romanised(a) == _romanised(b)
    return (
        a[:1] == b[:1]
        and skeleton(a) == skeleton(b)
        and _ending(a) == _ending(b)
        and fuzz.ratio(a, b) >= SPELLING_RATIO
    )


@lru_cache(maxsize=1 << 18)
def same_word(wanted: str, word: str) -> bool:
    """A folded name word against a folded word of the sentence: a short word only as written; a long
    one also with its final vowel declined ("Kurmasheva" in "Курмашеву", "Kurmashevoy")."""
    if len(wanted) < MIN_SURNAME_LETTERS:
        return wanted == word
    if same_name_word(wanted, word):
        return True
    stem = wanted[:-1]
    declined = len(wanted) >= LONG_SURNAME and wanted[-1] in "aeiouy" and word.startswith(stem)
    return declined and len(word) - len(stem) <= INFLECTION


def same_name_word(name_word: str, word: str) -> bool:
    """Whether a folded word of running text is the folded name word, spelt another way or with a case
    ending of up to INFLECTION letters (inflected languages: "putinym" holds "putin")."""
    if spelling_variant(name_word, word):
        return True
    if len(name_word) < MIN_SURNAME_LETTERS or not transliterated(word).startswith(transliterated(name_word)[:1]):
        return False
    return any(spelling_variant(name_word, word[:-cut]) for cut in range(1, INFLECTION + 1) if len(word) - cut >= 2)


def _romanised(word: str) -> str:
    """A short word with the romanisation choices folded ("jong"/"jung", "young"/"yong", "sergey" y/i)."""
    for old, new in _ROMANISATION:
        word = word.replace(old, new)
    return word


def _ending(word: str) -> str:
    """The class of a word's final vowels: "a" (often feminine: Alexandra, Kozlova, Maria), "o", "u",
    "i" (i, y, ei, iy ...), or "" (a consonant or a silent e: Putin, Poutine)."""
    vowels = re.search(r"[aeiouy]*$", word)
    tail = vowels.group() if vowels else ""
    for mark in ("a", "o", "u"):
        if mark in tail:
            return mark
    return "i" if ("i" in tail or "y" in tail) else ""


def same_person(a: str, b: str) -> bool:
    """Whether two names denote one person, by the rules in the module docstring."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if in_hangul(a.strip()) != in_hangul(b.strip()):  # "박정천 노동당 비서" = "Pak Jong-chon": the name, then titles
        hangul, written = (a, b) if in_hangul(a.strip()) else (b, a)
        syllables, other = hangul_syllables(hangul.split()[0]), fold_name(written)
        if loose_korean_key(syllables) in cyrillic_korean_keys(written):
            return True  # "박정천" = "Пак Чон Чхон"
        key = korean_key(list(other))
        if len(other) > 1 and len(key) >= MIN_KOREAN_KEY and korean_key(syllables) == key:
            return True
        if len(hangul.split()) == 1 and len(other) > 1:  # "푸틴" of "Vladimir Putin", "리아노보스티" = "RIA Novosti"
            heard_key = hangul_sound_key(hangul)
            return sounded(other[-1], heard_key) or heard_whole(other, heard_key)
        heard = [hangul_sound_key(w) for w in hangul.split()[: len(other)]]  # "드미트리 페스코프 ... 대변인"
        return len(other) > 1 and len(heard) == len(other) and all(map(sounded, other, heard))
    if fa == fb or "".join(fa) == "".join(fb):
        return True
    if in_hangul(a.strip()) and in_hangul(b.strip()):
        return _hangul_surname_of(a.split(), b.split()) or _hangul_surname_of(b.split(), a.split())
    korean_a, korean_b = cyrillic_korean_keys(a), cyrillic_korean_keys(b)
    if korean_a or korean_b:
        keys_a = korean_a or ({loose_korean_key(list(fa))} if len(fa) == 3 and in_latin_script(a) else set())
        keys_b = korean_b or ({loose_korean_key(list(fb))} if len(fb) == 3 and in_latin_script(b) else set())
        if keys_a & keys_b:
            return True
    if len(fa) != len(fb):
        short, full = (fa, fb) if len(fa) < len(fb) else (fb, fa)
        return len(short) == 1 and _is_surname_of(short[0], full)
    inflected = not in_latin_script(a) and not in_latin_script(b)
    if len(fa) == 2 and in_latin_script(a) != in_latin_script(b) and _initial_e(fa, fb):
        return True  # "Иван Гершкович" = "Evan Gershkovich"
    return len(fa) > 1 and all(
        spelling_variant(x, y) or (inflected and _case_form(x, y)) for x, y in zip(fa, fb, strict=True)
    )


def _initial_e(fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """Whether two names of two words written in two scripts differ only in how the other script writes a
    given name's initial English "E" (Cyrillic has "Э", "Е" and "И" for it: "Иван Гершкович" of
    Macedonian VOA is "Evan Gershkovich"), with a surname rare enough to tell its person
    (LONG_SURNAME_LETTERS: "Ivan Petrov" and "Evan Petrov" stay two people)."""
    (given_a, surname_a), (given_b, surname_b) = fa, fb
    firsts = {given_a[:1], given_b[:1]}
    return (
        len(surname_a) >= LONG_SURNAME_LETTERS
        and spelling_variant(surname_a, surname_b)
        and given_a[1:] == given_b[1:]
        and len(given_a) >= MIN_SURNAME_LETTERS
        and firsts in ({"e", "i"}, {"e"})
    )


def _one_hangul_word(name: str) -> bool:
    """Whether a name is one word in Hangul: a Korean name ("김정은"), or a foreign surname or organisation
    alone ("푸틴", "리아노보스티"); clustered as a bare surname is, so it joins only the one person it fits."""
    return in_hangul(name.strip()) and len(name.split()) == 1


def _hangul_surname_of(short: list[str], full: list[str]) -> bool:
    """Whether one Hangul word of two syllables or more is the last word of a foreign name in Hangul ("푸틴"
    of "블라디미르 푸틴"). A Korean name is one word ("김정은"): no part of it stands for it."""
    return len(short) == 1 and len(full) > 1 and len(short[0]) > 1 and short[0] == full[-1]


def _case_form(a: str, b: str) -> bool:
    """Whether one folded word is the other with a case ending (_CASE_ENDINGS): "ynu" of "yn"."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and long.startswith(short) and long[len(short) :] in _CASE_ENDINGS


def _korean_shaped(words: tuple[str, ...]) -> bool:
    """Whether folded words are a Korean name in Latin letters: a family name and two syllables, each
    word of four letters or fewer ("Kim Yo Jong", "Pak Jong Chon")."""
    return len(words) == 3 and all(len(w) <= KOREAN_SYLLABLE_LETTERS for w in words)


def _is_surname_of(word: str, full: tuple[str, ...]) -> bool:
    return len(full) > 1 and len(word) >= MIN_SURNAME_LETTERS and spelling_variant(word, full[-1])


@lru_cache(maxsize=1 << 16)
def spelling_keys(word: str) -> tuple[str, str]:
    """Two keys of a folded word that any spelling variant of it shares at least one of: its
    transliteration with the romanisation choices folded (what decides for a short word), and that
    transliteration's skeleton (which a long word's variants share). Words are compared only within a key."""
    letters = transliterated(word)
    return "r:" + _romanised(letters), "s:" + skeleton(letters)


@lru_cache(maxsize=1 << 16)
def person_keys(name: str) -> frozenset[str]:
    """Keys that two names `same_person` holds for share at least one of: the words run together, the
    last word's spelling keys and its stem without a case ending, and the name's Korean keys. Empty for a
    name in Hangul, which is compared with every name instead (`compared_with_all`)."""
    words = fold_name(name)
    if not words or in_hangul(name.strip()):
        return frozenset()
    last = words[-1]
    stems = {last, *(last[: -len(e)] for e in _CASE_ENDINGS if last.endswith(e) and len(last) - len(e) >= 2)}
    korean = cyrillic_korean_keys(name) or (
        {loose_korean_key(list(words))} if len(words) == 3 and in_latin_script(name) else set()
    )
    return frozenset(
        {"j:" + "".join(words), *spelling_keys(last), *("c:" + s for s in stems), *("k:" + k for k in korean)}
    )


def compared_with_all(name: str) -> bool:
    """Whether a name is matched by rules no key captures (names in Hangul, by sound or Korean key)."""
    return in_hangul(name.strip())


class PersonIndex:
    """Groups of names, found by the keys of `person_keys`, so a name is compared only with the groups it
    may belong to: near-linear in the number of names instead of every pair."""

    def __init__(self) -> None:
        self._by_key: dict[str, set[int]] = defaultdict(set)
        self._by_all: set[int] = set()  # groups holding a name compared with every name
        self._count = 0

    def add(self, group: int, name: str) -> None:
        """Record that `name` is in group `group` (numbered from 0 in order of creation)."""
        self._count = max(self._count, group + 1)
        if compared_with_all(name):
            self._by_all.add(group)
        for key in person_keys(name):
            self._by_key[key].add(group)

    def candidates(self, name: str) -> list[int]:
        """The groups, in order of creation, holding a name that may be the same person as `name`."""
        if compared_with_all(name):
            return list(range(self._count))
        found = set(self._by_all)
        for key in person_keys(name):
            found |= self._by_key.get(key, set())
        return sorted(found)


def cluster_names(names: Iterable[str]) -> list[list[str]]:
    """Group names that denote one person. Full names cluster by `same_person` with every member; a bare surname joins
    the one cluster whose full names end in it, and stays apart when it fits two clusters or none.
    Clusters and their names come out sorted, so the result does not depend on input order. A name is
    compared only with the clusters `PersonIndex` finds for it, which hold every cluster it could join."""
    folded = {n: words for n in {n.strip() for n in names} if (words := fold_name(n))}
    distinct = sorted(folded)
    korean_tails = {folded[n][1:] for n in distinct if _korean_shaped(folded[n])}
    given = [n for n in distinct if folded[n] in korean_tails]  # "Yo Jong", Kim Yo Jong's given name
    full = [n for n in distinct if len(folded[n]) > 1 and n not in given and not _one_hangul_word(n)]
    bare = [n for n in distinct if len(folded[n]) == 1 or _one_hangul_word(n)]  # "푸틴": a surname alone
    clusters: list[list[str]] = []
    index = PersonIndex()
    for name in full:  # complete linkage: a chain of near spellings cannot join two people
        home = next((i for i in index.candidates(name) if all(same_person(name, o) for o in clusters[i])), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(name)
        index.add(home, name)
    tails: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, cluster in enumerate(clusters):
        for tail in {folded[o][1:] for o in cluster if _korean_shaped(folded[o])}:
            tails[tail].append(i)
    singles: list[list[str]] = []
    alone = PersonIndex()  # the singles, by their first name
    for name in given:  # joins the one cluster with a full name ending in it, as a bare surname does
        homes = tails.get(folded[name], [])
        if len(homes) == 1:
            clusters[homes[0]].append(name)
            index.add(homes[0], name)
        else:
            alone.add(len(singles), name)
            singles.append([name])
    for name in bare:
        homes = [
            i
            for i in index.candidates(name)
            if any(same_person(name, other) for other in clusters[i] if len(folded[other]) > 1)
        ]
        if len(homes) == 1:
            clusters[homes[0]].append(name)
            index.add(homes[0], name)
            continue
        home = next((i for i in alone.candidates(name) if same_person(name, singles[i][0])), None)
        if home is None:
            alone.add(len(singles), name)
            singles.append([name])
        else:
            singles[home].append(name)
    return sorted((sorted(c) for c in clusters + singles), key=lambda c: c[0])


TEXT_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word of running text, hyphenated words whole, apostrophes between words ("l'ex": two words)."""


def written_span(name: str, text: str) -> tuple[int, int] | None:
    """Where a text writes a name, in any spelling or script and with any case ending ("Дмитрий Песков" in
    "пресс-секретарь Дмитрий Песков заявил" for "Dmitry Peskov"): the first capitalised word holding its
    surname (MIN_SURNAME_LETTERS or more), with the words of the name beside it; None where none does."""
    wanted = fold_name(name)
    if not wanted or len(wanted[-1]) < MIN_SURNAME_LETTERS:
        return None
    words = list(TEXT_WORD.finditer(text))
    for i, word in enumerate(words):
        if not _writes(word.group(), wanted[-1:]):
            continue
        first = last = i
        while first > 0 and _writes(words[first - 1].group(), wanted[:-1]):
            first -= 1
        while last + 1 < len(words) and _writes(words[last + 1].group(), wanted):
            last += 1
        return words[first].start(), words[last].end()
    return None


def _writes(word: str, wanted: tuple[str, ...]) -> bool:
    """Whether a capitalised word of a text is one of a name's folded words, in any spelling or case."""
    return word[:1].isupper() and any(same_name_word(w, f) for w in wanted for f in fold_name(word))
