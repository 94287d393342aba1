"""Motions made or reported in a meeting: in a debate, on behalf of a faction,
and several motions named together."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import orgs
from ..dates import DATE_PATTERN
from ..text import one_line, sentences
from .paper import is_motion_paper
from .common import COUNCILLOR, GO_MOTION, KIND_WORDS, PROCEDURAL, PROCEDURAL_VERB, PERSON, kind_of, INQUIRY, cand, iso, raw_len, submitter, trim_phrase

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

# "Mitglied Lange beantragt namens der Fraktion Bündnis 90/Die Grünen eine Prüfung …"
_ON_BEHALF = re.compile(
    r"\bbeantragt(?:e|en)?[ \t]+(?:namens|im[ \t]+Namen)[ \t]+(?:der|des)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:]{1,80})"
)

# "Namens der SPD-Fraktion beantrage ich, …", "Im Namen der Gruppe X stellen wir
# folgenden Antrag": a motion letter's writer moves for the faction.
_ON_BEHALF_FIRST = re.compile(
    r"(?<![\wäöüß])(?:[Nn]amens|[Ii]m[ \t]+Namen)[ \t]+(?:der|des)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:,]{1,80}?)[ \t]*,?[ \t]+"
    r"(?:beantrage|beantragen|stelle|stellen|bringe|bringen|reiche|reichen)[ \t]+(?:ich|wir)\b"
)

_ON_BEHALF_REST = re.compile(r"[ \t]+(?P<t>[^\n.;:]{3,150})")


def on_behalf(text: str) -> list[dict[str, Any]]:
    """A motion made in the meeting on behalf of a faction."""
    out = []
    if "amens" not in text and "Namen " not in text:
        return out
    for m in _ON_BEHALF.finditer(text):
        who = submitter(m.group("who"), whole=False)
        if not who:
            continue
        who_end = m.start("who") + raw_len(m.group("who"), who)
        rest = _ON_BEHALF_REST.match(text, who_end)
        title = trim_phrase(rest.group("t")) if rest else None
        # "beantragt namens der FDP-Fraktion, getrennt abzustimmen": what only a procedural motion asks
        ce = _CLAUSE_END.search(text, who_end, min(len(text), who_end + 300))
        asked = text[who_end:ce.start() if ce else min(len(text), who_end + 300)]
        kind = "Geschäftsordnungsantrag" if (PROCEDURAL.match(asked.lstrip(" ,")) or PROCEDURAL_VERB.search(asked)) else "Antrag"
        out.append(cand(m.start(), who_end, "motion.on_behalf", 0.7, who, kind, title=title))
    for m in _ON_BEHALF_FIRST.finditer(text):
        who = submitter(m.group("who"), whole=True)
        if who:
            out.append(cand(m.start(), m.end(), "motion.on_behalf", 0.7, who, "Antrag"))
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


# -- motions made in the meeting ---------------------------------------------

# The verbs of moving a motion: "beantragt …", "bringt den Antrag ein",
# "stellt den Antrag (…) vor", "stellt den Antrag, …", "begründet den Antrag".
_MOVE_VERB = re.compile(
    # The lookahead lets the engine skip most characters in one test.
    r"(?=[bsezhärlfv])(?<![\wäöüß])(?P<verb>beantragt(?:e|en)?|beantragen|bring(?:t|en)|brachten?|stell(?:t|te|en|ten)"
    r"|reich(?:t|en|te|ten)|leg(?:t|en|te|ten)"
    r"|begründe(?:t|te|ten|n)|erläuter(?:t|te|ten|n)|erklärt(?:e|en)?"
    # a mover's own motion withdrawn, upheld or changed: "zieht ihren Antrag zurück"
    r"|zieh(?:t|en)|zog(?:en)?|hält|halten|hielt(?:en)?|änder(?:t|te|ten|n)|ergänz(?:t|te|ten|en)"
    # a demand made as a motion: "fordern in einem Antrag", "verlangte mit ihrem Antrag"
    r"|forder(?:t|te|ten|n)|verlang(?:t|te|ten|en))(?![\wäöüß])"
)
# A clause ends at a sentence end, a semicolon, a colon or a blank line;
# "Dr." and "Nr." do not end it.
# Abbreviations do not end it either ("Vertreterinnen bzw. Vertreter", "u. a.", "ggf.").
_CLAUSE_END = re.compile(
    r"(?<!\bDr)(?<!\bNr)(?<!\bProf)(?<!\bbzw)(?<!\bggf)(?<!\bevtl)(?<!\bvgl)(?<!\bca)(?<!\bAbs)(?<!\bSt)"
    r"(?<!\b[a-zA-Z]\.[a-zA-Z])(?<!\b[uzd])(?:[;:!?]|(?<!\d)\.|(?<=\d)(?<!\d\.\d)(?<!\d\.\d\d)\.(?!\s+[a-zäöüß]))(?=\s|$)|\n[ \t]*\n"
)
# (An ordinal's dot does not end a clause: "… die TO um Punkt 4.2. zu ergänzen", "… um den
# TOP 3.1. Hochwasser zu erweitern": a number with dots inside, or a dot before a lower-case word.)
# The faction a councillor moves for: "für die SPD-Fraktion", "namens der Fraktion X".
_FOR_FACTION = re.compile(r"\b(?:für\s+die|namens\s+der|im\s+Namen\s+der)\s+(?P<who>[A-ZÄÖÜ][^,;:.\n]{1,60})")
_FACTION_SUBJECT = re.compile(r"(?<![\wäöüß])(?:[Dd]ie|[Dd]er)\s+(?P<who>[A-ZÄÖÜ][^\n.;:,()]{1,60}?(?:\([^()\n]{1,30}\))?)\s*$")
_PERFECT_SUBJECT = re.compile(
    rf"(?:(?P<p>{PERSON})|(?<![\wäöüß])(?:[Dd]ie|[Dd]er)\s+(?P<f>[A-ZÄÖÜ][^\n.;:,()]{{1,60}}?))"
    r"\s+(?:hat|hatte|haben|hatten)\b(?:[^.;:\n]|\.(?=\d)|(?<=\d)\.){0,100}$"
)
_LETTER_OF = re.compile(rf"\b[Mm]it\s+(?:Schreiben|E-Mail|Mail|Antrag|Brief)\s+vom\s+(?P<date>{DATE_PATTERN})")
# "Herr Schmidt", "Frau Dr. Roth": no council title, no faction.
_BARE_PERSON = re.compile(r"(?:Herrn?|Frau)\s+(?:(?:Dr\.|Prof\.)\s*)*[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?")
_BODY_NOT_PERSON = re.compile(r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]as|des|dem)\s+$")
_PERSON_SUBJECT = re.compile(rf"(?P<who>{PERSON})\s*$")
# The motion word a verb takes: "den Antrag", "seinen Änderungsantrag", "einen
# Antrag zur Geschäftsordnung" — a few words at most before it.
_OBJECT_KIND = re.compile(rf"^\s*(?:[\wäöüß-]+\s+){{0,3}}?(?P<kind>(?i:{KIND_WORDS}))(?![\wäöüß-])")
_REASONS_FOR = re.compile(r"^\s*(?:die\s+)?Gründe\s+(?:für\s+den\s+Antrag|zur\s+Antragstellung)")
_OF_SOMEONE = re.compile(r"\s+(?:der|des|von)\s+[A-ZÄÖÜ]")
# The verb's particle ends its clause or a first clause joined by "und":
# "bringt den Antrag ein und begründet ihn", "stellt den Antrag vor, …".
_PARTICLE_END = r"(?=\s*(?:$|[,(–]|-\s|(?:und|sowie|bzw\.|oder)\s))"
# "beantragt im Namen ihrer Fraktion die Vertagung"
_OWN_FACTION = re.compile(r"^\s*(?:namens|im\s+Namen|für)\s+(?:ihrer|seiner|unserer|ihre|seine|unsere)\s+Fraktion")
_OWN = re.compile(r"(?<![\wäöüß])(?:ihren|seinen|unseren|den\s+eigenen)\s")
_BACK_PARTICLE = re.compile(rf"(?<![\wäöüß])zurück{_PARTICLE_END}")
_UPHOLD_PARTICLE = re.compile(rf"(?<![\wäöüß])aufrecht{_PARTICLE_END}")
_IN_PARTICLE = re.compile(rf"(?<![\wäöüß])ein{_PARTICLE_END}")
_OUT_PARTICLE = re.compile(rf"(?<![\wäöüß])vor{_PARTICLE_END}")
# "stellt den Antrag, …", "stellt einen Antrag auf Vertagung", "… zur Geschäftsordnung"
# The comma before the motion's infinitive clause is often left out in minutes:
# "stellt den Antrag die Tagesordnung um Punkt 7.1 zu erweitern", "… den Punkt
# abzusetzen", "… dass …" (the infinitive ends the clause);
# the infinitive must come before any comma ("stellt den Antrag vor, um ihn zu
# erläutern" presents one).
_MAKES = re.compile(
    r"\s*(?:,|auf\b|zur\s+Geschäftsordnung|\s*$"
    r"|\s(?=(?:[^.;:,!?\n]|(?<=\d)\.(?=\d|\s+[a-zäöüß])|(?<=\d\.\d)\.|(?<=\d\.\d\d)\.){1,150}?(?<![\wäöüß])(?:zu\s+[a-zäöüß]+|[a-zäöüß]{2,}zu[a-zäöüß]{2,})"
    r"(?:en|ern|eln)\s*(?:[.;!?,]|$|(?:und|sowie|oder)\s))"
    r"|\s+(?=dass\b|daß\b))"
)
# "stellt einen Dringlichkeitsantrag zur Installation einer Filteranlage": a motion made,
# named by its subject after an indefinite article ("stellt den Antrag zur Abstimmung" puts
# one to the vote).
_A_MOTION = re.compile(r"\s*(?:einen|eine|ein|den|seinen|ihren|diesen)\s+$")
_MAKES_ABOUT = re.compile(
    r"\s+(?:zu[rm]|über|für|betreffend|bezüglich|hinsichtlich)\s+"
    r"(?!(?:Abstimmung|Diskussion|Debatte|Beratung|Beschlussfassung|Entscheidung|Verfügung|Kenntnis|Kenntnisnahme)\b)"
)
# A faction named by its word and a name the gazetteer may not know, up to the first lower-case word.
_NAMED_FACTION = re.compile(r"(?:Fraktion|Gruppe|Ratsgruppe)\s+[A-ZÄÖÜ][\wäöüß/-]*(?:\s+[A-ZÄÖÜ][\wäöüß/-]*){0,2}(?=\s+[a-zäöüß]|\s*$)")
_OBJECT_START = re.compile(rf"\s(?=(?:den|einen|folgenden|seinen|ihren|diesen)\s+(?:[\wäöüß-]+\s+)?(?i:{KIND_WORDS})(?![\wäöüß-]))")
_DEFINITE = re.compile(r"\s*(?:den|diesen|ihren|seinen|unseren)\s+(?:[\wäöüß-]+\s+)?$")
_PASSIVE = re.compile(r"(?:wird|wurde|werden|wurden|worden|ist|sind|war|waren)\s*$")


# The agent of a passive request: "Von der SPD-Fraktion wird beantragt", "Seitens der CDU
# wurde beantragt", "Es wird von Stadtrat Meier (FDP) beantragt".
_AGENT = re.compile(
    r"(?<![\wäöüß])(?:[Vv]on|[Ss]eitens)\s+(?:(?:der|des|den|dem)\s+)?(?P<who>[A-ZÄÖÜ][^\n.;:,]{1,80}?)\s+"
    r"(?:wird|wurde|werden|wurden)\s+(?:(?:daher|deshalb|zudem|ebenfalls|außerdem|nun|dann|nochmals|erneut)\s+)?$"
    r"|(?:wird|wurde|werden|wurden)\s+(?:[a-zäöüß]+\s+)?(?:von|seitens)\s+(?:(?:der|des|den|dem)\s+)?"
    r"(?P<who2>[A-ZÄÖÜ][^\n.;:,]{1,80}?)\s+$"
)
# The agent of a passive request with its object before the participle: "Von den
# Fraktionen CDU, AfD und Freie Wähler wurde die Absetzung des Punktes beantragt".
_AGENT_OBJECT = re.compile(
    r"(?<![\wäöüß])(?:[Vv]on|[Ss]eitens)\s+(?:(?:der|des|den|dem)\s+)?(?P<who>[A-ZÄÖÜ][^\n.;:!?]{1,80}?)\s+"
    r"(?:wird|wurde|werden|wurden)\s+(?:(?:daher|deshalb|zudem|ebenfalls|außerdem|nun|dann|nochmals|erneut)\s+)?"
    r"(?:die|der|das|den|eine[nr]?|ein)\s+[^.;:!?\n]{1,120}?\s+$"
)
# A pronoun subject that refers to the person who leads the sentence before:
# "Der Bürgermeister X eröffnet die Sitzung. Er stellt … fest und beantragt …".
_PRONOUN_CLAUSE = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?:Er|Sie)\s+[^.;:!?]{0,160}$")
_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bNr)(?<!\bProf)[.!?](?=\s)|\n[ \t]*\n")
_LEADING_PERSON = re.compile(rf"(?:^|(?<=[.!?])\s+|\n)(?:(?:Der|Die)\s+)?(?P<who>{PERSON})\s+[a-zäöüß]")
# Factions named without an article at a sentence's start: "SPD und Grüne beantragen, …"
_BARE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)(?P<who>[A-ZÄÖÜ][^\n.;:,()]{1,60}?)\s*$")


def _agent(s: str) -> str | None:
    """A passive request's agent: a councillor by title or a faction."""
    pm = re.fullmatch(PERSON, s.strip())
    if pm and not _BARE_PERSON.fullmatch(s.strip()):
        return one_line(s.strip())
    return submitter(s, whole=True)


# "fordert in einem Antrag", "verlangte mit ihrem Dringlichkeitsantrag", "fordern per Antrag"
_IN_A_MOTION = re.compile(
    r"\s*(?:(?:nun|jetzt|erneut|deshalb|daher|auch)\s+)?(?:in|mit|per)\s+(?:einem|ihrem|seinem|dem|einem\s+gemeinsamen)?\s*"
    r"[\wäöüß-]*[Aa]ntrag\b"
)


def moved_in_meeting(ctx: Context, text: str) -> list[dict[str, Any]]:
    """A councillor, office holder or faction moving a motion in the meeting:
    "Herr Stadtrat Dr. Meier beantragte die namentliche Abstimmung",
    "Ratsherr Q. stellt seinen Antrag vor", "Frau S. (SPD) bringt den
    Änderungsantrag ein", "beantragte Bürgermeister D., die Reihenfolge zu
    ändern", "Die CDU-Fraktion stellt den Antrag, die Sitzung zu unterbrechen".
    The submitter is who moves it, as written; "für die X-Fraktion" makes the
    faction the submitter. A motion named with its submitter ("bringt den
    Antrag der SPD-Fraktion ein") is read by the motion word's own rules."""
    out: list[dict[str, Any]] = []
    paper = is_motion_paper(ctx, text)
    # Outside a record of a meeting, "Bürgermeister X beantragt Fördermittel"
    # is the administration applying for something: only factions move there.
    record = ctx.meta.get("type") in (None, "minutes", "agenda", "other")
    for v in _MOVE_VERB.finditer(text):
        verb = v.group("verb")
        requests = verb.startswith("beantrag")
        if requests and paper:
            continue  # a motion paper's "Die Fraktion beantragt" is the paper's own motion
        end_m = _CLAUSE_END.search(text, v.end(), min(len(text), v.end() + 300))
        clause_end = end_m.start() if end_m else min(len(text), v.end() + 300)
        after = text[v.end():clause_end]
        if not requests and "ntrag" not in after and "NTRAG" not in after:
            continue  # every verb but "beantragt" needs its motion word in the clause
        before = text[max(0, v.start() - 120):v.start()]
        who = start = None
        perfect = False
        if _PASSIVE.search(before):
            # "Von der SPD-Fraktion wird beantragt, …", "Es wird von Stadtrat X (FDP) beantragt, …":
            # the agent of a passive request moves it; without one nobody is named.
            ag = _AGENT.search(before) if requests else None
            g = ("who" if ag.group("who") else "who2") if ag else ""
            found = _agent(ag.group(g)) if ag else None
            if not found:
                continue
            who, start, perfect = found, v.start() - len(before) + ag.start(g), True
        elif requests and (ao := _AGENT_OBJECT.search(text, max(0, v.start() - 220), v.start())):
            found = _agent(ao.group("who"))
            if found:
                who, start, perfect = found, ao.start("who"), True
        if who is None and not verb.endswith("en") and (pc := _PRONOUN_CLAUSE.search(text, max(0, v.start() - 200), v.start())):
            # "Er … beantragt …": the person who leads the sentence before, if one does
            lo2 = max(0, pc.start() - 300)
            ends = list(_SENTENCE_END.finditer(text, lo2, max(lo2, pc.start() - 1)))
            prev_start = ends[-1].end() if ends else (0 if lo2 == 0 else -1)
            # the sentence before starts after the last full stop or on a line of its own
            # (a heading without a full stop may stand between)
            leads = list(_LEADING_PERSON.finditer(text, prev_start, pc.start())) if prev_start >= 0 else []
            lp = leads[-1] if leads else None
            if lp and not _SENTENCE_END.search(text, lp.end(), max(lp.end(), pc.start() - 1)):
                who, start = one_line(lp.group("who")), lp.start("who")
        # The subject before the verb, else right after it ("beantragte Bürgermeister D. …").
        pm = _PERSON_SUBJECT.search(before) if who is None else None
        fm = (_FACTION_SUBJECT.search(before) or _BARE_SUBJECT.search(before)) if who is None else None
        if pm and _BODY_NOT_PERSON.search(before, 0, pm.start("who")) and not pm.group("who").startswith(("Herr", "Frau")):
            pm = None  # "Der Ortschaftsrat Nord beantragt": the body, not a member
        if pm:
            who, start = one_line(pm.group("who")), v.start() - len(before) + pm.start("who")
        elif fm and submitter(fm.group("who"), whole=True):
            who, start = submitter(fm.group("who"), whole=True), v.start() - len(before) + fm.start("who")
        elif requests and who is None and (pf := _PERFECT_SUBJECT.search(before)):
            # "Die Fraktion X hat mit Schreiben vom 01.03.2024 beantragt, …"
            found = one_line(pf.group("p")) if pf.group("p") else submitter(pf.group("f"), whole=True)
            if found:
                who, start = found, v.start() - len(before) + pf.start()
                # "hat mit Schreiben vom … die Aufnahme des Punktes beantragt": the object stands before
                # (a faction or a councillor by title: "Herr X hat die Baugenehmigung beantragt" is a citizen)
                perfect = (not pf.group("p") or bool(COUNCILLOR.search(pf.group("p")))) and bool(re.search(r"\b(?:die|den|das|eine[n]?)\s+[A-ZÄÖÜ]", before[pf.end("p") if pf.group("p") else pf.end("f"):]))
        obj_start = 0
        if who is None:
            im = re.match(rf"\s+(?P<who>{PERSON})", after)
            if im:
                who, start, obj_start = one_line(im.group("who")), v.end() + im.start("who"), im.end()
            else:
                fa = re.match(r"\s+(?:die|der)\s+(?P<who>[A-ZÄÖÜ][^\n.;:,()]{1,60})", after)
                found = submitter(fa.group("who"), whole=False) if fa else None
                if not found:
                    continue
                who, start = found, v.end() + fa.start("who")
                obj_start = fa.start("who") + raw_len(fa.group("who"), found)
        if requests and not record and not (orgs.party_names(who) or (
                # "Von den Fraktionen X, AfD und Freie Wähler …": named as factions, a short name unknown too
                re.search(r"[Ff]raktion|^(?:Gruppe|Ratsgruppe)\s", who) and orgs.party_names(who, acronyms=True))):
            continue
        obj = after[obj_start:]
        for_faction = _FOR_FACTION.match(obj.lstrip()) if obj.lstrip().startswith(("für", "namens", "im Namen")) else None
        if requests and re.match(r"\s*(?:namens|im\s+Namen)\s+(?:der|des)\b", obj):
            continue  # read by on_behalf
        if for_faction:
            # "im Namen der Ratsgruppe X den Antrag, …": the name ends before the motion it makes
            region = _OBJECT_START.split(for_faction.group("who"), maxsplit=1)[0]
            faction = submitter(region, whole=False)
            named = _NAMED_FACTION.match(for_faction.group("who"))
            if named and (not faction or (len(faction) > named.end() and re.search(r"\s[a-zäöüß]", faction))):
                # "für die Fraktion Bürgerliste den Antrag": a local group by its word, up to the lower-case word
                faction = named.group()
            if faction:
                who = faction
                cut = len(region) < len(for_faction.group("who").rstrip())
                # the motion follows the whole name where the name was cut before it
                obj = obj.lstrip()[for_faction.start("who") + (len(region) if cut else raw_len(for_faction.group("who"), faction)):]
        if not requests and (own := _OWN_FACTION.match(obj)):
            obj = obj[own.end():]  # "stellt für ihre Fraktion den Antrag, …": the mover's own faction, not named
        km = _OBJECT_KIND.match(obj)
        makes = bool(km) and verb.startswith("stell") and bool(
            _MAKES.match(obj, km.end())
            or (_A_MOTION.fullmatch(obj, 0, km.start("kind")) and _MAKES_ABOUT.match(obj, km.end())))
        if not requests and _BARE_PERSON.fullmatch(who) and not makes:
            # "Herr X erläutert den Antrag" may be the administration's speaker; "stellt Herr X
            # den Änderungsantrag, …" makes one, which only a member may.
            continue
        if requests:
            if not obj.strip(" \t\n,") and not perfect:
                continue
            kind = "Antrag"
            end = v.end()
        else:
            explains = verb.startswith(("erklärt", "erläuter", "begründ"))
            if not km and not (explains and _REASONS_FOR.match(obj)):
                continue
            if verb.startswith(("zieh", "zog", "hält", "halt", "hielt", "änder", "ergänz")):
                # only the mover's own motion: "zieht ihren Antrag zurück", "hält seinen Antrag aufrecht",
                # "ändert ihren Antrag" — not "ändert den Antrag der Verwaltung"
                if not _OWN.search(obj, 0, km.start("kind")):
                    continue
                if verb.startswith(("zieh", "zog")) and not _BACK_PARTICLE.search(obj, km.end()):
                    continue
                if verb.startswith(("hält", "halt", "hielt")) and not _UPHOLD_PARTICLE.search(obj, km.end()):
                    continue
            if verb.startswith(("forder", "verlang")) and not _IN_A_MOTION.match(obj):
                continue  # "fordert in einem Antrag", not "fordert die Rücknahme des Antrags"
            if verb.startswith(("bring", "brach", "reich")) and not _IN_PARTICLE.search(obj):
                continue  # "bringt den Antrag ein", not "bringt den Antrag zur Abstimmung"
            if verb.startswith("leg") and not _OUT_PARTICLE.search(obj):
                continue  # "legt einen Änderungsantrag vor", not "legt den Antrag aus"
            if verb.startswith("stell") and not (_OUT_PARTICLE.search(obj) or makes):
                continue  # "stellt den Antrag vor" / "stellt den Antrag, …", not "stellt den Antrag zur Abstimmung"
            if km and _OF_SOMEONE.match(obj, km.end()):
                continue  # "den Antrag der SPD-Fraktion": the motion word's own rule
            kind = kind_of(km) if km else "Antrag"
            end = clause_end - len(obj) + (km.end() if km else 0) if km else v.end()
        asked = _OWN_FACTION.sub("", obj) if requests else obj
        if (GO_MOTION.search(obj) or PROCEDURAL.match(asked, km.end() if km else 0)
                or (requests and asked.lstrip().startswith(",") and PROCEDURAL_VERB.search(asked))
                # "stellt den Antrag, den Punkt zu vertagen", "… die Tagesordnung um TOP 6 zu erweitern"
                or (makes and (PROCEDURAL_VERB.search(asked, km.end()) or _AGENDA_CHANGE.search(asked, km.end())))
                # "Von den Fraktionen X und Y wurde die Absetzung des Punktes beantragt": asked before the verb
                or (requests and perfect and PROCEDURAL.search(text, min(start, v.start()), v.start()))):
            # "beantragt die Vertagung", "stellt einen Antrag auf Schluss der Debatte"
            kind = "Geschäftsordnungsantrag"
        lo, hi = min(start, v.start()), max(end, v.end(), start + len(who))
        # "mit Schreiben vom 01.03.2024": the date the motion was made
        dm = _LETTER_OF.search(text, max(0, lo - 60), clause_end)
        # "begründet den Antrag", "stellt den Antrag vor", "bringt den Antrag ein": the
        # motion the item deals with, presented by its mover (not a motion of their own)
        # ("stellt den Antrag, … zu verweisen" makes one of its own)
        presents = (not requests and km is not None and not makes
                    and verb.startswith(("begründ", "erläuter", "erklärt", "stell", "bring", "brach"))
                    and bool(_DEFINITE.match(obj, 0, km.start("kind"))))
        out.append(cand(lo, hi, "motion.moved", 0.7, who, kind, date=iso(dm.group("date")) if dm else None,
                        presents=presents))
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


# -- a motion made, in the perfect or the passive ------------------------------------------

# "hat folgenden Antrag gestellt", "wurde ein Änderungsantrag eingebracht": the motion word
# between its determiner and the participle of making it, in one clause.
_MADE_DETERMINER = re.compile(
    r"(?<![\wäöüß])(?:folgende[nr]?|einen|ein|den|der|ihren|seinen|unseren|diesen|dieser)\s+"
    r"(?:(?:gemeinsame[nr]?|weitere[nr]?|eigene[nr]?|neue[nr]?)\s+)?$"
)
_MADE_PARTICIPLE = re.compile(r"(?<![\wäöüß])(?:gestellt|eingereicht|eingebracht|vorgelegt)(?![\wäöüß])")
_AUX = r"(?:hat|haben|hatte|hatten)"
_TITLE_WORD = r"[A-ZÄÖÜ][a-zäöüß]*(?:rat|rätin|mitglied|vertreter|vertreterin|verordnete[r]?|abgeordnete[r]?|herr|frau)\s"
_MADE_SUBJECT = re.compile(
    rf"^\s*(?:(?:Mit\s+Schreiben\s+vom|Am)\s+{DATE_PATTERN}\s+{_AUX}\s+|)(?:[Dd]ie|[Dd]er)\s+(?P<who>[A-ZÄÖÜ][^\n.;:,()]{{1,60}}?(?:\s*\([^()\n]{{1,30}}\))?)"
    rf"(?:\s+{_AUX}\b|\s*$)"
    rf"|^\s*(?P<p>{PERSON})\s+{_AUX}\b"
    r"|^\s*(?:[Vv]on|[Ss]eitens)\s+(?:(?:der|des|den|dem)\s+)?(?P<agent>[A-ZÄÖÜ][^\n.;:,]{1,80}?)\s+(?:wird|wurde|werden|wurden|ist|war)\b"
)
# "Der Neudorfer Ortschaftsrat X hatte …", "Die Stadträtin Y hat …": a councillor by title after
# the article, maybe with the place's adjective.
_MADE_BY_TITLE = re.compile(rf"^\s*(?:[Dd]er|[Dd]ie)\s+(?:[A-ZÄÖÜ][a-zäöüß]+er\s+)?(?=(?:{_TITLE_WORD}))(?P<p>{PERSON})\s+{_AUX}\b")
_MADE_CLAUSE = re.compile(r"(?<!\bNr)(?<!\bDr)(?<![\s.]\w)[.;:!?](?=\s)|\n[ \t]*\n|\n(?=[A-ZÄÖÜ])")


def made(text: str, words: list[re.Match]) -> list[dict[str, Any]]:
    """A motion a faction or councillor made, told in the perfect or the passive:
    "Die Fraktion X hat folgenden Antrag gestellt", "Mit Schreiben vom DATE hat die
    CDU-Fraktion folgenden Antrag eingereicht", "Seitens der CDU-Fraktion wurde
    folgender Antrag gestellt". ``words`` are the motion words found in ``text``."""
    out: list[dict[str, Any]] = []
    if "gestellt" not in text and "einge" not in text and "vorgelegt" not in text:
        return out
    for om in words:
        det = _MADE_DETERMINER.search(text, max(0, om.start() - 40), om.start())
        if not det:
            continue
        ends = list(_MADE_CLAUSE.finditer(text, max(0, om.start() - 200), det.start()))
        lo = ends[-1].end() if ends else max(0, om.start() - 200)
        end_m = _MADE_CLAUSE.search(text, om.end(), min(len(text), om.end() + 200))
        hi = end_m.start() if end_m else min(len(text), om.end() + 200)
        pp = _MADE_PARTICIPLE.search(text, om.end(), hi)
        if not pp:
            continue
        prefix = text[lo:det.start()]
        sm = _MADE_BY_TITLE.match(prefix) or _MADE_SUBJECT.match(prefix)
        if not sm:
            continue
        if sm.group("p"):
            raw = sm.group("p")
            who = one_line(raw) if (COUNCILLOR.search(raw) or "(" in raw) else None
            start = lo + sm.start("p")
        else:
            g = "who" if sm.group("who") else "agent"
            who, start = submitter(sm.group(g), whole=True), lo + sm.start(g)
        if not who:
            continue
        dm = _LETTER_OF.search(prefix) or re.search(rf"\bam\s+(?P<date>{DATE_PATTERN})", prefix)
        kind = kind_of(om)
        if GO_MOTION.search(text, om.end(), hi) or PROCEDURAL.match(text, om.end()):
            kind = "Geschäftsordnungsantrag"
        out.append(cand(start, pp.end(), "motion.made", 0.65, who, kind, date=iso(dm.group("date")) if dm else None))
    return out


# "Dem hat die Linke Fraktion durch einen Antrag … einen Riegel vorgeschoben", "Die SPD hatte mit
# ihrem Änderungsantrag gefordert, …": the faction that acts by a motion moved it.
_BY_MOTION = re.compile(
    r"(?<![\wäöüß])(?:[Dd]ie|[Dd]er)[ \t]+(?P<who>[A-ZÄÖÜ][^\n,.;:()]{1,60}?)[ \t]+"
    # "Die CDU will mit einem Antrag erreichen, …": what a faction wants by a motion it moves
    r"(?:(?:hat|hatte|habe|will|wollte|wollen|wollten|möchte|möchten)[ \t]+)?"
    r"(?:durch|mit)[ \t]+(?:einen|einem|ihren|ihrem|seinen|seinem)[ \t]+(?P<kind>[A-Za-zÄÖÜäöüß]*[Aa]ntrag)(?:e?s)?(?![\wäöüß-])"
)


def by_motion(text: str) -> list[dict[str, Any]]:
    """A faction named as acting "durch einen Antrag" / "mit einem Antrag"."""
    out: list[dict[str, Any]] = []
    if "ntrag" not in text:
        return out
    for m in _BY_MOTION.finditer(text):
        who = submitter(m.group("who"), whole=True)
        if not who or not orgs.party_names(who, acronyms=True):
            continue
        kind = m.group("kind")
        kind = kind[:1].upper() + kind[1:]
        out.append(cand(m.start("who"), m.end("kind"), "motion.by_motion", 0.6, who,
                        kind if kind.casefold() in {k.casefold() for k in KIND_WORDS.split("|")} else "Antrag"))
    return out


# -- the chair moves to change the agenda --------------------------------------------

# The chair of the meeting (or the mayor, the Landrat who chairs it) asks to
# extend, change or shorten the agenda, to postpone or interrupt: "Der
# Vorsitzende beantragt, die Tagesordnung um den Punkt … zu erweitern", "Die
# Bürgermeisterin bat um Änderung der vorliegenden Tagesordnung", "Der Landrat
# schlägt vor, TOP 7 abzusetzen". A procedural motion (Geschäftsordnungen let
# the chair move it), submitted by the office as written.
_CHAIR_WHO = (
    r"(?:stellvertretende[r]?\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+)?[Vv]orsitzende[r]?|Sitzungsleiter(?:in)?|Versammlungsleiter(?:in)?"
    r"|(?:Ober)?[Bb]ürgermeister(?:in)?|Buergermeister(?:in)?|Landr(?:at|ätin)|Ortsvorsteher(?:in)?|Ortsbürgermeister(?:in)?"
    r"|Stadtverordnetenvorsteher(?:in)?|(?:Stadt|Kreistags|Gemeinderats)?[Pp]räsident(?:in)?"
    # the chairs and heads of an Amt, a Verband, a Schleswig-Holstein council
    r"|Amtsdirektor(?:in)?|Amtsvorsteher(?:in)?|Verbandsvorsteher(?:in)?|Bürgervorsteher(?:in)?|Kreispräsident(?:in)?"
    # the administration moves the order of business too ("Die Verwaltung beantragt, TOP 4 abzusetzen")
    r"|Verwaltung"
)
_CHAIR_NAME = r"(?:\s+(?:Herr|Frau)?\s*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?=\s+[a-zäöüß]))?"
_CHAIR = re.compile(
    rf"(?<![\wäöüß])(?:[Dd]er|[Dd]ie)\s+(?P<who>(?:{_CHAIR_WHO}){_CHAIR_NAME})"
    r"\s+(?:(?:daher|deshalb|nun|ferner|zudem|außerdem|sodann|dann|weiterhin)\s+)?"
    r"(?P<verb>beantragt(?:e)?|bat|bittet|schlägt|schlug|stellt(?:e)?\s+den\s+Antrag)\b"
    # the verb first: "Außerdem beantragt die Verwaltung, …", "Daraufhin beantragte der Vorsitzende …"
    rf"|(?<![\wäöüß])(?P<verb2>beantragt(?:e)?|stellt(?:e)?)\s+(?:[Dd]er|[Dd]ie)\s+(?P<who2>(?:{_CHAIR_WHO}){_CHAIR_NAME})"
    r"(?(verb2)(?:\s+den\s+Antrag)?)(?=[\s,])"
)
_AGENDA_CHANGE = re.compile(
    r"(?:Tagesordnung|(?<![\wäöüß])TO)\b(?:[^.;]|(?<=\d)\.){0,120}?(?:zu\s+)?(?:erweitern|ändern|ergänzen|umzustellen|umstellen|abzusetzen|absetzen"
    r"|aufzunehmen|aufnehmen|nehmen|vorzuziehen|zu\s+erweitern|zu\s+ändern|zu\s+ergänzen)\b"
    r"|(?:Änderung|Erweiterung|Ergänzung|Umstellung|Änderungen)\s+(?:der|zur)\s+(?:vorliegenden\s+|heutigen\s+)?Tagesordnung"
    r"|\b(?:TOP|Tagesordnungspunkt(?:e?s)?|Punkt(?:e?s)?)\s*\d{1,3}(?:\.\d{1,3})*\.?(?:[^.;]|\.(?=\d)){0,200}?"
    r"(?:abzusetzen|vorzuziehen|zu\s+vertagen|zu\s+tauschen|zurückzustellen|zu\s+verschieben|später\s+zu\s+beraten)"
    r"|\bBeratung\b[^.;]{0,200}?\b(?:zurückzustellen|zu\s+verschieben|zu\s+vertagen|auszusetzen)\b"
    r"|\bReihenfolge\b[^.;\n]{0,80}?\b(?:zu\s+)?(?:ändern|tauschen)\b"
    r"|\bSitzung\b[^.;]{0,40}?\bzu\s+unterbrechen\b|\bVertagung\b|\bAbsetzung\b|\bSitzungsunterbrechung\b"
    # who may speak and who may listen: "Rederecht für die anwesenden Bürger", "Ausschluss der Öffentlichkeit"
    r"|\bRederecht\b|\bWorterteilung\b|\bAusschluss\s+der\s+Öffentlichkeit\b|\bnicht\s?öffentlich\s+zu\s+(?:beraten|behandeln)\b"
)
# Read only where one of the things a chair may move to change is named at all.
_CHAIR_TOPICS = ("agesordnung", "ertag", "verweisen", "abzustimmen", "nterbrech", "bsetz", "Rederecht", "Worterteilung",
                 "Öffentlichkeit", "öffentlich zu", "zurückzustellen", "verschieben", "TOP", "Reihenfolge")
_CHAIR_SENTENCE_END = re.compile(r"(?<!\bDr)(?<!\bNr)(?<!\bbzw)[.!?](?=\s|$)|\n[ \t]*\n")


# The office words alone, found fast; the article before each is then read by _CHAIR.
_OFFICE_WORD = re.compile(
    r"[Vv]orsitzende|leiter|ürgermeister|uergermeister|Landr|Ortsvorsteher|vorsteher|räsident|Verwaltung|direktor"
)


_CHAIR_VERB = re.compile(r"beantragt|bat\b|bittet|schl[äu]g|stellt")


def _chairs(text: str):
    last = -1
    # Found from the verbs of moving (few) and the office words near each: scanning the whole
    # text for every office word costs more than the rule's reading.
    seen: set[int] = set()
    for v in _CHAIR_VERB.finditer(text):
        for w in _OFFICE_WORD.finditer(text, max(0, v.start() - 60), min(len(text), v.end() + 40)):
            if w.start() in seen:
                continue
            seen.add(w.start())
            lo = max(0, w.start() - 60)
            for m in _CHAIR.finditer(text, lo, min(len(text), w.end() + 80)):
                g = "who" if m.group("who") else "who2"
                if m.start() > last and m.start(g) <= w.start() < m.end():
                    last = m.start()
                    yield m
                    break


def chair_moves(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if not any(t in text for t in _CHAIR_TOPICS):
        return out
    for m in _chairs(text):
        end_m = _CHAIR_SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 400))
        end = end_m.start() if end_m else min(len(text), m.end() + 400)
        clause = text[m.end():end]
        verb, g = (m.group("verb"), "who") if m.group("who") else (m.group("verb2"), "who2")
        if verb.startswith(("schlägt", "schlug")) and not re.search(r"\bvor\b", clause):
            continue
        if verb in ("bat", "bittet") and not re.match(r"\s+(?:darum,|um\b)", clause):
            continue  # "bittet um Änderung der Tagesordnung", not "bittet die Verwaltung, …"
        if verb.startswith("stellt") and "Antrag" not in m.group():
            continue  # "stellt der Vorsitzende fest"
        if m.group(g) == "Verwaltung" and not verb.startswith(("beantragt", "stellt")):
            continue  # the administration "schlägt vor": its proposal, no motion
        # a motion moves what a Geschäftsordnung lets it ("beantragt, den Punkt zu vertagen"); a
        # proposal or a request only an agenda change
        moves = verb.startswith(("beantragt", "stellt"))
        if not (_AGENDA_CHANGE.search(clause) or (moves and PROCEDURAL_VERB.search(clause))):
            continue
        out.append(cand(min(m.start(g), m.start()), m.end(), "motion.chair", 0.65, one_line(m.group(g)),
                        "Geschäftsordnungsantrag"))
    return out


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


def group_list(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if "ntrag" not in text:
        return out
    lines = [ln for ln in text[:600].split("\n") if ln.strip()][:_HEAD_LINES]
    head = "\n".join(lines)
    groups = {submitter(g.group("b"), whole=True) if g.group("b") else
              submitter(head[g.start():g.start("a")] + g.group("a"), whole=False)
              for g in _FULL_GROUP.finditer(head)}
    groups.discard(None)
    if len(groups) != 1:
        return out
    (who,) = groups
    for m in _DATED_MOTION_LINE.finditer(text):
        date = m.group("date") or m.group("date2")
        if not date:
            continue
        kind = m.group("kind")
        out.append(cand(m.start(), m.end(), "motion.group_list", 0.7, who, kind[0].upper() + kind[1:],
                        date=iso(date), title=one_line(m.group("title")).strip()))
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
