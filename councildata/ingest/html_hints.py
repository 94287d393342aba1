"""Facts ALLRIS and SessionNet pages state in their metadata tables (reference, date, type)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from .html import _BLOCK_TAGS, _collapse, _is_dropped


# ---- hints from ALLRIS and SessionNet pages

_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")


def _iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = _DATE.search(text)
    if not m:
        m2 = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
        if not m2:
            return None
        year, month, day = (int(x) for x in m2.groups())
    else:
        day, month, year = (int(x) for x in m.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _inline_lines(tag: Any) -> list[str]:
    """Visible text of a small element, split at <br> and block elements."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    if tag is None:
        return []
    lines: list[list[str]] = [[]]
    work = list(reversed(tag.contents))
    while work:
        node = work.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):
                lines[-1].append(str(node))
        elif isinstance(node, Tag) and not _is_dropped(node):
            if node.name == "br" or node.name in _BLOCK_TAGS:
                lines.append([])
            work.extend(reversed(node.contents))
    return [text for text in (_collapse("".join(part)) for part in lines) if text]


def _inline_text(tag: Any) -> str:
    return " ".join(_inline_lines(tag))


def clean_type_label(text: str | None) -> str | None:
    """``Antwort / Stellungnahme des Bezirksamtes`` → ``Antwort``;
    ``Beschlussempfehlung öffentlich`` → ``Beschlussempfehlung``."""
    if not text:
        return None
    text = _collapse(text)
    text = re.sub(r"^\d+_", "", text)  # SessionNet "02_Unterrichtungsvorlage"
    text = re.sub(r"\s+(?:nicht)?öffentlich$", "", text, flags=re.IGNORECASE)
    text = re.split(
        r"\s+(?:nach|der|des|vom|von|gem\.|gemäß|zur|zum|für|an)\s+|\s*/\s*|\s*\(|\s*,\s*", text
    )[0]
    return text.strip() or None


_ATTRIBUTION = re.compile(
    r"^(?:gemeinsamer\s+|interfraktioneller\s+|kleine\s+|große\s+|schriftliche\s+)?"
    r"(?:dringlichkeits|zusatz|änderungs|ergänzungs)?(?:antrag|anträge|anfrage)\b.*\b"
    r"(?:der|des|von|vom)\b",
    re.IGNORECASE,
)


def clean_title(lines: list[str], type_label: str | None = None) -> str | None:
    """A paper's subject without a trailing line that only restates its type
    (``Eingabe``) or who moved it (``Antrag der GRÜNE-Fraktion``)."""
    lines = [line for line in lines if line]
    label = (type_label or "").casefold()
    while len(lines) > 1 and (lines[-1].casefold() == label or _ATTRIBUTION.match(lines[-1])):
        lines.pop()
    title = " ".join(lines)
    m = re.search(r"\s*\(([^()]*)\)\s*$", title)
    if m and m.start() > 0 and _ATTRIBUTION.match(m.group(1).strip()):
        title = title[: m.start()]
    return title.strip() or None


def page_hints(soup: Any) -> dict[str, Any]:
    """Structured facts from an ALLRIS or SessionNet page's metadata table,
    under contract column names; empty for other pages."""
    container = soup.find(id="allriscontainer")
    if container is not None:
        return _allris_hints(container)
    if soup.find(id="smctablevorgang") is not None or soup.find(
        class_=re.compile(r"^(smc-table-cell|smctablehead)$")
    ):
        return _sessionnet_hints(soup)
    return {}


def _first_consultation(rows: list[list[str]]) -> tuple[str | None, str | None]:
    """(first body, first date) of a Beratungsfolge given as rows of cell texts."""
    roles = re.compile(
        r"^(?:Ö|N|öffentlich|nichtöffentlich|nicht öffentlich|Vorberatung|Entscheidung|"
        r"Kenntnisnahme|Beschlussfassung|Anhörung|Beratung|Zuständigkeit|Gremium|Datum|"
        r"Sitzung|TOP|Status|Geplant)$",
        re.IGNORECASE,
    )
    body = date = None
    for cells in rows:
        for cell in cells:
            if date is None and _iso_date(cell) and len(cell) <= 25:
                date = _iso_date(cell)
                continue
            if (
                body is None
                and not _iso_date(cell)
                and not roles.match(cell)
                and re.search(r"[A-Za-zÄÖÜäöüß]{3}", cell)
                and not cell.lower().startswith("sitzung ")
            ):
                body = cell
        if body and date:
            break
    return body, date


def _rows_of(table: Any) -> list[list[str]]:
    rows = []
    for tr in table.find_all("tr"):
        tds = tr.find_all(["td", "th"], recursive=False)
        if all(td.name == "th" for td in tds):  # a header row
            continue
        cells = [_inline_text(td) for td in tds]
        cells = [c for c in cells if c]
        if cells:
            rows.append(cells)
    return rows


def _allris_hints(container: Any) -> dict[str, Any]:
    classes = container.get("class") or []
    page = next((c for c in classes if re.fullmatch(r"[a-z]{2}\d{3}\w*", c)), "")
    main = container.find(id="rismain") or container
    fields: dict[str, str] = {}
    field_lines: dict[str, list[str]] = {}
    consultation_label = None
    for td in main.find_all(["td", "th"], class_="kb1"):
        if td.find_parent(class_="me1") is not None:
            continue
        label = _inline_text(td)
        if not label.endswith(":") or len(label) > 60:
            continue
        key = label[:-1].strip()
        if key.lower().startswith("beratungsfolge"):
            consultation_label = consultation_label or td
            continue
        sibling = td.find_next_sibling(["td", "th"])
        lines = _inline_lines(sibling)
        if key not in fields and lines:
            fields[key] = " ".join(lines)
            field_lines[key] = lines
    heading = _inline_text(container.find(id="risname"))
    prefix, _, rest = heading.partition(" - ")
    prefix, rest = prefix.strip(), rest.strip()
    head = container.find(id="rishead")
    body = _inline_text(head.find(class_="topHeadline") or head) if head is not None else ""

    consultation_body = consultation_date = None
    if consultation_label is not None:
        tr = consultation_label.find_parent("tr")
        nxt = tr.find_next_sibling("tr") if tr is not None else None
        if nxt is not None:
            consultation_body, consultation_date = _first_consultation(_rows_of(nxt))

    def field_value(*names: str) -> str | None:
        for name in names:
            for key, value in fields.items():
                if key.lower() == name.lower():
                    return value
        return None

    hints: dict[str, Any] = {}
    if page.startswith("vo") or prefix.lower() in ("drucksache", "vorlage"):
        type_text = field_value("Drucksache-Art", "Drucksachen-Art", "Vorlage-Art", "Vorlagenart",
                                "Vorlagen-Art", "Art")
        type_label = clean_type_label(type_text)
        reference = rest or field_value("Drucksache-Nr.", "Drucksachen-Nr.", "Vorlage-Nr.",
                                        "Vorlagen-Nr.", "Name")
        betreff_key = next((k for k in fields if k.lower() == "betreff"), None)
        title = clean_title(field_lines.get(betreff_key, []) if betreff_key else [], type_label)
        date = _iso_date(field_value("Datum", "Drucksache vom", "Vorlage vom")) or consultation_date
        if type_text and body and re.search(r"\bBezirksamt", type_text) and body.startswith(
            "Bezirksversammlung "
        ):
            body = "Bezirksamt " + body[len("Bezirksversammlung "):]
        hints.update(
            reference=reference, title=title, type_label=type_label, date=date,
            addressed_to=consultation_body,
        )
    else:
        committee = field_value("Gremium")
        hints.update(
            type_label=prefix or None,
            title=field_value("Bezeichnung") or rest or None,
            date=_iso_date(field_value("Datum")),
        )
        if page.startswith("to02") or field_value("TOP"):
            hints["decided_by"] = committee
            link = main.find("a", href=re.compile(r"vo0[25]0"))
            ref = re.match(r"\s*(\S*\d[-/]\d\S*)", _inline_text(link)) if link else None
            if ref:
                hints["paper_reference"] = ref.group(1)
        else:
            hints["addressed_to"] = committee
    hints["body"] = body or None
    hints = {k: v for k, v in hints.items() if v}
    if fields:
        hints["page_fields"] = fields
    return hints


_SMC_CLASSES = (
    "vobetr", "voname", "vovaname", "voakz", "vodat", "vodatum", "siname", "sigrname",
    "sidat", "siort", "tofnum", "tobetr",
)


def _sessionnet_hints(soup: Any) -> dict[str, Any]:
    fields: dict[str, str] = {}
    field_lines: dict[str, list[str]] = {}
    # classic SessionNet: <table id="smctablevorgang"><td class="smctablehead">Betreff:</td>
    for head in soup.find_all(class_="smctablehead"):
        label = _inline_text(head).rstrip(":").strip()
        sibling = head.find_next_sibling(["td", "th", "div"])
        lines = _inline_lines(sibling)
        if label and lines and label not in fields:
            fields[label] = " ".join(lines)
            field_lines[label] = lines
    # SessionNet 5: <div class="smc-table-cell vobetr">, labels in smc-cell-head cells
    by_class: dict[str, list[str]] = {}
    for cell in soup.find_all(class_="smc-table-cell"):
        classes = cell.get("class") or []
        if "smc-cell-head" in classes:
            label = _inline_text(cell).rstrip(":").strip()
            sibling = cell.find_next_sibling(class_="smc-table-cell")
            lines = _inline_lines(sibling)
            if label and lines and label not in fields:
                fields[label] = " ".join(lines)
                field_lines[label] = lines
            continue
        for name in _SMC_CLASSES:
            if name in classes and name not in by_class:
                by_class[name] = _inline_lines(cell)

    def value(classes: tuple[str, ...], labels: tuple[str, ...]) -> list[str]:
        for name in classes:
            if by_class.get(name):
                return by_class[name]
        for label in labels:
            for key, lines in field_lines.items():
                if key.lower() == label.lower():
                    return lines
        return []

    type_label = clean_type_label(" ".join(value(("vovaname",), ("Art", "Vorlagenart",
                                                                  "Vorlage-Art"))))
    hints: dict[str, Any] = {
        "reference": " ".join(value(("voname",), ("Name", "Vorlage", "Vorlagen-Nr.",
                                                  "Drucksache", "Drucksachen-Nr.", "Nummer"))),
        "type_label": type_label,
        "title": clean_title(value(("vobetr", "tobetr", "siname"), ("Betreff", "Bezeichnung")),
                             type_label),
        "date": _iso_date(" ".join(value(("vodat", "vodatum", "sidat"), ("Datum",)))),
    }
    committee = " ".join(value(("sigrname",), ("Gremium",)))
    consultation = soup.find("table", id=re.compile(r"vo0050_contenttable")) or soup.find(
        "table", class_=re.compile(r"vo0050_contenttable")
    )
    if consultation is not None:
        body, date = _first_consultation(_rows_of(consultation))
        hints["addressed_to"] = body
        hints["date"] = hints["date"] or date
    elif committee:
        hints["addressed_to"] = committee
    hints = {k: v for k, v in hints.items() if v}
    if fields:
        hints["page_fields"] = fields
    return hints

