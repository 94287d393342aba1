"""Motions moved in the meeting: by a verb of moving, on behalf of a faction,
told in the perfect or the passive, a faction acting by a motion."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import orgs
from ..dates import DATE_PATTERN
from ..text import one_line
from .paper import is_motion_paper
from .chair import AGENDA_CHANGE
from .common import ADVISORY, COUNCILLOR, GO_MOTION, KIND_WORDS, PROCEDURAL, PROCEDURAL_VERB, PERSON, kind_of, cand, iso, raw_len, submitter, trim_phrase

if TYPE_CHECKING:
    from .. import Context

# -- motions made in the meeting ---------------------------------------------

# The verbs of moving a motion: "beantragt …", "bringt den Antrag ein",
# "stellt den Antrag (…) vor", "stellt den Antrag, …", "begründet den Antrag".
_MOVE_VERB = re.compile(
    # The lookahead lets the engine skip most characters in one test.
    r"(?=[bsezhärlfv])(?<![\wäöüß])(?P<verb>beantragt(?:e|en)?|beantragen|bring(?:t|en)|brachten?|stell(?:t|te|en|ten)"
    r"|reich(?:t|en|te|ten)|leg(?:t|en|te|ten)"
    r"|begründe(?:t|te|ten|n)|erläuter(?:t|te|ten|n)|erklärt(?:e|en)?"
    # "führt die Begründung des Antrages aus": the mover presents it
    r"|führ(?:t|te|ten|en)"
    # a mover's own motion withdrawn, upheld or changed: "zieht ihren Antrag zurück"
    r"|zieh(?:t|en)|zog(?:en)?|hält|halten|hielt(?:en)?|änder(?:t|te|ten|n)|ergänz(?:t|te|ten|en)"
    # a demand made as a motion: "fordern in einem Antrag", "verlangte mit ihrem Antrag"
    r"|forder(?:t|te|ten|n)|verlang(?:t|te|ten|en))(?![\wäöüß])"
)
# A clause ends at a sentence end, a semicolon, a colon or a blank line;
# "Dr." and "Nr." do not end it.
# Abbreviations do not end it either ("Vertreterinnen bzw. Vertreter", "u. a.", "ggf.").
# "trägt den Antrag vor" (apart: a "t" in the lookahead above would stop the engine at every "t")
_PRESENT_VERB = re.compile(r"(?<![\wäöüß])(?P<verb>trägt|tragen|trug(?:en)?)(?![\wäöüß])")
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
_REASONS_OUT = re.compile(
    r"^\s*(?:(?:kurz|kurz\s+und\s+knapp|nochmals|noch\s+einmal|ausführlich|eingehend|mündlich)\s+)?(?:die\s+)?Begründung\s+"
    rf"(?:de[sr]|ihre[sr]|seine[sr]|zu[mr])\s+(?:[\wäöüß-]+\s+)?(?P<kind>(?i:{KIND_WORDS}))(?:e?s)?(?![\wäöüß-])"
)
_REASONS_FOR = re.compile(r"^\s*(?:die\s+)?Gründe\s+(?:für\s+den\s+Antrag|zur\s+Antragstellung)")
_OF_SOMEONE = re.compile(r"\s+(?:der|des|von)\s+[A-ZÄÖÜ]")
# The verb's particle ends its clause or a first clause joined by "und":
# "bringt den Antrag ein und begründet ihn", "stellt den Antrag vor, …".
_PARTICLE_END = r"(?=\s*(?:$|[,(–]|-\s|(?:und|sowie|bzw\.|oder)\s))"
# "beantragt im Namen ihrer Fraktion die Vertagung"
# "beantragt, …", "beantragt daher, …": the motion asked in a clause
_ASKS_CLAUSE = re.compile(r"\s*(?:[a-zäöüß]+\s*)?,")
_OWN_FACTION = re.compile(r"^\s*(?:namens|im\s+Namen|für)\s+(?:ihrer|seiner|unserer|ihre|seine|unsere)\s+Fraktion")
_OWN = re.compile(r"(?<![\wäöüß])(?:ihren|seinen|unseren|den\s+eigenen)\s")
_BACK_PARTICLE = re.compile(rf"(?<![\wäöüß])zurück{_PARTICLE_END}")
_UPHOLD_PARTICLE = re.compile(rf"(?<![\wäöüß])aufrecht{_PARTICLE_END}")
_IN_PARTICLE = re.compile(rf"(?<![\wäöüß])ein{_PARTICLE_END}")
_AUS_PARTICLE = re.compile(rf"(?<![\wäöüß])aus{_PARTICLE_END}")
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
# An office holder as the subject: "Der Bürgermeister", "Die Oberbürgermeisterin", "Der Landrat".
_OFFICE_SUBJECT = re.compile(
    r"(?<![\wäöüß])(?:[Dd]er|[Dd]ie)\s+(?P<office>(?:Ober|Orts)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)"
    r"|Ortsvorsteher(?:in)?|Amtsdirektor(?:in)?|Amtsvorsteher(?:in)?)\s+$"
)
_INDEFINITE = re.compile(r"\s*(?:(?:nun|dann|zudem|außerdem|noch|auch|selbst|daraufhin|dazu|hierzu|sodann)\s+)?(?:einen|eine|ein)\s+(?:(?:eigenen|weiteren|neuen)\s+)?")
_A_MOTION = re.compile(r"\s*(?:einen|eine|ein|den|seinen|ihren|diesen)\s+$")
_MAKES_ABOUT = re.compile(
    r"\s+(?:zu[rm]|über|für|betreffend|bezüglich|hinsichtlich)\s+"
    r"(?!(?:Abstimmung|Diskussion|Debatte|Beratung|Beschlussfassung|Entscheidung|Verfügung|Kenntnis|Kenntnisnahme)\b)"
)
# A faction named by its word and a name the gazetteer may not know, up to the first lower-case word.
_NAMED_FACTION = re.compile(r"(?:Fraktion|Gruppe|Ratsgruppe)\s+[A-ZÄÖÜ][\wäöüß/-]*(?:\s+[A-ZÄÖÜ][\wäöüß/-]*){0,2}(?=\s+[a-zäöüß]|\s*$)")
_GROUP_WORD = re.compile(r"(?:Mehrheits|Minderheits|Rats|Kreistags|Stadtrats|Gemeinderats)?(?:gruppe|fraktion)|Gruppe|Fraktion"
                         r"|Wählergemeinschaft|Wählergruppe|Koalition|Zählgemeinschaft|Mehrheitsfraktionen")
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
# (A sentence starts at a line's start too: "(?<![^\n])" holds there and at the text's start.)
_LEADING_PERSON = re.compile(rf"(?:(?<![^\n])[ \t]*|(?<=[.!?])\s+)(?:(?:Der|Die)\s+)?(?P<who>{PERSON})\s+[a-zäöüß]")
# A second verb joined by "und" shares the sentence's subject: "Stadtvertreter X schlägt Y vor
# und beantragt geheime Abstimmung", "Die SPD-Fraktion widerspricht und beantragt die Vertagung".
_JOINED_VERB = re.compile(r"\s(?:und|sowie)\s+(?:(?:dann|daraufhin|zugleich|gleichzeitig|außerdem|zudem)\s+)?$")
_LEADING_FACTION = re.compile(r"(?:(?<![^\n])[ \t]*|(?<=[.!?])\s+)(?:Die|Der)\s+(?P<who>[A-ZÄÖÜ][^\n.;:,()]{1,60}?)\s+[a-zäöüß]")
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
    verbs = list(_MOVE_VERB.finditer(text))
    if "tr" in text and "ntrag" in text:
        verbs = sorted(verbs + list(_PRESENT_VERB.finditer(text)), key=lambda v: v.start())
    for v in verbs:
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
        perfect = office = False
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
            # (a sentence of minutes may run to several hundred characters)
            lo2 = max(0, pc.start() - 700)
            ends = list(_SENTENCE_END.finditer(text, lo2, max(lo2, pc.start() - 1)))
            prev_start = ends[-1].end() if ends else (0 if lo2 == 0 else -1)
            # the sentence before starts after the last full stop or on a line of its own
            # (a heading without a full stop may stand between)
            leads = list(_LEADING_PERSON.finditer(text, prev_start, pc.start())) if prev_start >= 0 else []
            lp = leads[-1] if leads else None
            if lp and not _SENTENCE_END.search(text, lp.end(), max(lp.end(), pc.start() - 1)):
                who, start = one_line(lp.group("who")), lp.start("who")
        if who is None and _JOINED_VERB.search(before):
            # the subject that leads this sentence
            lo2 = max(0, v.start() - 400)
            ends = list(_SENTENCE_END.finditer(text, lo2, v.start()))
            sent_start = ends[-1].end() if ends else (0 if lo2 == 0 else -1)
            if sent_start >= 0:
                lp = _LEADING_PERSON.match(text, sent_start) or _LEADING_PERSON.match(text, sent_start - 1 if sent_start else 0)
                lf = None if lp else _LEADING_FACTION.match(text, sent_start)
                if lp:
                    who, start = one_line(lp.group("who")), lp.start("who")
                elif lf and (found := submitter(lf.group("who"), whole=True)):
                    who, start = found, lf.start("who")
        # The subject before the verb, else right after it ("beantragte Bürgermeister D. …").
        pm = _PERSON_SUBJECT.search(before) if who is None else None
        fm = (_FACTION_SUBJECT.search(before) or _BARE_SUBJECT.search(before)) if who is None else None
        if pm and _BODY_NOT_PERSON.search(before, 0, pm.start("who")) and not pm.group("who").startswith(("Herr", "Frau")):
            pm = None  # "Der Ortschaftsrat Nord beantragt": the body, not a member
        if pm:
            who, start = one_line(pm.group("who")), v.start() - len(before) + pm.start("who")
        elif fm and submitter(fm.group("who"), whole=True):
            who, start = submitter(fm.group("who"), whole=True), v.start() - len(before) + fm.start("who")
        elif not requests and who is None and (om := _OFFICE_SUBJECT.search(before)):
            # "Der Bürgermeister brachte einen Antrag zur … ein": the office holder's own motion
            # (checked below: a motion of their own, "einen Antrag", not "den Antrag der Verwaltung")
            who, start, office = one_line(om.group("office")), v.start() - len(before) + om.start("office"), True
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
            group_word = _GROUP_WORD.fullmatch(region.strip()) if not faction else None
            if group_word:
                # "stellt für die Mehrheitsgruppe den Antrag, …": a group named by its word alone, as written
                who = group_word.group()
                obj = obj.lstrip()[for_faction.start("who") + len(region):]
            elif faction:
                who = faction
                cut = len(region) < len(for_faction.group("who").rstrip())
                # the motion follows the whole name where the name was cut before it
                obj = obj.lstrip()[for_faction.start("who") + (len(region) if cut else raw_len(for_faction.group("who"), faction)):]
        if not requests and (own := _OWN_FACTION.match(obj)):
            obj = obj[own.end():]  # "stellt für ihre Fraktion den Antrag, …": the mover's own faction, not named
        km = _OBJECT_KIND.match(obj)
        if office and not (km and _INDEFINITE.fullmatch(obj, 0, km.start("kind"))
                           and verb.startswith(("bring", "brach", "reich", "stell", "leg"))):
            continue
        if verb.startswith("führ"):
            km = _REASONS_OUT.match(obj)
            if not km or not _AUS_PARTICLE.search(obj, km.end()):
                continue
        makes = bool(km) and verb.startswith("stell") and bool(
            _MAKES.match(obj, km.end())
            or (_A_MOTION.fullmatch(obj, 0, km.start("kind")) and _MAKES_ABOUT.match(obj, km.end())))
        if not requests and _BARE_PERSON.fullmatch(who) and not COUNCILLOR.search(who) and not makes:
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
            if verb.startswith(("leg", "träg", "trag", "trug")) and not _OUT_PARTICLE.search(obj):
                continue  # "legt einen Änderungsantrag vor", not "legt den Antrag aus"
            if verb.startswith("stell") and not (_OUT_PARTICLE.search(obj) or makes):
                continue  # "stellt den Antrag vor" / "stellt den Antrag, …", not "stellt den Antrag zur Abstimmung"
            if km and _OF_SOMEONE.match(obj, km.end()):
                continue  # "den Antrag der SPD-Fraktion": the motion word's own rule
            kind = kind_of(km) if km else "Antrag"
            end = clause_end - len(obj) + (km.end() if km else 0) if km else v.end()
        asked = _OWN_FACTION.sub("", obj) if requests else obj
        if (GO_MOTION.search(obj) or PROCEDURAL.match(asked, km.end() if km else 0)
                or (requests and _ASKS_CLAUSE.match(asked) and PROCEDURAL_VERB.search(asked))
                # "stellt den Antrag, den Punkt zu vertagen", "… die Tagesordnung um TOP 6 zu erweitern"
                or (makes and (PROCEDURAL_VERB.search(asked, km.end()) or AGENDA_CHANGE.search(asked, km.end())))
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
                    and verb.startswith(("begründ", "erläuter", "erklärt", "stell", "bring", "brach", "träg", "trag", "trug", "führ"))
                    and bool(_DEFINITE.match(obj, 0, km.start("kind")) or re.search(r"\bde[sr]\s+$", obj[:km.start("kind")])))
        # What a request asks for: one mover asking for two things ("beantragt die Vertagung von
        # TOP 3", later "beantragt die Absetzung von TOP 8") makes two motions.
        asks = " ".join(re.findall(r"[\wäöüß]+", asked)[:4]).casefold() if requests and not perfect else None
        out.append(cand(lo, hi, "motion.moved", 0.7, who, kind, date=iso(dm.group("date")) if dm else None,
                        presents=presents, asks=asks))
    return out



# "Mitglied Lange beantragt namens der Fraktion Bündnis 90/Die Grünen eine Prüfung …"
_ON_BEHALF = re.compile(
    r"\bbeantragt(?:e|en)?[ \t]+(?:namens|im[ \t]+Namen)[ \t]+(?:der|des)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:]{1,80})"
)

# "Namens der SPD-Fraktion beantrage ich, …", "Im Namen der Gruppe X stellen wir
# folgenden Antrag": a motion letter's writer moves for the faction.
_ON_BEHALF_FIRST = re.compile(
    r"(?<![\wäöüß])(?:(?:[Nn]amens|[Ii]m[ \t]+Namen)[ \t]+(?:der|des)|[Ff]ür[ \t]+die)[ \t]+(?P<who>[A-ZÄÖÜ][^\n.;:,]{1,80}?)[ \t]*,?[ \t]+"
    r"(?:beantrage|beantragen|stelle|stellen|bringe|bringen|reiche|reichen)[ \t]+(?:ich|wir)\b"
)

_ON_BEHALF_REST = re.compile(r"[ \t]+(?P<t>[^\n.;:]{3,150})")


def on_behalf(text: str) -> list[dict[str, Any]]:
    """A motion made in the meeting on behalf of a faction."""
    out = []
    if "amens" not in text and "Namen " not in text and "ür die " not in text:
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


# -- a motion made, in the perfect or the passive ------------------------------------------

# "hat folgenden Antrag gestellt", "wurde ein Änderungsantrag eingebracht": the motion word
# between its determiner and the participle of making it, in one clause.
_MADE_DETERMINER = re.compile(
    r"(?<![\wäöüß])(?:folgende[nr]?|einen|ein|den|der|ihren|seinen|unseren|diesen|dieser)\s+"
    # an adjective between: "einen gemeinsamen", "einen eigenen", "einen entsprechenden Antrag"
    r"(?:[a-zäöüß]{3,}(?:e|en|er|es)\s+)?$"
)
# ("einen Antrag an den Bürgermeister gerichtet": made to the council's head)
_MADE_PARTICIPLE = re.compile(r"(?<![\wäöüß])(?:gestellt|eingereicht|eingebracht|vorgelegt|zurückgezogen|gerichtet)(?![\wäöüß])")
_AUX = r"(?:hat|haben|hatte|hatten)"
_TITLE_WORD = r"[A-ZÄÖÜ][a-zäöüß]*(?:rat|rätin|mitglied|vertreter|vertreterin|verordnete[r]?|abgeordnete[r]?|herr|frau)\s"
_MADE_SUBJECT = re.compile(
    rf"^\s*(?:(?:Mit\s+Schreiben\s+vom|Am)\s+{DATE_PATTERN}\s+{_AUX}\s+|)(?:[Dd]ie|[Dd]er)\s+(?P<who>[A-ZÄÖÜ][^\n.;:,()]{{1,60}}?(?:\s*\([^()\n]{{1,30}}\))?)"
    rf"(?:\s+{_AUX}\b|\s*$)"
    rf"|^\s*(?P<p>{PERSON})\s+{_AUX}\b"
    # "Eva Muster, Mitglied im Kreistag, hat …": a member named with first name and surname and her seat
    # (a press release's dateline may lead: "12. Mai 2023 Eva Muster, …" — its day's dot ended the clause before)
    rf"|^\s*(?:{DATE_PATTERN}\s+|[A-ZÄÖÜ][a-zäöüß]+\s+\d{{4}}\s+)?(?P<member>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:\s*\([^()\n]{{1,30}}\))?,?\s+"
    rf"(?:Mitglied|Ratsmitglied|Kreistagsmitglied|Fraktionsvorsitzende[r]?)\s+(?:im|in\s+der|des|der)\s+[A-ZÄÖÜ][^\n,.;]{{2,60}}?,?\s+{_AUX}\b"
    # the subject after the verb, a phrase before it: "Zur Begegnungsstätte hatte der Seniorenbeirat bereits …"
    rf"|^\s*[A-ZÄÖÜ][^\n.;:!?]{{0,80}}?\s{_AUX}\s+(?:der|die)\s+(?P<inv>[A-ZÄÖÜ][\wäöüß/-]+)\s"
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
    if not any(w in text for w in ("gestellt", "einge", "vorgelegt", "zurückgezogen", "gerichtet")):
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
        if sm.groupdict().get("member"):
            who, start = one_line(sm.group("member")), lo + sm.start("member")
        elif sm.groupdict().get("inv"):
            inv = sm.group("inv")
            adv = ADVISORY.fullmatch(inv)
            who = adv.group("who") if adv else submitter(inv, whole=True)
            start = lo + sm.start("inv")
        elif sm.group("p"):
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
    r"(?:durch|mit)[ \t]+(?P<det>einen|einem|ihren|ihrem|seinen|seinem|dem|den)[ \t]+(?P<kind>[A-Za-zÄÖÜäöüß]*[Aa]ntrag)(?:e?s)?(?![\wäöüß-])"
)
# "… die die Fraktion X mit dem Antrag zur Y in die Beratung eingebracht hat": with the definite
# article only where the clause makes the motion (not "Die SPD befasste sich mit dem Antrag").
_MADE_IN_CLAUSE = re.compile(r"[^.;:!?\n]{0,160}?(?<![\wäöüß])(?:eingebracht|gestellt|eingereicht|vorgelegt)(?![\wäöüß])")


def by_motion(text: str) -> list[dict[str, Any]]:
    """A faction named as acting "durch einen Antrag" / "mit einem Antrag"."""
    out: list[dict[str, Any]] = []
    if "ntrag" not in text:
        return out
    for m in _BY_MOTION.finditer(text):
        who = submitter(m.group("who"), whole=True)
        if not who or not orgs.party_names(who, acronyms=True):
            continue
        if m.group("det") in ("dem", "den") and (_OF_SOMEONE.match(text, m.end()) or not _MADE_IN_CLAUSE.match(text, m.end())):
            continue
        kind = m.group("kind")
        kind = kind[:1].upper() + kind[1:]
        out.append(cand(m.start("who"), m.end("kind"), "motion.by_motion", 0.6, who,
                        kind if kind.casefold() in {k.casefold() for k in KIND_WORDS.split("|")} else "Antrag"))
    return out
