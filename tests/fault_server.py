"""A real OpenAI-compatible HTTP server for tests, on 127.0.0.1 and a free port.

It answers chat completions with the responses recorded in a cassette (matched on the request
body, as replay does) and injects faults by script: a list of fault names consumed one per
request, then an optional default, or a fault forced for requests whose body contains a marker.

With `Script(reasoning=...)` it behaves like an OpenAI reasoning model on /v1/chat/completions, as
OpenAI's docs and error bodies show it (gpt-6-luna by default): HTTP 400 for max_tokens, for a
temperature other than 1, for a reasoning effort the model lacks, and for function tools at any
effort but "none". What it accepts is answered from the cassette by the request's content (messages,
tools), whatever the model name and generation parameters. GET /v1/models lists `Script.models`
with their shutdown dates.
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

GPT_6_LUNA_EFFORTS = ("none", "low", "medium", "high", "xhigh", "max")
GPT_6_1_SOL_EFFORTS = ("low", "medium", "high", "xhigh", "max")  # no "none": no function tools on chat
GENERATION_PARAMS = ("model", "temperature", "max_tokens", "max_completion_tokens", "seed", "reasoning_effort")
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


def _content(body: str | bytes) -> str:
    """The request without model name and generation parameters: what a reasoning model is asked."""
    return json.dumps({k: v for k, v in json.loads(body).items() if k not in GENERATION_PARAMS}, sort_keys=True)


def _invalid(message: str, param: str | None, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}}


def reasoning_refusal(request: dict[str, Any], efforts: tuple[str, ...]) -> dict[str, Any] | None:
    """The 400 body OpenAI gives a reasoning model's request, or None if it takes it."""
    model = request.get("model")
    effort = request.get("reasoning_effort")
    if "max_tokens" in request:
        message = (
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
        )
        return _invalid(message, "max_tokens", "unsupported_parameter")
    if request.get("temperature", 1) != 1:
        value = json.dumps(request["temperature"])
        message = (
            f"Unsupported value: 'temperature' does not support {value} with this model. "
            "Only the default (1) value is supported."
        )
        return _invalid(message, "temperature", "unsupported_value")
    if effort is not None and effort not in efforts:
        listed = ", ".join(f"'{e}'" for e in efforts[:-1]) + f", and '{efforts[-1]}'"
        message = (
            f"Unsupported value: '{effort}' is not supported with the '{model}' model. Supported values are: {listed}."
        )
        return _invalid(message, "reasoning_effort", "unsupported_value")
    if request.get("tools") and effort != "none":
        message = (
            f"Function tools with reasoning_effort are not supported for {model} in /v1/chat/completions. "
            "To use function tools, use /v1/responses or set reasoning_effort to 'none'."
        )
        return _invalid(message, "reasoning_effort", None)
    return None


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
    reasoning: tuple[str, ...] | None = None  # the reasoning efforts of a reasoning model; None: a plain server
    models: dict[str, str | None] | None = field(default_factory=lambda: {"m": None})  # id -> shutdown; None: 404
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
    """A recorded reply turned invalid: arguments that break the schema, or citations of a sentence the
    article does not have (number 999)."""
    reply = json.loads(recorded)
    call = reply["choices"][0]["message"]["tool_calls"][0]["function"]
    if mutate == "invalid":
        call["arguments"] = json.dumps({"unexpected": "shape"})
    else:
        args = json.loads(call["arguments"])
        call["arguments"] = json.dumps({key: [[999, *entry[1:]] for entry in entries] for key, entries in args.items()})
    return json.dumps(reply)


class _Handler(BaseHTTPRequestHandler):
    server: "FaultServer"

    def log_message(self, format: str, *args: Any) -> None:
        return None

    def do_GET(self) -> None:
        self.server.gets.append(self.path)
        if self.server.script.models is None:
            self._send(404, json.dumps({"error": {"message": "no model list here", "type": "test"}}))
            return
        listed = [
            {"id": name, "object": "model", "created": 1_780_000_000, "owned_by": "test", "shutdown_date": date}
            for name, date in self.server.script.models.items()
        ]
        self._send(200, json.dumps({"object": "list", "data": listed}))

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
        if fault == "404":  # what OpenAI answers for a model that does not exist (or no longer does)
            model = json.loads(body).get("model")
            message = f"The model `{model}` does not exist or you do not have access to it."
            self._send(404, json.dumps(_invalid(message, None, "model_not_found")))
            return
        if fault in ("429", "500", "502", "503", "401"):
            error = {"error": {"message": f"injected {fault}", "type": "injected", "code": fault}}
            headers = {"Retry-After": self.server.script.retry_after} if fault == "429" else {}
            self._send(int(fault), json.dumps(error), headers)
            return
        efforts = self.server.script.reasoning
        if efforts is not None:
            refusal = reasoning_refusal(json.loads(body), efforts)
            if refusal is not None:
                self._send(400, json.dumps(refusal))
                return
            recorded = self.server.by_content.get(_content(body))
        else:
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
        self.by_content = {_content(request): response for request, response in recorded.items()}
        self.script = script
        self.requests: list[dict[str, Any]] = []
        self.gets: list[str] = []
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
