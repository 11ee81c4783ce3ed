"""Running the command line in a forked child, with a timeout: for tests that must catch a hang."""

from __future__ import annotations

import io
import os
import signal
import sys
import time
import traceback
from pathlib import Path

import pytest

from phrasebank import cli


def run_forked(argv: list[str], stdin: bytes, folder: Path, *, timeout: float) -> tuple[int, bytes, bytes]:
    """cli.main(argv) in a forked child with real fds 0, 1, 2, in `folder`; (exit status, stdout, stderr).

    The parent's imports and caches are the child's too, so a call costs what the command
    costs, not an interpreter's start-up; a child still running after `timeout` seconds is
    killed and the test fails: a hang is caught, never waited out.
    """
    (folder / "stdin").write_bytes(stdin)
    out_path, err_path = folder / "stdout", folder / "stderr"
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(folder)
            fd = os.open(folder / "stdin", os.O_RDONLY)
            os.dup2(fd, 0)
            os.dup2(os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
            os.dup2(os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
            # what the interpreter sets up at start-up, in a UTF-8 locale
            sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
            sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8")
            sys.stderr = io.TextIOWrapper(
                io.BufferedWriter(io.FileIO(2, "w", closefd=False)), encoding="utf-8", errors="backslashreplace"
            )
            code = cli.main(argv)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code if isinstance(code, int) else 1)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail(f"phrasebank {' '.join(map(str, argv))!r} did not finish within {timeout} s")
        time.sleep(0.005)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
    return code, out_path.read_bytes(), err_path.read_bytes()


__all__ = ["run_forked"]
