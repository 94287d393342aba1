"""Listing the files below a source folder (symlinks, hidden entries, unreadable folders reported)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from councildata.model import Problem
from .common import _bare_problem, printable_path

# --------------------------------------------------------------------------
# discover


def discover(source_dir: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Every file below ``source_dir``, sorted by its relative path (see
    :func:`discover_names`, which this makes paths of)."""
    root = Path(source_dir)
    for rel in discover_names(root, problems):
        yield root / rel


def discover_names(source_dir: Path, problems: list[Problem] | None = None) -> list[str]:
    """Every file below ``source_dir``, as its path relative to it (with
    ``/``), sorted. Strings, not Path objects: making 100,000 paths costs
    more than listing the folders, and a rebuild with nothing to do needs
    only the names and a ``stat`` of each.

    Hidden files and folders (names starting with ``.``) are left out, and
    so are symlinks whose target lies outside ``source_dir``; symlinked
    folders inside it are visited once. Given a list as ``problems``, every
    entry that is left out that way is appended to it, so that nothing is
    lost unsaid: hidden entries and files that are not regular files (a
    named pipe) as ``skipped``; symlinks out of the folder, broken symlinks
    and folders that cannot be listed as ``unreadable`` errors.
    """
    root = Path(source_dir)
    root_real = root.resolve()
    found: list[str] = []
    seen_dirs = {root_real}
    stack: list[tuple[Path, str]] = [(root, "")]

    def note(rel: str, code: str, message: str, severity: str = "error") -> None:
        if problems is not None:
            problems.append(_bare_problem(code, message, printable_path(rel or "."), severity))

    while stack:
        directory, prefix = stack.pop()
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            note(prefix.rstrip("/"), "unreadable",
                 f"cannot list the folder: {exc.strerror or exc}; its files are not read")
            continue
        subdirs: list[tuple[Path, str]] = []
        for entry in entries:
            rel = prefix + entry.name
            if entry.name.startswith("."):
                note(rel, "not-a-document", "hidden (the name starts with '.'), not read",
                     "skipped")
                continue
            try:
                if entry.is_symlink():
                    path = Path(entry.path)
                    try:
                        target = path.resolve(strict=True)
                    except FileNotFoundError:
                        note(rel, "unreadable", "a symbolic link whose target does not exist")
                        continue
                    if target != root_real and not target.is_relative_to(root_real):
                        note(rel, "unreadable", "a symbolic link to outside the source folder; "
                             "not followed, so that a build reads only the folder it is given")
                        continue
                    if target.is_dir():
                        if target not in seen_dirs:
                            seen_dirs.add(target)
                            subdirs.append((path, rel + "/"))
                    elif target.is_file():
                        found.append(rel)
                    else:
                        note(rel, "not-a-document", "a symbolic link to something that is not "
                             "a regular file, not read", "skipped")
                elif entry.is_dir(follow_symlinks=False):
                    path = Path(entry.path)
                    real = path.resolve()
                    if real not in seen_dirs:
                        seen_dirs.add(real)
                        subdirs.append((path, rel + "/"))
                elif entry.is_file(follow_symlinks=False):
                    found.append(rel)
                else:
                    note(rel, "not-a-document", "not a regular file (a named pipe, socket or "
                         "device), not read", "skipped")
            except (OSError, RuntimeError) as exc:
                note(rel, "unreadable", f"cannot be read: {getattr(exc, 'strerror', None) or exc}")
                continue
        stack.extend(reversed(subdirs))
    found.sort()
    return found

