"""A benchmark server: OpenAI-compatible, on 127.0.0.1, answering with recorded responses after a delay.

Requests are matched to recordings by (which seed text the prompt contains, response model, number of
messages), so synthetic articles made of a seed text under a new header each get a real answer while
staying distinct requests. Run: python bench/server.py CASSETTE PORT LATENCY_S
"""

import json
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _fingerprints() -> dict[str, str]:
    """A distinctive 60-character slice of each seed text, from inside one sentence (the prompt numbers
    sentences one a line), JSON-escaped as it appears in a request body."""
    prints = {}
    for path in sorted(SEEDS.glob("*.txt")):
        pieces = re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8"))
        longest = max(pieces, key=len)
        prints[path.stem] = json.dumps(longest[:60], ensure_ascii=False)[1:-1]
    return prints


def _key(body: dict[str, Any], raw: str, prints: dict[str, str]) -> tuple[str, str, int] | None:
    """Which recording answers a request: by seed text and response model; the run's lede (which holds no
    article text) by its response model alone, answered with the recorded lede."""
    seed = next((stem for stem, mark in prints.items() if mark in raw), None)
    tools = body.get("tools") or [{}]
    name = tools[0].get("function", {}).get("name", "")
    if seed is None and name == "WrittenLede":
        seed = "lede"
    return (seed, name, len(body.get("messages", []))) if seed else None


def load(cassette: Path) -> dict[tuple[str, str, int], str]:
    prints = _fingerprints()
    table: dict[tuple[str, str, int], str] = {}
    for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
        raw = interaction["request"]["body"]
        key = _key(json.loads(raw), raw, prints)
        if key:
            table.setdefault(key, interaction["response"]["body"]["string"])
    return table


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real APIs do
    table: dict[tuple[str, str, int], str] = {}
    prints: dict[str, str] = {}
    latency = 0.5

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._send(200, '{"object":"list","data":[]}')

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
        key = _key(json.loads(raw), raw, self.prints)
        time.sleep(self.latency)
        answer = self.table.get(key) if key else None
        self._send(200 if answer else 400, answer or '{"error":{"message":"no recording","type":"bench"}}')

    def _send(self, status: int, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main() -> None:
    cassette, port, latency = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    Handler.table = load(cassette)
    Handler.prints = _fingerprints()
    Handler.latency = latency
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    server.request_queue_size = 1024
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
