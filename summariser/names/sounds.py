"""Keys by which a name sounds alike across scripts: Korean keys (the Revised Romanization of Hangul, the
common romanisations and Russian renderings of Korean names) and the sound keys of foreign names written in
Hangul.

A name in Hangul is the person of a Latin name of two words or more when its first word (a Korean name;
titles follow it) and the Latin name have one Korean key (`korean_key`: "박정천 노동당 비서" = "Pak
Jong-chon"), and a foreign name of two words or more when its first words sound alike (`sounded`: "드미트리
페스코프 대변인" = "Dmitry Peskov", the vowel Hangul adds after a lone consonant left out). A Korean name in
Cyrillic (three words of one syllable each, the last one perhaps with a case ending: "Ким Чен Ына") is the
person of a name of three words whose syllables fold to the same loose key (`cyrillic_korean_keys`: Russian
writes 정 "Чен" or "Чон" and ends 정 in "н", so e/o and ng/n meet, and ㄹ is "р" or "л": "Ким Чен Ын" = "Kim
Jong Un", "Ким Ё Чжон" = "Kim Yo Jong", "Пак Чон Чхон" = "Pak Jong Chon", never "Ким Чен Ир" = "Kim Jong Un").
Chinese script is not compared: its romanisations differ too much for these rules. A Chinese name's pinyin and
its Russian rendering by the Palladius system do meet, word by word (`chinese_in_cyrillic`: "Jinping" =
"Цзиньпин", with a case ending "Цзиньпину").
"""

import re

from anyascii import anyascii

from summariser.names.scripts import hangul_syllables, unconfused
from summariser.names.spelling import INFLECTION

MIN_KOREAN_KEY = 6
"""Letters a Korean name's key needs ("kimjongun") to be compared with a name in Hangul."""
_VOICELESS = {"g": "k", "b": "p", "d": "t"}


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


_PALLADIUS = (
    ("цз", "z"), ("чж", "z"), ("ц", "c"), ("ч", "c"), ("ш", "s"), ("щ", "s"), ("ж", "r"), ("х", "h"), ("ь", ""),
    ("ъ", ""), ("й", "i"), ("э", "e"), ("ы", "i"), ("я", "ia"), ("ю", "iu"), ("ё", "io"), ("е", "ie"), ("в", "v"),
)  # fmt: skip
"""The Palladius system's Cyrillic for Chinese sounds, folded as _PINYIN folds pinyin ("Цзиньпин" -> "zinpin")."""
_PINYIN = (
    ("zh", "z"), ("ch", "c"), ("sh", "s"), ("x", "s"), ("j", "z"), ("q", "c"), ("ong", "ung"), ("ng", "n"),
    ("yi", "i"), ("y", "i"), ("w", "v"),
)  # fmt: skip
"""Pinyin folded where Palladius writes one letter for two sounds ("Jinping" -> "zinpin", as "Цзиньпин"):
j/z/zh, q/c/ch, x/s/sh; -ng and -n (Palladius "н" and "нь") alike; "ong" as its "ун"."""
MIN_CHINESE_KEY = 4


def chinese_key(word: str) -> str:
    """A word as a Chinese name's sounds, from pinyin ("Jinping") or from Palladius Cyrillic ("Цзиньпин")."""
    word = unconfused(word).lower()
    if re.fullmatch("[а-яё]+", word):
        for cyrillic, latin in _PALLADIUS:
            word = word.replace(cyrillic, latin)
        return anyascii(word)
    for pinyin, key in _PINYIN:
        word = word.replace(pinyin, key)
    return word


def chinese_in_cyrillic(name_word: str, token: str) -> bool:
    """Whether a Cyrillic word of the text writes a pinyin name word by the Palladius system, perhaps with a
    case ending ("Си Цзиньпину" writes "Xi Jinping")."""
    if not re.fullmatch("[а-яё]+", unconfused(token).lower()):
        return False  # checked before any key is made: most words of a sentence are no Cyrillic word
    wanted, written = chinese_key(name_word), chinese_key(token)
    return len(wanted) >= MIN_CHINESE_KEY and written.startswith(wanted) and len(written) - len(wanted) <= INFLECTION
