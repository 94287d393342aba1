"""Organisation names normalised through the gazetteer (``gazetteer.json``).

"CDU-Fraktion", "Fraktion der CDU" and "CDU" are one organisation; the
Sozialausschuss of Landkreis Cloppenburg is not the Sozialausschuss of
another authority, so bodies every authority has are qualified by the
document's authority in their id when it is known.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    kind: str
    body: str | None = None


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_PREFIXES = re.compile(
    r"^(?:(?:der|die|des|dem|den)\s+)?(?:gruppe|fraktion|fraktionen|ratsfraktion|"
    r"gemeinderatsfraktion|kreistagsfraktion|stadtratsfraktion)\s+(?:der\s+|die\s+|des\s+)?",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:der|die|des|dem|den)\s+(?=\S)", re.IGNORECASE)


def slug(s: str) -> str:
    s = s.translate(_TRANSLIT).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def _key(s: str) -> str:
    return " ".join(s.split()).casefold().rstrip(".,;: ")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, dict], list[dict]]:
    data = json.loads(resources.files("councildata").joinpath("gazetteer.json").read_text("utf-8"))
    aliases: dict[str, dict] = {}
    for entry in data["entries"]:
        for name in [entry["name"], *entry.get("aliases", [])]:
            aliases[_key(name)] = entry
    suffixes = sorted(data.get("suffixes", []), key=lambda s: len(s["suffix"]), reverse=True)
    return aliases, suffixes


def _make(name: str, kind: str, local: bool, body: str | None) -> Org:
    oid = slug(name)
    if local and body:
        oid = f"{slug(body)}/{oid}"
    return Org(oid, name, kind, body if local else None)


def resolve(name: str | None, body: str | None = None, default_kind: str | None = None) -> Org | None:
    """The organisation a name as written refers to, or None if it is not one.

    ``body`` is the authority of the document the name was read in; names
    not in the gazetteer are classified by their ending ("…ausschuss" is a
    committee) or get ``default_kind`` when the caller knows what it is.
    """
    if not name or not name.strip():
        return None
    aliases, suffixes = _gazetteer()
    written = " ".join(name.split()).strip(" ,;:")
    for candidate in (written, _PREFIXES.sub("", written), _ARTICLE.sub("", written)):
        entry = aliases.get(_key(candidate))
        if entry:
            return _make(entry["name"], entry["kind"], entry.get("local", False), body)
    # Factions written with their council ("GRÜNE-Gemeinderatsfraktion"),
    # joint submitters ("SPD- und GRÜNE-Fraktion", "KULT, GRÜNE, FDP und DIE
    # LINKE") and councillors with their faction: the faction(s).
    if _SUBMITTER_MARK.search(written):
        names = party_names(written)
        if names:
            canonical = "/".join(names)
            entry = aliases.get(_key(canonical))
            if entry:
                return _make(entry["name"], entry["kind"], entry.get("local", False), body)
            return _make(canonical, "parliamentary_group", True, body)
        if _PERSON_TITLE.match(written):
            return None  # a councillor is not an organisation
    bare = _PREFIXES.sub("", written).strip() or written
    # A group of factions: "GRÜNE/UWG", "CDU/SPD/GRÜNE".
    if "/" in bare and all(p.strip() for p in bare.split("/")):
        parts = [aliases.get(_key(p)) for p in bare.split("/")]
        canonical = "/".join(e["name"] if e else p.strip() for e, p in zip(parts, bare.split("/"), strict=True))
        if any(parts) or _PREFIXES.match(written):
            return _make(canonical, "parliamentary_group", True, body)
    if _PREFIXES.match(written):
        return _make(bare, "parliamentary_group", True, body)
    last = bare.split()[-1].casefold()
    for s in suffixes:
        if last.endswith(s["suffix"]):
            canonical = bare
            if "canonical_suffix" in s:
                canonical = bare[: len(bare) - len(s["suffix"])] + s["canonical_suffix"]
            canonical = _ARTICLE.sub("", canonical)
            local = s["kind"] in ("committee", "council", "administration")
            return _make(canonical, s["kind"], local, body)
    if default_kind:
        return _make(_ARTICLE.sub("", bare), default_kind, default_kind != "external", body)
    return None


# -- submitters of motions -------------------------------------------------

# A councillor named with the title of office: "Stadträtin Göttel",
# "Ortschaftsrat Dr. Tromm", "Bezirksabgeordnete Müller".
_PERSON_TITLE = re.compile(
    r"^(?:Stadtr(?:at|ätin)|Ortschaftsr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreisr(?:at|ätin)|Bezirksr(?:at|ätin)|"
    r"Ortsr(?:at|ätin)|Ratsherrn?|Ratsfrau|Ratsmitglied|Bezirksabgeordnete[rn]?|Kreistagsabgeordnete[rn]?|"
    r"Kreistagsmitglied|Stadtverordnete[rn]?|Gemeindevertreter(?:in)?|Abgeordnete[rn]?|Herrn?|Frau)\s+\S"
)
# "…-Fraktion", "…-Gemeinderatsfraktion", "… Ortschaftsratsfraktion Wettersbach"
_FACTION_WORD = re.compile(
    r"^(?P<name>.+?)(?:-|\s+)[A-Za-zÄÖÜäöüß]*[Ff]raktion(?:\s+(?:im\s+\w+\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)?$"
)
_SUBMITTER_SPLIT = re.compile(r"\s*,\s*|\s+(?:und|sowie|&)\s+|(?<=[Ff]raktion)\s+(?=[A-ZÄÖÜ][^,]*[Ff]raktion)")
_SUBMITTER_MARK = re.compile(r"[Ff]raktion|,|\s(?:und|sowie|&)\s|^(?:Gruppe|Ratsgruppe)\s|" + _PERSON_TITLE.pattern)
# A short upper-case name of a local group: "KAL", "UWG", "FÜR", "BL."
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7}\.?$")
_NOT_GROUPS = frozenset({
    "top", "nr", "ds", "drs", "az", "ziff", "anl", "eu", "ob", "gr", "pdf", "ii", "iii", "iv", "vi",
    "ag", "ev", "bund", "nabu", "adfc", "vcd", "dgb", "ihk", "hwk", "vhs", "db", "awo", "drk",
})
_JOINT_PREFIX = re.compile(
    r"^(?:(?:der|die|den)\s+)?(?:Fraktionen|Gruppen|Ratsfraktionen|Kreistagsfraktionen|Gemeinderatsfraktionen)"
    r"\s+(?:von\s+|der\s+|des\s+)?",
    re.IGNORECASE,
)
_PARTY_KINDS = ("parliamentary_group", "party")


def _party(part: str, acronyms: bool) -> str | None:
    """Canonical name of one faction or group as written, or None."""
    aliases, _ = _gazetteer()
    p = " ".join(part.split()).strip(" ,;:")
    p = _ARTICLE.sub("", p) if not aliases.get(_key(p)) else p
    m = _FACTION_WORD.match(p)
    had_mark = bool(m) or bool(_PREFIXES.match(p))
    stem = m.group("name").strip() if m else p
    stem = _PREFIXES.sub("", stem).strip().rstrip("-").strip()
    words = stem.split()
    # "GRÜNE Bergedorf": a faction named with its district.
    shorter = " ".join(words[:-1]) if len(words) > 1 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]+", words[-1]) else ""
    for cand in (p, stem, stem.rstrip("."), shorter):
        entry = aliases.get(_key(cand)) if cand else None
        if entry:
            return entry["name"] if entry["kind"] in _PARTY_KINDS else None
    if not stem:
        return None
    # A name broken at a line end: "GRÜ-NEN"
    if re.fullmatch(r"[A-ZÄÖÜ]+-[A-ZÄÖÜ]+", stem):
        entry = aliases.get(_key(stem.replace("-", "")))
        if entry and entry["kind"] in _PARTY_KINDS:
            return entry["name"]
    if re.search(r"[/|]", stem):
        pieces = [x.strip() for x in re.split(r"[/|]", stem)]
        names = []
        for x in pieces:
            entry = aliases.get(_key(x)) or aliases.get(_key(x.rstrip(".")))
            if entry and entry["kind"] in _PARTY_KINDS:
                names.append(entry["name"])
            elif _ACRONYM.match(x) or (x[:1].isupper() and len(x.split()) == 1 and had_mark):
                names.append(x)
            else:
                return None
        return "/".join(names)
    # A joint faction named with a dash: "Fraktion Die Grünen – Rosa Liste", "SPD - Volt".
    dash = re.split(r"\s[–-]\s", stem, maxsplit=1)
    if len(dash) == 2 and had_mark and dash[1][:1].isupper() and len(dash[1].split()) <= 3:
        entry = aliases.get(_key(dash[0]))
        if entry and entry["kind"] in _PARTY_KINDS:
            return f"{entry['name']} – {dash[1]}"
    if _ACRONYM.match(stem) and stem.rstrip(".").casefold() not in _NOT_GROUPS and (acronyms or had_mark):
        return stem
    if had_mark and stem[:1].isupper() and len(stem.split()) <= 3:
        return stem
    return None


def party_names(name: str, acronyms: bool = False) -> list[str] | None:
    """The factions or groups that moved a motion, canonical, in order.

    "SPD- und GRÜNE-Fraktion" -> ["SPD", "GRÜNE"], "GRÜNE-Gemeinderatsfraktion"
    -> ["GRÜNE"], "Ortschaftsrätin Oppelt und der SPD/Bürgerliste
    Ortschaftsratsfraktion" -> ["SPD/Bürgerliste"], "Stadtrat Marc Bernhard
    (AfD)" -> ["AfD"]. Councillors without a faction are left out; None when
    a part is neither a councillor nor a faction. ``acronyms`` accepts a bare
    upper-case name ("KAL") as a group where the context says it is one.
    """
    written = " ".join(name.split()).strip(" ,;:")
    # "Fraktionen von CDU und SPD", "der Fraktionen SPD, GRÜNE und FDP"
    written = _JOINT_PREFIX.sub("", written) or written
    out: list[str] = []
    for part in _SUBMITTER_SPLIT.split(written):
        part = part.strip()
        if not part:
            continue
        if _PERSON_TITLE.match(_ARTICLE.sub("", part)):
            m = re.search(r"\(([^()]+)\)\s*$", part)
            if not m:
                continue
            part = m.group(1)
        canonical = _party(part, acronyms)
        if canonical is None:
            return None
        if canonical not in out:
            out.append(canonical)
    return out or None
