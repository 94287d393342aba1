"""Motions made or reported in a meeting: in a debate, on behalf of a faction,
and several motions named together."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import orgs
from ..dates import DATE_PATTERN
from ..text import sentences
from .common import INQUIRY, cand, iso, raw_len, submitter, trim_phrase

if TYPE_CHECKING:
    from .. import Context


# Debate: "Stadtrat Bauer (GRÜNE):" introduces a speaker and the faction.
_SPEAKER = re.compile(
    r"^(?:Stadtr(?:at|ätin)|Ortschaftsr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreisr(?:at|ätin)|Bezirksabgeordnete[rn]?|"
    r"Kreistagsabgeordnete[rn]?|Herr|Frau)\s+(?:Dr\.\s+)?[^\n():]{1,40}?\((?P<party>[^()\n]{1,40})\)\s*:",
    re.MULTILINE,
)


_SPEECH_MOTION = re.compile(
    r"\b(?:einen|einem|den)\s+(?:gemeinsamen\s+)?(?P<kind>Antrag|Änderungsantrag|Ergänzungsantrag)\b"
)


_SPEECH_VERB = re.compile(r"\b(?:eingebracht|gestellt|eingereicht|vorgelegt|aufgegriffen)\b")


_SPEECH_SUBJECT = re.compile(r"\b(?:die|der)\s+(?P<who>[A-ZÄÖÜ][\wÄÖÜäöüß.|/-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß.-]*)?)")


_WITH_PARTNER = re.compile(r"\bmit\s+(?:der|den)\s+(?P<who>[A-ZÄÖÜ][\wÄÖÜäöüß.|/-]*(?:\s+[A-ZÄÖÜ][\wÄÖÜäöüß.-]*)?)\s+(?:gemeinsam|zusammen)")


_WE = re.compile(r"\b(?:wir|unsere[nmrs]?)\b")


# "Anträge der GRÜNEN-Stadtratsfraktion vom 01.10.2020, vom 09.10.2020 und vom 20.11.2020"
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


# "Mitglied Stiller beantragt namens der Fraktion Bündnis 90/Die Grünen die Stelle …"
_ON_BEHALF = re.compile(
    r"\bbeantragt(?:e|en)?[ \t]+(?:namens|im[ \t]+Namen)[ \t]+(?:der|des)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:]{1,80})"
)


_ON_BEHALF_REST = re.compile(r"[ \t]+(?P<t>[^\n.;:]{3,150})")


def on_behalf(text: str) -> list[dict[str, Any]]:
    """A motion made in the meeting on behalf of a faction."""
    out = []
    if "namens" not in text and "Namen " not in text:
        return out
    for m in _ON_BEHALF.finditer(text):
        who = submitter(m.group("who"), whole=False)
        if not who:
            continue
        who_end = m.start("who") + raw_len(m.group("who"), who)
        rest = _ON_BEHALF_REST.match(text, who_end)
        title = trim_phrase(rest.group("t")) if rest else None
        out.append(cand(m.start(), who_end, "motion.on_behalf", 0.7, who, "Antrag", title=title))
    return out


def speech(ctx: Context, text: str) -> list[dict[str, Any]]:
    """Motions a speaker reports: "… haben wir daher mit der CDU-Fraktion
    gemeinsam einen Antrag eingebracht", "hat aber die CDU das Thema wieder
    aufgegriffen mit einem Antrag"."""
    speakers = [(m.start(), m.group("party")) for m in _SPEAKER.finditer(text)]
    if not speakers:
        return []
    out: list[dict[str, Any]] = []
    first_speaker = speakers[0][0]
    for start, end in sentences(text[first_speaker:]):
        start += first_speaker
        end += first_speaker
        sent = text[start:end]
        mm = _SPEECH_MOTION.search(sent)
        if not mm or not _SPEECH_VERB.search(sent) or INQUIRY.search(sent):
            continue
        clause = sent[: mm.start()]
        parties: list[str] = []
        partner = _WITH_PARTNER.search(clause)
        we = list(_WE.finditer(clause))
        if we and mm.start() - we[-1].end() <= 70:
            # "… haben wir daher mit der CDU-Fraktion gemeinsam einen Antrag eingebracht"
            speaker = next((p for s, p in reversed(speakers) if s < start), None)
            if speaker and orgs.party_names(speaker, acronyms=True):
                parties.append(speaker)
            if partner and submitter(partner.group("who"), whole=False):
                parties.append(submitter(partner.group("who"), whole=False) or "")
        else:
            for sm in _SPEECH_SUBJECT.finditer(clause):
                who = submitter(sm.group("who"), whole=False)
                if who and orgs.resolve(who) and orgs.party_names(who):
                    parties = [who]
                    break
        parties = [p for p in parties if p]
        if not parties:
            continue
        who = ", ".join(parties)
        kind = mm.group("kind")
        out.append(cand(start, end, "motion.speech", 0.5, who, kind))
    return out
