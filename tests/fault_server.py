"""A real OpenAI-compatible HTTP server for tests, on 127.0.0.1 and a free port.

It answers chat completions with the responses recorded in a cassette (matched on the request
body, as replay does) and injects faults by script: a list of fault names consumed one per
request, then an optional default, or a fault forced for requests whose body contains a marker.
"""

import json
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

FAULTS = ("ok", "slow", "429", "500", "502", "503", "401", "404", "hang", "drop", "truncate", "invalid", "ungrounded")


def load_recorded(cassette: Path) -> dict[str, str]:
    """Request body -> recorded response body, from a vcrpy cassette."""
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    return {
        _canonical(i["request"]["body"]): i["response"]["body"]["string"]
        for i in data["interactions"]
        if i["request"]["uri"].endswith("/chat/completions")
    }


def _canonical(body: str | bytes) -> str:
    return json.dumps(json.loads(body), sort_keys=True)


@dataclass
class Script:
    """Which fault each request gets."""

    queue: list[str] = field(default_factory=list)
    default: str = "ok"
    when_body_contains: dict[str, str] = field(default_factory=dict)
    when_body_contains_all: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    fail_rate: float = 0.0
    random_faults: tuple[str, ...] = ("429", "500", "502", "503", "drop", "truncate")
    rng: random.Random = field(default_factory=lambda: random.Random(7))
    retry_after: str = "0"
    hang_s: float = 5.0
    slow_s: float = 0.5
    seen: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_fault(self, body: str) -> str:
        with self.lock:
            for marker, fault in self.when_body_contains.items():
                if marker in body:
                    self.seen.append(fault)
                    return fault
            for markers, fault in self.when_body_contains_all:
                if all(m in body for m in markers):
                    self.seen.append(fault)
                    return fault
            if self.queue:
                fault = self.queue.pop(0)
            elif self.fail_rate and self.rng.random() < self.fail_rate:
                fault = self.rng.choice(self.random_faults)
            else:
                fault = self.default
            self.seen.append(fault)
            return fault


def _tool_reply(recorded: str, mutate: str) -> str:
    """A recorded reply turned invalid: arguments that break the schema, or evidence not in the text."""
    reply = json.loads(recorded)
    call = reply["choices"][0]["message"]["tool_calls"][0]["function"]
    if mutate == "invalid":
        call["arguments"] = json.dumps({"unexpected": "shape"})
    else:
        args = json.loads(call["arguments"])
        key = next(iter(args))
        args[key] = [{**item, "evidence": "A sentence the article never contained, invented whole."}
                     for item in args[key]] or args[key]  # fmt: skip
        call["arguments"] = json.dumps(args)
    return json.dumps(reply)


class _Handler(BaseHTTPRequestHandler):
    server: "FaultServer"

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self._send(200, json.dumps({"object": "list", "data": [{"id": "m", "object": "model"}]}))

    def do_POST(self) -> None:
        with self.server.gauge:
            self.server.in_flight += 1
            self.server.max_in_flight = max(self.server.max_in_flight, self.server.in_flight)
        try:
            self._post()
        finally:
            with self.server.gauge:
                self.server.in_flight -= 1

    def _post(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0))).decode()
        self.server.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
        fault = self.server.script.next_fault(body)
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if fault == "hang":
            time.sleep(self.server.script.hang_s)
            return
        if fault == "slow":
            time.sleep(self.server.script.slow_s)
        if fault in ("429", "500", "502", "503", "401", "404"):
            error = {"error": {"message": f"injected {fault}", "type": "injected", "code": fault}}
            headers = {"Retry-After": self.server.script.retry_after} if fault == "429" else {}
            self._send(int(fault), json.dumps(error), headers)
            return
        recorded = self.server.recorded.get(_canonical(body))
        if recorded is None:
            self._send(400, json.dumps({"error": {"message": "request not recorded", "type": "test"}}))
            return
        if fault in ("invalid", "ungrounded"):
            recorded = _tool_reply(recorded, fault)
        if fault == "truncate":
            data = recorded.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        self._send(200, recorded)

    def _send(self, status: int, body: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class FaultServer(ThreadingHTTPServer):
    """The server; `url` is its OpenAI base URL."""

    daemon_threads = True

    def __init__(self, recorded: dict[str, str], script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.recorded = recorded
        self.script = script
        self.requests: list[dict[str, Any]] = []
        self.gauge = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests it was answering at once

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


@contextmanager
def fault_server(cassette: Path, script: Script | None = None) -> Iterator[FaultServer]:
    """Run a FaultServer in a thread for the duration of the block."""
    server = FaultServer(load_recorded(cassette), script or Script())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
