"""Would parsing on every core help here? (issue 33, point 2)

    .venv/bin/python bench/parse_cores.py [--articles 40] [--processes 2] [--batch 32]

Records every text the English parse reads in a run of N reports (bench/scale_articles.py) through the NLP
path alone (whole articles, then sentences and phrases one by one, as the finders ask), then parses the same
texts again, cold each time, four ways: one by one (as now), on two threads (as the grounding pool runs),
spaCy's nlp.pipe in one process (batched), and nlp.pipe with n_process (a pool of processes; each loads the
pipeline, and Docs come back serialised). Prints the wall and CPU seconds of each and whether every Doc equals
the one-by-one parse (tokens, tags, lemmas, heads, dependencies, entities, sentences). Figures only.
"""

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import scale_articles  # noqa: E402


def recorded_texts(n: int) -> list[str]:
    """The texts a run of `n` reports parses, in the order it first asks for each."""
    from summariser import Article, Settings, summarise
    from summariser.lang.en.nlp import parsing
    from summariser.quality.alone import NoModel

    seen: dict[str, None] = {}
    loaded = parsing._pipeline()

    def recording(text: str) -> Any:
        seen.setdefault(text)
        return loaded(text)

    parsing._pipeline = lambda: recording  # type: ignore[assignment]
    settings = Settings(backend="api", base_url="http://127.0.0.1:9/v1", use_cache=False)
    summarise([Article(id=r.id, text=r.text) for r in scale_articles.reports(n)], settings=settings, client=NoModel())
    parsing._pipeline = lambda: loaded  # type: ignore[assignment]
    parsing.parse.cache_clear()
    return list(seen)


def signature(doc: Any) -> tuple[Any, ...]:
    """What the finders read of a Doc."""
    tokens = tuple((t.text, t.tag_, t.pos_, t.lemma_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc)
    return tokens, tuple((s.start, s.end) for s in doc.sents)


def timed(label: str, parse: Any, texts: list[str], reference: list[Any] | None) -> list[Any]:
    """Parse `texts` one way; print its seconds and whether the Docs equal the reference."""
    wall, cpu = time.perf_counter(), time.process_time()
    docs = list(parse(texts))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    same = (
        ""
        if reference is None
        else f"  identical {sum(a == signature(d) for a, d in zip(reference, docs, strict=True))}/{len(docs)}"
    )
    print(f"{label:32s} wall {wall:6.2f} s  cpu (this process) {cpu:6.2f} s{same}", flush=True)
    return [signature(d) for d in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args()
    from summariser.lang.en.nlp import parsing

    texts = recorded_texts(args.articles)
    nlp = parsing._pipeline()
    print(f"{args.articles} reports: {len(texts)} texts parsed, {sum(map(len, texts)):,} characters", flush=True)
    reference = timed("one by one", lambda ts: map(nlp, ts), texts, None)
    with ThreadPoolExecutor(2) as pool:
        timed("two threads, one by one", lambda ts: pool.map(nlp, ts), texts, reference)
    timed(f"nlp.pipe, batch {args.batch}", lambda ts: nlp.pipe(ts, batch_size=args.batch), texts, reference)
    timed(f"nlp.pipe, n_process {args.processes}",
          lambda ts: nlp.pipe(ts, batch_size=args.batch, n_process=args.processes), texts, reference)  # fmt: skip


if __name__ == "__main__":
    main()
