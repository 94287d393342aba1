"""A deterministic zip whose members are deflated in independent chunks.

Each member's data is a sequence of raw-deflate chunks, each compressed on
its own (a fresh compressor, ended by a full flush, so it starts and ends on
a byte boundary with no history), then one final empty block: a valid
deflate stream that every unzip reads, as ``pigz`` and ``gzip --rsyncable``
make them. A chunk is named by a key that stands for its uncompressed bytes;
given the zip of the build before and its index, a chunk whose key and
length are the same there is copied compressed (in the kernel) instead of
being deflated again: an incremental build (councildata.incremental)
deflates only the chunks around what changed. The same members and chunks
give the same bytes, so a full build and an incremental one give the same zip.

The index (keys, lengths, offsets and each member's CRC-32) is written
beside the zip as ``.councildata.zip-index.json`` (hidden: not a download).
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from collections.abc import Iterator, Sequence
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from dataclasses import dataclass
from pathlib import Path

from .incremental.splice import copy_range

LEVEL = 9
# Threads that deflate chunks side by side (the machines this runs on have two
# cores and more; more threads than cores only hold more chunks in memory).
DEFLATE_THREADS = 2
INDEX_SUFFIX = "-index.json"
# A member without a chunk plan is cut every this many bytes (keys None: never reused).
PLAIN_CHUNK = 1 << 20
_FINAL_BLOCK = zlib.compressobj(LEVEL, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
_ZIP64_LIMIT = 0xFFFFFFFF
# Sizes or offsets from here on take the zip64 fields (a test lowers it).
ZIP64_AT = _ZIP64_LIMIT


@dataclass
class Member:
    name: str  # the name inside the zip
    path: Path
    # (length, key) of each chunk, covering the file in order; key None: always deflated.
    chunks: Sequence[tuple[int, str | None]]


def index_path(zip_path: Path) -> Path:
    return zip_path.with_name(f".{zip_path.name}{INDEX_SUFFIX}")


def plain_chunks(path: Path) -> list[tuple[int, str | None]]:
    size = path.stat().st_size
    return [(min(PLAIN_CHUNK, size - at), None) for at in range(0, size, PLAIN_CHUNK)]


def _dos_time(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    y, mo, d, h, mi, s = date_time
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)


def _deflate_range(path: Path, at: int, n: int) -> bytes:
    with open(path, "rb") as src:
        src.seek(at)
        return _deflate(src.read(n))


def _deflated_in_order(path: Path, ranges: list[tuple[int, int]]) -> Iterator[bytes]:
    """Each (offset, length) range of ``path`` deflated, in order, a few
    ranges ahead on ``DEFLATE_THREADS`` threads (zlib lets go of the GIL; each
    chunk is a deflate stream of its own, so the bytes are those of one
    thread)."""
    with ThreadPoolExecutor(DEFLATE_THREADS) as pool:
        todo = iter(ranges)
        pending = deque(pool.submit(_deflate_range, path, at, n) for at, n in islice(todo, 2 * DEFLATE_THREADS))
        while pending:
            packed = pending.popleft().result()
            for at, n in islice(todo, 1):
                pending.append(pool.submit(_deflate_range, path, at, n))
            yield packed


def _crc(path: Path) -> int:
    from .package import crc32, known_crc

    known = known_crc(path)
    if known is not None:
        return known
    crc = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            crc = crc32(block, crc)
    return crc


def write_zip(target: Path, members: list[Member], date_time: tuple[int, int, int, int, int, int],
              previous: Path | None = None) -> dict:
    """Write ``target`` and its index; chunks found in ``previous`` (a zip
    written by this function, with its index) are copied from it."""
    old_index: dict = {}
    if previous is not None and index_path(previous).is_file():
        try:
            old_index = json.loads(index_path(previous).read_text("utf-8"))
        except (OSError, ValueError):
            old_index = {}
    dos_time, dos_date = _dos_time(date_time)
    index: dict = {"members": {}}
    central = []
    tmp = target.with_name(target.name + ".tmp")
    old_fd = os.open(previous, os.O_RDONLY) if old_index else None
    try:
        with open(tmp, "wb") as out:
            for m in members:
                usize = m.path.stat().st_size
                if sum(n for n, _ in m.chunks) != usize:
                    raise ValueError(f"{m.path.name}: the chunk plan does not cover the file "
                                     f"({sum(n for n, _ in m.chunks)} of {usize} bytes)")
                offset = out.tell()
                zip64 = usize * 1.01 + 4096 >= ZIP64_AT or offset >= ZIP64_AT
                name = m.name.encode("ascii")
                old = old_index.get("members", {}).get(m.name, {})
                old_chunks = {key: (n, at, clen) for key, n, at, clen in old.get("chunks", ()) if key}
                if old.get("usize") == usize and old_chunks and all(
                        key is not None and old_chunks.get(key, (None,))[0] == n for n, key in m.chunks):
                    crc = old["crc"]  # every chunk as before: the same bytes
                else:
                    crc = _crc(m.path)
                extra = struct.pack("<HHQQ", 1, 16, 0, 0) if zip64 else b""
                header_at = out.tell()
                out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if zip64 else 20, 0, 8, dos_time, dos_date,
                                      crc, 0, 0, len(name), len(extra)) + name + extra)
                data_at = out.tell()
                chunks = []
                # Chunks not found in the previous zip are deflated on both
                # cores (zlib lets go of the GIL; each chunk is a deflate
                # stream of its own, so the bytes are the same in any order),
                # a few ahead of the one being written, and written in order.
                plan: list[tuple[int, str | None, tuple[int, int, int] | None, int]] = []
                at = 0
                for n, key in m.chunks:
                    reuse = old_chunks.get(key) if key is not None else None
                    if not (reuse is not None and reuse[0] == n and old_fd is not None):
                        reuse = None
                    plan.append((n, key, reuse, at))
                    at += n
                deflated = _deflated_in_order(m.path, [(at, n) for n, _, reuse, at in plan if reuse is None])
                for n, key, reuse, _ in plan:
                    start = out.tell() - data_at
                    if reuse is not None:
                        out.flush()
                        copy_range(old_fd, out.fileno(), reuse[1], reuse[2])
                        out.seek(0, os.SEEK_END)
                        clen = reuse[2]
                    else:
                        packed = next(deflated)
                        out.write(packed)
                        clen = len(packed)
                    chunks.append([key, n, start, clen])
                out.write(_FINAL_BLOCK)
                csize = out.tell() - data_at
                end = out.tell()
                # The sizes, now known, into the local header.
                out.seek(header_at + 14)
                if zip64:
                    out.write(struct.pack("<III", crc, _ZIP64_LIMIT, _ZIP64_LIMIT))
                    out.seek(header_at + 30 + len(name) + 4)
                    out.write(struct.pack("<QQ", usize, csize))
                else:
                    out.write(struct.pack("<III", crc, csize, usize))
                out.seek(end)
                # Offsets of reused chunks are relative to the member's data in the old zip.
                for c in chunks:
                    c[2] += data_at
                index["members"][m.name] = {"crc": crc, "usize": usize, "chunks": chunks}
                central.append((name, crc, csize, usize, header_at, zip64))
            cd_at = out.tell()
            for name, crc, csize, usize, header_at, zip64 in central:
                extra = struct.pack("<HHQQQ", 1, 24, usize, csize, header_at) if zip64 else b""
                out.write(struct.pack(
                    "<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | (45 if zip64 else 20), 45 if zip64 else 20, 0, 8,
                    dos_time, dos_date, crc, _ZIP64_LIMIT if zip64 else csize, _ZIP64_LIMIT if zip64 else usize,
                    len(name), len(extra), 0, 0, 0, 0o644 << 16, _ZIP64_LIMIT if zip64 else header_at)
                    + name + extra)
            cd_end = out.tell()
            count = len(central)
            if cd_end >= ZIP64_AT or any(c[5] for c in central):
                out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, (3 << 8) | 45, 45, 0, 0, count, count,
                                      cd_end - cd_at, cd_at))
                out.write(struct.pack("<IIQI", 0x07064B50, 0, cd_end, 1))
            out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, min(cd_end - cd_at, _ZIP64_LIMIT),
                                  min(cd_at, _ZIP64_LIMIT), 0))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if old_fd is not None:
            os.close(old_fd)
    index_path(target).write_text(json.dumps(index, separators=(",", ":")) + "\n", "utf-8")
    return index


def reused_chunks(index: dict, previous_index: dict) -> tuple[int, int]:
    """(chunks, of them found in the previous index): for reports and tests."""
    total = found = 0
    for name, member in index["members"].items():
        old = {c[0] for c in previous_index.get("members", {}).get(name, {}).get("chunks", ()) if c[0]}
        for key, *_ in member["chunks"]:
            total += 1
            found += key in old
    return total, found
