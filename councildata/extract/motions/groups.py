"""A group's motions named by "the Fraktion" and a group's page listing its
motions one dated line each."""

from __future__ import annotations

import re
from typing import Any

from ..dates import DATE_PATTERN
from ..text import one_line
from .common import cand, iso, submitter

# -- a group's motions named by "the Fraktion" -----------------------------------------

# "Der erste Antrag der Fraktion betrifft …", "Ein weiterer Antrag unserer Fraktion …",
# "Antrag der Fraktion vom 12.03.2024: <title>": the group named last before moves it
# (a group's page, a report on one group's motions).
_BARE_GROUP = re.compile(
    r"(?P<kind>[Aa]ntrag)[ \t]+(?:der|unserer)[ \t]+"
    r"(?:Fraktion|Gruppe|Ratsgruppe|Kreistagsfraktion|Stadtratsfraktion|Gemeinderatsfraktion)(?![\wäöüß-])"
    r"(?![ \t]*(?:[A-ZÄÖÜ„\"(]|der\s+[A-ZÄÖÜ]|des\s+|im\s+|in\s+der\s+))"
)
# A group named in full: "Die Fraktion Bürger für X/Freie Wähler (BfX/FW)", "die SPD-Fraktion".
_FULL_GROUP = re.compile(
    r"(?<![\wäöüß-])(?:(?:Fraktion|Gruppe|Ratsgruppe)[ \t]+(?:der[ \t]+)?(?P<a>[A-ZÄÖÜ„\"][^\n.;:,]{1,100})"
    r"|(?P<b>[A-ZÄÖÜ][\wÄÖÜäöüß/+.&]*-(?:Stadtrats|Kreistags|Gemeinderats|Rats)?[Ff]raktion))"
)


_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:]\s+|\n)[ \t]*(?:Die|Der)\s+$")


def _group_before(text: str, pos: int) -> str | None:
    """The group "the Fraktion" means: the last one named as a sentence's
    subject ("Die Fraktion X wird … einbringen"), else the last one named
    ("… wird von der Fraktion Y unterstützt" only supports)."""
    found = subject = None
    for g in _FULL_GROUP.finditer(text, max(0, pos - 3000), pos):
        if g.group("b"):
            who = submitter(g.group("b"), whole=True)
        else:
            head = text[g.start():g.start("a")]
            who = submitter(head + g.group("a"), whole=False)
        if who:
            found = who
            if _SUBJECT_BEFORE.search(text, max(0, g.start() - 12), g.start()):
                subject = who
    return subject or found


# What may stand right before "antrag" in a motion word of its own: nothing, or a kind.
_KIND_PREFIX = re.compile(r"(?:(?<![\wäöüß-])|(?<![\wäöüß-])(?:Änderungs|Ergänzungs|Dringlichkeits|Prüf|Zusatz))$")
_ONE_OF_SEVERAL = re.compile(r"(?:erste|zweite|dritte|vierte|fünfte|weitere|andere|nächste|letzte)[nrs]?\s+$")


def bare_group(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if "ntrag" not in text:
        return out
    for m in _BARE_GROUP.finditer(text):
        prefix = _KIND_PREFIX.search(text, max(0, m.start() - 16), m.start())
        if prefix is None:
            continue  # inside another word ("Förderantrag der Fraktion")
        start = prefix.start()
        who = _group_before(text, start)
        if not who and m.group().split()[1] == "unserer" and not _FULL_GROUP.search(text):
            # "ein Dringlichkeitsantrag unserer Fraktion" on a page that names no group:
            # the writers' own, as written
            who = one_line(text[m.start() + len(m.group("kind")):m.end()].strip())
        if who:
            kind = prefix.group() + m.group("kind")
            # "Der erste Antrag …", "Ein weiterer Antrag …": one of several, each a motion of its own
            counted = bool(_ONE_OF_SEVERAL.search(text, max(0, start - 20), start))
            out.append(cand(start, m.end(), "motion.group", 0.6, who, kind[0].upper() + kind[1:],
                            distinct=counted))
    return out


# -- a group's list of its motions --------------------------------------------------

# One line per motion on a group's page, dated: "12.03.2024 Antrag: <title>",
# "Antrag vom 04.06.2024 – <title>", "04.06.2024 | Änderungsantrag | <title>".
_DATED_MOTION_LINE = re.compile(
    rf"^[ \t]*(?:(?P<date>{DATE_PATTERN})[ \t]*[-–—:|]?[ \t]*)?"
    r"(?P<kind>(?:Änderungs|Ergänzungs|Dringlichkeits|Prüf|Zusatz)?[Aa]ntrag)"
    rf"(?:[ \t]+vom[ \t]+(?P<date2>{DATE_PATTERN}))?[ \t]*[:–—|-][ \t]*(?P<title>[A-ZÄÖÜ„\"][^\n]{{2,160}})$",
    re.MULTILINE,
)
# A page that is one group's: its first lines name it ("SPD-Fraktion im Stadtrat",
# "Fraktion Bündnis 90/Die Grünen – Unsere Anträge").
_HEAD_LINES = 4


def page_group(text: str, n_lines: int = _HEAD_LINES) -> str | None:
    """The one group a page's first lines name, or None."""
    lines = [ln for ln in text[:600].split("\n") if ln.strip()][:n_lines]
    head = "\n".join(lines)
    groups = {submitter(g.group("b"), whole=True) if g.group("b") else
              submitter(head[g.start():g.start("a")] + g.group("a"), whole=False)
              for g in _FULL_GROUP.finditer(head)}
    groups.discard(None)
    return next(iter(groups)) if len(groups) == 1 else None


def group_list(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if "ntrag" not in text:
        return out
    who = page_group(text)
    if who is None:
        return out
    for m in _DATED_MOTION_LINE.finditer(text):
        date = m.group("date") or m.group("date2")
        if not date:
            continue
        kind = m.group("kind")
        out.append(cand(m.start(), m.end(), "motion.group_list", 0.7, who, kind[0].upper() + kind[1:],
                        date=iso(date), title=one_line(m.group("title")).strip()))
    return out


# -- "we" on a group's page -----------------------------------------------------------

# "Wir haben einen Antrag zur … gestellt", "… haben wir daher einen eigenen Antrag
# eingebracht", "Auch wenn wir unseren Antrag zurückgezogen haben": on a page that is one
# group's (its first lines name it), "we" is that group. Its own motion, not "den Antrag der X".
_WE_MADE = re.compile(
    r"(?<![\wäöüß])[Ww]ir\s+(?:[^.;:!?\n]{0,80}?\s)?(?:einen|unseren|folgenden|ein|eine)\s+"
    r"(?:(?:eigenen|weiteren|gemeinsamen|neuen|entsprechenden)\s+)?"
    r"(?P<kind>(?:Änderungs|Ergänzungs|Dringlichkeits|Prüf|Zusatz)?[Aa]ntrag)(?![\wäöüß-])"
    r"(?!\s+(?:der|des|von)\s+[A-ZÄÖÜ])"
    r"[^.;:!?]{0,160}?(?<![\wäöüß])(?P<verb>gestellt|eingebracht|eingereicht|vorgelegt|zurückgezogen)(?![\wäöüß])"
)


def we_made(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if "ntrag" not in text or "ir " not in text:
        return out
    matches = list(_WE_MADE.finditer(text))
    # (its first two lines: the report's own text below may name other groups' motions)
    who = page_group(text, 2) if matches else None
    if who is None:
        return out
    for m in matches:
        kind = m.group("kind")
        out.append(cand(m.start(), m.end(), "motion.we", 0.6, who, kind[0].upper() + kind[1:]))
    return out
