import os
import pickle
import sqlite3
import stat
from pathlib import Path

import diskcache
import pytest

from summariser.errors import ConfigError
from summariser.extract.cache import JsonCache, cache_key
from summariser.extract.messages import build_messages, call_key
from summariser.settings import DEFAULT_OPENAI_MODEL, KINDS, Settings
from summariser.verify.numbered import numbered

TEXT = "Russia has sent a gift of more than 70 animals to North Korea."


def key_of(settings: Settings, text: str = TEXT, kinds: tuple[str, ...] = KINDS, hints: bool = False) -> str:
    marked = {"gifts": ["[1] more than 70 animals"]} if hints else None
    return call_key(settings, build_messages(numbered(text), marked, kinds), kinds)


def test_roundtrip_and_private_directory(tmp_path: Path) -> None:
    cache = JsonCache(tmp_path / "c")
    cache.set("k", {"a": [1, "b"]})
    assert cache.get("k") == {"a": [1, "b"]}
    assert cache.get("missing") is None
    assert stat.S_IMODE(os.stat(tmp_path / "c").st_mode) == 0o700


def test_pickled_entry_is_refused_and_runs_no_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (marker.touch, ())  # type: ignore[return-value]

    raw = diskcache.Cache(str(tmp_path / "c"))
    raw.set("evil", Exploit())
    raw.set("list", [1, 2])
    raw.close()
    cache = JsonCache(tmp_path / "c")
    assert cache.get("evil") is None
    assert cache.get("list") is None
    assert not marker.exists()
    assert pickle.dumps(1)  # pickle itself still works: the refusal is the cache's doing


def test_non_json_text_is_a_miss(tmp_path: Path) -> None:
    raw = diskcache.Cache(str(tmp_path / "c"))
    raw.set("half", '{"result": [1, 2')
    raw.set("scalar", "42")
    raw.close()
    cache = JsonCache(tmp_path / "c")
    assert cache.get("half") is None
    assert cache.get("scalar") is None


def test_key_is_canonical_and_versioned() -> None:
    assert cache_key({"a": 1, "b": [1, 2]}) == cache_key({"b": [1, 2], "a": 1})
    assert cache_key({"a": 1}).startswith("v1:")


def test_every_part_of_the_call_key_matters() -> None:
    base = Settings(backend="api", base_url="http://h/v1", model="m")
    key = key_of(base)
    assert key_of(base) == key
    variants = [
        key_of(base.with_(model="m2")),
        key_of(base.with_(base_url="http://other/v1")),
        key_of(base.with_(mode="json")),
        key_of(base.with_(temperature=0.5)),
        key_of(base.with_(max_tokens=99)),
        key_of(base.with_(max_reasks=3)),
        key_of(base, kinds=("gifts",)),
        key_of(base, hints=True),
        key_of(base, text=TEXT + " More text."),
    ]
    assert len({key, *variants}) == len(variants) + 1
    # knobs that cannot change an answer do not miss
    assert key_of(base.with_(concurrency=9, timeout_s=5, api_key="sk-x", fuzzy_threshold=80)) == key


def test_prompt_template_or_schema_change_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import BaseModel

    from summariser.extract import messages, templates
    from summariser.schemas.extraction import Extraction

    base = Settings(backend="api", base_url="http://h/v1", model="m")
    key = key_of(base)
    original = templates.render
    monkeypatch.setattr(templates, "render", lambda name, **kw: original(name, **kw) + " Be brief.")
    assert key_of(base) != key
    monkeypatch.undo()
    assert key_of(base) == key

    class Other(Extraction):
        extra_field: int = 0

    def other(kinds: tuple[str, ...] = KINDS, written: bool = False) -> type[BaseModel]:
        return Other

    monkeypatch.setattr(messages, "response_model", other)
    assert key_of(base) != key


def test_backend_defaults_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    local = Settings.from_env()
    assert local.backend == "local" and local.workers == 1 and local.model.startswith("qwen")
    assert Settings(cache_dir=local.cache_dir) == local  # one set of defaults, whichever way it is built
    assert Settings(backend="api").workers == 4 and local.timeout == 900.0
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    api = Settings.from_env(concurrency=8)
    assert api.backend == "api" and api.model == DEFAULT_OPENAI_MODEL and api.concurrency == 8
    assert "sk-test" not in repr(api)


def test_paths_given_as_strings_work_like_paths(tmp_path: Path) -> None:
    as_text = Settings(backend="api", base_url="http://h/v1", cache_dir=str(tmp_path))  # type: ignore[arg-type]
    assert as_text.cache_dir == tmp_path
    assert key_of(as_text) == key_of(as_text.with_(cache_dir=tmp_path))


def test_a_file_that_is_not_a_database_is_a_miss_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "cache.db").write_bytes(b"this is not a database" * 100)
    cache = JsonCache(folder)
    cache.set("k", {"a": 1})  # no error: the answer in hand is never lost to the cache
    assert cache.get("k") is None
    cache.close()
    assert len([r for r in caplog.records if r.levelname == "WARNING"]) == 1
    assert "cannot be used" in caplog.text


def test_a_failing_write_is_one_warning_and_never_an_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = JsonCache(tmp_path / "c")

    def fail(*args: object, **kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(cache._store, "set", fail)
    for n in range(3):
        cache.set(f"k{n}", {"a": n})
    assert len(caplog.records) == 1 and "malformed" in caplog.text


def test_links_in_the_cache_are_refused_and_their_targets_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir(mode=0o755)
    victim.chmod(0o755)
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "answers").symlink_to(victim)
    with pytest.raises(ConfigError, match="symbolic link"):
        JsonCache(tmp_path / "root" / "answers")
    assert stat.S_IMODE(victim.stat().st_mode) == 0o755 and list(victim.iterdir()) == []
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "cache.db").symlink_to(victim / "db")
    with pytest.raises(ConfigError, match="symbolic link"):
        JsonCache(tmp_path / "c")
    assert list(victim.iterdir()) == []
