"""Findings a document reports in words rather than numbers.

- "Eine Umfrage bei … ergab keine derartige Personalstelle … und keine der
  anwesenden Gleichstellungsbeauftragten sah …" -> two findings;
- "Lediglich bei der Polizei, dem Verein der Integrationslotsen, dem
  Jugendamt … sind … Themen rund um „Prostitution“ aufgetreten, jedoch …"
  -> one finding per named agency;
- "Die Polizei, das Jugendamt und die Schulen berichteten, dass …" -> likewise;
- "Die Gründe … wurden durch eine Befragungsaktion der … bestätigt" -> the
  confirmed statement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .common import base_form
from .text import one_line

if TYPE_CHECKING:
    from .survey_model import _Survey


@dataclass
class Finding:
    start: int  # view offsets of the passage
    end: int
    finding: str
    respondent: str | None = None


# "ergab keine …", "hat ergeben, dass …", "zeigte, dass …"
_RESULT_VERB = re.compile(
    r"\b(?:ergab(?:en)?|zeigte[n]?|brachte[n]?|hat\s+ergeben|haben\s+ergeben|hat\s+gezeigt|"
    r"(?:habe|hätte|haben|hätten)\s+(?:ergeben|gezeigt)|"
    r"ergeben\s+(?:habe|hätte|hat|haben)|gezeigt\s+(?:habe|hätte|hat|haben)|ergibt|zeigt|"
    r"kam\s+zu\s+dem\s+Ergebnis|kamen\s+zu\s+dem\s+Ergebnis)\b(?:\s*,?\s*dass\b)?\s*"
)
# Where one finding ends and another begins: "… und keine der …", "; …"
_SPLIT = re.compile(
    r"\s+(?:und|sowie)\s+(?=(?:kein(?:e|er|en|em)?|nur|alle|die\s+meisten|viele|wenige|mehr\s+als|"
    r"niemand|jede[rs]?|\d))|;\s+"
)


def result_clause(text: str, sent: tuple[int, int], after: int) -> list[Finding]:
    """Findings after a result verb that follows the survey word at ``after``."""
    s, e = sent
    m = _RESULT_VERB.search(text, after, e)
    if not m or m.start() - after > 200:
        return []
    start = m.end()
    end = e
    while end > start and text[end - 1] in ".!; \n":
        end -= 1
    if end - start < 8:
        return []
    out: list[Finding] = []
    pos = start
    for sm in _SPLIT.finditer(text, start, end):
        if sm.start() - pos >= 8:
            out.append(_finding(text, pos, sm.start()))
        pos = sm.end()
    if end - pos >= 8:
        out.append(_finding(text, pos, end))
    return out


def _finding(text: str, a: int, b: int) -> Finding:
    while a < b and text[a] in " ,\n":
        a += 1
    while b > a and text[b - 1] in " ,\n":
        b -= 1
    return Finding(a, b, one_line(text[a:b]))


# "Lediglich bei der Polizei, dem Verein …, dem Jugendamt … und den … sind … aufgetreten"
_ENUM_BEI = re.compile(
    r"^(?:(?:Lediglich|Nur|Allein|Ausschließlich|Vor\s+allem|Insbesondere|Sowohl|Auch|Einzig)\s+)?"
    r"(?:bei|von)\s+(?P<list>(?:der|dem|den|des)\s+[^.;:!?]{3,400}?)\s+"
    r"(?P<verb>sind|ist|seien|sei|wurden|wurde|gab\s+es|gibt\s+es|haben|hat|hätten|kam\s+es|kamen|waren|war)\s+"
    r"(?P<rest>[^\n]{5,}?)$",
    re.DOTALL,
)
# "Die Polizei, das Jugendamt und die Schulen berichteten / gaben an, dass …"
_ENUM_SAID = re.compile(
    r"^(?P<list>(?:Die|Der|Das)\s+[^.;:!?]{3,300}?)\s+"
    r"(?P<verb>berichteten|meldeten|gaben\s+an|teilten\s+mit|erklärten|äußerten|bestätigten|verneinten|"
    r"sahen|nannten|berichtete|meldete|gab\s+an|teilte\s+mit|erklärte|äußerte|verneinte|sah)\b,?\s*"
    r"(?P<rest>[^\n]{5,}?)$",
    re.DOTALL,
)
_ITEM_SPLIT = re.compile(r",\s+|\s+(?:und|sowie|oder)\s+(?=(?:der|die|das|dem|den|des)\s)")
_ARTICLE = re.compile(r"^(?:der|die|das|dem|den|des)\s+", re.IGNORECASE)


def enumeration(text: str, sent: tuple[int, int]) -> list[Finding]:
    """One finding per named respondent of an enumeration sentence."""
    s, e = sent
    body = text[s:e]
    flat = body.replace("\n", " ")
    m = _ENUM_BEI.match(flat) or _ENUM_SAID.match(flat)
    if not m:
        return []
    items = _items(m.group("list"))
    if not items:
        return []
    rest = m.group("rest").rstrip(" .")
    rest = re.sub(r"^dass\s+", "", rest)
    finding = one_line(rest).replace("„", "").replace("“", "").replace("”", "")
    return [Finding(s, e, finding, name) for name in items]


# Shares of the respondents, not respondents: "Die Hälfte gab an", "Die Mehrheit sah".
_SHARE_WORD = re.compile(
    r"^(?:Hälfte|Mehrheit|Minderheit|Großteil|Teil|Drittel|Viertel|Rest|Befragte\w*|meisten|Meisten|wenigsten|Übrigen)\b"
)


def _items(lst: str) -> list[str]:
    parts = [p.strip() for p in _ITEM_SPLIT.split(lst) if p and p.strip()]
    names = []
    for p in parts:
        p = _ARTICLE.sub("", p).strip()
        if not p or not p[0].isupper() or len(p.split()) > 6 or _SHARE_WORD.match(p):
            return []
        names.append(base_form(p))
    return names if len(names) >= 1 else []


# "Die Gründe für … wurden u.a. durch eine Befragungsaktion der … nochmals bestätigt."
_CONFIRMED = re.compile(r"\b(?:bestätigt|belegt|untermauert|widerlegt)\b")
_BY_SURVEY = re.compile(
    r"\s*(?:u\.\s?a\.\s+|unter\s+anderem\s+)?(?:durch|von)\s+(?:eine[rn]?|die|den|der|dem)\s+$"
)


def confirmed(text: str, sent: tuple[int, int], mention: tuple[int, int]) -> Finding | None:
    """The statement a survey confirmed, with the survey's words left out."""
    s, e = sent
    if not _CONFIRMED.search(text, mention[1], e):
        return None
    before = text[s:mention[0]]
    bm = _BY_SURVEY.search(before)
    if not bm:
        return None
    cut_start = s + bm.start()
    # the survey word's own complement: "der Bürgergesellschaft Südstadt"
    am = re.match(r"\s+(?:des|der|von|vom)\s+(?:[A-ZÄÖÜ][\wäöüß.-]*\s*)+", text[mention[1]:e])
    cut_end = mention[1] + (am.end() if am else 0)
    words = one_line(text[s:cut_start] + " " + text[cut_end:e]).rstrip(" .")
    return Finding(s, e, words)


# Reported speech: what the respondents said, told in the subjunctive of
# indirect speech ("sei", "seien", "hätten", "gebe es", "lasse sich") or
# introduced as their statement ("Nach Angaben der Befragten …").
_SUBJUNCTIVE = re.compile(
    r"\b(?:sei|seien|habe|hätte|hätten|gebe|gäbe|lasse|ließe|ließen|könne|könnten|werde|müsse|müssten|"
    r"solle|wolle|wollten|dürfe|bestehe|bestünde|fehle|fehlten|wünsche|sehe|sähen|halte|komme|liege|"
    r"zeige|nutze|brauche|bräuchten|benötige|gelte|stehe|stünden|erwarte|befürworte|lehne|bewerte|"
    r"wisse|kenne|fühle|fühlten)\b"
)
_STATEMENT = re.compile(
    r"^(?:Nach\s+(?:Angaben|Auskunft|Einschätzung|Aussage)\s+(?:der|des|aller)\b|Laut\s+(?:der\s+|dieser\s+)?"
    r"(?:Umfrage|Befragung|Abfrage|Auswertung|Rückmeldungen|Angaben)\b|Den\s+(?:Angaben|Rückmeldungen|Antworten)\s+zufolge|"
    r"Aus\s+den\s+(?:Antworten|Rückmeldungen)\b|(?:Die|Alle|Viele|Einige|Wenige)\s+(?:der\s+)?Befragten\b|"
    r"(?:Ein|Der)\s+Großteil\b|(?:Nur\s+)?(?:wenige|viele|einige)\s+(?:der\s+)?(?:Befragten|Teilnehmenden)\b|"
    r"Fast\s+alle\b|Kaum\s+jemand\b|Niemand\b|Keine[rs]?\s+der\b)",
    re.IGNORECASE,
)
# Not a finding: the sentence reports the survey itself or what is to follow.
_ABOUT_THE_SURVEY = re.compile(
    r"\b(?:durchgeführt|teilgenommen|beteiligt|angeschrieben|befragt|ausgewertet|versandt|Rücklauf\w*|geantwortet|"
    r"Fragebogen|Fragebögen)\b|\b(?:Beschluss|beschließt|beschlossen|zur\s+Kenntnis)\b"
)
_MIN_WORDS = 3
# A sentence about the results as a paper, not one of them: "Die Ergebnisse wurden dem Rat
# vorgestellt", "Über die Ergebnisse werde man bald berichten", "Die Auswertung liegt als Anlage bei".
_RESULTS_AS_PAPER = re.compile(
    r"\b(?:vorgestellt|präsentiert|veröffentlicht|einsehbar|abrufbar|nachzulesen|zusammengefasst|wiedergegeben|"
    r"beigefügt|Anlage|Anhang|nachfolgend|dargestellt|aufgeführt|aufgelistet|abgebildet|Seite[n]?\s+\d+|S\.\s?\d+|"
    r"liegt\b[^.;]{0,60}\bbei|liegen\b[^.;]{0,60}\bbei|"
    r"(?:werde|wird|werden)\b[^.;]{0,60}\b(?:informiert|berichtet|unterrichtet|vorgelegt|mitgeteilt))\b"
)


def about_results(body: str) -> bool:
    """True when a sentence speaks of the results (presented, published, to follow), not what they are."""
    return bool(_RESULTS_AS_PAPER.search(body))


_IF_THEY_COULD = re.compile(r"\s*(?:Wenn|Falls|Sofern|Könnten|Hätten|Wären)\b")


def reported_speech(text: str, sent: tuple[int, int]) -> list[Finding]:
    """Findings told in indirect speech, one per clause separated by ";"."""
    s, e = sent
    body = text[s:e]
    if body.rstrip().endswith("?") or _IF_THEY_COULD.match(body):
        return []  # ("Wenn sie anders könnten, würden …": what they would do, not what they said)
    if not (_SUBJUNCTIVE.search(body) or _STATEMENT.match(body)) or _ABOUT_THE_SURVEY.search(body) \
            or about_results(body):
        return []
    out: list[Finding] = []
    pos = s
    for m in [*re.finditer(r";\s+", body), None]:
        end = s + m.start() if m else e
        while end > pos and text[end - 1] in ".!; \n":
            end -= 1
        words = one_line(text[pos:end])
        if len(words.split()) >= _MIN_WORDS:
            out.append(Finding(pos, end, words))
        if m:
            pos = s + m.end()
    return out


def _drop_wished(surveys: list[_Survey], text: str, sents: list[tuple[int, int]]) -> None:
    """Figures hoped for or aimed at, and rules of thumb, are no findings."""
    starts = [a for a, _ in sents]
    for sv in surveys:
        kept = []
        for r in sv.results:
            k = bisect_right(starts, r["_start"]) - 1
            a, b = sents[k] if k >= 0 else (r["_start"], r["_end"])
            if _WISHED.search(text, a, b) and not _REACHED.search(text, a, b) or _JE_DESTO.match(text, a):
                continue
            if r["unit"] in ("Euro", "€") and _COSTS.search(text, a, b):
                continue  # "Die Kosten der Befragung … 3.480 Euro": what it cost, not what it found
            kept.append(r)
        sv.results = kept


# A figure aimed at or wished for is no finding: "Ziel wären 40 Prozent Rücklauf",
# "Angestrebt wird eine Rücklaufquote von nahezu 100 %", "Ziel ist ein Rücklauf von 50 %", "Man hofft auf
# 1.000 Antworten"; unless the text says it was reached ("die anvisierte Zahl von 1.000 Interviews wurde erreicht").
_WISHED = re.compile(
    r"\b(?:Wunsch|Ziel|Zielwert|Zielmarke|Hoffnung)\s+(?:ist|sei|wäre|war|bleibt|lautet)\b"
    r"|\b(?:wird|werden|wurde|ist|sei|war)\b[^.;]{0,80}\b(?:angestrebt|anvisiert|erhofft|erwartet|gewünscht)\b"
    r"|\b(?:[Aa]ngestrebt|[Aa]nvisiert|[Ee]rhofft|[Ee]rwartet|[Gg]ewünscht)\s+(?:wird|werden|wurde|ist)\b"
    r"|\b(?:hofft|hoffen)\s+(?:\w+\s+){0,3}?auf\b|\bstrebt\b[^.;]{0,80}\ban\b"
    # "Die Verwaltung hatte mit einem Rücklauf von 30 Prozent gerechnet": what was expected
    r"|\b(?:hatte[n]?|hat|haben|war|wurde)\b[^.;]{0,80}\b(?:gerechnet|kalkuliert|einkalkuliert)\b"
)
_COSTS = re.compile(r"\b(?:Kosten|kostete[n]?|kostet|Ausgaben|Porto|Druckkosten|Honorar|finanziert|Budget)\b")


_REACHED = re.compile(r"\b(?:erreicht|übertroffen|überschritten|übertraf|übertrafen|erreichte|erreichten)\b")


# "Je mehr Teilnehmer, desto / je deutlicher …": a rule of thumb, not what the survey found.
_JE_DESTO = re.compile(r"\s*[„\"]?Je\s+(?:mehr|weniger|größer|höher|kleiner|niedriger)\b")
