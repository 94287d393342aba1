"""What holds for every decision: duplicates, decisions a structured source
gives, the link to motions, outcomes settled, one row per telling."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from ..motions.common import AMENDMENT
from ..votes import (
    counts_outcome,
    has_vote,
    outcome_of,
)

if TYPE_CHECKING:
    from .. import Context
from .patterns import _MOTION_WORD, SIDE_MOTION
from .state import _State


def _dedupe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row inside another row's passage with the same outcome is the same decision."""
    out: list[dict[str, Any]] = []
    reach: dict[str, int] = {}  # outcome -> furthest end of a kept row
    for r in sorted(rows, key=lambda r: (r["char_start"], -r["char_end"])):
        if r["char_end"] <= reach.get(r["outcome"], -1):
            continue
        reach[r["outcome"]] = r["char_end"]
        out.append(r)
    return out


def _not_given(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Decisions a structured source (OParl) gives for the document are not
    read again from its rendered text: same date, same (or no) body."""
    given = (st.ctx.doc.records or {}).get("resolutions") or []
    if not given:
        return rows

    def words(name: str | None) -> set[str]:
        return set((name or "").casefold().split())

    known = [(g.get("date"), words(g.get("decided_by"))) for g in given]

    def same(r: dict[str, Any]) -> bool:
        w = words(r.get("decided_by"))
        return any(d == r.get("date") and (not g or not w or g <= w or w <= g) for d, g in known)

    return [r for r in rows if not same(r)]


def _link_motions(ctx: Context, text: str, rows: list[dict[str, Any]]) -> None:
    """``_motion_key`` of the one motion a resolution decides, where clear."""
    if not any(_MOTION_WORD.search(text, *r["_motion_region"]) for r in rows if r.get("_motion_region")):
        return
    motions = ctx.meta.get("_motion_rows")
    if not isinstance(motions, list):
        from .. import motions as motions_mod

        try:
            motions = motions_mod.extract(ctx)
        except Exception:  # a broken motions rule must not cost the resolutions
            motions = []
        ctx.meta["_motion_rows"] = motions
    if not motions:
        return
    # Motions by where they start and by submitter, so that linking stays
    # linear in the text's length (a document has few distinct submitters).
    keyed = sorted((mr["char_start"], i, mr["_key"]) for i, mr in enumerate(motions) if "_key" in mr)
    starts = [s for s, _, _ in keyed]
    by_who: dict[str, list[tuple[int, str]]] = {}
    for i, mr in enumerate(motions):
        if "_key" in mr and mr.get("submitted_by"):
            by_who.setdefault(mr["submitted_by"].casefold(), []).append((i, mr["_key"]))
    kinds = {mr["_key"]: mr.get("motion_type") for mr in motions if "_key" in mr}
    who_of = {mr["_key"]: mr.get("submitted_by") or "" for mr in motions if "_key" in mr}
    for r in rows:
        region = r.get("_motion_region")
        if not region:
            continue
        span = ctx.view.span(*region)
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, max(span.end, span.start + 1))
        keys = [key for _, _, key in keyed[lo:hi]]
        if not keys:
            low = text[region[0] : region[1]].casefold()
            keys = [key for _, key in sorted(
                pair for who, pairs in by_who.items() if _names_motion(low, who) for pair in pairs
            )]

        if not keys and _BACK_REFERENCE.search(text, region[0], region[1]):
            # "Die Grünen fordern in einem Antrag … Der Kreistag lehnte den Antrag ab": the motion just named
            before = ctx.view.span(max(0, region[0] - 600), region[0])
            keys = [key for s, _, key in keyed[bisect_left(starts, before.start):lo] if s < span.start]
        keys = list(dict.fromkeys(keys))
        if len(keys) > 1:
            keys = named_by_vote(r.get("quote") or "", [(k, who_of.get(k, ""), kinds.get(k)) for k in keys]) or keys
        if len(keys) == 1 and may_decide(r, kinds.get(keys[0])):
            r["_motion_key"] = keys[0]


_VOTE_HEAD = 80


def named_by_vote(quote: str, motions: list[tuple[Any, str, str | None]]) -> list[Any]:
    """Of several motions (key, submitter, kind) a vote may decide, the ones its own words
    name: "Abstimmung über den Ergänzungsantrag der SPD-Fraktion" — the mover, and of that
    mover's motions the kind."""
    # Only the vote's head names what it decides ("Abstimmung über den … der X:"); a motion named
    # further on is told in passing ("… stimmt dem Antrag der CDU mit dem Ergänzungsantrag der SPD zu").
    low = " ".join(quote.split())[:_VOTE_HEAD].casefold()
    named = [(k, kind) for k, who, kind in motions if who and _names_motion(low, who.casefold())]
    if len(named) > 1:
        kinded = [(k, kind) for k, kind in named if (kind or "Antrag").casefold() != "antrag" and (kind or "").casefold() in low]
        named = kinded or named
    return [k for k, _ in named]


# A motion named by a definite article or a demonstrative: the one just named before.
_BACK_REFERENCE = re.compile(
    r"\b(?:den|der|dem|des|diesen|dieser|diesem)\s+(?:[\wäöüß-]+\s+)?(?:Änderungs|Ergänzungs|Dringlichkeits|Zusatz)?"
    r"[Aa]ntr(?:ag|ages|ags)\b(?!\s+(?:der|des|von)\s)"
)


# A decision that names the motion it decides ("Der Antrag wird abgelehnt",
# "Er wird mit Stimmenmehrheit abgelehnt" after the motion's sentence).
_NAMES_A_MOTION = re.compile(r"\b(?:Antrag|Geschäftsordnungsantrag|GO-Antrag|Er|Dieser)\b")
# A procedural motion named by what it asks: "Der Verweisungsantrag ist abgelehnt",
# "Vertagungsantrag angenommen". Such a vote decides that motion, never the item's own.
_PROCEDURAL_MOTION = re.compile(
    r"(?:Vertagungs|Verweisungs|Überweisungs|Rückverweisungs|Absetzungs|Unterbrechungs|Schluss|Geschäftsordnungs|GO-)[Aa]ntr(?:ag|äge)"
)


def may_decide(r: dict[str, Any], motion_type: str | None) -> bool:
    """Whether a resolution may decide a motion of this type. A procedural
    motion (Vertagung, Schluss der Debatte) is decided by the vote that names
    it, or by the item put off or referred; an amendment by the vote that
    names an amendment. The item's own decision on its matter decides neither."""
    wording = r.get("quote") or r.get("text") or ""
    if motion_type == "Geschäftsordnungsantrag":
        return (r.get("outcome") in ("postponed", "referred") or bool(_NAMES_A_MOTION.search(wording))
                or bool(_PROCEDURAL_MOTION.search(wording)))
    if _PROCEDURAL_MOTION.search(wording):
        return False
    if motion_type and AMENDMENT.search(motion_type):
        return bool(SIDE_MOTION.search(wording))
    return True


def _names_motion(low: str, who: str) -> bool:
    """"Antrag der SPD-Fraktion", or the mover taking its own motion back
    ("die SPD-Fraktion zieht den Antrag … zurück")."""
    i = low.find(who)
    return i >= 0 and ("antrag" in low[max(0, i - 40) : i] or bool(_MOVER_WITHDRAWS.match(low, i + len(who))))


_MOVER_WITHDRAWS = re.compile(r"\s+(?:zieht|ziehen|zog|zogen)\s+(?:ihren|seinen|den|die)\s+(?:[\wäöüß-]+\s+)?\w*antr")


# Words that state the outcome itself, which counts do not overrule.
_STATED_ADOPTION = re.compile(r"angenommen|zugestimmt|Zustimmung|genehmigt|beschlossen|befürwortet", re.IGNORECASE)
_VOTE_KEYS = ("votes_yes", "votes_no", "votes_abstain")


def _settle(st: _State, rows: list[dict[str, Any]]) -> None:
    """What holds for every decision: counts decide when no outcome word
    does; the session's body and date stand in for unnamed ones."""
    tree = st.ctx.tree
    session = tree.session
    for r in rows:
        if not r.get("paper_reference") and r["rule"] in _SENTENCE_RULES | {"resolution.passage"}:
            # The papers named in the head of the item the decision is taken under.
            item = tree.item_at(st.ctx.view.to_view(r["char_start"]))
            if item is not None and item.references:
                r["paper_reference"] = "; ".join(item.references)
        if (
            r["outcome"] == "adopted" and counts_outcome(r) == "rejected"
            and not _STATED_ADOPTION.search(r["quote"])
        ):
            r["outcome"] = "rejected"
        if session is None:
            continue
        if not r.get("decided_by") and session.body:
            r["decided_by"] = session.body
        if not r.get("date") and session.date and (session.minutes or st.minutes):
            r["date"] = session.date


def _one_per_telling(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One decision told several times in one agenda item ("Beschluss:
    vertagt", then "beschließt der Ausschuss, die Beratung zu vertagen") is
    one resolution: the first telling is kept, the others fill its gaps."""
    out: list[dict[str, Any]] = []
    kept: dict[tuple[int, str], dict[str, Any]] = {}
    # The surest telling is kept (a Beschluss block before a sentence), else the first.
    tree = st.ctx.tree
    for r in sorted(rows, key=lambda r: (-r["confidence"], r["char_start"])):
        item = tree.item_at(st.ctx.view.to_view(r["char_start"]))
        # (each row of a numbered decision list is a decision of its own)
        if item is None or r["rule"] in ("resolution.vote_line", "resolution.ref_line", "resolution.list"):
            out.append(r)
            continue
        outcome = r["outcome"]
        if outcome == "adopted" and counts_outcome(r) == "rejected" and not _STATED_ADOPTION.search(r["quote"]):
            outcome = "rejected"  # as _settle will have it: the counts decide a bare table
        key = (item.start, outcome)
        first = kept.get(key)
        if (
            first is None
            or (first["rule"] == r["rule"] == "resolution.block")
            or (first["rule"] == r["rule"] == "resolution.passive" and _own_line(st.text, first) and _own_line(st.text, r))
            or any(first.get(k) is not None and r.get(k) is not None and first[k] != r[k] for k in _VOTE_KEYS)
            or any(first.get(k) and r.get(k) and first[k] != r[k]
                   for k in ("paper_reference", "decided_by", "recommended_to", "date"))
            # the vote on an amendment or a procedural motion is no telling of the item's decision
            or _names_side_motion(st, first) != _names_side_motion(st, r)
        ):
            kept[key] = r
            out.append(r)
            continue
        for k, v in r.items():
            if v is not None and first.get(k) is None:
                first[k] = v
    # A paper or motion withdrawn is thereby off the agenda: "zieht die Vorlage
    # zurück … Der Punkt wird von der Tagesordnung abgesetzt" is one telling.
    withdrawn = {k[0] for k in kept if k[1] == "withdrawn"}
    if withdrawn:
        out = [r for r in out if not (
            r["outcome"] == "postponed" and all(r.get(k) is None for k in _VOTE_KEYS)
            and (item := tree.item_at(st.ctx.view.to_view(r["char_start"]))) is not None and item.start in withdrawn
        )]
    return sorted(out, key=lambda r: (r["char_start"], r["char_end"]))


def _names_side_motion(st: _State, r: dict[str, Any]) -> bool:
    """Whether a decision votes on an amendment or a procedural motion, named
    in it or just before it in its paragraph ("GR X stellt den Antrag auf
    Schluss der Debatte. Der Antrag wird mit Stimmenmehrheit angenommen.")."""
    if SIDE_MOTION.search(r["quote"]):
        return True
    if not _NAMES_A_MOTION.search(r["quote"][:120]):
        return False  # a decision that names its own matter ("beschließt … die Satzung") is no vote on a motion
    a = st.ctx.view.to_view(r["char_start"])
    lo = max(0, a - 160)
    par = st.text.rfind("\n\n", lo, a)
    return bool(SIDE_MOTION.search(st.text, par + 2 if par >= 0 else lo, a))


# A result field that holds nothing but counts: "Abstimmung: Ja: 12, Nein: 0".
_COUNTS_FIELD = re.compile(r"\s*(?:Abstimmung(?:sergebnis)?|Ergebnis(?:\s+der\s+Abstimmung)?)\s*:[^.\n]*\s*\Z")


def _join_lone_vote(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A page of an information system may set the vote apart from the
    Beschluss (the counts in a field at the top, the wording at the end):
    where an item (or a page without items) holds one field of counts and
    one decision without counts, they are one decision."""
    tree = st.ctx.tree
    groups: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        item = tree.item_at(st.ctx.view.to_view(r["char_start"]))
        groups.setdefault(item.start if item is not None else -1, []).append(r)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) != 2:
            continue
        counts = [r for r in members if _COUNTS_FIELD.match(r["quote"]) and outcome_of(r["quote"]) is None]
        worded = [r for r in members if r not in counts and all(r.get(k) is None for k in _VOTE_KEYS)]
        if len(counts) == 1 and len(worded) == 1:
            vote, dec = counts[0], worded[0]
            for k in (*_VOTE_KEYS, "unanimous"):
                dec[k] = vote.get(k)
            drop.add(id(vote))
    return [r for r in rows if id(r) not in drop]


# A sentence that states only how "the decision" was voted: "Der Beschluss
# erfolgte einstimmig.", "Der Beschluss wurde mit 12 Ja-Stimmen gefasst."
_VOTE_STATEMENT = re.compile(
    r"\s*(?:Der|Dieser)\s+Beschluss\s+(?:erfolgte|erfolgt|wurde|wird|ist|war|fiel)\s+[^.\n]{0,80}?"
    r"(?:einstimmig|mehrheitlich|Mehrheit|Stimmen|Gegenstimme|Enthaltung)[^.\n]{0,60}\.?\s*\Z"
)


# An amendment carried in the session: "Der Änderungsantrag … wird einstimmig
# angenommen", "Dem Ergänzungsantrag der SPD wurde zugestimmt", "Der Rat
# stimmt dem Änderungsantrag der CDU mit 12 Ja-Stimmen zu".
_AMENDMENT_CARRIED = re.compile(
    r"\b(?:Änderungs|Ergänzungs|Abänderungs)-?(?:antr(?:ag|äge)|vorschl(?:ag|äge))\w*\b[^.\n]{0,240}?"
    r"\b(?:angenommen|zugestimmt|beschlossen|stattgegeben|entsprochen|gebilligt)\b"
    r"|\b(?:stimmt|stimmte|stimmen|stimmten)\b[^.\n]{0,80}?\b(?:dem|den)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:Änderungs|Ergänzungs|Abänderungs)-?(?:antr(?:ag|ägen)|vorschl(?:ag|ägen))\w*\b[^.\n]{0,160}?\bzu\b",
    re.IGNORECASE,
)
_NOT_CARRIED = re.compile(r"\b(?:abgelehnt|nicht|keine|zurückgezogen|zurückgenommen|vertagt|verwiesen)\b", re.IGNORECASE)


def _after_amendment(st: _State, rows: list[dict[str, Any]]) -> None:
    """A decision taken after an amendment was carried in the same agenda
    item is the proposal as amended (``adopted_amended``): "Der
    Änderungsantrag … wird angenommen. … Sodann beschließt der Rat …"."""
    if not st.minutes or "nderungs" not in st.text and "rgänzungs" not in st.text:
        return
    tree = st.ctx.tree
    text = st.text
    for r in rows:
        if r["outcome"] != "adopted" or (counts_outcome(r) == "rejected" and not _STATED_ADOPTION.search(r["quote"])):
            continue
        at = st.ctx.view.to_view(r["char_start"])
        item = tree.item_at(at)
        # The vote on the amendment itself names it, or (a bare "Der Antrag wird
        # angenommen") follows the sentence that does.
        if item is None or _names_side_motion(st, r):
            continue
        for m in _AMENDMENT_CARRIED.finditer(text, item.start, at):
            if not _NOT_CARRIED.search(m.group()):
                r["outcome"] = "adopted_amended"
                break


def _join_following_vote(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A decision told in one sentence and its vote in the next, on its own
    ("Dem Antrag wurde entsprochen. / Der Beschluss erfolgte einstimmig."):
    one decision, its passage running over both."""
    if len(rows) < 2:
        return rows
    text = st.ctx.doc.text
    ordered = sorted(rows, key=lambda r: r["char_start"])
    drop: set[int] = set()
    for first, vote in zip(ordered, ordered[1:], strict=False):
        if id(first) in drop or not _VOTE_STATEMENT.match(vote["quote"]):
            continue
        gap = text[first["char_end"]:vote["char_start"]]
        if gap.strip() or gap.count("\n") > 2 or first["outcome"] != vote["outcome"]:
            continue
        if first["unanimous"] is not None or any(first.get(k) is not None for k in _VOTE_KEYS):
            continue
        span = st.ctx.span(st.ctx.view.to_view(first["char_start"]), st.ctx.view.to_view(vote["char_end"]))
        first.update(quote=span.quote, char_start=span.start, char_end=span.end, unanimous=vote["unanimous"],
                     **{k: vote.get(k) for k in _VOTE_KEYS})
        drop.add(id(vote))
    return [r for r in rows if id(r) not in drop]


def _own_line(text: str, row: dict[str, Any]) -> bool:
    """Whether a row's passage fills lines of its own: a report lists the
    decisions of one item line by line ("Einem Baugesuch … wurde das
    Einvernehmen erteilt." / "Einem Baugesuch … wurde das Einvernehmen
    erteilt."), each a decision of its own, not the same one told twice."""
    a, b = row["char_start"], row["char_end"]
    return (a == 0 or text[a - 1] == "\n") and (b == len(text) or text[b:b + 1] == "\n")


# Rules that read one sentence or line: inside a proposal, or inside the
# Beschlusstext of a decision, such a passage is content, not a decision.
_SENTENCE_RULES = frozenset({
    "resolution.sentence", "resolution.passive", "resolution.announcement", "resolution.result_line",
    "resolution.withdrawal",
})


# The approval note printed under minutes, filled in at a later session: "Die
# vorstehende Niederschrift ist in der Sitzung vom ____ genehmigt worden".
_APPROVAL_FORM = re.compile(r"\b(?:[Dd]as|[Dd]ie)\s+vorstehende\s+(?:Protokoll|Niederschrift|Sitzungsniederschrift)\b")


def _not_content(st: _State, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # A paper (Vorlage) reports earlier decisions in its proposal's text
    # ("Er hat … beauftragt"); only minutes set proposals apart from decisions.
    if not st.minutes:
        return rows
    tree = st.ctx.tree
    out = []
    for r in rows:
        if _APPROVAL_FORM.search(r["quote"]):
            continue
        if r["rule"] in _SENTENCE_RULES:
            block = tree.block_at(st.ctx.view.to_view(r["char_start"]))
            if block is not None and (block.kind == "proposal" or (block.kind == "content" and not has_vote(r["quote"]))):
                continue
        out.append(r)
    return out
