"""The keys every two names of one person share (`person_keys`), and an index of groups of names by them, so
a name is compared only with the groups it may belong to: near-linear in the number of names."""

from collections import defaultdict
from functools import lru_cache

from summariser.names.fold import fold_name
from summariser.names.person import CASE_ENDINGS
from summariser.names.scripts import in_hangul, in_latin_script
from summariser.names.sounds import chinese_key, cyrillic_korean_keys, loose_korean_key
from summariser.names.spelling import spelling_keys


@lru_cache(maxsize=1 << 16)
def person_keys(name: str) -> frozenset[str]:
    """Keys that two names `same_person` holds for share at least one of: the words run together, the
    last word's spelling keys (and a name of two words both words' keys in either order, for the words swapped)
    and its stem without a case ending, the name's Korean keys and its Chinese sounds.
    Empty for a name in Hangul, which is compared with every name instead (`compared_with_all`)."""
    words = fold_name(name)
    if not words or in_hangul(name.strip()):
        return frozenset()
    last = words[-1]
    stems = {last, *(last[: -len(e)] for e in CASE_ENDINGS if last.endswith(e) and len(last) - len(e) >= 2)}
    korean = cyrillic_korean_keys(name) or (
        {loose_korean_key(list(words))} if len(words) == 3 and in_latin_script(name) else set()
    )
    chinese = "z:" + " ".join(chinese_key(w) for w in name.split())  # "Xi Jinping" and "Си Цзиньпин": "si zinpin"
    swapped = (  # the two words' keys in either order: "Battulga Khaltmaa" = "Khaltmaa Battulga"
        {"w:" + "|".join(sorted((a, b))) for a in spelling_keys(words[0]) for b in spelling_keys(last)}
        if len(words) == 2
        else set()
    )
    return frozenset(
        {"j:" + "".join(words), *spelling_keys(last), *("c:" + s for s in stems), *("k:" + k for k in korean), chinese}
        | swapped
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
