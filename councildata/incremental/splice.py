"""Splicing a table file: unchanged byte ranges of the previous build's file
copied in the kernel, and the bytes of the new rows, in the order a full
build writes them (see :func:`councildata.package.encode_rows`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

# One piece of a new file: (offset, length) of the old file, or new bytes.
Piece = tuple[int, int] | bytes


def copy_range(src: int, dst: int, offset: int, length: int) -> None:
    """``length`` bytes of ``src`` from ``offset`` to the end of ``dst``,
    without passing through this process (copy_file_range, where the
    system has it)."""
    while length > 0:
        try:
            n = os.copy_file_range(src, dst, length, offset)
        except OSError:
            n = 0
        if n <= 0:
            # No in-kernel copy here (another file system, an old kernel): read and write.
            data = os.pread(src, min(length, 1 << 20), offset)
            if not data:
                raise OSError(f"the previous build's file ended early at byte {offset}")
            n = os.write(dst, data)
        offset += n
        length -= n


def coalesce(pieces: Iterable[Piece]) -> list[Piece]:
    """Adjacent old ranges made one, so that a long unchanged stretch is one copy."""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, tuple):
            if piece[1] == 0:
                continue
            if out and isinstance(out[-1], tuple) and out[-1][0] + out[-1][1] == piece[0]:
                out[-1] = (out[-1][0], out[-1][1] + piece[1])
                continue
        elif not piece:
            continue
        elif out and isinstance(out[-1], bytes):
            out[-1] = out[-1] + piece
            continue
        out.append(piece)
    return out


def copy_prefix(old: Path, new: Path, length: int) -> int:
    """``new`` made of ``old``'s first ``length`` bytes (see :func:`write_spliced`'s ``copied``)."""
    with open(old, "rb") as src, open(new, "wb") as dst:
        copy_range(src.fileno(), dst.fileno(), 0, length)
    return length


def write_spliced(old: Path, new: Path, pieces: Iterable[Piece], copied: int | None = None) -> int | None:
    """Write ``new`` from ``pieces``: old ranges are copied from ``old``.
    Where ``new`` is the first bytes of ``old`` followed by new bytes only
    (rows appended), how many of ``old``'s bytes it starts with, else None:
    the hash of that prefix can then be resumed from a stored state.
    ``copied``: ``new`` already holds that many of ``old``'s first bytes
    (:func:`copy_prefix`, run while the new rows were being read); where
    they are the prefix kept, only the new bytes are written after them."""
    pieces = coalesce(pieces)
    appended = None
    if pieces and isinstance(pieces[0], tuple) and pieces[0][0] == 0 and \
            all(isinstance(p, bytes) for p in pieces[1:]):
        appended = pieces[0][1]
    if appended is not None and appended == copied and os.path.getsize(new) == copied:
        with open(new, "r+b") as dst:
            dst.seek(copied)
            for piece in pieces[1:]:
                dst.write(piece)
        return appended
    with open(old, "rb") as src, open(new, "wb") as dst:
        for piece in pieces:
            if isinstance(piece, tuple):
                copy_range(src.fileno(), dst.fileno(), *piece)
            else:
                written = 0
                while written < len(piece):
                    written += os.write(dst.fileno(), piece[written:])
    return appended
