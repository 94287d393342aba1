"""The tree's nodes: the session a document records or is for, its header,
agenda items and the tree that holds them (with lookups by offset)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from .blocks import Block, _blocks
from .lists import ListRow, ListSession, decision_list

@dataclass
class Session:
    """The meeting a document records or is for."""

    body: str | None
    date: str | None
    start: int
    end: int
    number: str | None = None
    public: bool | None = None
    minutes: bool = False  # the document is a record of this session
    shape: str = ""  # which common shape named it
    begins: str | None = None  # "19:00", as the head states it
    ends: str | None = None
    place: str | None = None  # "Sitzungssaal des Rathauses"


@dataclass
class Header:
    start: int
    end: int
    session: Session | None = None
    authority: str | None = None
    doc_type: str | None = None
    doc_date: str | None = None
    reference: str | None = None
    title: str | None = None


@dataclass
class Item:
    """An agenda item: its heading as written, title, papers, submitter, blocks."""

    label: str  # "TOP 5", "Ö 3.1", "Punkt 4", "5.1" — the item as written
    number: str  # "5", "3.1"
    title: str
    start: int
    head_end: int
    end: int
    public: bool | None = None
    references: list[str] = field(default_factory=list)
    submitter: str | None = None
    body: str | None = None  # inherited from the session
    date: str | None = None
    body_start: int = 0  # where the item's blocks begin (after its head)
    parent: Item | None = field(default=None, repr=False)  # "4" of a sub-item "4.1"
    _text: str = field(default="", repr=False)
    _blocks: list[Block] | None = field(default=None, repr=False)

    @property
    def subject(self) -> str:
        """What the item deals with: its title; a sub-item's ("4.1 Stellungnahme
        des Landratsamtes") under its parent's ("4 Bebauungsplan Nr. 12"),
        unless its own title repeats the parent's."""
        parent = self.parent.subject if self.parent is not None else ""
        if not parent or not self.title:
            return self.title or parent
        if self.title.casefold().startswith(parent.casefold()[: max(12, len(parent) // 2)]):
            return self.title
        return f"{parent}: {self.title}"

    @property
    def blocks(self) -> list[Block]:
        """The item's labelled blocks (read when first asked for: most
        documents' rules need only the items)."""
        if self._blocks is None:
            self._blocks = _blocks(self._text, self.body_start, self.end)
        return self._blocks


@dataclass
class Tree:
    text: str
    header: Header
    items: list[Item] = field(default_factory=list)
    pre_start: int = 0  # the blocks before the first item start here
    _starts: list[int] = field(default_factory=list, repr=False)
    _pre_blocks: list[Block] | None = field(default=None, repr=False)
    _lists: tuple[list[ListSession], list[ListRow]] | None = field(default=None, repr=False)

    @property
    def blocks(self) -> list[Block]:
        """The labelled blocks before the first item (of a paper without items: all of them)."""
        if self._pre_blocks is None:
            first = self.items[0].start if self.items else len(self.text)
            self._pre_blocks = _blocks(self.text, self.pre_start, first)
        return self._pre_blocks

    @property
    def decision_list(self) -> tuple[list[ListSession], list[ListRow]]:
        """The sessions and numbered rows of the decision lists the text prints
        ("Beschluss-Nr.: 08/06/16: …" under "… hat in ihrer Sitzung am … folgende
        Beschlüsse gefasst:"), read when first asked for."""
        if self._lists is None:
            self._lists = decision_list(self.text)
        return self._lists

    @property
    def session(self) -> Session | None:
        return self.header.session

    def item_at(self, pos: int) -> Item | None:
        """The agenda item whose span holds ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        item = self.items[i]
        return item if pos < item.end else None

    def block_at(self, pos: int) -> Block | None:
        """The innermost block that holds ``pos``."""
        item = self.item_at(pos)
        blocks = item.blocks if item else self.blocks
        for b in blocks:
            if b.start <= pos < b.end:
                for c in b.children:
                    if c.start <= pos < c.end:
                        return c
                return b
        return None

    def decisions(self) -> list[tuple[Item | None, Block]]:
        """Every decision block with its item, in reading order."""
        out: list[tuple[Item | None, Block]] = [(None, b) for b in self.blocks if b.kind == "decision"]
        for it in self.items:
            out += [(it, b) for b in it.blocks if b.kind == "decision"]
        return out
