"""Generation parameters: how a 400 naming one changes what is sent, once, and what the cache keys hold."""

import threading
import time

import pytest

from summariser.errors import ConfigError
from summariser.extract.messages import call_key
from summariser.extract.params import ParamTable, RequestParams, adapted, initial_params
from summariser.settings import Settings

from .factories import DictStore

API = Settings(backend="api", base_url="http://h/v1", model="gpt-6-luna")
CLASSIC = RequestParams()
REASONING_TOOLS = RequestParams(limit="max_completion_tokens", temperature=False, reasoning_effort="none")


def test_the_first_request_sends_todays_parameters() -> None:
    assert CLASSIC.values(API) == {"temperature": 0.0, "max_tokens": 1536, "seed": 0}
    assert initial_params(API) == CLASSIC
    assert initial_params(API.with_(reasoning_effort="low")).reasoning_effort == "low"
    assert initial_params(Settings(backend="local", reasoning_effort="low")) == CLASSIC  # never to the local model
    assert initial_params(Settings(backend="replay", reasoning_effort="low")) == CLASSIC


@pytest.mark.parametrize(
    ("sent", "param", "code", "tools", "expected"),
    [
        # a reasoning model refusing max_tokens or temperature: its whole documented shape at once
        (CLASSIC, "max_tokens", "unsupported_parameter", True, REASONING_TOOLS),
        (CLASSIC, "temperature", "unsupported_value", True, REASONING_TOOLS),
        (CLASSIC, "temperature", "unsupported_value", False, RequestParams("max_completion_tokens", False)),
        # function tools refused at the default effort (param reasoning_effort, code null)
        (CLASSIC, "reasoning_effort", None, True, REASONING_TOOLS),
        # an effort the user asked for, refused: "none" with tools, the model's default without
        (RequestParams(reasoning_effort="low"), "temperature", "unsupported_value", True,
         RequestParams("max_completion_tokens", False, reasoning_effort="low")),
        (RequestParams("max_completion_tokens", False, reasoning_effort="low"), "reasoning_effort", None, True,
         REASONING_TOOLS),
        (RequestParams("max_completion_tokens", False, reasoning_effort="minimal"), "reasoning_effort",
         "unsupported_value", False, RequestParams("max_completion_tokens", False)),
        # a model without "none" (gpt-5-mini): drop the effort
        (REASONING_TOOLS, "reasoning_effort", "unsupported_value", True,
         RequestParams("max_completion_tokens", False)),
        # a model that does not reason at all (gpt-4o-mini) given an effort: send none, keep the rest
        (RequestParams(reasoning_effort="low"), "reasoning_effort", "unsupported_parameter", True, CLASSIC),
        (CLASSIC, "seed", "unsupported_parameter", True, RequestParams(seed=False)),
        # nothing left to change, or a parameter we do not adapt
        (REASONING_TOOLS, "max_tokens", "unsupported_parameter", True, None),
        (RequestParams(seed=False), "seed", "unsupported_parameter", True, None),
        (CLASSIC, "reasoning_effort", "unsupported_parameter", True, None),
        (CLASSIC, "messages", None, True, None),
    ],
)  # fmt: skip
def test_adapted(
    sent: RequestParams, param: str, code: str | None, tools: bool, expected: RequestParams | None
) -> None:
    assert adapted(sent, param, code, tools=tools) == expected


def test_learn_changes_once_and_never_resends_a_refused_shape() -> None:
    table = ParamTable()
    assert table.learn(API, CLASSIC, "max_tokens", "unsupported_parameter") == (REASONING_TOOLS, True)
    assert table.learn(API, CLASSIC, "temperature", "unsupported_value") == (REASONING_TOOLS, False)  # a racing call
    assert table.current(API) == REASONING_TOOLS
    assert table.current(API.with_(model="other")) == CLASSIC  # per model and endpoint
    assert table.current(API.with_(base_url="http://other/v1")) == CLASSIC
    # a model that takes tools only with "none" but has no "none" (gpt-6.1-sol): two more changes, then stop
    dropped = RequestParams("max_completion_tokens", False)
    assert table.learn(API, REASONING_TOOLS, "reasoning_effort", "unsupported_value") == (dropped, True)
    assert table.learn(API, dropped, "reasoning_effort", None) is None  # "none" again was refused before


def test_learned_parameters_outlive_the_run_in_the_store() -> None:
    store = DictStore()
    ParamTable(store).learn(API, CLASSIC, "max_tokens", "unsupported_parameter")
    later = ParamTable(store)
    assert later.current(API) == REASONING_TOOLS
    assert later.claim(API) == (REASONING_TOOLS, False)  # known: nothing to probe, nobody waits
    assert ParamTable(store).current(API.with_(mode="json_schema")) == CLASSIC  # another mode, another record
    for record in store.data.values():
        record["params"]["limit"] = "max_everything"  # not one we wrote: ignored
    assert ParamTable(store).current(API) == CLASSIC


def test_calls_wait_for_the_first_call_to_settle_the_parameters() -> None:
    table = ParamTable()
    assert table.claim(API) == (CLASSIC, True)
    seen: list[RequestParams] = []
    waiting = threading.Thread(target=lambda: seen.append(table.claim(API)[0]))
    waiting.start()
    time.sleep(0.1)
    assert seen == []  # held until the first call has its answer
    table.learn(API, CLASSIC, "temperature", "unsupported_value")
    table.settle(API)
    waiting.join(timeout=5)
    assert seen == [REASONING_TOOLS]


def test_cache_key_holds_the_parameters_sent() -> None:
    from summariser.extract.messages import build_messages
    from summariser.settings import KINDS
    from summariser.verify.numbered import numbered

    sent = build_messages(numbered("Russia has sent a gift of more than 70 animals to North Korea."), None)
    first = call_key(API, sent)
    assert call_key(API, sent, KINDS, CLASSIC) == first
    assert call_key(API, sent, KINDS, REASONING_TOOLS) != first
    assert call_key(API.with_(reasoning_effort="low"), sent) != first


def test_an_unknown_reasoning_effort_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown --reasoning-effort 'hgih'; choose one of none, minimal"):
        Settings(reasoning_effort="hgih")
