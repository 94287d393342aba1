"""Motions (Anträge) named in a document: who moved it, when, its number.

How council documents name a motion, one rule each:

- ``motion.article``: "Antrag der Gruppe Grüne/UWG vom 08.09.2021 –
  Aufsuchende Beratung …", "Antrag von Ortschaftsrätin X und der CDU
  Ortschaftsratsfraktion Neudorf vom 13. Januar 2010:", "… (Antrag der
  SPD- und GRÜNE-Fraktion)", "einem Antrag der CDU-Gemeinderatsfraktion";
- ``motion.colon``: agenda and minutes heads "Antrag: DIE LINKE.",
  "Gemeinsamer Antrag: KULT, GRÜNE, FDP, DIE LINKE.", "Änderungsantrag:
  GRÜNE: <title>";
- ``motion.bare``: "Änderungsantrag CDU/SPD/GRÜNE: <title>", "Änderungsantrag
  GRÜNE" on a line of its own;
- ``motion.numbered``: budget motions "Antrag Nr. 101 (S. 202): <title>
  (GRÜNE, Die Linke)";
- ``motion.header``: the faction lines in the head of a motion (or of the
  administration's Stellungnahme to it): "DIE LINKE.-Gemeinderatsfraktion /
  Eingang: 23.03.2021 / Vorlage Nr.: 2021/0379";
- ``motion.plural``: several motions of one submitter named together, one
  per date: "Anträge der FW-Stadtratsfraktion vom 02.03.2021, vom
  16.03.2021 und vom 04.05.2021";
- ``motion.on_behalf``: a motion made in the meeting: "Mitglied Lange
  beantragt namens der Fraktion Bündnis 90/Die Grünen eine Prüfung …";
- ``motion.speech``: a motion a speaker reports in a debate: "(GRÜNE): …
  haben wir daher mit der CDU-Fraktion gemeinsam einen Antrag eingebracht",
  "hat aber die CDU das Thema wieder aufgegriffen mit einem Antrag";
- ``motion.moved``: a councillor, office holder or faction moving a motion
  in the meeting: "Herr Stadtrat Dr. X beantragte die namentliche
  Abstimmung", "beantragte Bürgermeister Y, …", "Ratsfrau Z stellt ihren
  Antrag vor", "Frau A (SPD) bringt den Änderungsantrag ein", "Die
  CDU-Fraktion hat mit Schreiben vom DATE beantragt, …";
- ``motion.chair``: the chair moves to change the agenda, postpone or
  interrupt ("Der Vorsitzende beantragt, die Tagesordnung um … zu
  erweitern", "Die Bürgermeisterin bat um Änderung der Tagesordnung");
- ``motion.fate``: a motion told by its fate, its mover after the verb ("Mit
  ihrem Antrag auf … scheiterte die AfD im Stadtrat");
- ``motion.group``: "Der erste Antrag der Fraktion betrifft …": the group
  named last before moves it;
- ``motion.we``: on a group's page, "we" made a motion ("Wir haben einen
  Antrag zur … gestellt", "… einen eigenen Antrag zurückgezogen");
- ``motion.group_list``: a group's page (its first lines name it) listing its
  motions one dated line each ("12.03.2024 Antrag: <title>");
- ``motion.list``: several submitters' motions named in one plural, one
  row each: "Anträge der Fraktionen SPD und CDU";
- ``motion.item``: an agenda item's head names its submitter without the
  word "Antrag": "TOP 5 <title> / Fraktion X / Vorlage: 2023/123",
  "Ö 7 <title> (SPD-Fraktion)", rows "5. <title>" of an agenda;
- ``motion.field``: "Antragsteller: CDU-Fraktion" in the head of a paper;
- ``motion.compound``: "der SPD-Antrag";
- ``motion.bracket``: "Antrag Nr. 47/2022 v. 03.05.2022 (FDP)",
  "Antrag (CDU-Fraktion): <title>";
- ``motion.attribute``: the mover in an attribute of the same sentence:
  "der von der SPD-Fraktion eingebrachte Antrag", "die von der CDU-Fraktion
  vorgeschlagenen Maßnahmen gem. Antrag Nr. 512/XVII vom 14.02.2022";
- ``motion.letter``: a motion written as a letter ("Sehr geehrter Herr
  Landrat, wir bitten Sie, … in die Tagesordnung aufzunehmen", "beantragen
  wir"), moved by the faction that signs it or the one faction it names,
  dated by its date line.

- ``motion.movers``: movers the gazetteer cannot vouch for, after the motion
  word: councillors of a list or place as a group ("Antrag der
  CDU-Gemeinderäte"), an advisory council ("Antrag des Seniorenbeirats"),
  councillors named one by one by title or its abbreviation, with their
  faction ("…; Antrag v. StR A u. Fraktion X", "(Antrag StRe A, B, C)");
- ``motion.numbered_moved``: motions the minutes number in the debate
  ("… zu veranschlagen (Antrag 1).", "Als Antrag 4 formuliert Herr X …"),
  one row each; a vote "Zu Antrag 1:" decides the motion numbered 1;
- ``motion.unnamed``, ``motion.unnamed_item``, ``motion.unnamed_paper``:
  motions whose mover the record does not name (module ``unnamed``), rows
  without a submitter.

Submitters the gazetteer does not know are read by their own words: "SPD/FDP-Gruppe",
"Wählergemeinschaft Pro X", a name in quotes after the motion word ("Antrag von
„Jugend entscheidet“").

Procedural motions ("Geschäftsordnungsantrag des Landrats", "GO-Antrag",
"Antrag zur Geschäftsordnung", and a motion asking only for what a
Geschäftsordnung lists: Vertagung, Schluss der Debatte, Verweisung,
Sitzungsunterbrechung, namentliche Abstimmung) have ``motion_type``
"Geschäftsordnungsantrag"; hyphenated words ("Änderungs-Antrag") are
written as one.

The motion a document itself is (an Antrag, or the Antrag a Stellungnahme
answers) takes the document's number, title and date of receipt.

An Anfrage is not a motion; neither is the administration's "Antrag an den
Gemeinderat", nor an applicant's "Antrag auf …" (a Zuschuss, a Befreiung, a
Baugenehmigung), nor a citizens' Eingabe: a submitter, where named, is a
faction, a group, a councillor or an advisory council. A motion named several times is one row:
a later mention by the same submitter(s) merges into an earlier row unless
its date, number, title or kind (amendment or not) differ, or unless it is a
motion line of its own after a vote recorded since the earlier mention
(minutes that treat two motions of one faction one after the other).

Each row's private ``_key`` is the submitter's organisation id (resolutions
link to it through ``_motion_key``); a second motion of the same submitter
in one document gets ``<org id>#<n>``.

One module per concern: ``common`` (motion words, candidates, submitters,
persons, titles), ``mentions`` (a motion named by its word), ``paper`` (the
motion a paper is), ``moved`` (motions moved in a meeting), ``chair`` (the
chair's procedural motions), ``reports`` (motions told in a debate or by their
fate), ``lists`` (several motions named together), ``groups`` (a group's
motions named by "the Fraktion", a group's list), ``heads`` (agenda item heads and submitter fields), ``movers``
(movers the gazetteer cannot vouch for, numbered motions), ``unnamed``
(motions without a named mover); this module merges the mentions into rows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from .. import orgs
from .common import AMENDMENT, PERSON_RE, heads_line, title_key
from .heads import item_heads
from .chair import chair_moves
from .groups import bare_group, group_list, we_made
from .lists import headed_list, listed, plural
from .moved import by_motion, made, moved_in_meeting, on_behalf
from .reports import fate, speech
from .mentions import candidate, compounds, triggers
from .movers import named_movers, numbered_in_meeting
from .unnamed import unnamed, unnamed_petitions
from .paper import header_lines, headed_date, is_motion_paper, letter, moves, own_motion, petitum

if TYPE_CHECKING:
    from .. import Context


def extract(ctx: Context) -> list[dict[str, Any]]:
    # The resolutions rules read the motion rows too (to link them); they are
    # made once per document and kept in ctx.meta["_motion_rows"].
    cached = ctx.meta.get("_motion_rows")
    if isinstance(cached, list):
        return cached
    rows = _extract(ctx)
    ctx.meta["_motion_rows"] = rows
    return rows


def _extract(ctx: Context) -> list[dict[str, Any]]:
    text = ctx.view.text
    cands: list[dict[str, Any]] = []
    words = list(triggers(text))
    for m in words:
        c = candidate(ctx, text, m)
        if c:
            cands.append(c)
    cands.extend(header_lines(ctx, text))
    if is_motion_paper(ctx, text):
        cands.extend(moves(text))
    cands.extend(speech(ctx, text))
    cands.extend(plural(text))
    cands.extend(on_behalf(text))
    cands.extend(moved_in_meeting(ctx, text))
    cands.extend(chair_moves(text))
    cands.extend(bare_group(text))
    cands.extend(fate(text))
    cands.extend(we_made(text))
    listed_by_group = group_list(text)
    if len(listed_by_group) >= 2:
        # A group's page listing its motions is no motion paper of its own.
        cands = [c for c in cands if c["rule"] != "motion.header"]
    cands.extend(listed_by_group)
    cands.extend(listed(text))
    cands.extend(headed_list(text))
    cands.extend(by_motion(text))
    cands.extend(item_heads(ctx, text))
    cands.extend(compounds(text))
    cands.extend(letter(ctx, text))
    cands.extend(made(text, words))
    numbered = numbered_in_meeting(text)
    if numbered:
        # a numbered motion is one row, whatever the rules read in its sentences
        cands = [c for c in cands if not any(n["start"] < c["end"] and c["start"] < n["end"] for n in numbered)]
        cands.extend(numbered)
    spans = sorted((c["start"], c["end"]) for c in cands)
    cands.extend(named_movers(text, words, spans))
    if any(c["rule"] == "motion.joint" for c in cands):
        # "Interfraktioneller ÄNDERUNGSANTRAG" over the factions' lines: the factions named next move it
        named = sorted(c["start"] for c in cands if c["who"])
        cands = [c for c in cands if c["rule"] != "motion.joint"
                 or not any(0 <= s - c["end"] <= _JOINT_NAMED_REACH for s in named[bisect_right(named, c["end"] - 1):][:1])]
    cands.extend(_free(unnamed(ctx, text), cands))
    if not cands:
        # only where no rule found the motion: a paper that is nothing but a petitum and a signature
        cands.extend(petitum(ctx, text))
    if not cands:
        cands.extend(unnamed_petitions(ctx, text))
    cands.sort(key=lambda c: (c["start"], -c["end"]))
    own_motion(ctx, text, cands)
    headed_date(text, cands)

    rows: list[dict[str, Any]] = []
    item_starts = [it.start for it in ctx.tree.items]
    kept = _presented_once(ctx, _member_for_faction(text, _merge_mentions(text, cands, item_starts), item_starts))
    used: dict[str, int] = {}
    for c in kept:
        org = orgs.resolve(c["who"], ctx.body, "parliamentary_group") if c["who"] else None
        key = org.id if org else (orgs.slug(c["who"]) if c["who"] else "#unnamed")
        n = used.get(key, 0)
        used[key] = n + 1
        row = ctx.row(
            ctx.span(c["start"], c["end"]), c["rule"], c["conf"],
            submitted_by=c["who"], motion_type=c["kind"], date=c["date"],
            title=c["title"], reference=c["reference"],
        )
        row["_key"] = key if n == 0 else f"{key}#{n + 1}"
        if c.get("number"):
            row["_number"] = c["number"]  # "(Antrag 2)": the number a vote "Zu Antrag 2:" names
        rows.append(row)
    return rows

# How far after a motion of several factions the text may name them.
_JOINT_NAMED_REACH = 300


def _free(found: list[dict[str, Any]], cands: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The motions without a named mover that no rule reading a mover found:
    none overlaps a candidate, and an agenda row's motion has none on its
    own or the next lines (a submitter line under the title)."""
    spans = sorted((c["start"], c["end"]) for c in cands)
    starts = [s for s, _ in spans]
    out = []
    for f in found:
        reach = f["end"] + (200 if f["rule"] == "motion.unnamed_item" else 0)
        i = bisect_right(starts, reach) - 1
        if any(s < reach and e > f["start"] for s, e in spans[max(0, i - 50):i + 1]):
            continue
        out.append(f)
    return out


# A recorded vote ("Abstimmungsergebnis:", "mehrheitlich abgelehnt").
_VOTE_RECORD = re.compile(
    r"\bAbstimmung(?:sergebnis)?\s*:|\b(?:einstimmig|mehrheitlich)\s+(?:beschlossen|abgelehnt|zugestimmt|angenommen)",
    re.IGNORECASE,
)


def _merge_mentions(text: str, cands: list[dict[str, Any]], item_starts: list[int] | None = None) -> list[dict[str, Any]]:
    """One row per motion: each candidate (sorted by start) either names a
    motion already kept, filling its gaps, or is kept as a motion of its own.

    A later mention merges into the first kept motion it names, unless it is
    a motion line of its own ("Antrag Fraktion X" on a line) after a vote
    recorded since that motion: minutes name each motion where it is
    treated, so a motion introduced after a vote is another one.

    Linear in the number of candidates and the text's length: kept motions
    are looked up by one of the candidate's parties (a motion it names must
    have all of them), and the votes are found once, so that "a vote since
    motion k" is a comparison of offsets.
    """
    votes: list[int] = []
    vote_ends: list[int] = []
    votes_read = False
    kept: list[dict[str, Any]] = []
    by_party: dict[str, list[dict[str, Any]]] = {}
    ends_by_party: dict[str, list[int]] = {}
    kept_end = -1
    for c in cands:
        # Candidates come sorted by start: one overlaps a kept motion exactly
        # when it starts before the furthest end kept so far.
        if c["start"] < kept_end:
            continue
        party = min(_members(c))
        same_party = by_party.get(party, [])
        first = 0
        if same_party and _heads_own_line(text, c):
            if not votes_read:
                # Found once, and only for documents that need them.
                for m in _VOTE_RECORD.finditer(text):
                    votes.append(m.start())
                    vote_ends.append(m.end())
                votes_read = True
            # Only motions kept after the last vote before ``c`` can take it:
            # a vote recorded wholly between k's end and c's start separates them.
            i = bisect_right(vote_ends, c["start"]) - 1
            if i >= 0:
                first = bisect_right(ends_by_party[party], votes[i])
        target = next((same_party[i] for i in range(first, len(same_party)) if _same_motion(same_party[i], c)
                       and not _moved_elsewhere(item_starts, same_party[i], c)), None)
        if target is None and c["title"] and first:
            # The same title is the same motion, however many votes lie between
            # (an agenda at the top lists the motion the item then deals with).
            target = next((k for k in same_party[:first] if k["title"] and title_key(k["title"]) == title_key(c["title"])
                           and _same_motion(k, c)), None)
        if target is not None and item_starts and target["start"] < item_starts[0] <= c["start"] and (
            (_heads_own_line(text, target) and _heads_own_line(text, c)) or _on_item_head(text, c, item_starts)
        ):
            # The agenda at the top lists the motion the item then deals with:
            # the row is where the item deals with it.
            target["start"], target["end"] = c["start"], c["end"]
            kept_end = max(kept_end, c["end"])
            for p in _members(target):
                # it now ends where the item names it: later mentions are read against that
                by_party[p].sort(key=lambda k: k["end"])
                ends_by_party[p] = [k["end"] for k in by_party[p]]
        if target is not None:
            # The first mention stays the row; later ones fill its gaps.
            for f in ("date", "reference", "title"):
                if not target[f] and c[f]:
                    target[f] = c[f]
            if AMENDMENT.search(c["kind"]) and not AMENDMENT.search(target["kind"]):
                # "CDU/SPD-Antrag … Änderungsantrag von CDU und SPD": the plain word was short for it
                target["kind"] = c["kind"]
            if "/" in target["who"] and _members(c) == _members(target) and "/" not in c["who"]:
                target["who"] = c["who"]  # the submitters written out, not run together in a compound
            continue
        if _moved_by_named_earlier(text, kept, c, item_starts):
            continue
        kept.append(c)
        kept_end = max(kept_end, c["end"])
        for p in _members(c):
            by_party.setdefault(p, []).append(c)
            ends_by_party.setdefault(p, []).append(c["end"])
    return kept


_SURNAME = re.compile(r"[A-ZÄÖÜ][\wäöüß-]+")


def _moved_by_named_earlier(text: str, kept: list[dict[str, Any]], c: dict[str, Any],
                            item_starts: list[int] | None) -> bool:
    """Whether ``c`` names a councillor's motion ("der Antrag von Ratsherrn X wird
    angenommen") that X moved earlier in the same item for a faction ("Ratsherr
    X stellt im Namen der Gruppe Y den Antrag, …"): the same motion, told by
    its mover's name."""
    if not c["who"] or orgs.party_names(c["who"], acronyms=True) or not PERSON_RE.match(c["who"]):
        return False
    names = _SURNAME.findall(re.sub(r"\([^()]*\)", "", c["who"]))
    if not names:
        return False
    surname = names[-1]
    item = bisect_right(item_starts, c["start"]) if item_starts else 0
    for k in reversed(kept[-20:]):
        if item_starts and bisect_right(item_starts, k["start"]) != item:
            continue
        if k.get("asks") and c.get("asks") and k["asks"] != c["asks"]:
            continue  # the same member's other request
        if k["rule"] == "motion.moved" and re.search(rf"(?<![\wäöüß]){re.escape(surname)}(?![\wäöüß])", text[k["start"]:k["end"]]):
            return True
    return False


_PLAIN_PERSON = re.compile(r"(?:Herr|Frau)\s+(?:(?:Dr\.|Prof\.)\s*)*[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?")
# "der Antrag der SPD-Fraktion": the motion already before the meeting, named with its article.
_DEFINITE_BEFORE = re.compile(r"(?<![\wäöüß])(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Dd]iese[rmn]?)\s+(?:[\wäöüß-]+\s+)?$")
# How far apart the member's motion and the faction's name for it may stand without items.
_MEMBER_REACH = 2500


def _member_for_faction(text: str, kept: list[dict[str, Any]], item_starts: list[int]) -> list[dict[str, Any]]:
    """A member named without title or faction moves a motion ("Herr X beantragt, …
    in die Tagesordnung aufzunehmen") that the minutes name the faction's later in
    the same item ("Der Antrag der SPD-Fraktion wird abgelehnt"),
    no other motion between: one motion, the faction's, where the member made it."""
    drop: set[int] = set()
    for i, c in enumerate(kept):
        if c["rule"] != "motion.moved" or not _PLAIN_PERSON.fullmatch(c["who"]):
            continue
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if (nxt is None or nxt["rule"] not in ("motion.article", "motion.compound")
                or not orgs.party_names(nxt["who"], acronyms=True) or PERSON_RE.match(nxt["who"])
                or not _DEFINITE_BEFORE.search(text, max(0, nxt["start"] - 30), nxt["start"])):
            continue
        same_item = (bisect_right(item_starts, c["start"]) == bisect_right(item_starts, nxt["start"])) if item_starts else (
            nxt["start"] - c["end"] <= _MEMBER_REACH)
        if not same_item or AMENDMENT.search(nxt["kind"]) and not AMENDMENT.search(c["kind"]):
            continue
        c["who"], c["parties"] = nxt["who"], nxt["parties"]
        for f in ("date", "reference", "title"):
            c[f] = c[f] or nxt[f]
        drop.add(i + 1)
    return [c for i, c in enumerate(kept) if i not in drop] if drop else kept


def _moved_elsewhere(item_starts: list[int] | None, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` is a motion moved in the meeting under another agenda item
    than ``a``: each item's motions are its own ("beantragt die Vertagung"
    under TOP 1 and again under TOP 8 are two motions)."""
    if not item_starts or b["rule"] != "motion.moved":
        return False
    return bisect_right(item_starts, a["start"]) != bisect_right(item_starts, b["start"])


def _presented_once(ctx: Context, kept: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A mover presenting "the" motion ("GR X begründet den Antrag") in an item
    whose head already names a motion presents that one: no motion of its own."""
    tree = ctx.tree
    if not tree.items or not any(c.get("presents") for c in kept):
        return kept
    headed = set()
    for c in kept:
        item = tree.item_at(c["start"])
        if item is not None and not c.get("presents") and c["start"] < item.body_start:
            headed.add(item.start)
    out = []
    for c in kept:
        item = tree.item_at(c["start"]) if c.get("presents") else None
        if item is not None and item.start in headed and c["start"] >= item.body_start:
            continue
        out.append(c)
    return out


def _on_item_head(text: str, c: dict[str, Any], item_starts: list[int]) -> bool:
    """Whether a mention stands on an agenda item's first line ("TOP 7 <title> (Antrag der
    Gruppe X)"): the item that deals with the motion an agenda row lists."""
    i = bisect_right(item_starts, c["start"]) - 1
    return i >= 0 and "\n" not in text[item_starts[i]:c["start"]].strip()


def _heads_own_line(text: str, c: dict[str, Any]) -> bool:
    """Whether a mention is a motion line of its own, which a vote recorded
    before it separates from earlier mentions of the same submitter."""
    return c["rule"] in ("motion.bare", "motion.colon", "motion.article") and heads_line(text, c["start"], c["end"])


def _members(c: dict[str, Any]) -> frozenset[str]:
    """The parties of a candidate, a compound taken apart: "CDU/SPD-Antrag" and
    "SPD/CDU-Antrag" and "Antrag von CDU und SPD" are moved by the same two."""
    return frozenset(part for p in c["parties"] for part in p.split("/"))


def _same_motion(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``b`` names the motion ``a`` already is."""
    if not _members(b) <= _members(a) or b.get("distinct"):
        return False
    if a.get("asks") and b.get("asks") and a["asks"] != b["asks"]:
        return False  # one mover's two requests in the meeting
    for f in ("date", "reference"):
        if a[f] and b[f] and a[f] != b[f]:
            return False
    loose = a.get("loose_title") or b.get("loose_title")
    if a["title"] and b["title"] and title_key(a["title"]) != title_key(b["title"]) and not loose:
        return False
    weak = not (b["date"] or b["reference"] or (b["title"] and not b.get("loose_title")))
    amend_a, amend_b = bool(AMENDMENT.search(a["kind"])), bool(AMENDMENT.search(b["kind"]))
    # A bare "Antrag der Grünen" names the amendment told before or after it by the same words.
    weak_a = not (a["date"] or a["reference"] or (a["title"] and not a.get("loose_title")))
    if amend_a != amend_b and not (weak and not amend_b) and not (weak_a and weak and amend_b):
        return False
    # A debate names a motion of fewer factions than the paper's: a motion of its own.
    return not (b["rule"] == "motion.speech" and a["rule"] != "motion.speech" and b["parties"] != a["parties"])
