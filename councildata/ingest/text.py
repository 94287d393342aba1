"""Plain-text reader: encoding detection (UTF-8, UTF-16, cp1252, latin-1) and newline cleanup."""

from __future__ import annotations

import codecs
import contextlib
import re

from councildata.model import Document, Problem
from .common import _Ctx

# --------------------------------------------------------------------------
# plain text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte encodings German text comes in, in order of preference on a tie.
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman")
_GERMAN_CHARS = re.compile("[äöüÄÖÜß]")
_TYPO_CHARS = re.compile("[„“”‚‘’–—…€§°«»]")
_COMMON_NON_ASCII = set("äöüÄÖÜß„“”‚‘’–—…€§°«»éèêëàâáçñóòôúùûíìîïÉÈÀÇ²³µ·×½¼¾©®±\u00a0\u00ad")
_SUSPECT = re.compile("[\x80-\x9f\u2500-\u259f\ufffd]")
_IN_WORD_ODD = re.compile("(?<=[A-Za-z])[„”‚™šŽž¤¦¨´¸¹³÷õ±¬¯ƒ†‡‰‹›](?=[a-z])")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _plausibility(text: str) -> float:
    """How much ``text`` looks like correctly decoded (German) text."""
    score = 3 * len(_GERMAN_CHARS.findall(text)) + len(_TYPO_CHARS.findall(text))
    score -= 10 * len(_SUSPECT.findall(text))
    score -= 6 * len(_IN_WORD_ODD.findall(text))
    score -= 2 * sum(1 for c in text if ord(c) > 127 and c not in _COMMON_NON_ASCII)
    return score


def _guess_utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    if odd.count(0) > 0.4 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.4 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str | None, str]:
    """Decode the bytes of a text file.

    Returns ``(text, encoding)``, or ``(None, reason)`` when the bytes are
    not text. UTF-8 (with or without BOM) and UTF-16/32 with BOM are taken
    as they are; otherwise single-byte encodings (cp1252, latin-1, …) are
    weighed against each other and charset-normalizer's guess, by how
    plausible the German text they give is.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(encoding, errors="replace")
            bad = text.count("\ufffd")
            if bad <= max(2, len(text) // 100):
                return _check_controls(text, encoding)
            if encoding != "utf-8":
                return None, f"declares {encoding.upper()} with a byte order mark but is not"
            data = data[len(bom):]
            break
    nul = data.count(0)
    if nul:
        utf16 = _guess_utf16_without_bom(data)
        if utf16:
            try:
                return _check_controls(data.decode(utf16), utf16)
            except UnicodeDecodeError:
                pass
        if nul > 16 or nul > len(data) / 1000:
            return None, f"binary data, not text ({nul:,} NUL bytes in {len(data):,})"
        data = data.replace(b"\x00", b"")
    try:
        return _check_controls(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _check_controls(mostly, "utf-8")
    candidates: dict[str, str] = {}
    for encoding in _WESTERN:
        try:
            candidates[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    guess = _charset_normalizer_guess(data)
    if guess and guess not in candidates:
        with contextlib.suppress(UnicodeDecodeError, LookupError):
            candidates[guess] = data.decode(guess)
    if not candidates:
        return None, "cannot be decoded as text in any known encoding"
    order = {enc: i for i, enc in enumerate(candidates)}
    encoding = max(
        candidates, key=lambda enc: (_plausibility(candidates[enc][:2_000_000]), -order[enc])
    )
    return _check_controls(candidates[encoding], encoding)


def _utf8_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: a byte that is not UTF-8 is read as cp1252 where
    that gives a letter German text uses (a cp1252 passage pasted into UTF-8
    text), else it becomes U+FFFD."""
    assert isinstance(exc, UnicodeDecodeError)
    data, start = exc.object, exc.start
    end = start + 1
    while end < len(data) and 0x80 <= data[end] <= 0xBF:
        end += 1
    if end - start > 1:  # a malformed sequence (an encoded surrogate): one U+FFFD
        return "\ufffd", end
    char = data[start:end].decode("cp1252", errors="replace")
    return (char if char in _COMMON_NON_ASCII else "\ufffd"), end


codecs.register_error("councildata-utf8-fallback", _utf8_fallback)


def _mostly_utf8(data: bytes) -> str | None:
    """The text of UTF-8 bytes with a few invalid sequences in them (a lone
    surrogate, a stray byte, a pasted cp1252 passage), or None when the
    bytes are not UTF-8 at all. Decoding such a file as cp1252 as a whole
    would garble every umlaut of it; valid multi-byte sequences hardly ever
    arise by chance in single-byte text, so they decide."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for c in text if ord(c) > 127) - text.count("\ufffd")
    if not good or good < bad:
        return None
    return data.decode("utf-8", errors="councildata-utf8-fallback")


def _charset_normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's best encoding for the bytes, or None."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
    except Exception:  # noqa: BLE001 - detection is only a help
        return None
    return best.encoding if best is not None else None


def _check_controls(text: str, encoding: str) -> tuple[str | None, str]:
    controls = len(_CONTROL.findall(text)) + len(re.findall("[\x80-\x9f]", text))
    if controls > max(8, len(text) // 50):
        return None, f"binary data, not text ({controls:,} control characters)"
    return text, encoding


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_text(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    if not data.strip():
        return ctx.problem("empty-document", "the file is empty or holds only whitespace")
    text, how = decode_text(data)
    if text is None:
        return ctx.problem("not-text", f"not a text file: {how}")
    text = normalize_newlines(text).lstrip("\ufeff")
    if not text.strip():
        return ctx.problem("empty-document", "the file holds only whitespace")
    return [ctx.document("txt", text)]

