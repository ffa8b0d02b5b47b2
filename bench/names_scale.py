"""Benchmark: the cost of name matching as a run grows (issue 30 class 10, issue 33 item 1).

    .venv/bin/python bench/names_scale.py [--sizes 50,100,200] [--names 200] [--seed 30] [--language en]

Makes N distinct articles, each naming `--names` people (a pool of 10 x N made-up people: a given name
and a surname built from syllables, no two alike, each long enough to stand alone), one
sentence per pair of them in varied wordings. Half of each article's people count as grounded already
(what the model or the parser found), so names_across looks for the other half, in every article, among
all the run's names; cluster_names then groups every distinct name the run grounded. Prints, per N, the
seconds of known_names + names_across over all articles and of cluster_names, and the people found:
a figure, not a pass or fail. With --language en, names_across reads each article's one English parse
(spaCy, nlp.parse): `parse_s` is the seconds of parsing every article first, as a run's finders do
before names_across (which then finds the parse memoised), so `names_across_s` is the matching alone and
their sum what names_across costs an article never parsed before; other languages parse nothing.
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summariser.facts import GroundedFact  # noqa: E402
from summariser.kinds.actor.finders.english import actor_at  # noqa: E402
from summariser.lang.en import nlp  # noqa: E402
from summariser.link.across import known_names, names_across  # noqa: E402
from summariser.load.articles import Article  # noqa: E402
from summariser.names import cluster_names, skeleton  # noqa: E402
from summariser.schemas import Actor  # noqa: E402
from summariser.verify.locate import Span  # noqa: E402

GIVEN = [
    *("Anna", "Boris", "Carla", "Dmitri", "Elena", "Fyodor", "Galina", "Hector", "Irina", "Jonas", "Karin"),
    *("Leonid", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Sergei", "Tamara", "Viktor", "Yulia", "Zoran"),
]
ONSETS = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr"]
VOWELS = ["a", "e", "i", "o", "u"]
ENDINGS = ["ov", "ski", "son", "ez", "berg", "ic", "enko", "ani"]
WORDINGS = [
    "{a} met {b} in the capital on Monday.",
    "On Tuesday {a} spoke with {b} about the talks.",
    "Officials said {a} and {b} signed the agreement.",
    "{a} told reporters that {b} had left the country.",
    "A statement from {a} thanked {b} for the help.",
]


def people(count: int, rng: random.Random) -> list[str]:
    """`count` made-up people with surnames of three syllables and an ending, no two of one skeleton (the
    rules read "Gastastuani" and "Gestastaani" as one name spelt two ways, as they read Putin and Poutine)."""
    surnames: dict[str, str] = {}
    while len(surnames) < count:
        syllables = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(3))
        surname = syllables + rng.choice(ENDINGS)
        surnames.setdefault(skeleton(surname), surname.capitalize())
    return [f"{rng.choice(GIVEN)} {surname}" for surname in sorted(surnames.values())]


def articles(size: int, named: int, language: str, rng: random.Random) -> list[tuple[Article, list[str]]]:
    """`size` articles, each naming `named` people of the pool in pairs, with the people each names."""
    pool = people(10 * size, rng)
    made = []
    for number in range(size):
        cast = rng.sample(pool, min(named, len(pool)))
        lines = [rng.choice(WORDINGS).format(a=a, b=b) for a, b in zip(cast[::2], cast[1::2], strict=False)]
        article = Article(id=f"a{number:04d}", text="\n".join(lines), language=language, languages=(language,))
        made.append((article, cast))
    return made


def grounded(article: Article, cast: list[str]) -> list[GroundedFact]:
    """An actor fact for every other person of the cast, at the sentence naming them."""
    facts = []
    for name in cast[::2]:
        start = article.text.index(name)
        line_start = article.text.rfind("\n", 0, start) + 1
        line_end = article.text.find("\n", start)
        end = len(article.text) if line_end < 0 else line_end
        span = Span(line_start, end, "nlp", 100.0)
        facts.append(actor_at(article, 0, name, span, article.text[line_start:end], None, "nlp_actors"))
    return facts


def measure(size: int, named: int, language: str, seed: int) -> dict[str, float | int]:
    """Seconds of names_across (all articles) and cluster_names at one size, and what they found."""
    made = articles(size, named, language, random.Random(seed))
    facts = {article.id: grounded(article, cast) for article, cast in made}
    started = time.perf_counter()
    for article, _ in made if language == "en" else []:
        nlp.parse(article.text)  # memoised: names_across reads this Doc again
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    known = known_names([f for fs in facts.values() for f in fs])
    found = [names_across(article, known, facts[article.id]) for article, _ in made]
    across_s = time.perf_counter() - started
    every = [f.fact.name for fs in facts.values() for f in fs] + [f.fact.name for fs in found for f in fs]
    started = time.perf_counter()
    clusters = cluster_names(every)
    cluster_s = time.perf_counter() - started
    wrong = sum(
        1
        for (article, cast), fs in zip(made, found, strict=True)
        for f in fs
        if isinstance(f.fact, Actor) and f.fact.name not in cast
    )
    return {
        "articles": size,
        "known_names": len(known),
        "parse_s": round(parse_s, 2),
        "names_across_s": round(across_s, 2),
        "found": sum(len(fs) for fs in found),
        "credited_to_an_article_not_naming_them": wrong,
        "distinct_names": len(set(every)),
        "cluster_names_s": round(cluster_s, 2),
        "clusters": len(clusters),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,100,200", help="numbers of articles, comma-separated")
    parser.add_argument("--names", type=int, default=200, help="people named by each article")
    parser.add_argument("--seed", type=int, default=30)
    parser.add_argument("--language", default="en", help="the articles' language code (en reads the parse)")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        print(measure(size, args.names, args.language, args.seed), flush=True)


if __name__ == "__main__":
    main()
