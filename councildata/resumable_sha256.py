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
missing, :data:`AVAILABLE` is false and callers hash with ``hashlib`` and
store no state. A stored state is checked before it is trusted: finishing
it over the stored file's last bytes must give that file's known sha256
(:func:`councildata.package.resume_digests`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

CTX_SIZE = 112  # unsigned int h[8], Nl, Nh, data[16], num, md_len


def _load() -> Any:
    import hashlib  # noqa: F401  (loads the libcrypto hashlib links, so the name below is that one)

    for name in (ctypes.util.find_library("crypto"), "libcrypto.so.3", "libcrypto.so.1.1"):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
            init, update, final = lib.SHA256_Init, lib.SHA256_Update, lib.SHA256_Final
        except (OSError, AttributeError):
            continue
        init.argtypes = [ctypes.c_void_p]
        update.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        final.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        init.restype = update.restype = final.restype = ctypes.c_int
        return lib
    return None


_LIB = _load()


def _works() -> bool:
    if _LIB is None:
        return False
    import hashlib

    h = Sha256()
    h.update(b"abc" * 100)
    resumed = Sha256(h.state())
    resumed.update(b"x" * 70)
    return resumed.hexdigest() == hashlib.sha256(b"abc" * 100 + b"x" * 70).hexdigest()


class Sha256:
    """hashlib.sha256's ``update``/``hexdigest`` plus :meth:`state`; built
    from a stored state, it goes on where that one stopped."""

    __slots__ = ("_ctx",)

    def __init__(self, state: bytes | None = None):
        if state is None:
            self._ctx = ctypes.create_string_buffer(CTX_SIZE)
            if _LIB.SHA256_Init(self._ctx) != 1:
                raise RuntimeError("SHA256_Init failed")
        else:
            if len(state) != CTX_SIZE:
                raise ValueError(f"a SHA-256 state has {CTX_SIZE} bytes, not {len(state)}")
            self._ctx = ctypes.create_string_buffer(bytes(state), CTX_SIZE)

    def update(self, data: bytes | bytearray | memoryview) -> None:
        data = bytes(data) if not isinstance(data, bytes) else data
        if data and _LIB.SHA256_Update(self._ctx, data, len(data)) != 1:
            raise RuntimeError("SHA256_Update failed")

    def state(self) -> bytes:
        return self._ctx.raw

    def hexdigest(self) -> str:
        """The digest of what was hashed so far; the state stays usable."""
        ctx = ctypes.create_string_buffer(self._ctx.raw, CTX_SIZE)
        out = ctypes.create_string_buffer(32)
        if _LIB.SHA256_Final(out, ctx) != 1:
            raise RuntimeError("SHA256_Final failed")
        return out.raw.hex()


AVAILABLE = _works()
