"""The tree as ``councildata extract --structure`` prints it."""

from __future__ import annotations

from collections.abc import Callable

from .blocks import Block
from .tree import Tree


def format_tree(tree: Tree, to_original: Callable[[int, int], tuple[int, int]] | None = None) -> str:
    """The tree as indented lines with labels and spans (``to_original`` maps
    a span of the parsed text to the document's own offsets)."""
    span = to_original or (lambda a, b: (a, b))
    text = tree.text

    def show(a: int, b: int) -> str:
        s, e = span(a, b)
        return f"[{s}:{e}]"

    def snippet(a: int, b: int, n: int = 60) -> str:
        s = " ".join(text[a:b].split())
        return repr(s if len(s) <= n else s[: n - 1] + "…")

    h = tree.header
    out = [f"document {show(0, len(text))} type={h.doc_type} date={h.doc_date} reference={h.reference}"
           f" authority={h.authority}"]
    s = h.session
    if s:
        out.append(f"  session {show(s.start, s.end)} body={s.body} date={s.date} number={s.number}"
                   f" public={s.public} minutes={s.minutes} ({s.shape})"
                   + (f" begins={s.begins}" if s.begins else "") + (f" ends={s.ends}" if s.ends else "")
                   + (f" place={s.place!r}" if s.place else ""))
    else:
        out.append("  session: none found")

    def blocks(bs: list[Block], indent: str) -> None:
        for b in bs:
            label = f" {b.label!r}" if b.label else ""
            out.append(f"{indent}{b.kind}{label} {show(b.start, b.end)} {snippet(b.start, b.end)}")
            blocks(b.children, indent + "  ")

    blocks(tree.blocks, "  ")
    for it in tree.items:
        extra = ""
        if it.references:
            extra += f" refs={','.join(it.references)}"
        if it.submitter:
            extra += f" submitter={it.submitter!r}"
        if it.public is not None:
            extra += f" public={it.public}"
        out.append(f"  item {it.label} {show(it.start, it.end)} {it.title[:70]!r}{extra}")
        blocks(it.blocks, "    ")
    sessions, rows = tree.decision_list
    for ls in sessions:
        if any(r.session is ls for r in rows):
            out.append(f"  list session {show(ls.start, ls.end)} body={ls.body} date={ls.date} public={ls.public}")
            for r in rows:
                if r.session is ls:
                    out.append(f"    row {r.number} {show(r.start, r.end)} {r.title[:70]!r} public={r.public}")
    for r in rows:
        if r.session is None:
            out.append(f"  row {r.number} {show(r.start, r.end)} {r.title[:70]!r} public={r.public}")
    return "\n".join(out)
