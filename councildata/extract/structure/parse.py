"""``parse``: the tree of a text in one pass (items, parts, session, each
item's papers and submitter)."""

from __future__ import annotations

from typing import Any

from .. import agenda as agenda_mod
from .items import _MOTION_REF, _REF_ONLY, _SUBMITTER, _head_end, _items, _mark_parts
from .session import HEAD_CHARS, read_session
from .tree import Header, Tree


def parse(text: str, meta: dict[str, Any] | None = None, known: agenda_mod.Agenda | None = None) -> Tree:
    """The tree of ``text``. ``meta`` may give what the caller knows of the
    document already (``type``, ``date``, ``reference``, ``body`` as the
    authority, ``title``); ``known`` the agenda analysis of the same text,
    so that its session and dates are not read twice."""
    meta = meta or {}
    items = _items(text, bare=meta.get("type") in (None, "minutes", "agenda"))
    first = items[0].start if items else len(text)
    _mark_parts(text, items)
    session = read_session(text, meta.get("type"), known)
    # The front matter: up to the first item, else up to the session's name.
    head_end = first if items and first <= HEAD_CHARS else (session.end if session else 0)
    header = Header(
        0, head_end, session,
        authority=meta.get("body"), doc_type=meta.get("type"), doc_date=meta.get("date"),
        reference=meta.get("reference"), title=meta.get("title"),
    )
    for it in items:
        head_end = _head_end(text, it)
        head = text[it.start:head_end]
        it.references = list(dict.fromkeys(
            [m.group("ref") for m in agenda_mod.PAPER.finditer(head)] + [m.group("ref") for m in _MOTION_REF.finditer(head)]
        ))
        for sm in _SUBMITTER.finditer(head, it.head_end - it.start):
            who = " ".join((sm.group("who") or sm.group("who2") or sm.group("who3") or sm.group("who4")).split()).strip(" ,;")
            if _REF_ONLY.fullmatch(who):
                # "Antrag: A/0088/2025": the motion's number, not who moved it (that may follow:
                # "Antragsteller: Fraktion X" on the next line)
                it.references = list(dict.fromkeys([*it.references, who]))
            else:
                it.submitter = who
                break
        if session is not None:
            it.body, it.date = session.body, session.date
        it.body_start, it._text = head_end, text
    _link_parents(items)
    pre = session.end if session is not None and session.end <= first else 0
    tree = Tree(text, header, items, pre)
    tree._starts = [it.start for it in items]
    return tree


def _link_parents(items: list) -> None:
    """Each sub-item ("4.1", "4.2 a") under the latest item before it whose
    number its own starts with ("4")."""
    latest: dict[str, Any] = {}
    for it in items:
        number = it.number
        cut = number.rfind(".")
        if cut > 0:
            it.parent = latest.get(number[:cut])
        latest[number] = it
