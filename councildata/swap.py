"""Publishing a finished build: one symlink swapped, atomically.

``OUT`` is a symlink to the current build folder (``.OUT.builds/<stamp>``);
:func:`publish` points it at a new one in one rename, so a reader, and a
crash, only ever see a complete build, and removes the builds no request can
still be reading.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Modes of what a build publishes, whatever the umask: a server running as
# another user than the builder must be able to read it.
DIR_MODE = 0o755
FILE_MODE = 0o644


def set_modes(folder: Path) -> None:
    """0755 for the build folder, 0644 for its files: readable by a server
    that runs as another user, whatever the builder's umask."""
    folder.chmod(DIR_MODE)
    for path in folder.rglob("*"):
        path.chmod(DIR_MODE if path.is_dir() else FILE_MODE)


def publish(work: Path, out_dir: Path) -> None:
    """Make ``out_dir`` point at the finished build ``work`` in one rename.

    ``out_dir`` is a symlink to the current build; a new symlink is made
    beside it and renamed over it, which POSIX guarantees is atomic. Older
    builds are removed afterwards, except the one just replaced: a server
    answers each request from the build it started on (see
    councildata.published), and requests begun before the swap still read it.
    """
    previous = Path(os.path.realpath(out_dir)) if out_dir.is_symlink() else None
    if out_dir.exists() and not out_dir.is_symlink():
        if out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()
        else:
            # A real folder from elsewhere: keep it rather than delete data.
            out_dir.rename(out_dir.with_name(f"{out_dir.name}.before-councildata"))
    # The build database is written without fsync (see
    # database.open_build_database): make every file durable before the
    # swap, so a power cut cannot leave a published build half on disk.
    _fsync_tree(work)
    link = out_dir.with_name(f".{out_dir.name}.link-{os.getpid()}")
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(os.path.relpath(work, out_dir.parent))
    os.replace(link, out_dir)
    _fsync_dir(out_dir.parent)
    for old in work.parent.iterdir():
        if old != work and old != previous and not _build_running(old):
            shutil.rmtree(old, ignore_errors=True)
    # The link of a build killed while it published: "<parent>/.<name>.link-<pid>".
    prefix = f".{out_dir.name}.link-"
    for stale in out_dir.parent.iterdir():
        if stale.name.startswith(prefix) and stale.is_symlink():
            pid = stale.name[len(prefix):]
            if pid.isdigit() and not _pid_running(int(pid)):
                stale.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_dir() and not path.is_symlink():
            _fsync_tree(path)  # the Parquet parts' folders (councildata.downloads)
        elif path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
    _fsync_dir(folder)


def _build_running(folder: Path) -> bool:
    """Whether another build process is still writing ``folder``."""
    try:
        pid = int(folder.name.split("-")[1])
    except (IndexError, ValueError):
        return False
    return _pid_running(pid)


def _pid_running(pid: int) -> bool:
    """Whether a process other than this one runs with ``pid``."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
