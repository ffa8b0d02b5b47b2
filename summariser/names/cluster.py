"""Names clustered into people without ever joining two people who only share a surname.

A full name joins a cluster only if it is the same person (names/person.py) as every full name in it (so no
chain of near spellings joins two people); a bare surname joins a cluster only when exactly one cluster's
names end in it, or, where two people share it, the one the run mentions PRINCIPAL_SHARE times as often as each
other (`mentions`: "Macron" beside ten mentions of Emmanuel Macron and four of Brigitte Macron is the
president, as news writes a surname alone for the person the story is about), and else stays on its own; a
Korean given name alone ("Yo Jong") joins the one cluster whose Korean name of three short words ends in it; a
name with middle initials joins the name without them where the run writes no other initials between the same
names ("Donald H. Rumsfeld" = "Donald Rumsfeld"; of "George W. Bush", "George H. W. Bush" and "George Bush"
none joins another). A name is compared only with the clusters holding a name that shares one of its keys
(names/index.py), which every two names of one person share, so clustering is near-linear in the number of
names.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping

from summariser.names.fold import fold_name
from summariser.names.index import PersonIndex
from summariser.names.person import same_person
from summariser.names.scripts import in_hangul

PRINCIPAL_SHARE = 2
"""How many times as many mentions as each other bearer the person a shared bare surname is given to has."""
KOREAN_SYLLABLE_LETTERS = 4
"""Letters a romanised Korean syllable has at most ("Jong", "Chon"): a longer word is no such syllable."""


def _one_hangul_word(name: str) -> bool:
    """Whether a name is one word in Hangul: a Korean name ("김정은"), or a foreign surname or organisation
    alone ("푸틴", "리아노보스티"); clustered as a bare surname is, so it joins only the one person it fits."""
    return in_hangul(name.strip()) and len(name.split()) == 1


def _home(homes: list[int], clusters: list[list[str]], mentions: Mapping[str, int] | None) -> int | None:
    """The cluster a bare surname joins: the one it fits, or, of several, the one mentioned PRINCIPAL_SHARE times as
    often as each other (without `mentions`, none)."""
    if len(homes) == 1:
        return homes[0]
    if len(homes) < 2 or not mentions:
        return None
    counted = sorted(((sum(mentions.get(n, 0) for n in clusters[i]), i) for i in homes), reverse=True)
    (top, home), (second, _) = counted[0], counted[1]
    return home if top >= PRINCIPAL_SHARE * max(second, 1) else None


def _korean_shaped(words: tuple[str, ...]) -> bool:
    """Whether folded words are a Korean name in Latin letters: a family name and two syllables, each
    word of four letters or fewer ("Kim Yo Jong", "Pak Jong Chon")."""
    return len(words) == 3 and all(len(w) <= KOREAN_SYLLABLE_LETTERS for w in words)


def _initialled(full: list[str], folded: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Each name written with middle initials ("Donald H. Rumsfeld") and the name of the run it is without them
    ("Donald Rumsfeld"), where the run writes no other initials between the same names ("George W. Bush" beside
    "George H. W. Bush": neither is "George Bush")."""
    plain = {folded[n]: n for n in sorted(full, reverse=True)}  # of names folded alike, the first in order
    initials: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    written: dict[str, tuple[str, ...]] = {}
    for name in full:
        words = folded[name]
        kept = tuple(w for i, w in enumerate(words) if len(w) > 1 or i in (0, len(words) - 1))
        if kept != words and len(kept) > 1 and kept in plain:
            initials[kept].add(tuple(w for w in words if w not in kept))
            written[name] = kept
    return {name: plain[kept] for name, kept in written.items() if len(initials[kept]) == 1}


def cluster_names(names: Iterable[str], mentions: Mapping[str, int] | None = None) -> list[list[str]]:
    """Group names that denote one person. Full names cluster by `same_person` with every member; a bare surname joins
    the one cluster whose full names end in it, or, where it fits several, the one whose names `mentions` counts
    PRINCIPAL_SHARE times as often as each other's (module docstring), and stays apart otherwise.
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
    initialled = _initialled(full, folded)
    placed: dict[str, int] = {}
    for name in sorted(full, key=lambda n: n in initialled):  # complete linkage: no chain joins two people
        home = placed.get(initialled.get(name, ""))
        if home is None:
            home = next((i for i in index.candidates(name) if all(same_person(name, o) for o in clusters[i])), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(name)
        index.add(home, name)
        placed[name] = home
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
        home = _home(homes, clusters, mentions)
        if home is not None:
            clusters[home].append(name)
            index.add(home, name)
            continue
        home = next((i for i in alone.candidates(name) if same_person(name, singles[i][0])), None)
        if home is None:
            alone.add(len(singles), name)
            singles.append([name])
        else:
            singles[home].append(name)
    return sorted((sorted(c) for c in clusters + singles), key=lambda c: c[0])
