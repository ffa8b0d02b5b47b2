"""Bounded, non-blocking reads of regular files only; private folders never followed through links."""

import os
import stat
from pathlib import Path

import pytest

from summariser.errors import ConfigError, InputError
from summariser.files import private_folder, read_regular, refuse_links


def test_regular_file_is_read_whole_up_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 10)
    assert read_regular(path, 10) == b"x" * 10
    with pytest.raises(InputError, match="10 bytes is over the limit of 9 bytes"):
        read_regular(path, 9)


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # no writer: a blocking open would hang here forever
    with pytest.raises(InputError, match="is a FIFO"):
        read_regular(fifo, 100)


@pytest.mark.parametrize(("path", "kind"), [("/dev/zero", "character device"), ("/", "directory")])
def test_devices_and_folders_are_refused(path: str, kind: str) -> None:
    with pytest.raises(InputError, match=kind):
        read_regular(Path(path), 100)


def test_a_file_whose_size_is_not_known_in_advance_is_read_only_to_the_limit() -> None:
    proc = Path("/proc/self/status")  # regular, st_size 0, more than 100 bytes of content
    if not proc.is_file() or proc.stat().st_size != 0:
        pytest.skip("no /proc here")
    with pytest.raises(InputError, match="over the limit of 100 bytes"):
        read_regular(proc, 100)
    assert b"Name:" in read_regular(proc, 100_000)


def test_private_folder_is_created_0700_and_links_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    private_folder(folder, what="cache folder")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    target = tmp_path / "elsewhere"
    target.mkdir(mode=0o755)
    target.chmod(0o755)
    link = tmp_path / "link"
    link.symlink_to(target)
    with pytest.raises(ConfigError, match="symbolic link"):
        private_folder(link, what="cache folder")
    assert stat.S_IMODE(target.stat().st_mode) == 0o755  # the target was not chmod'ed
    (folder / "cache.db").symlink_to(tmp_path / "victim")
    with pytest.raises(ConfigError, match=r"symbolic link \(cache.db\)"):
        refuse_links(folder, what="cache folder")
    (tmp_path / "file").write_text("x")
    with pytest.raises(ConfigError, match="not a directory"):
        private_folder(tmp_path / "file", what="cache folder")
