"""What the pipeline keeps from a perfect model and catches from a wrong one (issue 32).

An OpenAI-compatible server on 127.0.0.1 (bench/server.py's handler) answers each extraction request with the
annotated facts of the article whose sentences the request holds, citing sentence numbers as the prompt asks
(the oracle), or with the same answers and labelled errors injected at a fixed seed (the corrupting stand-in).
The real pipeline runs unchanged against it, cache off, one brief per event; the existing scorer
(summariser.quality) reads the oracle's briefs, and bench/oracle_corrupt.py judges each injected error.

python bench/oracle.py [--json] [--sets seeds,dev,test] [--seed N]
"""

import argparse
import json
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

import server
from oracle_corrupt import CLASSES, Context, Injection, corrupt, kept_true, let_through
from oracle_gold import SETS, Entry, Event, english_spelling, events, oracle_entries, request_sentences, which_article
from oracle_losses import where_lost

from summariser import Settings, summarise
from summariser.quality import score
from summariser.quality.scoring import _found
from summariser.quality.sets import _per_language
from summariser.schemas import Summary
from summariser.schemas.extraction import MAX_ACTORS, MAX_CLAIMS, MAX_GIFTS, WRITTEN_ACTOR_FIELDS

CAPS = {"gifts": MAX_GIFTS, "actors": MAX_ACTORS, "claims": MAX_CLAIMS}
SEED = 32


@dataclass
class State:
    """What the server answers from (the event being briefed, oracle or corrupting) and what it sent."""

    event: Event | None = None
    corrupting: bool = False
    seed: int = SEED
    sent: dict[tuple[str, int], list[Entry]] = field(default_factory=dict)
    injected: dict[tuple[str, int], list[Injection]] = field(default_factory=dict)
    not_built: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)
    over_cap: list[dict[str, Any]] = field(default_factory=list)
    unknown_requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self, event: Event, corrupting: bool) -> None:
        """Answer for `event` from now on, forgetting what was sent before."""
        with self.lock:
            self.event, self.corrupting = event, corrupting
            self.sent, self.injected, self.not_built, self.over_cap = {}, {}, {}, []
            self.unknown_requests = 0


class OracleHandler(server.Handler):
    """bench/server.py's handler (keep-alive, model list, replies), answering from the annotation instead."""

    state: State = State()

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))).decode())
        tools = body.get("tools") or [{}]
        function = tools[0].get("function", {})
        name = function.get("name", "Extraction")
        user = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
        if name == "EnglishSpellings":
            arguments: dict[str, Any] = {"english": self._spellings(user)}
        else:
            properties = function.get("parameters", {}).get("properties", CAPS)
            arguments = self._extraction(user, list(properties), _written_asked(properties))
        self._send(200, json.dumps(_completion(body, name, arguments, bool(body.get("tools")))))

    def _spellings(self, user: str) -> list[str | None]:
        block = user.split("<names-", 1)[1].split(">\n", 1)[1].split("\n</names-", 1)[0] if "<names-" in user else ""
        names = [line.split(". ", 1)[1] for line in block.split("\n") if ". " in line]
        event = self.state.event
        return [english_spelling(event, n) if event else None for n in names]

    def _extraction(self, user: str, fields: list[str], written: bool = False) -> dict[str, list[list[Any]]]:
        state = self.state
        numbered = request_sentences(user)
        found = which_article(state.event, numbered) if state.event else None
        if found is None or state.event is None:
            with state.lock:
                state.unknown_requests += 1
            return {f: [] for f in fields}
        article, sentences = found
        entries = [e for e in oracle_entries(article, sentences) if e.listed in fields]
        key = (article.id, sentences[0].start if sentences else 0)
        injected: list[Injection] = []
        not_built: dict[str, str] = {}
        if state.corrupting:
            entries, injected, not_built = corrupt(Context(state.event, article, sentences), entries, state.seed)
        reply: dict[str, list[list[Any]]] = {f: [] for f in fields}
        over: list[dict[str, Any]] = []
        for entry in sorted(entries, key=lambda e: e.values[0]):
            listed = reply.setdefault(entry.listed, [])
            if len(listed) < CAPS[entry.listed]:
                listed.append(with_written(entry) if written and entry.listed == "actors" else entry.values)
            elif entry.fact is not None:
                over.append(entry.fact)
        with state.lock:
            state.sent[key] = entries
            state.injected[key], state.not_built[key] = injected, not_built
            state.over_cap.extend(over)
        return reply


def _written_asked(properties: dict[str, Any]) -> bool:
    """Whether the request asks each actor's name as written beside its English (an article not in English:
    summariser/extract/messages.response_model), by the length of the actors' arrays in its schema."""
    actors = properties.get("actors")  # a request without a function's schema falls back on CAPS: no dict there
    return isinstance(actors, dict) and len(actors.get("items", {}).get("prefixItems", [])) == WRITTEN_ACTOR_FIELDS


def with_written(entry: Entry) -> list[Any]:
    """An actor's array with the name as its sentence writes it after the sentence number: the annotation's
    "written" where it records one (the name in the article's words), else the name as annotated."""
    number, name, *rest = entry.values
    return [number, str((entry.fact or {}).get("written") or name), name, *rest]


def _completion(body: dict[str, Any], name: str, arguments: dict[str, Any], tools: bool) -> dict[str, Any]:
    """A chat completion answering with `arguments`: a forced tool call, or JSON content in other modes."""
    text = json.dumps(arguments, ensure_ascii=False)
    call = {"id": "call_oracle", "type": "function", "function": {"name": name, "arguments": text}}
    message = {"role": "assistant", "content": None, "tool_calls": [call]} if tools else {"role": "assistant",
                                                                                          "content": text}  # fmt: skip
    return {
        "id": "chatcmpl-oracle",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "oracle"),
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tools else "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


@contextmanager
def oracle_server() -> Iterator[tuple[str, State]]:
    """The oracle on 127.0.0.1 and a free port, in a thread, for the duration of the block: its base URL and state."""
    state = State()
    handler = type("Handler", (OracleHandler,), {"state": state, "latency": 0.0})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", state
    finally:
        httpd.shutdown()
        httpd.server_close()


def brief(paths: list[Any], url: str) -> Summary:
    """The real pipeline's brief of some articles, its model the server at `url`, cache off."""
    settings = Settings(backend="api", base_url=url, api_key="oracle", model="oracle", use_cache=False,
                        model_lede=False, concurrency=4, transport_retries=0)  # fmt: skip
    return summarise(paths, settings=settings)


def _fraction(text: str) -> list[int]:
    found, total = text.split("/")
    return [int(found), int(total)]


def run_set(set_name: str, url: str, state: State, seed: int = SEED) -> dict[str, Any]:
    """The set's figures: the oracle's briefs scored, and every injected error of the corrupting run judged."""
    started = time.monotonic()
    figures: dict[str, Any] = {"kept": [0, 0], "wrong_values": 0, "invented_disagreements": 0, "caught": [0, 0],
                               "true_lost": [0, 0]}  # fmt: skip
    per_language: dict[str, dict[str, Any]] = {}
    per_class = {label: {"caught": 0, "injected": 0, "true_fact_kept": 0} for label in CLASSES}
    not_built: Counter[str] = Counter()
    losses: dict[str, Any] = {"missed": [], "wrong": [], "invented": [], "over_cap": 0, "unknown_requests": 0,
                              "failures": [], "let_through": []}  # fmt: skip
    by_layer: Counter[str] = Counter()
    for event in events(set_name):
        state.seed = seed
        state.reset(event, corrupting=False)
        clean = brief(event.paths, url)
        losses["failures"] += [f"{f.stage} {f.input}: {f.error}" for f in clean.failures]
        losses["over_cap"] += len(state.over_cap)
        losses["unknown_requests"] += state.unknown_requests
        result = score(clean, event.gold, {a.id: a.text for a in clean.articles})
        by_layer += where_lost(event, clean, [e for es in state.sent.values() for e in es], state.over_cap)
        _add(figures["kept"], _fraction(result["found"]))
        figures["wrong_values"] += len(result["wrong_values"])
        figures["invented_disagreements"] += len(result["invented_disagreements"])
        losses["missed"] += [f"{event.name[:12]} {m}" for m in result["missed"]]
        losses["wrong"] += result["wrong_values"]
        losses["invented"] += result["invented_disagreements"]
        language = {a.id: a.language for a in clean.articles}
        for code, line in _per_language(clean, event.gold).items():
            numbers = [int(n) for n in line.replace("/", " ").split() if n.isdigit()]
            row = per_language.setdefault(code, {"kept": [0, 0], "wrong_values": 0, "caught": [0, 0]})
            _add(row["kept"], numbers[:2])
            row["wrong_values"] += numbers[2]
        state.seed = seed
        state.reset(event, corrupting=True)
        wrong = brief(event.paths, url)
        losses["failures"] += [f"corrupted {f.stage} {f.input}: {f.error}" for f in wrong.failures]
        articles = {a.id: a for a in event.articles}
        for key, injections in state.injected.items():
            for inj in injections:
                caught = not let_through(inj, wrong, articles[inj.article])
                if not caught:
                    losses["let_through"].append(f"{inj.label} {language.get(inj.article)} {inj.article} {inj.what} "
                                                 f"{inj.value if inj.role is None else inj.role}")  # fmt: skip
                per_class[inj.label]["injected"] += 1
                per_class[inj.label]["caught"] += caught
                per_class[inj.label]["true_fact_kept"] += caught and kept_true(inj, wrong)
                row = per_language.setdefault(language.get(inj.article, "und"), {"kept": [0, 0], "wrong_values": 0,
                                                                                 "caught": [0, 0]})  # fmt: skip
                _add(row["caught"], [int(caught), 1])
            for label, reason in state.not_built.get(key, {}).items():
                not_built[f"{label}: {reason}"] += 1
        for entries in state.sent.values():
            for entry in entries:
                if entry.fact is not None and not entry.notes:
                    lost = _found(clean, entry.fact) and not _found(wrong, entry.fact)
                    _add(figures["true_lost"], [int(lost), 1])
    figures["caught"] = [sum(c["caught"] for c in per_class.values()), sum(c["injected"] for c in per_class.values())]
    losses["by_layer"] = dict(by_layer.most_common())
    figures.update(per_language=per_language, per_class=per_class, not_built=dict(sorted(not_built.items())),
                   losses=losses, seconds=round(time.monotonic() - started, 1))  # fmt: skip
    return figures


def _add(total: list[int], more: list[int]) -> None:
    for i, n in enumerate(more):
        total[i] += n


def _share(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]} ({100 * pair[0] / pair[1]:.1f}%)" if pair[1] else "0/0"


def tables(sets: dict[str, dict[str, Any]]) -> str:
    """The ceiling table (oracle kept, per set and language) and the filter table (caught per class)."""
    lines = ["The ceiling: oracle answers through the real pipeline", "",
             "| set | language | kept | wrong values | invented disagreements | errors caught |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for name, f in sets.items():
        lines.append(f"| {name} | all | {_share(f['kept'])} | {f['wrong_values']} | {f['invented_disagreements']} | "
                     f"{_share(f['caught'])} |")  # fmt: skip
        for code, row in sorted(f["per_language"].items()):
            lines.append(f"| {name} | {code} | {_share(row['kept'])} | {row['wrong_values']} | | "
                         f"{_share(row['caught'])} |")  # fmt: skip
    names = list(sets)
    lines += ["", "The filter: injected errors caught (dropped, or the true fact kept instead) / injected", "",
              "| class | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]  # fmt: skip
    for label in CLASSES:
        cells = []
        for name in names:
            c = sets[name]["per_class"][label]
            cells.append(f"{_share([c['caught'], c['injected']])}, true kept {c['true_fact_kept']}" if c["injected"]
                         else "not built")  # fmt: skip
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines.append("| **all** | " + " | ".join(_share(sets[n]["caught"]) for n in names) + " |")
    lines.append("| true facts lost to the errors | " + " | ".join(_share(sets[n]["true_lost"]) for n in names) + " |")
    for name in names:
        reasons = "; ".join(f"{k} ({v} articles)" for k, v in sets[name]["not_built"].items())
        lines.append(f"\nnot built in {name}: {reasons or 'none'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the oracle and the corrupting stand-in over the sets; print the tables or the JSON figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: seeds, dev, test")
    parser.add_argument("--seed", type=int, default=SEED, help="the corruptor's seed")
    parser.add_argument("--details", action="store_true", help="with --json: what was missed, wrong or invented")
    args = parser.parse_args(argv)
    chosen = [s for s in args.sets.split(",") if s]
    if unknown := [s for s in chosen if s not in SETS]:
        print(f"oracle: unknown set {', '.join(unknown)}; choose among {', '.join(SETS)}", file=sys.stderr)
        return 2
    started = time.monotonic()
    with oracle_server() as (url, state):
        sets = {name: run_set(name, url, state, args.seed) for name in chosen}
    seconds = round(time.monotonic() - started, 1)
    if args.json:
        shown = sets if args.details else {n: {k: v for k, v in f.items() if k != "losses"} for n, f in sets.items()}
        print(json.dumps({"sets": shown, "seconds": seconds}, indent=1, ensure_ascii=False))
    else:
        print(tables(sets))
        print(f"\n{seconds} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
