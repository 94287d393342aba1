"""The document model: a council document's text read as a tree.

``parse(text)`` is pure: text in, ``Tree`` out, every node with a character
span into that text. The tree has

- a **header**: the document's own metadata (type, date, reference, the
  issuing authority, when the caller knows them) and the **session** the
  document records or is for (body, date, number, public or not). The
  session is read from every common shape: "Niederschrift über die 14.
  Sitzung des Gemeinderates am …", "3. öffentliche Sitzung des
  Bauausschusses am 12.03.2024", "Gemeinderat, Sitzung vom 12.03.2024", a
  body's line with a date line under it, an information system's fields
  ("Gremium: … Datum: …"), and a running header or footer that repeats the
  session on every page; with its start, end and place where the head states them;
- **agenda items** ("TOP 5", "Ö 5", "N 2", "5.1", "zu 3", "Zu Punkt 4:",
  "ZU TOP 3", a number on a line of its own over its title where it goes on
  from the item before), each with its title, the papers it deals with
  (Vorlage, Drucksache, Antrag numbers) and its submitter line; a sub-item
  ("4.1") knows its parent ("4"), and its subject is the parent's with its
  own. A running page header ("4. Sitzung des Stadtrates vom … Seite 5")
  is no item. Every item inherits the session's body and date;
- inside each item (and before the first item) its **blocks**, labelled
  ``proposal`` (Beschlussvorschlag, Beschlussantrag), ``decision``
  (Beschluss, Abstimmungsergebnis, or a paragraph whose sentence decides),
  ``discussion`` (Sachverhalt, Begründung, the debate) — and inside a
  proposal or decision its ``content``: the quoted or enumerated
  Beschlusstext that says WHAT is decided, never a decision of its own. A
  count line ("Beratungsergebnis: 5 Ja-Stimmen") closes the decision told in
  the sentences before it: sentence, Beschlusstext and count are one block.

Everything is found in one pass over the lines and paragraphs, so parsing
is linear in the length of the text.

The package holds one file per concern: ``tree`` (the nodes), ``session``
(the session's shapes), ``items`` (agenda items), ``blocks`` (labelled
blocks and their content), ``lists`` (numbered decision lists and the
sessions above them), ``parse`` and ``printing``.
"""

from .blocks import Block, is_record
from .items import ITEM_HEADING, numbered_items, page_break_end
from .lists import ListRow, ListSession, decision_list
from .parse import parse
from .printing import format_tree
from .session import HEAD_CHARS, read_session
from .tree import Header, Item, Session, Tree

__all__ = [
    "HEAD_CHARS", "ITEM_HEADING", "Block", "Header", "Item", "ListRow", "ListSession", "Session", "Tree",
    "decision_list",
    "format_tree", "is_record", "numbered_items", "page_break_end", "parse", "read_session",
]
