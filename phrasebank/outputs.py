"""Every folder phrasebank writes, written one way: whole or not at all, and never over what is not ours.

`phrasebank macros` and `phrasebank preview` write a folder that another tool
imports or a browser opens, often unattended (a nightly export, a CI job). A
killed run must leave the earlier folder or the new one, complete, never a
mixture or nothing; a folder the user keeps other files in must never be
replaced; and two runs writing one folder at once must not trip over each
other. So `write_tree`:

1. takes a lock (the `filelock` package: an OS lock on `.NAME.phrasebank-lock`
   beside the destination, released by the kernel if the process dies), so
   writers to one destination run one after the other;
2. cleans up after a run that was killed: a staging or old folder of its own
   (`.NAME.xxxxxxxx.partial`, `.NAME.xxxxxxxx.old`: ours when it holds our marker
   file or nothing) is removed, and a destination left missing between the two
   renames of the fallback below gets its earlier tree back;
3. refuses a destination that is a symbolic link or a file, or a folder that is
   neither empty nor holding only what an earlier run of the same command wrote
   (its marker file, `.phrasebank-output`, lists every file);
4. writes the new tree into a fresh staging folder beside the destination: every
   folder created with mkdir and every file with O_CREAT|O_EXCL|O_NOFOLLOW (a
   planted symbolic link is never followed), modes from the umask, the marker
   first, each file and folder fsync'ed;
5. puts it in place with one atomic step: Linux's renameat2(RENAME_EXCHANGE)
   swaps the staging folder and the destination, then the old tree is deleted
   (marker last, so a killed deletion is still recognised as ours next time).
   Where the system cannot exchange, it renames the destination aside and the
   staging folder in; step 2 of the next run repairs a kill between the two.

SIGTERM and SIGHUP during a write raise `Interrupted`, so the staging folder is
removed before the process ends; SIGKILL leaves it for step 2. Every other
failure (a full disk, a read-only folder, --out under a file or in /proc) is one
`OutputError` naming the destination, with the destination unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import shutil
import signal
import stat
import sys
import threading
from pathlib import Path
from typing import Callable, Iterator, Mapping

from . import __version__
from .errors import Interrupted, PhrasebankError, shown

MARKER = ".phrasebank-output"
GENERATOR = f"phrasebank {__version__}"
LOCK_TIMEOUT = 600  # seconds to wait for another writer of the same destination
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class OutputError(PhrasebankError):
    """A folder cannot be written, or is not ours to replace; nothing was changed."""


def write_tree(
    destination: str | Path,
    files: Mapping[str, bytes],
    *,
    kind: str,
    legacy: Callable[[Path], bool] | None = None,
) -> Path:
    """Replace `destination` by a folder holding exactly `files` (relative path -> bytes).

    `kind` names the command ("macros", "preview"): a folder written by another
    kind is not replaced. `legacy(path)` may recognise a folder written by an
    older phrasebank, before the marker existed. Returns the destination's path.
    """
    target = _target(destination)
    for name in files:
        _check_relative(name)
    with _locked(target), _signals_interrupt():
        _clean_leftovers(target)
        check_destination(target, kind=kind, legacy=legacy)
        staging = _staging(target)
        try:
            _fill(staging, files, kind)
            _put_in_place(staging, target, kind, legacy)
        except OSError as exc:
            _remove_tree(staging)
            raise _error(target, exc) from None
        except BaseException:  # Interrupted, KeyboardInterrupt, a bug: the staging folder goes all the same
            _remove_tree(staging)
            raise
    return target


def check_destination(destination: str | Path, *, kind: str, legacy: Callable[[Path], bool] | None = None) -> None:
    """OutputError unless `destination` is absent, an empty folder, or an earlier output of `kind`.

    Callers may check early (before minutes of work); `write_tree` checks again under its lock.
    """
    target = _target(destination)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _error(target, exc) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            f"{shown(str(target))} is a symbolic link (to {shown(os.readlink(target))}); phrasebank replaces "
            "the folder it writes, so give the folder itself, not a link to it"
        )
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{shown(str(target))} exists and is not a folder; choose a new or empty folder")
    try:
        with os.scandir(target) as entries:
            empty = next(entries, None) is None
        if empty:
            return
        written = _marker(target)
    except OSError as exc:
        raise _error(target, exc) from None
    if written is None:
        if legacy is not None and legacy(target):
            return
        raise OutputError(
            f"refusing to replace {shown(str(target))}: it is not empty and phrasebank did not write it "
            f"(it has no {MARKER}); choose a new or empty folder"
        )
    if written.get("kind") != kind:
        raise OutputError(
            f"refusing to replace {shown(str(target))}: it holds a phrasebank {shown(written.get('kind'))} output, "
            f"not a {kind} one; choose another folder"
        )
    foreign = _foreign_files(target, set(written["files"]))
    if foreign:
        raise OutputError(
            f"refusing to replace {shown(str(target))}: it holds files phrasebank did not write there "
            f"({', '.join(shown(name) for name in foreign)}); move them elsewhere, or choose another folder"
        )


# --- the destination and what lies beside it ------------------------------------------------


def _target(destination: str | Path) -> Path:
    text = os.fspath(destination)
    if not text or "\0" in text:
        raise OutputError(f"{shown(text)} is not a folder name; give the folder to write, e.g. --out export")
    target = Path(os.path.abspath(text))
    if not target.name:
        raise OutputError(f"{shown(text)} is the root of the file system; give a folder below it")
    return target


def _check_relative(name: str) -> None:
    parts = name.split("/")
    if name.startswith("/") or any(part in ("", ".", "..") for part in parts) or parts[0] == MARKER:
        raise ValueError(f"not a plain relative file name: {name!r}")


def _leftover_pattern(target: Path) -> re.Pattern:
    return re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.(partial|old)")


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    from filelock import FileLock, Timeout

    path = target.parent / f".{target.name}.phrasebank-lock"
    try:
        os.makedirs(target.parent, exist_ok=True)
        # Created here first, so a folder that takes no files (/proc, read-only) is an error at once,
        # not an endless wait, and a symbolic link planted in its place is refused (O_NOFOLLOW).
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o666))
        lock = FileLock(str(path), timeout=LOCK_TIMEOUT)
        lock.acquire()
    except Timeout:
        raise OutputError(
            f"another phrasebank has been writing {shown(str(target))} for {LOCK_TIMEOUT} s; try again when it is done"
        ) from None
    except OSError as exc:
        raise _error(target, exc) from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Interrupted while a tree is written, so cleanup runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise Interrupted(signum)

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {signum: signal.signal(signum, interrupt) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _clean_leftovers(target: Path) -> None:
    """Remove what a killed run left beside the destination; bring back a destination it left missing."""
    pattern = _leftover_pattern(target)
    try:
        with os.scandir(target.parent) as entries:
            leftovers = sorted(entry.name for entry in entries if pattern.fullmatch(entry.name))
    except OSError as exc:
        raise _error(target, exc) from None
    for name in leftovers:
        path = target.parent / name
        if not _is_ours(path):
            continue  # named like ours, but not ours: never touched
        if name.endswith(".old") and not os.path.lexists(target) and _marker(path) is not None:
            try:
                os.rename(path, target)  # the fallback swap was killed between its two renames
            except OSError as exc:
                raise _error(target, exc) from None
            continue
        _remove_tree(path)


def _is_ours(path: Path) -> bool:
    try:
        info = os.lstat(path)
        if not stat.S_ISDIR(info.st_mode):
            return False
        with os.scandir(path) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        return False
    return not names or MARKER in names


def _marker(folder: Path) -> dict | None:
    """The marker of a folder we wrote: {"generator", "kind", "files"}, or None."""
    path = folder / MARKER
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(4 * 1024 * 1024)
    try:
        marker = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if (
        not isinstance(marker, dict)
        or not str(marker.get("generator", "")).startswith("phrasebank ")
        or not isinstance(marker.get("files"), list)
        or not all(isinstance(name, str) for name in marker["files"])
    ):
        return None
    return marker


def _foreign_files(folder: Path, listed: set[str]) -> list[str]:
    """Up to three entries of `folder` that are not a listed file, the marker or a folder on the way to one."""
    folders = {"/".join(name.split("/")[:i]) for name in listed for i in range(1, name.count("/") + 1)}
    foreign: list[str] = []
    stack = [""]
    while stack and len(foreign) < 3:
        relative = stack.pop()
        with os.scandir(folder / relative if relative else folder) as entries:
            for entry in entries:
                name = f"{relative}/{entry.name}" if relative else entry.name
                if entry.is_dir(follow_symlinks=False):
                    if name in folders:
                        stack.append(name)
                    else:
                        foreign.append(name + "/")
                elif not (entry.is_file(follow_symlinks=False) and (name in listed or name == MARKER)):
                    foreign.append(name)  # a file we did not write, or a symbolic link (we write none)
    return sorted(foreign)[:3]


# --- writing --------------------------------------------------------------------------------


def _staging(target: Path) -> Path:
    while True:
        path = target.parent / f".{target.name}.{secrets.token_hex(4)}.partial"
        try:
            os.mkdir(path, 0o777)  # the umask decides, as for any folder the user creates
            return path
        except FileExistsError:
            continue
        except OSError as exc:
            raise _error(target, exc) from None


def _fill(staging: Path, files: Mapping[str, bytes], kind: str) -> None:
    """The marker first (so a killed run's folder is recognised), then every file; all fsync'ed."""
    marker = {"generator": GENERATOR, "kind": kind, "files": sorted(files)}
    _write_file(staging / MARKER, (json.dumps(marker, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    folders = {staging}
    for name in sorted(files):
        path = staging / name
        for parent in reversed(path.relative_to(staging).parents[:-1]):
            if staging / parent not in folders:
                os.mkdir(staging / parent, 0o777)
                folders.add(staging / parent)
        _write_file(path, files[name])
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _fsync_folder(folder)


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # folders cannot be opened for fsync there
        return
    fd = os.open(folder, os.O_RDONLY | _CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _put_in_place(staging: Path, target: Path, kind: str, legacy: Callable[[Path], bool] | None) -> None:
    """The staging folder becomes the destination; the earlier tree is deleted if it is still ours.

    Another program may have put a file into the destination after it was checked:
    the earlier tree is checked again once it is out of the way, and put back if so.
    """
    if not os.path.lexists(target):
        os.rename(staging, target)
    elif _exchange(staging, target):
        if not _still_ours(staging, kind, legacy):  # staging now holds the earlier tree
            _exchange(staging, target)
            raise OutputError(f"{shown(str(target))} changed while phrasebank was writing it; nothing was changed")
        _remove_tree(staging)
    else:
        old = staging.with_name(staging.name.removesuffix(".partial") + ".old")
        os.rename(target, old)
        try:
            if not _still_ours(old, kind, legacy):
                raise OutputError(f"{shown(str(target))} changed while phrasebank was writing it; nothing was changed")
            os.rename(staging, target)
        except BaseException:
            os.rename(old, target)  # a kill here instead is repaired by the next run (_clean_leftovers)
            raise
        _remove_tree(old)
    _fsync_folder(target.parent)


def _still_ours(folder: Path, kind: str, legacy: Callable[[Path], bool] | None) -> bool:
    try:
        check_destination(folder, kind=kind, legacy=legacy)
    except OutputError:
        return False
    return True


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)  # glibc 2.28 and later
    if renameat2 is None:
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):  # an old kernel, or a file system that cannot
        return False
    raise OSError(code, os.strerror(code), str(second))


def _remove_tree(path: Path) -> None:
    """Delete a folder of ours, its marker last: a killed deletion still leaves it recognisable."""
    try:
        with os.scandir(path) as entries:
            names = sorted(entry.name for entry in entries)
    except FileNotFoundError:
        return
    except OSError:
        return
    for name in [n for n in names if n != MARKER] + [n for n in names if n == MARKER]:
        child = path / name
        if os.path.isdir(child) and not os.path.islink(child):
            shutil.rmtree(child, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(child)
    with contextlib.suppress(OSError):
        os.rmdir(path)


def _error(target: Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(f"cannot write {shown(str(target))}: {reason}; nothing was changed")


__all__ = ["MARKER", "OutputError", "check_destination", "write_tree"]
