"""The labelled blocks of an item's body: proposal, decision, discussion,
and inside a proposal or decision its content (the Beschlusstext)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import agenda as agenda_mod
from ..common import BODY_NAME
from ..text import sentences
from ..votes import has_vote


@dataclass
class Block:
    """A labelled stretch of an item: proposal, decision, discussion or content."""

    kind: str
    start: int
    end: int
    label: str = ""  # the label as written ("Beschlussvorschlag"), empty for a decision sentence
    children: list[Block] = field(default_factory=list)


# Fields of an item's head: "Antrag: AfD", "Vorlage: 2025/0517".
_HEAD_FIELD = re.compile(r"(?:Antrag|Vorlage|Drucksache|Antragsteller(?:in)?|Berichterstatter(?:in)?)[ \t]*:[ \t]*\S")


_LABEL = re.compile(
    r"(?:[-•][ \t]*)?(?:"
    r"(?P<proposal>Beschlussvorschlag(?:[ \t]+(?:\d{1,2}|[IVX]{1,4})(?=[ \t]*:))?|Beschlussantrag|Beschlussvorlage(?=[ \t]*:)|Beschlussempfehlung|Beschlussentwurf"
    r"|Vorschlag\s+der\s+Verwaltung|Empfehlung\s+der\s+Verwaltung|Antrag\s+an\s+(?:den|die|das)\s+[^\n:]{2,40}"
    r"|Petitum|Antrag(?=[ \t]*:)|Antragstext)"
    # "Beschlussvorlage" alone is the document's type, a label only with its colon
    r"|(?P<decision>Beschlusstext|Beschlussfassung|Beschlussergebnis|Beschluss(?:\s+(?:zu[mr]?|über)\s+[^\n:]{2,60})?"
    # one of several decisions of an item: "Beschluss 2:", "2. Beschluss:", "Beschluss Nr. 3:"
    r"|Beschluss[ \t]+(?:Nr\.[ \t]*)?(?:\d{1,2}|[IVX]{1,4})(?=[ \t]*:)|\d{1,2}\.[ \t]+Beschluss(?=[ \t]*(?::|$))"
    r"|Abstimmungsergebnis(?:se)?|Abstimmungsverhalten|Ergebnis\s+der\s+Abstimmung|Abstimmung(?:\s+über\s+[^\n:]{1,40})?"
    r"|Beratungsergebnis|Abstimmungsergebnis|Abst\.[ \t-]?Ergebnis"
    r"|Beschlussart|Entscheidung|Ergebnis)"
    r"|(?P<discussion>Sachverhalt|Sachdarstellung|Sach-\s+und\s+Rechtslage|Begründung|Beratung|Beratungsverlauf"
    r"|Diskussion|Aussprache|Erläuterungen?|Wortmeldungen|Bericht|Problembeschreibung|Darstellung|Protokoll"
    r"|Finanzielle\s+Auswirkungen|Anlagen?|Ausgangslage|Hinweise?)"
    r")\b(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*(?::|$)",
    re.IGNORECASE,
)
# A paragraph whose sentence decides: a deciding verb in any form, with a
# body, its members, a vote or a passive result.
_DECIDING = re.compile(
    r"\b(?:beschließt|beschliesst|beschloss|beschlossen|beschließen"
    r"|(?:stimmt|stimmte|stimmen|stimmten)\b[^.\n]{0,160}?\bzu\b|zugestimmt"
    r"|(?:lehnt|lehnte|lehnen|lehnten)\b[^.\n]{0,160}?\bab\b|abgelehnt"
    r"|(?:nimmt|nahm|nehmen|nahmen)\b[^.\n]{0,160}?\bKenntnis\b|zur\s+Kenntnis\s+genommen"
    r"|empfiehlt|empfahl|empfehlen|angenommen|vertagt|vertagte|verwiesen|verwies|zurückgestellt|zurückgezogen"
    r"|befürwortet|befürwortete|befürworten|befürworteten|verschoben|gewählt|benannt|entsandt|gefolgt"
    r"|verabschiedet|vergeben"
    # "wird über den Antrag abgestimmt: 8 dafür, 3 dagegen" (a vote is then needed: see _DECIDER)
    r"|abgestimmt"
    r"|(?:folgt|folgte|folgen|folgten)\b[^.\n]{0,60}?\b(?:Beschlussvorschlag|Vorschlag|Beschlussempfehlung|Empfehlung)\w*"
    r"|Beschluss(?:fassung)?\s+(?:erfolgte|erfolgt|erging|ergeht)"
    # building law (§ 36 BauGB): the consent given or refused, in any order
    r"|Einvernehmen\b[^.\n]{0,40}?\b(?:erteilt|versagt|verweigert)|(?:erteilt|erteilte|erteilen|versagt|versagte"
    r"|versagen|verweigert|verweigerte)\b[^.\n]{0,60}?\bEinvernehmen)\b"
)
_DECIDER = re.compile(
    rf"\b(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:{BODY_NAME}|(?:anwesenden\s+)?(?:Mitglieder|Ausschussmitglieder|Ratsmitglieder"
    r"|Stadtverordneten|Gemeindevertreter|Kreistagsmitglieder|Bezirksverordneten))"
    r"|\b(?:wird|wurde|werden|wurden|ist|sind)\b"
)
_NOT_TAKEN = re.compile(
    r"\b(?:möge|mögen|möchte|soll|sollte|sollen|bittet|gebeten|könnte|würde|würden|wolle)\b|\?"
)
# Content of a decision: introduced by a sentence ending with a colon
# ("Der Rat beschließt:"), quoted („…“) or enumerated ("1. …", "a) …").
_INTRO_COLON = re.compile(r":[ \t]*\n")
_ENUM_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•–])[ \t]+\S", re.MULTILINE)
_QUOTED = re.compile(r"[„\"»][^„“\"»«]{40,4000}?[“\"«]")
# A line of nothing but a vote or result after the content.
_VOTE_TAIL = re.compile(
    r"\n[ \t]*(?:(?:Abstimmung|Ergebnis|Beratungsergebnis)[^\n]{0,30}:|einstimmig|mehrheitlich|\d{1,3}\s*(?:[:–-]\s*\d{1,3}\s*){1,2}$"
    r"|[^\n]{0,40}(?:Ja|Nein|Enthaltung|dafür|dagegen)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# A line of a table of fields: "Datum: Mo, 03.03.2025", "Status: öffentlich".
_FIELD_LINE = re.compile(r"[ \t]*[A-ZÄÖÜ][\wäöüß.-]*(?:[ \t][\wäöüß.-]+){0,2}[ \t]*:[ \t]*\S")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nxt = text.find("\n\n", pos, end)
        b = end if nxt < 0 else nxt
        if text[pos:b].strip():
            out.append((pos, b))
        pos = b + 2
    return out


_DECIDING_STEMS = re.compile(
    r"beschl|stimm|lehn|kenntnis|empf|angenommen|vertag|verwie|zurückge|folg|einvernehmen|befürwort|verschob|gewählt"
    r"|benannt|entsandt|gefolgt|abgestimmt|verabschiedet|vergeben"
)


def _is_decision_paragraph(par: str) -> bool:
    if len(par) > 900 or not _DECIDING_STEMS.search(par.lower()):
        return False
    if not _DECIDING.search(par) or _NOT_TAKEN.search(par):
        return False
    return bool(_DECIDER.search(par) or has_vote(par))


# A decision recorded as taken: the past or the passive of a deciding verb
# ("wurde … beschlossen", "wird zur Kenntnis genommen", "stimmte … zu").
_TAKEN = re.compile(
    r"\b(?:wird|wurde|werden|wurden|ist|sind)\b[^.\n]{0,160}?\b(?:beschlossen|zugestimmt|abgelehnt|angenommen"
    r"|genehmigt|vertagt|verwiesen|überwiesen|zurückgestellt|zurückgezogen|gewählt|bestellt|erteilt|versagt"
    r"|zur\s+Kenntnis\s+genommen|anerkannt|festgestellt|beauftragt|entsandt|benannt)\b"
    r"|\b(?:beschloss|beschlossen|stimmte|stimmten|lehnte|lehnten|nahm|nahmen|empfahl|vertagte|verwies|wählte"
    r"|wählten|erteilte|versagte|befürwortete|befürworteten|verschoben)\b"
)
_RESULT_WORD = re.compile(
    r"\b(?:einstimmig|mehrheitlich|beschlossen|zugestimmt|abgelehnt|angenommen|genehmigt|vertagt|verwiesen"
    r"|überwiesen|zurückgestellt|zurückgezogen|gewählt|Kenntnis|Zustimmung|Ablehnung|Vertagung|Verweisung"
    r"|erledigt)\b",
    re.IGNORECASE,
)


def is_record(text: str, block: Block) -> bool:
    """Whether a decision block records a decision taken in a meeting (and
    is no proposal's wording): a result field with a result or a vote, or a
    sentence with a vote, or a deciding verb in the past or the passive."""
    if block.kind != "decision":
        return False
    own = text[block.start : block.end]
    if block.label:
        # "Beschluss:" over its wording; the label alone says nothing taken.
        return bool(_RESULT_WORD.search(own) or has_vote(own) or _TAKEN.search(own))
    return bool(has_vote(own) or _TAKEN.search(own))


def _deciding_sentence(text: str, pa: int, pb: int) -> int:
    """Where the first sentence of a decision paragraph that decides begins."""
    par = text[pa:pb]
    if len(par) < 200:
        return pa
    spans = sentences(par)
    for k, (sa, sb) in enumerate(spans):
        sent = par[sa:sb]
        # (the vote may stand in the sentence after: "… beschließt die GV, … Abstimmungsergebnis: einstimmig")
        upto = spans[k + 1][1] if k + 1 < len(spans) else sb
        if _DECIDING.search(sent) and not _NOT_TAKEN.search(sent) and (_DECIDER.search(sent) or has_vote(par[sa:upto])):
            k = _introduced_from(par, spans, k)
            return pa if k == 0 else pa + spans[k][0]
    return pa


def _blocks(text: str, start: int, end: int) -> list[Block]:
    """The labelled blocks between two offsets (an item's body)."""
    # Segments from label to label; text before the first label is discussion.
    segments: list[tuple[str, int, int, str]] = []
    kind, seg_start, label = "discussion", start, ""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        m = _LABEL.match(text, pos, line_end)
        if m and _HEAD_FIELD.match(text, pos, line_end):
            m = None
        if m and (m.end() == line_end or text[m.end() - 1] == ":"):
            if pos > seg_start:
                segments.append((kind, seg_start, pos, label))
            kind = next(k for k in ("proposal", "decision", "discussion") if m.group(k))
            label = " ".join(m.group(kind).split())
            seg_start = pos
            if text[m.end():line_end].strip() and _FIELD_LINE.match(text, line_end + 1, end):
                # "Beschlussart: zur Kenntnis genommen" in a table of fields:
                # the value is the block; the fields after it are no part of it.
                segments.append((kind, pos, line_end, label))
                kind, seg_start, label = "discussion", line_end + 1, ""
        pos = line_end + 1
    if end > seg_start:
        segments.append((kind, seg_start, end, label))
    out: list[Block] = []
    for n, (kind, a, b, label) in enumerate(segments):
        if not text[a:b].strip():
            continue
        nxt = segments[n + 1] if n + 1 < len(segments) else None
        if kind == "discussion" and nxt is not None and nxt[0] == "decision" and _VOTE_LABEL.match(nxt[3]):
            # A count line closes the decision told in the sentence before it
            # ("Der Ausschuss empfiehlt dem Rat: … / Beratungsergebnis: 5 Ja-
            # Stimmen"): the sentence, what it adopts and the count line are
            # one decision passage, even inside a long paragraph.
            told = _told_before(text, a, b)
            if told is not None:
                segments[n + 1] = ("decision", told, nxt[2], "")
                b = told
                if not text[a:b].strip():
                    continue
        if kind == "discussion":
            # A decision told in a sentence stands out of the report around it.
            cur = a
            for pa, pb in _paragraphs(text, a, b):
                if _is_decision_paragraph(text[pa:pb]):
                    # The record before the deciding sentence ("Herr X
                    # erläutert … Der Ausschuss beschließt …") is discussion.
                    pa = _deciding_sentence(text, pa, pb)
                    if pa > cur and text[cur:pa].strip():
                        out.append(Block("discussion", cur, pa, label if cur == a else ""))
                    out.append(_with_content(text, Block("decision", pa, pb)))
                    cur = pb
            if b > cur and text[cur:b].strip():
                out.append(Block("discussion", cur, b, label if cur == a else ""))
        elif kind == "decision" and _VOTE_LABEL.match(label):
            # A vote result is its paragraph (and lines of counts after it);
            # what follows is the record going on.
            stop = _vote_block_end(text, a, b)
            out.append(Block(kind, a, _rstrip(text, a, stop), label))
            if text[stop:b].strip():
                out += _blocks(text, stop, b)
        else:
            stop = min(_speaker_stop(text, a, b), _voted_after(text, a, b) if kind == "proposal" else b)
            out.append(_with_content(text, Block(kind, a, _rstrip(text, a, stop), label)))
            if text[stop:b].strip():
                out += _blocks(text, stop, b)
    return out


def _introduced_from(par: str, spans: list[tuple[int, int]], k: int) -> int:
    """The first of the sentences that tell one decision: the deciding
    sentence ``k`` with the sentence that introduces it ("empfiehlt dem Rat,
    folgenden Beschluss zu / fassen:"), where the splitter cut a sentence at
    a line break that no full stop ended."""
    steps = 0
    while k > 0 and steps < 2:
        before = par[spans[k - 1][0] : spans[k - 1][1]].rstrip()
        if before.endswith((".", "!", "?")) or len(before) < 25:
            break
        k -= 1
        steps += 1
    return k


def _told_before(text: str, a: int, b: int) -> int | None:
    """Where the sentence that tells the decision a count line closes begins:
    the last sentence before the count line that decides (a body or a
    passive, a deciding verb, nothing still to do), with the sentence that
    introduces it by a colon ("empfiehlt dem Rat:"). None where the stretch
    before the count line decides nothing (or a paragraph already does)."""
    lo = max(a, b - 1500)
    tail = text[lo:b]
    if not _DECIDING_STEMS.search(tail.lower()):
        return None
    spans = sentences(tail)
    for k in range(len(spans) - 1, max(-1, len(spans) - 4), -1):
        sent = tail[spans[k][0] : spans[k][1]]
        if _DECIDING.search(sent) and not _NOT_TAKEN.search(sent) and (_DECIDER.search(sent) or has_vote(sent)):
            start = lo + spans[_introduced_from(tail, spans, k)][0]
            par = text.rfind("\n\n", a, start)
            if par >= 0 and _is_decision_paragraph(text[par + 2 : b]):
                return None  # the paragraph decides: it is its own block already
            return start
    return None


_VOTE_LABEL = re.compile(r"Abstimmung|Ergebnis|Beschlussart|Beschlussergebnis|Beratungsergebnis", re.IGNORECASE)


def _vote_block_end(text: str, a: int, b: int) -> int:
    """End of a vote result's block: its paragraph, and any following short
    paragraphs that state nothing but a vote."""
    end = text.find("\n\n", a, b)
    end = b if end < 0 else end
    while end < b:
        nxt = text.find("\n\n", end + 2, b)
        nxt = b if nxt < 0 else nxt
        par = text[end + 2 : nxt].strip()
        if not par or len(par) > 120 or not has_vote(par) or par.endswith("."):
            break
        end = nxt
    return end


def _voted_after(text: str, a: int, b: int) -> int:
    """Where a proposal ends because the record goes on with the vote on it
    ("Nach kurzer Aussprache stimmt der Rat mit 7 Ja-Stimmen zu.")."""
    for pa, pb in _paragraphs(text, a, b)[1:]:
        par = text[pa:pb]
        if has_vote(par) and _is_decision_paragraph(par):
            return pa
    return b


def _speaker_stop(text: str, a: int, b: int) -> int:
    """A labelled block ends where a speaker's words begin ("Stadträtin X
    (GRÜNE): …"): a debate after a decision is discussion."""
    for m in agenda_mod.SPEAKER.finditer(text, a, b):
        if m.start() > a:
            return m.start()
    return b


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " \t\n":
        b -= 1
    return b


_SEVERAL = re.compile(r"\b(?:Beschlüsse|Entscheidungen|Beschlussfassungen)\b")


def _with_content(text: str, block: Block) -> Block:
    """Mark the Beschlusstext inside a proposal or decision: what follows
    its introducing colon, a quoted passage, or an enumeration."""
    a, b = block.start, block.end
    body = text[a:b]
    first_nl = body.find("\n")
    # The label line itself ("Beschluss:") is no introduction.
    scan_from = first_nl + 1 if first_nl >= 0 and block.label else 0
    c0 = c1 = -1
    q = _QUOTED.search(body, scan_from)
    intro = _INTRO_COLON.search(body, scan_from)
    if intro and _SEVERAL.search(body, max(0, body.rfind("\n", 0, intro.start())), intro.start()):
        return block  # "… hat folgende Beschlüsse gefasst:": a list of decisions, each its own
    if q:
        c0, c1 = q.start(), q.end()
    elif intro and intro.start() < 400:
        c0 = intro.end()
        tail = _VOTE_TAIL.search(body, c0)
        c1 = tail.start() if tail else len(body)
    elif (en := _ENUM_LINE.search(body, scan_from)) is not None and (block.label or en.start() > 0):
        # (A paragraph that opens with a numbered line is a list of
        # decisions, or an item's number over them, not one decision's text.)
        c0 = en.start()
        tail = _VOTE_TAIL.search(body, c0)
        c1 = tail.start() if tail else len(body)
    if c0 >= 0 and c1 > c0 and body[c0:c1].strip():
        while c0 < c1 and body[c0] in " \t\n":
            c0 += 1
        c1 = _rstrip(body, c0, c1)
        block.children.append(Block("content", a + c0, a + c1))
    return block
