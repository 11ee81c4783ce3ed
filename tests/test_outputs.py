"""phrasebank.outputs, and the two commands that write through it (preview, macros).

The reproductions of issue 11's first class, one test per class: a folder that
is not ours is never replaced, a planted symbolic link is never followed, modes
follow the umask, parallel writers are serialised, a failure (full disk,
read-only, /proc, --out under a file) or a signal leaves the destination as it
was and nothing beside it; and SIGKILL at every file-system step of a write
leaves the old tree or the new one, complete, and nothing else.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import signal
from pathlib import Path

import pytest

from phrasebank import outputs
from phrasebank.cli import main
from phrasebank.macros import export_macros
from phrasebank.macros.errors import ExportError
from phrasebank.outputs import MARKER, OutputError, write_tree
from phrasebank.preview import build

OLD = {"index.html": b"old page\n", "a/one.json": b"{}\n", "a/b/two.json": b"[]\n"}
NEW = {"index.html": b"new page\n", "a/three.json": b'{"x": 1}\n'}
LOCK_SUFFIX = ".phrasebank-lock"


def tree(folder: Path) -> dict[str, bytes] | None:
    """Every file under folder (relative path -> bytes), or None when it does not exist."""
    if not os.path.lexists(folder):
        return None
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def beside(folder: Path) -> list[str]:
    """What lies next to folder in its parent, the lock file left out."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name != folder.name and not p.name.endswith(LOCK_SUFFIX))


def same(actual: dict[str, bytes] | None, files: dict[str, bytes], kind: str = "test") -> bool:
    """actual is exactly `files` plus the marker write_tree adds, which lists them."""
    if actual is None or set(actual) != set(files) | {MARKER}:
        return False
    marker = json.loads(actual[MARKER])
    return marker["kind"] == kind and marker["files"] == sorted(files) and all(actual[k] == v for k, v in files.items())


# --- never over what is not ours ------------------------------------------------------------


def test_preview_refuses_a_folder_with_an_unrelated_index_html(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>my site</h1>", encoding="utf-8")
    assert main(["preview", "--out", str(site), "--locale", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refusing to replace" in err
    assert tree(site) == {"index.html": b"<h1>my site</h1>"} and beside(site) == []


def test_a_folder_of_another_kind_is_not_replaced(tmp_path):
    out = tmp_path / "out"
    write_tree(out, OLD, kind="macros")
    with pytest.raises(OutputError, match="holds a phrasebank 'macros' output, not a preview one"):
        write_tree(out, NEW, kind="preview")
    assert same(tree(out), OLD, "macros")


@pytest.mark.parametrize("extra", ["notes.txt", "a/notes.txt", "a/empty-folder/", "link"])
def test_an_earlier_output_with_anything_added_is_not_replaced(tmp_path, extra):
    out = tmp_path / "out"
    write_tree(out, OLD, kind="test")
    if extra == "link":
        os.symlink("/etc/passwd", out / "a" / "one.json.bak")
        extra = "a/one.json.bak"
    elif extra.endswith("/"):
        (out / extra).mkdir()
    else:
        (out / extra).write_text("keep me", encoding="utf-8")
    before = tree(out)
    with pytest.raises(OutputError, match="files phrasebank did not write there") as error:
        write_tree(out, NEW, kind="test")
    assert extra.rstrip("/") in str(error.value)
    assert tree(out) == before


def test_an_earlier_output_or_an_empty_folder_is_replaced(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_tree(out, OLD, kind="test")
    assert same(tree(out), OLD)
    write_tree(out, NEW, kind="test")
    assert same(tree(out), NEW) and beside(out) == []


def test_out_given_as_a_symbolic_link_is_refused_and_left_alone(tmp_path, capsys):
    real = tmp_path / "real"
    write_tree(real, OLD, kind="preview")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert main(["preview", "--out", str(link), "--locale", "en"]) == 2
    assert "is a symbolic link" in capsys.readouterr().err
    assert link.is_symlink() and same(tree(real), OLD, "preview")


def test_a_symbolic_link_planted_where_a_temporary_folder_goes_is_never_followed(tmp_path, monkeypatch):
    victim = tmp_path / "victim"
    write_tree(victim, OLD, kind="test")  # looks like ours inside, but is reached through a link
    out = tmp_path / "out"
    tokens = iter(["deadbeef", "deadbeef", "0badcafe"])
    monkeypatch.setattr(outputs.secrets, "token_hex", lambda n: next(tokens))
    (tmp_path / ".out.deadbeef.partial").symlink_to(victim, target_is_directory=True)
    (tmp_path / ".out.deadbeef.old").symlink_to(victim, target_is_directory=True)
    write_tree(out, NEW, kind="test")
    assert same(tree(out), NEW) and same(tree(victim), OLD)
    assert (tmp_path / ".out.deadbeef.partial").is_symlink() and (tmp_path / ".out.deadbeef.old").is_symlink()


def test_the_old_preview_temporary_file_link_attack_finds_nothing_to_follow(tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("secret", encoding="utf-8")
    out = tmp_path / "gallery"
    out.mkdir()
    (out / ".index.html.tmp").symlink_to(victim)
    assert main(["preview", "--out", str(out), "--locale", "en"]) == 2
    assert victim.read_text(encoding="utf-8") == "secret"


@pytest.mark.parametrize("umask, folders, files", [(0o022, 0o755, 0o644), (0o077, 0o700, 0o600), (0o002, 0o775, 0o664)])
def test_modes_follow_the_umask(tmp_path, umask, folders, files):
    previous = os.umask(umask)
    try:
        out = write_tree(tmp_path / "new" / "out", NEW, kind="test")
    finally:
        os.umask(previous)
    assert (out.stat().st_mode & 0o777, (out / "a").stat().st_mode & 0o777) == (folders, folders)
    assert {(p.stat().st_mode & 0o777) for p in out.rglob("*") if p.is_file()} == {files}
    assert (tmp_path / "new").stat().st_mode & 0o777 == folders


# --- failures leave the destination as it was --------------------------------------------------


@pytest.mark.parametrize(
    "where, code",
    [("write", errno.ENOSPC), ("mkdir", errno.EROFS), ("fsync", errno.EIO), ("rename", errno.EXDEV)],
)
def test_a_failing_file_system_changes_nothing(tmp_path, monkeypatch, where, code):
    out = tmp_path / "out"
    write_tree(out, OLD, kind="test")
    real = getattr(os, where)

    def failing(*args, **kwargs):
        if where == "rename" and not str(args[0]).endswith(".partial"):
            return real(*args, **kwargs)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, where, failing)
    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)  # the rename path is the one that can fail here
    with pytest.raises(OutputError, match=os.strerror(code)) as error:
        write_tree(out, NEW, kind="test")
    monkeypatch.undo()
    assert "nothing was changed" in str(error.value)
    assert same(tree(out), OLD) and beside(out) == []


@pytest.mark.parametrize("out", ["/proc/phrasebank-test", "/proc/phrasebank-test/out", "{tmp}/file/out", "{tmp}/file", "", "/"])
def test_unwritable_places_are_one_error_line(tmp_path, capsys, out):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["preview", "--out", out.format(tmp=tmp_path), "--locale", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("phrasebank: error:")
    assert (tmp_path / "file").read_text(encoding="utf-8") == "x"


def test_sigterm_while_writing_removes_the_staging_folder(tmp_path):
    out = tmp_path / "out"
    write_tree(out, OLD, kind="test")
    pid = os.fork()
    if pid == 0:  # the child: SIGTERM arrives after the second file
        calls = []
        real = outputs._write_file

        def write_then_signal(path, data):
            real(path, data)
            calls.append(path)
            if len(calls) == 2:
                os.kill(os.getpid(), signal.SIGTERM)

        outputs._write_file = write_then_signal
        try:
            write_tree(out, NEW, kind="test")
        except outputs.Interrupted as stopped:
            os._exit(100 + (stopped.signum == signal.SIGTERM))
        except BaseException:
            os._exit(3)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 101
    assert same(tree(out), OLD) and beside(out) == []


def _write_in_parallel(args):
    folder, index = args
    files = {"index.html": f"writer {index}\n".encode(), f"only/{index}.json": b"{}\n"}
    try:
        write_tree(folder, files, kind="test")
    except Exception as exc:  # reported to the parent, which fails the test with it
        return f"{type(exc).__name__}: {exc}"
    return None


def test_parallel_writers_to_one_folder_are_serialised(tmp_path):
    out = tmp_path / "out"
    context = multiprocessing.get_context("fork")
    with context.Pool(6) as pool:
        failures = pool.map(_write_in_parallel, [(out, i) for i in range(60)])
    assert failures == [None] * 60
    final = tree(out)
    (index,) = [int(name.split("/")[1].split(".")[0]) for name in final if name.startswith("only/")]
    assert same(final, {"index.html": f"writer {index}\n".encode(), f"only/{index}.json": b"{}\n"})
    assert beside(out) == []


def test_parallel_previews_all_succeed(tmp_path):
    out = tmp_path / "gallery"
    context = multiprocessing.get_context("fork")
    with context.Pool(4) as pool:
        codes = pool.map(_preview_in_child, [(out, seed) for seed in range(8)])
    assert codes == [0] * 8
    assert (out / "index.html").is_file() and beside(out) == []


def _preview_in_child(args):
    out, seed = args
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(["preview", "--out", str(out), "--locale", "en", "--seed", str(seed)])


def test_earlier_outputs_without_a_marker_are_recognised(tmp_path):
    gallery = tmp_path / "gallery"
    gallery.mkdir()
    (gallery / "index.html").write_text(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>phrasebank preview</title>\n', encoding="utf-8"
    )
    build(gallery, locales=["en"])
    assert (gallery / MARKER).is_file()
    export = tmp_path / "csv"
    export.mkdir()
    manifest = {"generator": "phrasebank 0.0.9", "files": [{"path": "macros.csv"}]}
    (export / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (export / "macros.csv").write_text("old", encoding="utf-8")
    export_macros("csv", export, locales=["en"], playbooks=["social"])
    assert (export / MARKER).is_file()
    (export / "mine.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="did not write there"):
        export_macros("csv", export, locales=["en"], playbooks=["social"])


# --- SIGKILL at every step ----------------------------------------------------------------------

# The file-system calls a write makes, counted in a forked child that SIGKILLs itself at the
# n-th one: the lock, the staging folder, each file, each fsync, the swap, the deletion of the old tree.
STEPS = ("mkdir", "open", "write", "fsync", "close", "rename", "unlink", "rmdir")


def _run_killed_at(step: int, write) -> bool:
    """Run write() in a child killed by SIGKILL at its step-th file-system call; False if it finished first."""
    pid = os.fork()
    if pid == 0:
        try:
            calls = [0]

            def counted(real):
                def call(*args, **kwargs):
                    calls[0] += 1
                    if calls[0] == step:
                        os.kill(os.getpid(), signal.SIGKILL)
                    return real(*args, **kwargs)

                return call

            real_write_tree = outputs.write_tree

            def write_tree_counting_steps(*args, **kwargs):
                for name in STEPS:
                    setattr(os, name, counted(getattr(os, name)))
                outputs._exchange = counted(outputs._exchange)
                return real_write_tree(*args, **kwargs)

            outputs.write_tree = write_tree_counting_steps
            write()
        except BaseException:
            os._exit(3)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, "the write failed instead of finishing"
    return False


def _every_step(out: Path, write_old, write_new, *, recover=None) -> int:
    """Kill write_new at every step; after each kill the destination is the old or the new tree, whole."""
    write_old()
    old = tree(out)
    write_new()
    new = tree(out)
    assert old != new
    write_old()
    step = 0
    while True:
        step += 1
        killed = _run_killed_at(step, write_new)
        if recover is not None and tree(out) is None:
            recover()
        assert tree(out) in (old, new), f"after SIGKILL at step {step}"
        write_old()  # the next run cleans what the killed one left, and starts the next step from the old tree
        assert tree(out) == old and beside(out) == [], f"after SIGKILL at step {step}: {beside(out)}"
        if not killed:
            return step


def test_sigkill_at_every_step_of_a_macro_export(tmp_path):
    out = tmp_path / "export"

    def export(playbooks):
        return lambda: export_macros("csv", out, locales=["en"], playbooks=playbooks, progress=None)

    steps = _every_step(out, export(["social", "own-it"]), export(["own-it", "five-steps"]))
    assert steps > 20  # every call was reached: the lock, the files, the swap, the cleanup


def test_sigkill_at_every_step_of_a_preview(tmp_path):
    out = tmp_path / "gallery"
    steps = _every_step(out, lambda: build(out, locales=["en"]), lambda: build(out, locales=["en", "lv"]))
    assert steps > 15


def test_sigkill_at_every_step_of_the_two_rename_fallback(tmp_path, monkeypatch):
    """Where the system cannot exchange two folders, a kill between the renames is repaired by the next run."""
    monkeypatch.setattr(outputs, "_exchange", lambda first, second: False)
    out = tmp_path / "out"
    steps = _every_step(
        out,
        lambda: outputs.write_tree(out, OLD, kind="test"),  # looked up when called: the child counts its steps
        lambda: outputs.write_tree(out, NEW, kind="test"),
        recover=lambda: outputs._clean_leftovers(out),
    )
    assert steps > 15


def test_a_file_added_to_the_destination_while_writing_is_never_deleted(tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_tree(out, OLD, kind="test")
    real = outputs._fill

    def fill_then_someone_writes(staging, files, kind):
        real(staging, files, kind)
        (out / "added-meanwhile.txt").write_text("mine", encoding="utf-8")  # after the check, before the swap

    monkeypatch.setattr(outputs, "_fill", fill_then_someone_writes)
    for exchange in (outputs._exchange, lambda first, second: False):
        monkeypatch.setattr(outputs, "_exchange", exchange)
        with pytest.raises(OutputError, match="changed while phrasebank was writing"):
            write_tree(out, NEW, kind="test")
        assert (out / "added-meanwhile.txt").read_text(encoding="utf-8") == "mine"
        assert same({k: v for k, v in tree(out).items() if k != "added-meanwhile.txt"}, OLD) and beside(out) == []
        (out / "added-meanwhile.txt").unlink()
