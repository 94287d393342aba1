"""E-mail addresses, plain and obfuscated.

An address is found from its "at": ``@``, a fullwidth ``＠``, ``@`` with
spaces (``name @ web.de``), ``(at)``, ``[at]``, ``{at}``, ``<at>``,
``(ät)``, ``-at-``, ``_at_``, or the bare word (``name at gmail dot com``).
The local part is read backwards from it and the domain forwards; the dots
may be written ``.``, ``(dot)``, ``[punkt]``, `` dot ``, or with spaces
(``max . muster``; in the domain only before a known top-level domain,
``web . de``). A line break after a
hyphen, a dot or around the "at" does not end the address, nor does one
after a piece with a dot or underscore inside ("max.muster\nmann@…"), so an
address wrapped across lines (or pages) is removed whole.

The bare word "at" is English too ("look at example.com"): after it the
domain must spell a dot (``dot``, ``punkt``) or be a mail provider's
(``gmail.com``, ``web.de`` …).
"""

from __future__ import annotations

import re

from .common import BREAK

_BR = r"[ \t]*\n[ \t]*"
_SPELLED_DOT = r"[ \t]*[(\[{<][ \t]*(?:dot|punkt|\.)[ \t]*[)\]}>][ \t]*|[ \t]+(?:dot|punkt)[ \t]+"
# Where the "at" can be. The bare word needs spaces both sides.
_AT = re.compile(
    rf"(?:{_BR}|[ \t]*)(?:[@＠﹫]|[(\[{{<][ \t]*(?:at|ät|@)[ \t]*[)\]}}>])(?:{_BR}|[ \t]*)"
    r"|[ \t]*[-_][ \t]*(?:at|ät)[ \t]*[-_][ \t]*"
    r"|(?P<word>[ \t]+(?:at|ät)[ \t]+)",
    re.IGNORECASE,
)
# The local part, read up to the "at": words joined by dots, hyphens,
# underscores, perhaps with a line break after one of them, or by a dot with
# spaces both sides ("max . muster"; a full stop has none before it).
_LOCAL = re.compile(
    rf"(?<![\w.%+\-])[\w%+](?:[\w%+]|[.\-](?:{BREAK})?(?=[\w%+])|(?:{_SPELLED_DOT}|[ \t]+\.[ \t]+)(?=[\w%+]))*\Z",
    re.IGNORECASE,
)
_LABEL = rf"[^\W_](?:[^\W_]|-(?:{BREAK})?(?=[^\W_]))*"
_TLDS = frozenset(("de", "com", "net", "org", "eu", "info", "at", "ch", "biz", "io", "me", "nrw", "email"))
# A dot with spaces ("web . de", "web .de") only right before a known
# top-level domain: "web.de. Die" is "web.de" and a full stop.
_LOOSE_DOT = rf"(?:[ \t]+\.[ \t]*|\.[ \t]+)(?=(?:{'|'.join(sorted(_TLDS))})(?![\w-]))"
_DOMAIN = re.compile(
    rf"{_LABEL}(?:(?:\.(?:{BREAK})?|．|{_SPELLED_DOT}){_LABEL})*"
    rf"(?:\.(?:{BREAK})?|．|(?P<spelled>{_SPELLED_DOT})|{_LOOSE_DOT})"
    r"(?P<tld>[A-Za-z]{2,24})(?![\w-])",
    re.IGNORECASE,
)
_SPELLED = re.compile(_SPELLED_DOT, re.IGNORECASE)
_WRAPPED_HEAD = re.compile(r"(?<![\w.%+\-])[A-Za-z][\w%+\-]*(?:[._][\w%+\-]+)+[ \t]*\n[ \t]*\Z")
# Domains people write after a bare "at".
_PROVIDERS = frozenset((
    "gmail", "googlemail", "gmx", "web", "t-online", "posteo", "yahoo", "outlook", "hotmail", "live", "icloud",
    "me", "mailbox", "freenet", "aol", "arcor", "online", "mail", "email", "kabelmail", "vodafone", "magenta",
    "protonmail", "proton", "tutanota", "tuta",
))
# Where an "at" may start. Written without IGNORECASE and without a leading
# assertion so that the engine can skip to the next candidate character:
# this pass over the whole text is most of what finding e-mails costs.
_ANCHOR = re.compile(r"[@＠﹫]|[aAäÄ][tT](?<=[ \t(\[{<_\-]..)(?=[ \t)\]}>_\-])")


def find_emails(text: str) -> list[tuple[int, int]]:
    """Spans of e-mail addresses in ``text``, sorted."""
    found: list[tuple[int, int]] = []
    end = 0
    previous = 0  # no local part reaches back over the "at" before it
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < end:
            continue
        floor, previous = previous, anchor.end()
        # The "at" starts with the spaces, line break or bracket before its anchor.
        start = anchor.start()
        while start > 0 and anchor.start() - start < 6 and text[start - 1] in " \t\n([{<-_":
            start -= 1
        at = _AT.match(text, start)
        if at is None or at.end() <= anchor.start():
            continue
        local = _LOCAL.search(text, max(floor, at.start() - 120), at.start())
        domain = _DOMAIN.match(text, at.end())
        if not local or not domain:
            continue
        if at.group("word"):
            spelled = bool(domain.group("spelled") or _SPELLED.search(domain.group()))
            first = re.split(r"[.．]|\s", domain.group(), maxsplit=1)[0].lower()
            if not spelled and not (first in _PROVIDERS and domain.group("tld").lower() in _TLDS):
                continue
            if len(local.group()) < 2:
                continue
        start = local.start()
        # Wrapped at a plain line break inside the local part ("max.muster\nmann@…"):
        # the line before ends in a piece of an address, not in a word.
        head = _WRAPPED_HEAD.search(text, max(0, start - 80), start)
        if head:
            start = head.start()
        found.append((start, domain.end()))
        end = domain.end()
    return found
