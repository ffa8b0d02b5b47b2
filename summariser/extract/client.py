"""Structured calls to an OpenAI-compatible API: the only module importing openai, instructor, tenacity.

Two retry layers, kept apart and counted separately:
- transport retries (tenacity): 408/409/429/5xx, timeouts, dropped connections; exponential
  backoff with jitter, Retry-After honoured; the SDK's own retries are off (max_retries=0);
- validation re-asks (instructor): the reply did not fit the schema or its evidence was not in
  the article; the error goes back to the model.
A hard cap on HTTP requests per article holds across both.
A third answer is neither: an HTTP 400 naming a generation parameter is answered once by re-sending
the call in the parameters the endpoint takes (see extract.params), counted, never retried as is.
"""

import functools
import json
import logging
import re
import threading
import time
from typing import Any, TypeVar

import httpx2
import instructor
import openai
from instructor.core.hooks import Hooks
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt
from tenacity.wait import wait_exponential_jitter

from summariser.errors import (
    FatalProviderError,
    ProviderError,
    ReplayMissError,
    SummariserError,
    TransientProviderError,
    UnsupportedParameterError,
    ValidationExhausted,
)
from summariser.extract.params import ParamTable, RequestParams
from summariser.facts import CallStats
from summariser.redaction import redact, redact_url
from summariser.settings import DEFAULT_OPENAI_MODEL, MODES, Settings

M = TypeVar("M", bound=BaseModel)
log = logging.getLogger(__name__)

INSTRUCTOR_MODES = {name: instructor.Mode[name.upper()] for name in MODES}  # our names for instructor's modes
MAX_RETRY_AFTER_S = 120.0
ADAPTABLE = ("temperature", "max_tokens", "seed", "reasoning_effort", "reasoning.effort")
_NAMED = re.compile(r"(Unsupported parameter|Unsupported value|Unrecognized request argument supplied): '?([\w.]+)")


def _release_validator_frames(error: Exception, **_: Any) -> None:
    """Drop the traceback of the exception our validator raised inside a ValidationError.

    pydantic-core keeps that exception without telling the garbage collector, and its traceback
    pins every frame of the call (messages, replies, the article's facts) for the life of the
    process: about 0.3 MB per article. The re-ask message is built from the error's text, unchanged.
    """
    if isinstance(error, ValidationError):
        for detail in error.errors(include_url=False):
            cause = detail.get("ctx", {}).get("error")
            if isinstance(cause, BaseException):
                cause.__traceback__ = None


_HOOKS = Hooks()
_HOOKS.on("parse:error", _release_validator_frames)


@functools.cache
def _response_schema(model: type[M]) -> type[M]:
    """instructor's wrapper class of `model`, made once: instructor would build a new class, and
    regenerate its JSON Schema, on every call (about a third of our CPU per request)."""
    wrapped: type[M] = instructor.openai_schema(model)
    return wrapped


class OpenAIClient:
    """Calls the model; one instance is shared by every article of a run (thread-safe)."""

    def __init__(
        self,
        settings: Settings,
        base_url: str | None = None,
        params: ParamTable | None = None,
        transport: httpx2.BaseTransport | None = None,
    ) -> None:
        self._settings = settings
        self._base_url = base_url or settings.base_url
        self._transport = transport  # what answers instead of the network (a replayed cassette), if anything
        self.params = params or ParamTable()  # what the endpoint takes, learned from its 400s
        self._openai: openai.OpenAI | None = None
        self._lock = threading.Lock()
        self._model_checked = False
        self._check_lock = threading.Lock()  # the first call reads the model list; the others wait for it

    def _client(self) -> openai.OpenAI:
        with self._lock:
            if self._openai is None:
                http = openai.DefaultHttpxClient(transport=self._transport) if self._transport else None
                self._openai = openai.OpenAI(
                    api_key=self._settings.api_key or "no-key-needed",
                    base_url=self._base_url,
                    max_retries=0,
                    timeout=self._settings.timeout,
                    http_client=http,
                )
            return self._openai

    def complete(self, messages: list[dict[str, str]], response_model: type[M], stats: CallStats) -> M:
        """One validated object from the model; raises ValidationExhausted with the last reply."""
        settings = self._settings
        attempts = 0
        self._check_model()

        def create(**kwargs: Any) -> Any:
            nonlocal attempts
            attempts += 1
            return self._send(kwargs, stats)

        patched = instructor.patch(create=create, mode=INSTRUCTOR_MODES[settings.mode])
        try:
            result: M = patched(
                response_model=_response_schema(response_model),
                messages=messages,
                model=settings.model,
                max_retries=settings.max_reasks,
                hooks=_HOOKS,
            )
            return result
        except instructor.core.InstructorRetryException as e:
            cause = e.__cause__
            if isinstance(cause, SummariserError):
                raise cause from None
            if e.last_completion is None:
                raise ProviderError(redact(str(e), settings.api_key), original=cause) from None
            raise ValidationExhausted(
                f"reply still invalid after {attempts} attempts: {_first_line(str(cause or e))}",
                reply=reply_text(e.last_completion),
            ) from None
        finally:
            stats.add(reasks=max(attempts - 1, 0))

    def _check_model(self) -> None:
        """Once per run, on an API: warn if the endpoint's model list gives the model a shutdown date.
        An endpoint without a model list, or any failure to read it, says nothing."""
        settings = self._settings
        with self._check_lock:
            if self._model_checked or settings.backend != "api":
                return
            self._model_checked = True
            try:
                listed = self._client().with_options(timeout=min(settings.timeout, 10.0)).models.list()
                date = next((m.shutdown_date for m in listed.data if m.id == settings.model), None)
            except Exception:  # optional information: it never fails the run
                return
        if date:
            log.warning(
                "model %s shuts down on %s (says the model list of %s): choose a current model with --model",
                settings.model, date, self._where,
            )  # fmt: skip

    def _send(self, kwargs: dict[str, Any], stats: CallStats) -> Any:
        """One completion with the generation parameters the endpoint takes, adapting them once if it
        refuses one (the first call to a model goes alone until it has its answer)."""
        settings = self._settings
        params, first = self.params.claim(settings)
        try:
            while True:
                try:
                    return self._post({**kwargs, **params.values(settings)}, stats)
                except UnsupportedParameterError as e:
                    params = self._adapt(params, e, stats)
        finally:
            if first:
                self.params.settle(settings)

    def _adapt(self, sent: RequestParams, error: UnsupportedParameterError, stats: CallStats) -> RequestParams:
        """The parameters to re-send with after `error`; FatalProviderError when none are left."""
        settings = self._settings
        learned = self.params.learn(settings, sent, error.param, error.code)
        if learned is None:
            hint = ""
            if settings.mode == "tools" and "reasoning" in error.param:
                hint = (
                    "; OpenAI reasoning models take function tools on /v1/chat/completions only with "
                    "reasoning_effort 'none': try --mode json_schema"
                )
            why = (
                f"model {settings.model!r} at {self._where} refused every request shape (last: HTTP 400 {error}){hint}"
            )
            self.params.give_up(settings, why)
            raise FatalProviderError(why, original=error.original) from None
        params, changed = learned
        if changed:
            stats.add(param_adaptations=1)
            log.warning(
                "model %s at %s refused %s (HTTP 400%s): sending %s from now on",
                settings.model, self._where, error.param, f" {error.code}" if error.code else "", params.describe(),
            )  # fmt: skip
        return params

    def _post(self, kwargs: dict[str, Any], stats: CallStats) -> Any:
        """One chat completion, with transport retries."""
        settings = self._settings
        retrying = Retrying(
            stop=stop_after_attempt(settings.transport_retries + 1),
            sleep=functools.partial(_pause, getattr(stats, "stopped", None)),
            wait=self._wait,
            retry=retry_if_exception_type(TransientProviderError),
            reraise=True,
        )
        for attempt in retrying:
            with attempt:
                if not stats.take_request(settings.max_requests_per_article):
                    raise ProviderError(
                        f"stopped after {stats.requests} requests for one article "
                        f"(cap: max_requests_per_article={settings.max_requests_per_article})"
                    )
                if attempt.retry_state.attempt_number > 1:
                    stats.add(transport_retries=1)
                try:
                    response = self._client().chat.completions.create(**kwargs)
                except openai.APIError as e:
                    raise self._translate(e) from e
                usage = getattr(response, "usage", None)
                if usage is not None:
                    stats.add(prompt_tokens=usage.prompt_tokens or 0, completion_tokens=usage.completion_tokens or 0)
                return response
        raise AssertionError("unreachable: tenacity re-raises the last error")

    def _wait(self, state: RetryCallState) -> float:
        settings = self._settings
        backoff = wait_exponential_jitter(
            multiplier=settings.backoff_initial_s, max=settings.backoff_max_s, jitter=settings.backoff_initial_s
        )(state)
        error = state.outcome.exception() if state.outcome else None
        retry_after = error.retry_after if isinstance(error, TransientProviderError) else None
        return min(max(backoff, retry_after or 0.0), MAX_RETRY_AFTER_S)

    @property
    def _where(self) -> str:
        """The endpoint as messages may show it: without credentials."""
        return redact_url(self._base_url) if self._base_url else "the OpenAI API"

    def _translate(self, error: openai.APIError) -> SummariserError:
        """Map an SDK error to the project's tree, with a message that never holds the key."""
        settings = self._settings
        where = self._where
        if _is_replay_miss(error):
            return ReplayMissError(
                "this request is not in the cassette (prompt, schema, model or article changed?); "
                "re-record with `make record`"
            )
        if isinstance(error, openai.AuthenticationError | openai.PermissionDeniedError):
            return FatalProviderError(
                f"{where} rejected the API key (HTTP {error.status_code}); check OPENAI_API_KEY",
                original=error,
            )
        if isinstance(error, openai.NotFoundError):
            if error.code == "model_not_found":
                example = f", e.g. {DEFAULT_OPENAI_MODEL}" if self._base_url is None else ""
                return FatalProviderError(
                    f"unknown model {settings.model!r} at {where} (HTTP 404 model_not_found): "
                    f"choose another with --model{example}",
                    original=error,
                )
            return FatalProviderError(
                f"{where} answered 404 for model {settings.model!r}: unknown model (--model) or wrong --base-url",
                original=error,
            )
        if isinstance(error, openai.APITimeoutError):
            return TransientProviderError(
                f"no answer from {where} within {settings.timeout:g} s", original=error, retry_after=None
            )
        if isinstance(error, openai.APIConnectionError):
            return TransientProviderError(f"cannot connect to {where}", original=error, retry_after=None)
        if isinstance(error, openai.APIStatusError):
            status = error.status_code
            message = redact(_first_line(_error_message(error)), settings.api_key)[:200]
            if status in (408, 409, 429) or status >= 500:
                return TransientProviderError(
                    f"{where} answered HTTP {status}: {message}",
                    original=error,
                    retry_after=_retry_after(error.response),
                )
            refused = _refused_param(error) if status == 400 else None
            if refused is not None:
                return UnsupportedParameterError(message, param=refused[0], code=refused[1], original=error)
            return ProviderError(f"{where} answered HTTP {status}: {message}", original=error)
        return TransientProviderError(
            f"unreadable reply from {where}: {redact(_first_line(str(error)), settings.api_key)[:200]}",
            original=error,
            retry_after=None,
        )


def reply_text(completion: Any) -> str | None:
    """The JSON text of a chat completion: the first tool call's arguments, else the content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return str(calls[0].function.arguments)
    content = getattr(message, "content", None)
    return str(content) if content else None


def parse_reply(text: str | None, model: type[M]) -> M | None:
    """Best-effort parse of a reply into `model` without extra validators; None if it does not fit."""
    if not text:
        return None
    body = text.strip()
    if body.startswith("```"):
        body = body.strip("`").removeprefix("json").strip()
    try:
        return model.model_validate(json.loads(body))
    except (json.JSONDecodeError, ValidationError):
        return None


def _error_message(error: openai.APIError) -> str:
    """The server's own error message when the body has one, else the SDK's."""
    body = error.body
    message = body.get("message") if isinstance(body, dict) else None
    return str(message) if message else str(error.message)


def _refused_param(error: openai.APIStatusError) -> tuple[str, str | None] | None:
    """The generation parameter a 400 names as unsupported (from its `param`, else its message), and
    the error code; None when the 400 is about something else."""
    found = _NAMED.search(_error_message(error))
    param = error.param or (found.group(2) if found else None)
    code = error.code
    if code is None and found:
        code = "unsupported_value" if found.group(1) == "Unsupported value" else "unsupported_parameter"
    if param is None or param not in ADAPTABLE:
        return None
    return param, code


def _retry_after(response: Any) -> float | None:
    headers = getattr(response, "headers", None)
    if not headers:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return max(float(value) * scale, 0.0)
            except ValueError:
                continue
    return None


def _pause(stopped: threading.Event | None, seconds: float) -> None:
    """Back off for `seconds`, or less when the run stops meanwhile (its next request is then refused)."""
    if isinstance(stopped, threading.Event):
        stopped.wait(seconds)
    else:
        time.sleep(seconds)


def _is_replay_miss(error: BaseException) -> bool:
    """Whether a replayed cassette lacks the request: vcrpy's error, or a replay transport's."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ReplayMissError) or type(seen).__name__ == "CannotOverwriteExistingCassetteException":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
