"""HTML reader: the main content of council pages rendered as plain text with tables and lists."""

from __future__ import annotations

import codecs
import re
from typing import Any

from councildata.model import Document, Problem
from .common import _Ctx
from .text import _BOMS, decode_text

# --------------------------------------------------------------------------
# HTML

_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]
)
_SKIP_TAGS = frozenset(
    ["script", "style", "noscript", "head", "title", "meta", "link", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "map", "area", "button", "select", "option", "optgroup", "textarea", "input", "datalist", "img", "picture", "source", "track", "base", "basefont", "applet", "frame", "frameset", "noframes", "noembed", "param", "nav"]
)
_LIST_TAGS = frozenset({"ul", "ol", "dl", "menu", "dir"})
_DROP_TOKENS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "menubar", "mainmenu", "breadcrumb",
        "breadcrumbs", "sidebar", "skiplinks", "skiplink", "skip-link", "skip-links",
        "sr-only", "visually-hidden", "screen-reader-text", "d-none", "hidden", "search",
        "searchform", "search-form", "suche", "footer", "site-footer", "site-header",
        "masthead", "cookie-banner", "cookie-notice",
    }
)
# ALLRIS (ris*) and SessionNet (smc*) furniture, WordPress-style menus.
_DROP_TOKEN_RE = re.compile(
    r"^(?:ris(?:menu|left|navi|head|foot|logo)$|me1$|"
    r"smc[-_]?(?:menu|navi|nav|navbar|header|footer|breadcrumb|search|filter|skip|toolbar|"
    r"sidebar)|menu-|mobile-menu|sub-menu|navbar-|nav-)",
    re.IGNORECASE,
)
_DROP_ROLES = frozenset({"navigation", "search", "banner", "contentinfo", "menu", "menubar"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")


def _collapse(text: str) -> str:
    return _WS.sub(" ", _INVISIBLE.sub("", text)).strip()


def _tokens(tag: Any) -> list[str]:
    out: list[str] = []
    ident = tag.attrs.get("id")
    if isinstance(ident, str):
        out.append(ident)
    classes = tag.attrs.get("class")
    if isinstance(classes, str):
        out.extend(classes.split())
    elif classes:
        out.extend(classes)
    return out


def _is_dropped(tag: Any) -> bool:
    """Not visible, or page furniture (menus, navigation, headers, search)."""
    name = tag.name
    if name in _SKIP_TAGS:
        return True
    attrs = tag.attrs
    if not attrs and name not in ("header", "footer", "aside", "form"):
        return False
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if isinstance(style, str) and _HIDDEN_STYLE.search(style):
        return True
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in _DROP_ROLES:
        return True
    for token in _tokens(tag):
        low = token.lower()
        if low in _DROP_TOKENS or _DROP_TOKEN_RE.match(low):
            return True
    if name in ("header", "footer", "aside"):
        return tag.find_parent(["article", "main"]) is None
    if name == "form":
        field = tag.find("input", attrs={"type": re.compile(r"^(text|search)$", re.IGNORECASE)})
        return field is not None and len(tag.get_text()) < 500
    return False


class _Box:
    """Collects blocks (a group id and lines) from flowing content."""

    __slots__ = ("blocks", "counters", "frag", "lines", "lists", "pending", "pre")

    def __init__(self) -> None:
        self.blocks: list[tuple[int | None, list[str]]] = []
        self.lines: list[str] = []
        self.frag: list[str] = []
        self.lists: list[int] = []
        # per open list: [next number, numbering type] for <ol>, None for <ul>
        self.counters: list[list[Any] | None] = []
        self.pending: str | None = None  # "2. " waiting for the list item's text
        self.pre = 0

    def text(self, s: str) -> None:
        if self.pending is not None and s.strip():
            self.frag.append(self.pending)
            self.pending = None
        if self.pre:
            parts = s.split("\n")
            self.frag.append(parts[0])
            for part in parts[1:]:
                self.newline()
                self.frag.append(part)
        else:
            self.frag.append(s)

    def newline(self) -> None:
        self.lines.append("".join(self.frag))
        self.frag = []

    def flush(self) -> None:
        self.newline()
        lines = [line for line in map(_collapse, self.lines) if line]
        self.lines = []
        if lines:
            self.blocks.append((self.lists[-1] if self.lists else None, lines))

    def add_blocks(self, blocks: list[tuple[int | None, list[str]]]) -> None:
        self.flush()
        self.blocks.extend(blocks)


class _Row:
    __slots__ = ("cells",)

    def __init__(self) -> None:
        self.cells: list[list[tuple[int | None, list[str]]]] = []

    def add_blocks(self, blocks: list[tuple[int | None, list[str]]]) -> None:
        self.cells.append(blocks)


class _Table:
    __slots__ = ("group", "rows")

    def __init__(self, group: int) -> None:
        self.rows: list[tuple[int | None, list[str]]] = []
        self.group = group

    def add_blocks(self, blocks: list[tuple[int | None, list[str]]]) -> None:
        self.rows.extend(blocks)


def _is_label(text: str) -> bool:
    return text.endswith(":") and len(text) <= 60 and not text.endswith("::")


def format_row(cells: list[str]) -> list[str]:
    """Lines for one table row: ``Label: value`` pairs, else cells joined by TAB."""
    cells = [c for c in cells if c]
    if not cells:
        return []
    if _is_label(cells[0]):
        lines: list[str] = []
        i = 0
        while i < len(cells):
            label = cells[i]
            j = i + 1
            while j < len(cells) and not _is_label(cells[j]):
                j += 1
            values = cells[i + 1 : j]
            lines.append(f"{label} {chr(9).join(values)}" if values else label)
            i = j
        return lines
    return ["\t".join(cells)]


def _finish_row(row: _Row, table: _Table) -> None:
    if all(len(blocks) <= 1 for blocks in row.cells):
        texts = [" ".join(blocks[0][1]) if blocks else "" for blocks in row.cells]
        lines = format_row(texts)
        if lines:
            table.rows.append((table.group, lines))
    else:  # a layout row: its cells are containers of their own
        for blocks in row.cells:
            table.rows.extend(blocks)


def _ol_counter(tag: Any) -> list[Any]:
    start = tag.get("start")
    first = int(start) if isinstance(start, str) and start.strip().lstrip("-").isdigit() else 1
    kind = tag.get("type")
    return [first, kind if kind in ("1", "a", "A", "i", "I") else "1"]


def _list_number(n: int, kind: str) -> str:
    if kind in ("a", "A") and 0 < n <= 26 * 27:
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if kind == "a" else letters.upper()
    if kind in ("i", "I") and 0 < n < 4000:
        numerals = (
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        )
        out = ""
        for value, numeral in numerals:
            while n >= value:
                out += numeral
                n -= value
        return out if kind == "i" else out.upper()
    return str(n)


_ROLE_AS_TAG = {
    "table": "table", "grid": "table", "row": "tr", "cell": "td", "gridcell": "td",
    "rowheader": "th", "columnheader": "th",
}
_CLASS_AS_TAG = {"smc-table": "table", "smc-table-row": "tr", "smc-table-cell": "td"}


def _table_role(tag: Any) -> str | None:
    """Div-based tables (ARIA roles, SessionNet 5 ``smc-table``) read as tables."""
    if not tag.attrs or tag.name in ("table", "tr", "td", "th"):
        return None
    role = tag.attrs.get("role")
    if isinstance(role, str) and role.lower() in _ROLE_AS_TAG:
        return _ROLE_AS_TAG[role.lower()]
    classes = tag.attrs.get("class")
    if classes:
        for cls in classes if not isinstance(classes, str) else classes.split():
            if cls in _CLASS_AS_TAG:
                return _CLASS_AS_TAG[cls]
    return None


def _render(root: Any) -> list[tuple[int | None, list[str]]]:
    """Blocks of visible text below ``root``, walking the tree without recursion."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    counter = iter(range(1, 1 << 62))
    frames: list[Any] = [_Box()]
    # Work items: (node, None) to enter a node, (action, payload) to leave one.
    work: list[tuple[Any, Any]] = [(child, None) for child in reversed(root.contents)]
    while work:
        node, action = work.pop()
        if action is not None:
            kind = action
            top = frames[-1]
            if kind == "block":
                top.flush()
            elif kind == "list":
                top.flush()
                top.lists.pop()
                top.counters.pop()
                top.pending = None
            elif kind == "pre":
                top.flush()
                top.pre -= 1
            elif kind == "cell":
                box = frames.pop()
                box.flush()
                frames[-1].add_blocks(box.blocks)
            elif kind == "row":
                row = frames.pop()
                _finish_row(row, frames[-1])
            elif kind == "table":
                table = frames.pop()
                frames[-1].add_blocks(table.rows)
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, PreformattedString):
                continue
            top = frames[-1]
            if isinstance(top, _Box):
                top.text(str(node))
            elif str(node).strip():
                top.add_blocks([(None, [_collapse(str(node))])])
            continue
        if not isinstance(node, Tag) or _is_dropped(node):
            continue
        name = _table_role(node) or node.name
        top = frames[-1]
        children = node.contents
        if name == "table":
            if isinstance(top, _Box):
                top.flush()
            frames.append(_Table(next(counter)))
            work.append((node, "table"))
        elif name == "tr" and isinstance(top, _Table):
            frames.append(_Row())
            work.append((node, "row"))
        elif name in ("thead", "tbody", "tfoot") and isinstance(top, _Table):
            pass
        elif isinstance(top, (_Table, _Row)):
            # a cell, or stray content between rows: give it a box of its own
            if isinstance(top, _Table):
                frames.append(_Row())
                work.append((node, "row"))
            frames.append(_Box())
            work.append((node, "cell"))
        elif name == "br":
            top.newline()
            continue
        elif name in _LIST_TAGS:
            top.flush()
            top.lists.append(next(counter))
            top.counters.append(_ol_counter(node) if name == "ol" else None)
            work.append((node, "list"))
        elif name == "li":
            top.flush()
            numbering = top.counters[-1] if top.counters else None
            if numbering is not None:
                value = node.get("value")
                if isinstance(value, str) and value.strip().isdigit():
                    numbering[0] = int(value)
                top.pending = f"{_list_number(numbering[0], numbering[1])}. "
                numbering[0] += 1
            work.append((node, "block"))
        elif name == "pre":
            top.flush()
            top.pre += 1
            work.append((node, "pre"))
        elif name in _BLOCK_TAGS:
            top.flush()
            work.append((node, "block"))
        work.extend((child, None) for child in reversed(children))
    while len(frames) > 1:  # only after malformed input
        frame = frames.pop()
        if isinstance(frame, _Box):
            frame.flush()
            frames[-1].add_blocks(frame.blocks)
        elif isinstance(frame, _Row):
            _finish_row(frame, frames[-1])
        else:
            frames[-1].add_blocks(frame.rows)
    box = frames[0]
    box.flush()
    return box.blocks


def _join_blocks(blocks: list[tuple[int | None, list[str]]]) -> str:
    out: list[str] = []
    previous: int | None = None
    for group, lines in blocks:
        if out:
            out.append("\n" if group is not None and group == previous else "\n\n")
        out.append("\n".join(lines))
        previous = group
    return "".join(out)


def _content_root(soup: Any) -> tuple[Any, str]:
    """The element holding the page's main content, and the page family."""
    allris = soup.find(id="allriscontainer")
    if allris is not None:
        return allris, "allris"
    smc = soup.find(id=re.compile(r"^smc")) or soup.find(class_=re.compile(r"^smc"))
    family = "sessionnet" if smc is not None else "generic"
    for finder in (
        lambda: soup.find(id="smccontent"),
        lambda: soup.find("main"),
        lambda: soup.find(attrs={"role": "main"}),
    ):
        found = finder()
        if found is not None:
            return found, family
    articles = soup.find_all("article", limit=2)
    if len(articles) == 1:
        return articles[0], family
    return (soup.body or soup), family


def html_to_text(soup: Any) -> str:
    """The visible text of a parsed page, one line per paragraph, heading,
    list item or table row; blank lines between blocks."""
    root, _family = _content_root(soup)
    blocks = _render(root)
    if root is not soup and root is not soup.body:
        h1 = soup.find("h1")
        if h1 is not None and root not in h1.parents and not _is_dropped(h1):
            blocks = _render_single(h1) + blocks
    return _join_blocks(blocks)


def _render_single(tag: Any) -> list[tuple[int | None, list[str]]]:
    wrapper = type("_Wrapper", (), {"contents": [tag]})()
    return _render(wrapper)


def _decode_html(data: bytes) -> str:
    from bs4.dammit import EncodingDetector

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    declared = EncodingDetector.find_declared_encoding(
        data[:16384], is_html=True, search_entire_document=True
    )
    if declared:
        name = declared.strip().lower()
        if name in {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii",
                    "windows-1252", "iso_8859-1", "l1", "cp819"}:
            name = "cp1252"  # as browsers do (WHATWG encoding standard)
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
        if name:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                if not name.replace("-", "").replace("_", "").startswith("utf8"):
                    return data.decode(name, errors="replace")
    text, _how = decode_text(data)
    if text is None:
        return data.decode("utf-8", errors="replace")
    return text


def _read_html(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    from .html_hints import page_hints  # html_hints builds on this module

    if not data.strip():
        return ctx.problem("empty-document", "the file is empty")
    has_bom = any(data.startswith(bom) for bom, _ in _BOMS)
    if not has_bom and data.count(0) > max(16, len(data) // 1000):
        return ctx.problem("not-text", "binary data, not an HTML page")
    from bs4 import BeautifulSoup

    markup = _decode_html(data)
    try:
        soup = BeautifulSoup(markup, "html.parser")
        text = html_to_text(soup)
        hints = page_hints(soup)
    except RecursionError:
        return ctx.problem(
            "html-too-deep", "the HTML page is nested too deeply to be parsed"
        )
    if not text.strip():
        return ctx.problem("empty-document", "the HTML page has no visible text")
    return [ctx.document("html", text, hints=hints)]

