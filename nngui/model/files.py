"""Files: reading a text file with every refusal explained, and atomic writes (no Qt)."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from nngui.model.texts import Number, OsReason, ScenarioError, Text, at

#: A save's temporary file untouched for this long is a leftover of a save that was killed.
STALE_TEMPORARY_SECONDS = 3600


def read_text_file(path: Path, max_bytes: int) -> str:
    """Read a UTF-8 text file, refusing folders, unreadable, special and oversized files first."""
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise ScenarioError(at(name, Text("cannot_open", reason=_reason(exc)))) from None
    if stat.S_ISDIR(info.st_mode):
        raise ScenarioError(at(name, Text("folder")))
    if not stat.S_ISREG(info.st_mode):
        raise ScenarioError(at(name, Text("not_ordinary")))
    if info.st_size > max_bytes:
        raise ScenarioError(at(name, Text("too_large", size=_megabytes(info.st_size),
                                          limit=_megabytes(max_bytes))))
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ScenarioError(at(name, Text("cannot_read", reason=_reason(exc)))) from None
    if len(raw) > max_bytes:  # it grew since stat()
        raise ScenarioError(at(name, Text("grew", limit=_megabytes(max_bytes))))
    if not raw.strip():
        raise ScenarioError(at(name, Text("empty_file")))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScenarioError(at(name, Text("not_utf8", n=str(exc.start + 1)))) from None


def _reason(exc: OSError) -> str:
    return OsReason(exc.strerror) if exc.strerror else str(exc)


def _megabytes(size: int) -> Number:
    return Number(f"{size / 2**20:.1f}")


def write_text_atomic(path: Path, text: str) -> None:
    """Write text so that a crash at any moment leaves the old file or the new one (see atomic_path)."""
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary file beside `path` to write to (by name: any writer, Qt's too); when the block ends
    without an error it is flushed to disk and replaces `path` in one rename, so a crash at any moment
    leaves either the old file or the new one. On an error the temporary file is removed and the old
    file stays as it was. Temporary files that earlier saves of this target left behind (killed
    before their rename) are removed once they are stale.
    """
    path = Path(path)
    directory = path.parent
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    remove_stale_temporaries(path)
    fd, temporary = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=directory)
    os.close(fd)
    try:
        yield temporary
        fd = os.open(temporary, os.O_RDWR)  # the writer has closed it: make its bytes durable
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def remove_stale_temporaries(path: Path, max_age: float = STALE_TEMPORARY_SECONDS) -> list[Path]:
    """Remove the temporary files of `path` that saves killed before their rename left behind.

    Only our own names are touched (".<target name>.<8 characters from mkstemp>.tmp", beside the
    target): ordinary files, ours, not modified for `max_age` seconds, so a save still writing is
    never disturbed. Best effort: what cannot be listed or removed stays. Returns what was removed.
    """
    path = Path(path)
    ours = re.compile(re.escape("." + path.name + ".") + r"[a-z0-9_]{8}\.tmp")
    oldest = time.time() - max_age
    me = os.getuid() if hasattr(os, "getuid") else None  # (Windows has no owner ids here)
    removed: list[Path] = []
    try:
        with os.scandir(path.parent) as listing:
            entries = [entry for entry in listing if ours.fullmatch(entry.name)]
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            if (stat.S_ISREG(info.st_mode) and info.st_mtime < oldest
                    and (me is None or info.st_uid == me)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
