"""Vocabularies: OParl labels and result texts to the contract's values
(document type, organisation kind, votes, outcome, unanimity, the committee
a meeting's name states)."""

from __future__ import annotations

import re

from .helpers import _s


_TYPE_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("answer", ("beantwortung", "antwort", "stellungnahme")),
    ("minutes", ("niederschrift", "protokoll", "beschlussauszug")),
    ("agenda", ("tagesordnung", "einladung")),
    ("inquiry", ("anfrage", "auskunftsersuchen")),
    ("motion", ("antrag", "anträge")),
    ("information", ("mitteilung", "informationsvorlage", "information", "bericht",
                     "kenntnisgabe")),
    ("proposal", ("vorlage", "beschlussempfehlung", "beschlussvorschlag")),
)


def document_type_from_label(label: str) -> str:
    """Contract ``documents.type`` for a paperType such as ``Beschlussvorlage``."""
    low = _s(label).lower()
    if not low:
        return "other"
    for doc_type, words in _TYPE_RULES:
        if any(w in low for w in words):
            return doc_type
    return "other"


_ORG_KIND_SPECIFIC: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("external", re.compile(
        r"externe[sr]?\b|institution|unternehmen|gesellschaft|verband\b|konferenz|netzwerk")),
    ("parliamentary_group", re.compile(r"fraktion|\bgruppe\b|ratsgruppe")),
    ("party", re.compile(r"partei")),
    ("council", re.compile(
        r"\bparlament|\brat\b|gemeinderat|stadtrat|ortschaftsrat|ortsbeirat|ortsrat|kreistag|"
        r"rat der|bezirksvertretung|bezirksversammlung|stadtverordnetenversammlung|"
        r"gemeindevertretung|ratsversammlung|bürgerschaft|samtgemeinderat|vollversammlung|"
        r"regionsversammlung|verbandsversammlung")),
    ("committee", re.compile(
        r"ausschuss|ausschuß|beirat|kommission|arbeitskreis|arbeitsgruppe|\bag\b|"
        r"unterausschuss|senat\b")),
    ("administration", re.compile(
        r"verwaltung|\bamt\b|\bämter|dezernat|fachbereich|referat|bürgermeister|"
        r"oberbürgermeister|landrat|stadtamt|\bamt für")),
)


def organization_kind(organization_type: str = "", classification: str = "", name: str = "") -> str:
    """Contract ``organizations.kind`` from OParl organizationType/classification/name.

    The specific field (classification) wins over the coarse one; a bare
    ``Gremium`` only decides when neither classification nor name does.
    """
    for field in (classification, organization_type, name):
        low = _s(field).lower()
        if not low or low in ("gremium", "sonstiges", "sonstige"):
            continue
        for kind, pattern in _ORG_KIND_SPECIFIC:
            if pattern.search(low):
                return kind
    if "gremium" in (_s(organization_type).lower(), _s(classification).lower()):
        return "committee"
    return "external"


_N = r"(?<!\d)(\d{1,4})\s*"
_VOTE_PATTERNS = {
    "votes_yes": re.compile(_N + r"(?:x\s*)?(?:ja[- ]?stimmen?|ja\b|dafür\b)", re.IGNORECASE),
    "votes_no": re.compile(_N + r"(?:x\s*)?(?:nein[- ]?stimmen?|nein\b|gegenstimmen?|dagegen\b)",
                           re.IGNORECASE),
    "votes_abstain": re.compile(_N + r"(?:x\s*)?(?:stimm)?enthaltung(?:en|\(en\))?", re.IGNORECASE),
}


def votes_from_result(text: str) -> dict[str, int | None]:
    """Vote counts stated in a result text; all None when absent or ambiguous
    (several votes in one text, as in "a) 7 Ja-Stimmen ... b) 7 Ja-Stimmen")."""
    found: dict[str, int | None] = {}
    ambiguous = False
    for col, pattern in _VOTE_PATTERNS.items():
        hits = [int(h) for h in pattern.findall(text or "")]
        if len(hits) > 1 or any(h > 1000 for h in hits):
            ambiguous = True
        found[col] = hits[0] if len(hits) == 1 else None
    if ambiguous:
        return {col: None for col in _VOTE_PATTERNS}
    return found


_OUTCOME_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("withdrawn", ("zurückgezogen", "zurueckgezogen")),
    ("adopted", ("unverändert beschlossen", "ungeändert beschlossen", "unverändert zugestimmt",
                 "ohne änderung")),
    ("adopted_amended", ("geändert beschlossen", "mit änderung", "geänderte", "geänderten",
                         "teilweise zugestimmt", "teilweise beschlossen", "teilweise angenommen",
                         "modifiziert beschlossen", "ergänzt beschlossen")),
    ("rejected", ("abgelehnt", "ablehnung", "zurückgewiesen", "nicht stattgegeben",
                  "nicht zugestimmt", "nicht beschlossen", "nicht angenommen",
                  "nicht empfohlen", "keine zustimmung", "keine mehrheit")),
    ("postponed", ("vertagt", "zurückgestellt", "verschoben", "vertagung")),
    ("referred", ("verwiesen", "überwiesen", "verweisung", "überweisung")),
    ("noted", ("zur kenntnis genommen", "kenntnisnahme", "kenntnis genommen",
               "nimmt kenntnis", "nahm kenntnis", "zur kenntnis")),
    ("other", ("einverstanden",)),
    ("adopted", ("beschlossen", "zugestimmt", "angenommen", "zustimmung", "genehmigt",
                 "empfohlen", "gewählt", "stattgegeben", "bestätigt", "beschließt",
                 "stimmt zu")),
)


def outcome_from_result(text: str) -> tuple[str, bool]:
    """(contract outcome, inferred) for an OParl ``result`` such as ``einstimmig beschlossen``.

    ``inferred`` is True when no outcome word is stated and the outcome is
    read from the vote alone (``einstimmig, 0 Enthaltungen``; ``13 Ja-Stimmen,
    0 Nein-Stimmen``): a vote without a word for its outcome adopts what was
    put to the vote when yes outnumber no, and rejects it otherwise (a tie
    rejects, as in the Gemeindeordnungen).
    """
    low = _s(text).lower()
    if not low:
        return "other", False
    for outcome, words in _OUTCOME_RULES:
        if any(w in low for w in words):
            return outcome, False
    # Only a text that *is* a vote ("einstimmig, 0 Enthaltungen", "13 Ja-Stimmen,
    # 0 Nein-Stimmen") says what happened; "Alternative 1: ... 6 Ja-Stimmen"
    # or several votes in one text do not.
    several = _vote_statements(low) > 1
    if several and not _VOTE_COUNT.search(low) and "mehrheitlich" not in low:
        return "adopted", True  # "a) einstimmig, b) einstimmig"
    if not _VOTE_FIRST.match(low) or several:
        return "other", False
    if re.match(r"\s*(?:einstimmig|mehrheitlich)", low):
        return "adopted", True
    votes = votes_from_result(low)
    yes, no = votes["votes_yes"], votes["votes_no"]
    if yes is not None and no is not None:
        return ("adopted" if yes > no else "rejected"), True
    return "other", False


_VOTE_FIRST = re.compile(r"\s*(?:einstimmig|mehrheitlich|\d{1,4}\s*(?:ja|nein))")
_VOTE_WORD = re.compile(r"einstimmig|mehrheitlich")
_VOTE_COUNT = re.compile(r"(?<!\d)\d{1,4}\s*ja[- ]?stimm")


def _vote_statements(low: str) -> int:
    """How many votes a result reports ("Einstimmig12 Ja-Stimmen" is one)."""
    return max(len(_VOTE_WORD.findall(low)), len(_VOTE_COUNT.findall(low)))


def unanimous_from_result(text: str, votes_no: int | None) -> bool | None:
    """True for einstimmig, False for a stated split vote, None when unknown
    or when the text reports several votes that differ."""
    low = _s(text).lower()
    if _vote_statements(low) > 1 and (_VOTE_COUNT.search(low) or "mehrheitlich" in low):
        return None
    if re.search(r"(?<!nicht )einstimmig|einstimmige", low):
        return True
    if "mehrheitlich" in low or "mehrheit" in low or "nicht einstimmig" in low:
        return False
    if votes_no is not None and votes_no > 0:
        return False
    return None


_ORG_NAME_WORD = re.compile(
    r"(rat|ausschuss|ausschuß|tag|beirat|kommission|versammlung|vertretung|gremium|konferenz|"
    r"bürgerschaft|plenum)\b", re.IGNORECASE)
_GENITIVE = (("ausschusses", "ausschuss"), ("rates", "rat"), ("rats", "rat"),
             ("tages", "tag"), ("tags", "tag"), ("beirates", "beirat"), ("beirats", "beirat"),
             ("gremiums", "gremium"))


def organization_from_meeting_name(name: str) -> str:
    """The committee a meeting's name states, '' when it states none.

    ``Gemeinderat (18. Sitzung)`` -> ``Gemeinderat``; ``Ortschaftsrat Durlach
    (öffentlich/nicht öffentlich)`` -> ``Ortschaftsrat Durlach``; ``4. Sitzung
    des Finanzausschusses`` -> ``Finanzausschuss`` (the nominative is a prefix
    of the word as written); ``SI/0507/20`` -> ``''``.
    """
    if not name:
        return ""
    m = re.match(r"^(?:\d+\.\s*)?(?:[\wäöü/ -]*\s)?Sitzung\s+(?:des|der)\s+(.+?)\s*(?:\(.*\))?\s*$",
                 name, re.IGNORECASE | re.DOTALL)
    if m:
        org = m.group(1)
        low = org.lower()
        for gen, nom in _GENITIVE:
            if low.endswith(gen):
                org = org[: len(org) - len(gen) + len(nom)]
                break
        return org if _ORG_NAME_WORD.search(org) and "\n" not in org else ""
    m = re.match(r"^\s*([^()\n]+?)\s*\([^()]*\)\s*$", name)
    candidate = m.group(1) if m else name.strip()
    if "sitzung" in candidate.lower() or "\n" in candidate or len(candidate) > 100:
        return ""
    return candidate if _ORG_NAME_WORD.search(candidate) else ""
