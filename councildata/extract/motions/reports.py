"""Motions reported rather than moved: a speaker telling in a debate of a motion
his faction made, a motion told by its fate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import orgs
from ..text import sentences
from .common import INQUIRY, cand, submitter

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



# -- a motion told by its fate, its mover after the verb -------------------------------

# "Mit ihrem Antrag auf Senkung der Gebühren scheiterte die AfD im Stadtrat", "Mit zwei
# weiteren Beschlussanträgen kam die Fraktion X nicht durch", "Mit seinem Änderungsantrag
# setzte sich der SPD-Fraktionschef nicht durch" (a person by office is no group: skipped).
_FATE_MOTION = re.compile(
    r"(?<![\wäöüß])Mit[ \t]+(?:(?:ihrem|seinem|einem|ihren|seinen|zwei|drei|mehreren|weiteren|dem|den)[ \t]+){1,2}"
    r"(?:[a-zäöüß]+en[ \t]+)?(?P<kind>(?:Beschluss|Änderungs|Ergänzungs|Dringlichkeits|Zusatz|Prüf)?[Aa]ntr(?:ag|ägen))\b"
    r"[^.;]{0,160}?\b(?:scheiterte|scheiterten|kam|kamen|setzte|setzten|konnte|konnten|blieb|blieben|fand|fanden)\b"
    r"[ \t\n]+(?:[a-zäöüß]+[ \t\n]+){0,2}?(?:die|der)[ \t\n]+(?P<who>[A-ZÄÖÜ][^\s,.;:]*(?:[ \t]+[A-ZÄÖÜ][^\s,.;:]*)?)"
)


def fate(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if "Mit " not in text or "ntr" not in text:
        return out
    for m in _FATE_MOTION.finditer(text):
        who = submitter(m.group("who"), whole=False)
        if not who:
            continue
        kind = m.group("kind")
        kind = "Antrag" if kind.lower().startswith(("antr", "beschlussantr")) else kind[: kind.lower().index("antr")] + "antrag"
        out.append(cand(m.start(), m.start("who") + len(who), "motion.fate", 0.6, who, kind))
    return out
