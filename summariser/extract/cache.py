"""A JSON-only disk cache for model answers (the only module that imports diskcache).

diskcache pickles non-string values by default, and unpickling untrusted bytes runs code, so this
cache stores JSON text only and refuses any pickled entry it finds. A failed or odd read is a miss,
and a failed write a warning: the cache can cost a run its speed, never its answers.
"""

import errno
import hashlib
import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

import diskcache

from summariser.files import private_folder, refuse_links

KEY_VERSION = "v1"
_NEVER_A_FILE = 1 << 40  # diskcache keeps values up to this size inside SQLite
_WARNED: set[Path] = set()
_WARNED_LOCK = threading.Lock()
log = logging.getLogger(__name__)


class _JsonOnlyDisk(diskcache.Disk):  # type: ignore[misc]
    """A Disk that never unpickles: pickled entries read back as a miss."""

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode == diskcache.core.MODE_PICKLE:
            raise ValueError("refusing a pickled cache entry")
        return super().fetch(mode, filename, value, read)


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def cache_key(parts: dict[str, Any]) -> str:
    """A versioned hash of everything that can change a model's answer."""
    digest = hashlib.sha256(canonical_json(parts).encode("utf-8")).hexdigest()
    return f"{KEY_VERSION}:{digest}"


class JsonCache:
    """Maps a key to a JSON object on disk; safe to share between threads and processes.

    A cache fault never fails a run nor costs a finished call: a cache that cannot be opened, read or
    written acts as a miss (or, on a read-only file system, answers hits and stores nothing), with one
    warning per cache. The folder, and the folder it is in (the --cache-dir), must be real folders
    holding no symbolic link: anything else is a ConfigError, and no link target is ever touched.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._store: Any = None
        try:
            private_folder(directory.parent, what="cache folder", narrow=False)
            private_folder(directory, what="cache folder")
            refuse_links(directory, what="cache folder")
            # Each thread gets its own SQLite connection; diskcache's defaults (64 MB mmap, 32 MB page cache
            # per connection) cost ~120 MB of RSS at 32 workers and 1,000 articles. Small entries need neither.
            # Every value stays inside the database (no value files a link could redirect).
            self._store = diskcache.Cache(
                str(directory), disk=_JsonOnlyDisk, sqlite_mmap_size=0, sqlite_cache_size=256,
                disk_min_file_size=_NEVER_A_FILE,
            )  # fmt: skip
        except (OSError, sqlite3.Error) as e:
            self._store = self._read_only(e)

    def _read_only(self, error: BaseException) -> "_ReadOnlyStore | None":
        """After a failed open: the entries as they are, if the database can be read at all."""
        try:
            store = _ReadOnlyStore(self.directory / diskcache.core.DBNAME)
        except (OSError, sqlite3.Error):
            self._warn(
                f"cannot be used ({_reason(error)}); running without it, so this run's answers are not saved "
                "(remove the folder, or pass another --cache-dir, to start a fresh cache)"
            )
            return None
        self._warn(f"cannot be written ({_reason(error)}); cached answers are used, new ones are not saved")
        return store

    def _warn(self, what: str) -> None:
        """One warning per cache folder and process: a run's stores (answers, languages) share one."""
        root = self.directory.parent
        with _WARNED_LOCK:
            if root in _WARNED:
                return
            _WARNED.add(root)
        log.warning("cache %s %s", root, what)

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored object, or None if absent, unreadable or not a JSON object."""
        if self._store is None:
            return None
        try:
            raw = self._store.get(key)
        except Exception as e:  # a corrupt or hostile entry must never stop a run
            self._warn(f"entry unreadable, treated as a miss ({_reason(e)})")
            return None
        if not isinstance(raw, str):
            return None
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            self._warn("entry is not JSON, treated as a miss")
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        """Store an object as JSON text; a failure to store is a warning, never an error."""
        if self._store is None:
            return
        try:
            self._store.set(key, canonical_json(value))
        except Exception as e:  # the answer is already in hand: losing its copy must not lose it
            self._warn(
                f"cannot store answers ({_reason(e)}); this run goes on, its answers are not saved "
                "(remove the folder, or pass another --cache-dir, to start a fresh cache)"
            )

    def close(self) -> None:
        """Release the database handle."""
        if self._store is not None:
            try:
                self._store.close()
            except Exception as e:
                self._warn(f"cannot be closed cleanly ({_reason(e)})")


class _ReadOnlyStore:
    """diskcache's table read straight from SQLite, for a cache folder on a read-only file system
    (diskcache itself cannot open one). Only plain text entries are returned; nothing is unpickled."""

    def __init__(self, database: Path) -> None:
        if not database.is_file() or database.is_symlink():
            raise FileNotFoundError(database)
        uri = f"file:{quote(str(database))}?mode=ro&immutable=1"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._db.execute("SELECT key, raw, mode, value FROM Cache LIMIT 1").fetchall()  # a cache's table, or raise
        self._lock = threading.Lock()

    def get(self, key: str) -> object:
        with self._lock:
            row = self._db.execute("SELECT mode, value FROM Cache WHERE key = ? AND raw = 1", (key,)).fetchone()
        return row[1] if row and row[0] == diskcache.core.MODE_RAW else None

    def set(self, key: str, value: str) -> None:
        raise OSError(errno.EROFS, "read-only file system")

    def close(self) -> None:
        self._db.close()


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
