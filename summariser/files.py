"""File access that an outside path cannot subvert: bounded reads that cannot block, of regular files
only; private folders that are never followed through symbolic links."""

import errno
import os
import stat
from pathlib import Path

from summariser.errors import ConfigError, InputError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1 << 20


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, or InputError: not a regular file, unreadable, or over `limit` bytes.

    The open is non-blocking (a FIFO with no writer cannot hang it), the kind is checked on the open
    descriptor, and at most `limit + 1` bytes are read, whatever the file's stated size (/proc files
    say 0; a growing file says less than it holds).
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        _check_regular(path, os.stat(path))  # devices are refused before they are even opened
        fd = os.open(path, flags)
    except OSError as e:
        raise InputError(f"{path}: cannot read ({_reason(e)})") from e
    try:
        info = os.fstat(fd)
        _check_regular(path, info)  # the file opened may not be the one stat saw
        if info.st_size > limit:
            raise InputError(f"{path}: {info.st_size:,} bytes is over the limit of {limit:,} bytes per file")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as e:
        raise InputError(f"{path}: cannot read ({_reason(e)})") from e
    finally:
        os.close(fd)
    if size > limit:
        raise InputError(f"{path}: over the limit of {limit:,} bytes per file")
    return b"".join(chunks)


def _check_regular(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
        raise InputError(f"{path}: is {kind}, not a regular file")


def _reason(error: OSError) -> str:
    if error.errno == errno.EISDIR:
        return "is a directory"
    return error.strerror or str(error)


def private_folder(path: Path, *, what: str, narrow: bool = True) -> None:
    """Make sure `path` is a real folder (created with mode 0700 if missing), never a symbolic link.

    ConfigError if it is a link or not a folder; OSError if it cannot be created. With `narrow`, a
    folder of ours that others may read is narrowed to 0700 through a descriptor opened without
    following links; where that fails (a read-only file system) it is left as it is.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        path.mkdir(parents=True, mode=0o700)
        info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise ConfigError(f"{what} {path}: is a symbolic link, which is never followed; remove it or choose another")
    if not stat.S_ISDIR(info.st_mode):
        raise ConfigError(f"{what} {path}: exists and is not a directory; remove it or choose another")
    if narrow and info.st_mode & 0o077 and info.st_uid == os.geteuid():
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
            try:
                os.fchmod(fd, 0o700)
            finally:
                os.close(fd)
        except OSError:
            pass


def refuse_links(folder: Path, *, what: str) -> None:
    """ConfigError if any entry of `folder` is a symbolic link (it would be followed when written)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_symlink():
                raise ConfigError(
                    f"{what} {folder}: holds a symbolic link ({entry.name}), which is never followed; remove it"
                )
