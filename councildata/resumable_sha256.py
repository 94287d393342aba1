"""A SHA-256 whose state can be stored and resumed: the state after a
table file's rows, kept in the build's manifest, lets the next build hash
only the rows it appends (``datapackage.json`` lists every table file's
sha256, and rereading 660 MB for it was most of a one-document delta at
100,000 documents).

``hashlib`` cannot export its state (its objects do not pickle), and the
libraries that can were not taken: ``rehash`` (last release 2022) reaches
into CPython's private hashlib structures, ``sha256`` (midstate access) is
a Cython build of a plain C implementation without wheels, several times
slower than OpenSSL's. OpenSSL's own SHA-256 (the library hashlib uses,
SHA-NI where the CPU has it) keeps its whole state in a ``SHA256_CTX``, a
fixed struct of 112 bytes whose layout has not changed since 0.9.8; it is
called here through ``ctypes`` (which lets go of the GIL during the call, so
two files still hash on two cores). Where that library or its functions are
missing, :func:`available` is false and callers hash with ``hashlib`` and
store no state. A stored state is checked before it is trusted: finishing
it over the stored file's last bytes must give that file's known sha256
(:func:`councildata.package.resume_digests`).
"""

from __future__ import annotations

import ctypes
import functools
import sys
from typing import Any

CTX_SIZE = 112  # unsigned int h[8], Nl, Nh, data[16], num, md_len


def _libcrypto_paths() -> list[str]:
    """The libcrypto hashlib itself was linked with (as this process mapped
    it), then the usual sonames."""
    import _hashlib  # noqa: F401  (maps hashlib's libcrypto into this process)

    found = []
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                path = line.rsplit(" ", 1)[-1].strip()
                if "/libcrypto" in path and path not in found:
                    found.append(path)
    except OSError:
        pass
    return [*found, "libcrypto.so.3", "libcrypto.so.1.1"]


@functools.cache
def _lib() -> Any:
    # Linux only: elsewhere an unversioned libcrypto may not be this one
    # (macOS aborts a process that loads its system libcrypto this way).
    if not sys.platform.startswith("linux"):
        return None
    for name in _libcrypto_paths():
        try:
            lib = ctypes.CDLL(name)
            init, update, final = lib.SHA256_Init, lib.SHA256_Update, lib.SHA256_Final
        except (OSError, AttributeError):
            continue
        init.argtypes = [ctypes.c_void_p]
        update.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        final.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        init.restype = update.restype = final.restype = ctypes.c_int
        if _works(lib):
            return lib
    return None


def _works(lib: Any) -> bool:
    """Whether ``lib``'s SHA-256, stopped and resumed from its stored state,
    gives hashlib's digest."""
    import hashlib

    ctx = ctypes.create_string_buffer(CTX_SIZE)
    out = ctypes.create_string_buffer(32)
    if lib.SHA256_Init(ctx) != 1 or lib.SHA256_Update(ctx, b"abc" * 100, 300) != 1:
        return False
    resumed = ctypes.create_string_buffer(ctx.raw, CTX_SIZE)
    if lib.SHA256_Update(resumed, b"x" * 70, 70) != 1 or lib.SHA256_Final(out, resumed) != 1:
        return False
    return out.raw == hashlib.sha256(b"abc" * 100 + b"x" * 70).digest()


def available() -> bool:
    """Whether states can be stored and resumed here (else: hashlib, no state)."""
    return _lib() is not None


class Sha256:
    """hashlib.sha256's ``update``/``hexdigest`` plus :meth:`state`; built
    from a stored state, it goes on where that one stopped."""

    __slots__ = ("_ctx",)

    def __init__(self, state: bytes | None = None):
        if state is None:
            self._ctx = ctypes.create_string_buffer(CTX_SIZE)
            if _lib().SHA256_Init(self._ctx) != 1:
                raise RuntimeError("SHA256_Init failed")
        else:
            if len(state) != CTX_SIZE:
                raise ValueError(f"a SHA-256 state has {CTX_SIZE} bytes, not {len(state)}")
            self._ctx = ctypes.create_string_buffer(bytes(state), CTX_SIZE)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        data = bytes(data) if not isinstance(data, bytes) else data
        if data and _lib().SHA256_Update(self._ctx, data, len(data)) != 1:
            raise RuntimeError("SHA256_Update failed")

    def state(self) -> bytes:
        return self._ctx.raw

    def hexdigest(self) -> str:
        """The digest of what was hashed so far; the state stays usable."""
        ctx = ctypes.create_string_buffer(self._ctx.raw, CTX_SIZE)
        out = ctypes.create_string_buffer(32)
        if _lib().SHA256_Final(out, ctx) != 1:
            raise RuntimeError("SHA256_Final failed")
        return out.raw.hex()

