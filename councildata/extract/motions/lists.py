"""Several motions named together: one submitter's motions by date, several
submitters' motions in one plural, a headed list of motions one line each."""

from __future__ import annotations

import re
from typing import Any

from ..dates import DATE_PATTERN
from .common import cand, iso, submitter

# "Anträge der FW-Stadtratsfraktion vom 02.03.2021, vom 16.03.2021 und vom 04.05.2021"
_PLURAL = re.compile(
    rf"(?<![\w-])(?:Anträge|Änderungsanträge|Ergänzungsanträge)[ \t]+(?:der|des|von)[ \t]+(?P<who>[^\n,;:()]{{2,80}}?)"
    rf"(?P<dates>[ \t]+vom[ \t]+{DATE_PATTERN}(?:[ \t]*(?:,|und|sowie)[ \t]*(?:vom[ \t]+)?{DATE_PATTERN})+)"
)

_DATE_IN_LIST = re.compile(rf"(?:vom[ \t]+)?{DATE_PATTERN}")


def plural(text: str) -> list[dict[str, Any]]:
    """Several motions of one submitter named together, one per date."""
    out = []
    if "nträge " not in text:
        return out
    for m in _PLURAL.finditer(text):
        who = submitter(m.group("who"), whole=True)
        if not who:
            continue
        kind = "Änderungsantrag" if m.group(0).startswith("Änderung") else (
            "Ergänzungsantrag" if m.group(0).startswith("Ergänzung") else "Antrag")
        for k, dm in enumerate(_DATE_IN_LIST.finditer(text, m.start("dates"), m.end("dates"))):
            start = m.start() if k == 0 else dm.start()
            out.append(cand(start, dm.end(), "motion.plural", 0.8, who, kind, date=iso(dm.group())))
    return out


# -- several submitters' motions named together --------------------------------

# "Anträge der Fraktionen SPD und CDU", "die Änderungsanträge der CDU-Fraktion und
# der SPD-Fraktion", "Anträge von SPD, GRÜNEN und FDP": one motion per submitter.
# The plural motion words that name several motions at once.
_PLURAL_KINDS = r"Anträge|Änderungsanträge|Ergänzungsanträge|Dringlichkeitsanträge|Zusatzanträge"
_LIST = re.compile(
    rf"(?<![\wäöüß-])(?P<kind>{_PLURAL_KINDS})"
    r"[ \t]+(?:der|des|von(?:[ \t]+(?:der|den))?)[ \t]+(?P<who>[^\n.;:()]{2,160})"
)
# Where a list of submitters ends: the first word in lower case that does not
# join two names ("und", "der") — "… und CDU zur Radverkehrsplanung".
_LIST_END = re.compile(r"\s(?!(?:und|sowie|der|den|des|von)\s)(?=[a-zäöüß])|\s+vom\s")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:und|sowie|&)\s+")
_LIST_ARTICLE = re.compile(r"^(?:(?:der|die|den|des|von)\s+)+")
_JOINT = re.compile(r"^(?:Fraktionen|Gruppen|Ratsfraktionen|Kreistagsfraktionen|Gemeinderatsfraktionen)\s+(?:von\s+|der\s+)?")


# "Anträge zur Tagesordnung", "00 Dringlichkeitsanträge" as a heading line, then one line per
# motion led by its mover: "CDU: Absetzung von TOP 7".
_LIST_HEAD = re.compile(
    r"^[ \t]*(?:(?:TOP|Ö|N)?[ \t]*\d{1,3}(?:\.\d{1,3})*\.?[ \t]+)?"
    rf"(?P<kind>{_PLURAL_KINDS})"
    r"(?:[ \t]+zur[ \t]+Tagesordnung)?[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
_MOVER_LINE = re.compile(r"[ \t]*(?P<who>[^\n:]{2,60}?)[ \t]*:[ \t]+(?P<title>[^\n]+)")


def headed_list(text: str) -> list[dict[str, Any]]:
    """Motions listed under a heading of their own, one line each, its mover before a
    colon; the list ends at the first line that does not start with a mover."""
    out: list[dict[str, Any]] = []
    if "nträge" not in text:
        return out
    for h in _LIST_HEAD.finditer(text):
        kind = "Antrag" if h.group("kind") == "Anträge" else h.group("kind")[:-7] + "antrag"
        pos = h.end()
        while True:
            while pos < len(text) and text[pos] in "\r\n \t\xa0":
                pos += 1
            m = _MOVER_LINE.match(text, pos)
            who = m and submitter(m.group("who"), whole=True)
            if not who:
                break
            out.append(cand(m.start("who"), m.end("title"), "motion.headed_list", 0.7, who, kind,
                            title=m.group("title").strip()))
            pos = m.end()
    return out


def listed(text: str) -> list[dict[str, Any]]:
    """Several submitters' motions named in one plural: one row each, the
    first quoting the plural, the others their own name. One submitter's
    motions named without their dates ("Anträge der SPD/FDP-Gruppe") are
    one row: the document does not say how many there are."""
    out: list[dict[str, Any]] = []
    if "nträge " not in text:
        return out
    for m in _LIST.finditer(text):
        region = m.group("who")
        stop = _LIST_END.search(region)
        if stop and stop.group().strip() == "vom":
            continue  # "Anträge der X vom D1 und vom D2": one submitter's, read by plural()
        region = region[: stop.start()] if stop else region
        # "Anträge der SPD/FDP-Gruppe – siehe Vorlage …": a dash ends the names
        region = re.split(r"\s[–—-]\s|\s[–—-]?$", region, maxsplit=1)[0]
        base = m.start("who")
        parts: list[tuple[int, int, str]] = []
        pos = 0
        for sep in [*_LIST_SPLIT.finditer(region), None]:
            end = sep.start() if sep else len(region)
            raw = region[pos:end]
            lead = len(raw) - len(raw.lstrip())
            raw = raw.strip()
            cut = _LIST_ARTICLE.match(raw)
            jm = _JOINT.match(raw[cut.end():] if cut else raw)
            skip = (cut.end() if cut else 0) + (jm.end() if jm else 0)
            name = raw[skip:].strip()
            if name:
                parts.append((base + pos + lead + skip, base + pos + lead + len(raw), name))
            if sep:
                pos = sep.end()
        names = [(s, e, submitter(n, whole=True)) for s, e, n in parts]
        if not names or not all(who for _, _, who in names):
            continue
        kind = "Antrag" if m.group("kind") == "Anträge" else m.group("kind")[:-7] + "antrag"
        for i, (s, e, who) in enumerate(names):
            out.append(cand(m.start() if i == 0 else s, e, "motion.list", 0.7, who or "", kind))
    return out
