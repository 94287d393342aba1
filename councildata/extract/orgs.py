"""Organisation names normalised through the gazetteer (``gazetteer.json``).

"CDU-Fraktion", "Fraktion der CDU" and "CDU" are one organisation. Every
organisation belongs to an authority (the municipality or district whose
documents name it), and its id is qualified by that authority when it is
known: Stadt Magdeburg's "Stadtrat" and Stadt Karlsruhe's "Gemeinderat" are
two organisations, ``stadt-magdeburg/stadtrat`` and
``stadt-karlsruhe/gemeinderat``. One body written in two ways is one id
within its authority: case, a hyphen inside a compound ("Bau-Ausschuss"),
the genitive ("Bauausschusses") and "Ausschuss für Umwelt" next to
"Umweltausschuss" are spelling variants.

The gazetteer holds general German terms only. Groups of one council ("KULT"
in Karlsruhe) are learnt from the document ("KULT-Fraktion", see
:func:`local_groups`) or named in the source folder's configuration.

Private persons are never organisations: "Herr Müller", a councillor by the
title of office, the citizen who filed a Bürgerantrag ("Einwohnerin Erika
Muster") or a name the redaction replaced (see :func:`is_person`).
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
    authority: str | None = None


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_PREFIXES = re.compile(
    r"^(?:(?:der|die|des|dem|den)\s+)?(?:gruppe|[a-zäöüß]*fraktion(?:en)?|ratsgruppe|kreistagsgruppe|"
    # voters' associations that sit in a council: "Freie Wählergemeinschaft Musterdorf"
    r"(?:(?:freie[nr]?|unabhängige[nr]?)\s+)?w(?:ä|ae)hler(?:gemeinschaft|gruppe|vereinigung))"
    r"\s+(?:der\s+|die\s+|des\s+)?",
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


# -- one body, one id -------------------------------------------------------

# "Ausschuss für Umwelt" is the "Umweltausschuss": a single noun after "für".
_AUSSCHUSS_FUER = re.compile(r"^(?P<head>[A-ZÄÖÜ][a-zäöüß]*-?)?[Aa]usschuss\s+für\s+(?P<topic>[A-ZÄÖÜ][a-zäöüß]+)$")
_AUSSCHUSS_FUER_TWO = re.compile(r"^[Aa]usschuss\s+für\s+(?P<first>[A-ZÄÖÜ][a-zäöüß]+)\s+und\s+(?P<second>[A-ZÄÖÜ][a-zäöüß]+)$")
# The linking -s of German compounds after these endings: "Bildungsausschuss".
_LINKING_S = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ling|tum|kehr|arbeit)$")
_BODY_KINDS = ("council", "committee", "administration")


def _compound(topic: str) -> str:
    """"Umwelt" -> "Umwelt", "Bildung" -> "Bildungs", "Schule" -> "Schul", "Finanzen" -> "Finanz",
    "Soziales" -> "Sozial": the first part of the compound "<topic>ausschuss"."""
    if _LINKING_S.search(topic):
        return topic + "s"
    if topic.endswith("es") and topic[:-2].endswith(("al", "el", "il")):
        return topic[:-2]
    if topic.endswith("en") and len(topic) > 5 and not topic.endswith(("ien", "een")):
        return topic[:-2]
    if topic.endswith("e") and len(topic) > 4:
        return topic[:-1]
    return topic


def body_key(name: str) -> str:
    """The spelling-independent form a body's id is made of.

    "Bau-Ausschuss", "BAUAUSSCHUSS" and "Bauausschuss" -> "bauausschuss";
    "Ausschuss für Umwelt" -> "umweltausschuss", "Ausschuss für Bau und Umwelt"
    -> "bau-und-umweltausschuss" (as "Bau- und Umweltausschuss"). A topic whose
    compound form is irregular keeps its own id: merging is only done where safe.
    """
    written = " ".join(name.split())
    m = _AUSSCHUSS_FUER.match(written)
    if m and not m.group("head"):
        written = _compound(m.group("topic")) + "ausschuss"
    m = _AUSSCHUSS_FUER_TWO.match(written)
    if m:  # "Ausschuss für Bau und Umwelt" is the "Bau- und Umweltausschuss"
        written = f"{_compound(m.group('first'))}- und {_compound(m.group('second'))}ausschuss"
    # A hyphen inside one word ("Bau-Ausschuss"), not a joined list ("Haupt- und").
    written = re.sub(r"(?<=[A-Za-zÄÖÜäöüß])-(?=[A-Za-zÄÖÜäöüß])", "", written)
    return slug(written)


def _make(name: str, kind: str, authority: str | None) -> Org:
    oid = body_key(name) if kind in _BODY_KINDS else slug(name)
    if authority:
        oid = f"{slug(authority)}/{oid}"
    return Org(oid, name, kind, authority or None)


# -- private persons ----------------------------------------------------------

# A person by the title of office or address: "Stadträtin Göttel", "Herrn Dr. Weber".
_PERSON_TITLE = re.compile(
    r"^(?:Stadtr(?:at|ätin)|Ortschaftsr(?:at|ätin)|Gemeinder(?:at|ätin)|Kreisr(?:at|ätin)|Bezirksr(?:at|ätin)|"
    r"Ortsr(?:at|ätin)|Ratsherrn?|Ratsfrau|Ratsmitglied|Bezirksabgeordnete[rn]?|Kreistagsabgeordnete[rn]?|"
    r"Kreistagsmitglied|Stadtverordnete[rn]?|Gemeindevertreter(?:in)?|Abgeordnete[rn]?|Herrn?|Frau|"
    # office holders and members who move motions in a meeting are persons too
    r"(?:Ober|Orts|Bezirks)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Ortsvorsteher(?:in)?|(?:Ausschuss)?[Mm]itglied|"
    # as minutes abbreviate them: "StR Bauer", "GRin Wolf", "Rh. Meyer"
    r"StR(?:in)?|StRätin|GR(?:in)?|KR(?:in)?|OR(?:in)?|Rh\.|Rf\.|StV(?:in)?\.?)"
    r"(?:\s+\S|$)"
)
# A private person by role: who filed a Bürgerantrag, an Eingabe, a petition
# ("Einwohnerin Erika Muster"); the role word alone or followed by a name.
_PRIVATE_ROLE = re.compile(
    r"^(?:(?:der|die|des|dem|den|eine[rsm]?|ein)\s+)?(?:Bürger(?:in|innen)?|Einwohner(?:in|innen)?|Anwohner(?:in|innen)?|"
    r"Bewohner(?:in|innen)?|Privatperson(?:en)?|Antragsteller(?:in|innen)?|Petent(?:in|en|innen)?|Einsender(?:in)?|"
    r"Eigentümer(?:in)?|Mieter(?:in)?|Bürgerantrag|Einwohnerantrag|Eingabe|Petition)(?P<rest>(?:\s+\S+)*)$",
)
# What redaction leaves of a name or an address: "[Name entfernt]".
_REDACTED = re.compile(r"^\[[^\]]*entfernt\]$|^\[[^\]]*\]$")
# Words that make a name an organisation's: "Bürgerinitiative Lindenhof", "Wählergemeinschaft".
_ORG_WORD = re.compile(
    r"(?:fraktion|gruppe|liste|partei|wähler|bündnis|initiative|verein|verband|gemeinschaft|forum|"
    r"netzwerk|stiftung|gesellschaft|genossenschaft|club|klub|bund|kreis|rat|ausschuss|amt|verwaltung|"
    r"schaft|gmbh|e\.\s?v\.|ag\b|werk|zentrum|büro|institut|schule|kammer|union|allianz|bewegung|"
    r"vereinigung|konferenz|beirat|kommission|senat|magistrat|versammlung|vertretung|behörde|polizei)",
    re.IGNORECASE,
)
# A short upper-case name of a group: "KAL", "UWG", "FÜR", "BL."
_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7}\.?$")
_NAME_WORD = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?|Dr\.|Prof\.|[A-ZÄÖÜ]\.|von|van|de|zu)$")


def is_person(name: str | None) -> bool:
    """True for a private person or a single councillor, never an organisation.

    "Herr Max Muster", "Frau Dr. Schmidt", "Stadträtin Göttel" (without a
    faction in brackets), "Bürgerin Erika Muster", "[Name entfernt]", and a
    bare name of two or three words ("Erika Muster") with no word of an
    organisation in it.
    """
    if not name or not name.strip():
        return False
    written = " ".join(name.split()).strip(" ,;:")
    if _REDACTED.match(written):
        return True
    if _PERSON_TITLE.match(_ARTICLE.sub("", written)) and not re.search(r"\([^()]+\)\s*$", written):
        return True
    role = _PRIVATE_ROLE.match(written)
    if role and all(_NAME_WORD.match(w) for w in role.group("rest").split()):
        return True
    words = written.split()
    if 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and not _ORG_WORD.search(written):
        aliases, _ = _gazetteer()
        return not any(aliases.get(_key(w)) for w in words)
    return False


def _organisation_like(name: str) -> bool:
    """A name that says it is an organisation: an organisation word, an
    upper-case group name or a group of groups ("GRÜNE/UWG")."""
    if _ORG_WORD.search(name) or "/" in name:
        return True
    words = re.split(r"[\s|]+", name)
    # "Bürger für Musterstadt": a personal name has no words but particles in lower case
    if any(w[:1].islower() and w not in ("von", "van", "de", "zu") for w in words):
        return True
    return any(_ACRONYM.match(w.strip(",;()")) for w in words)


# -- groups of one council --------------------------------------------------

# "KULT-Fraktion", "KAL-Gemeinderatsfraktion", "Fraktion FÜR", "die UWG-Fraktion": read around
# each faction word (a literal search, cheap on long texts).
_FACTION_LITERAL = re.compile(r"raktion|Gruppe")
_GROUP_BEFORE = re.compile(
    r"(?<![\w/-])(?P<a>[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7})-(?:Gemeinderats|Kreistags|Stadtrats|Rats|Ortschaftsrats|Bezirks)?[Ff]$"
)
_GROUP_AFTER = re.compile(r"^(?:raktion|Gruppe)\s+(?P<b>[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,7})(?![\wäöüß-])")


def local_groups(text: str, configured: tuple[str, ...] | list[str] = ()) -> frozenset[str]:
    """Names of groups a document itself marks as factions, and those configured."""
    found = set(configured)
    for m in _FACTION_LITERAL.finditer(text):
        a = m.start()
        before = _GROUP_BEFORE.search(text, max(0, a - 40), a) if text[a - 1:a] in "Ff" else None
        if before:
            found.add(before.group("a"))
        start = a - 1 if m.group() == "raktion" else a
        if text[start:start + 1] in ("F", "G") and (start == 0 or not text[start - 1].isalnum()):
            after = _GROUP_AFTER.match(text[start + 1:start + 1 + 40]) if m.group() == "raktion" else \
                _GROUP_AFTER.match(text[start:start + 40])
            if after:
                found.add(after.group("b"))
    return frozenset(g for g in found if g and g.casefold() not in _NOT_GROUPS)


def resolve(name: str | None, body: str | None = None, default_kind: str | None = None,
            *, groups: frozenset[str] = frozenset()) -> Org | None:
    """The organisation a name as written refers to, or None if it is not one.

    ``body`` is the authority the name belongs to (the document's, or the one
    configured for the source folder); names not in the gazetteer are
    classified by their ending ("…ausschuss" is a committee), by the form
    "Ausschuss für …", or get ``default_kind`` when the caller knows what it
    is and the name looks like an organisation's. ``groups`` are the
    council's own groups (:func:`local_groups`). Persons give None.
    """
    if not name or not name.strip():
        return None
    aliases, suffixes = _gazetteer()
    written = " ".join(name.split()).strip(" ,;:")
    for candidate in (written, _PREFIXES.sub("", written), _ARTICLE.sub("", written)):
        entry = aliases.get(_key(candidate))
        if entry:
            return _make(entry["name"], entry["kind"], body)
        if candidate in groups:
            return _make(candidate, "parliamentary_group", body)
    # Factions written with their council ("GRÜNE-Gemeinderatsfraktion"),
    # joint submitters ("SPD- und GRÜNE-Fraktion", "KULT, GRÜNE, FDP und DIE
    # LINKE") and councillors with their faction: the faction(s).
    if _SUBMITTER_MARK.search(written) or (default_kind == "parliamentary_group" and "|" in written):
        # Bare upper-case names count as groups where the caller says a group moved it.
        names = party_names(written, acronyms=default_kind == "parliamentary_group", groups=groups)
        if names:
            canonical = "/".join(names)
            entry = aliases.get(_key(canonical))
            if entry:
                return _make(entry["name"], entry["kind"], body)
            return _make(canonical, "parliamentary_group", body)
    if is_person(written):
        return None  # a councillor or a private person is not an organisation
    bare = _PREFIXES.sub("", written).strip() or written
    # A group of factions: "GRÜNE/UWG", "CDU/SPD/GRÜNE".
    if "/" in bare and all(p.strip() for p in bare.split("/")):
        parts = [aliases.get(_key(p)) for p in bare.split("/")]
        canonical = "/".join(e["name"] if e else p.strip() for e, p in zip(parts, bare.split("/"), strict=True))
        if any(parts) or _PREFIXES.match(written) or any(p.strip() in groups for p in bare.split("/")):
            return _make(canonical, "parliamentary_group", body)
    if _PREFIXES.match(written):
        return _make(bare, "parliamentary_group", body)
    plain = _ARTICLE.sub("", bare)
    fm = _AUSSCHUSS_FUER.match(plain) or re.match(r"^(?:[A-ZÄÖÜ][a-zäöüß]*-?)?[Aa]usschuss(?:es)?\s+für\s", plain)
    if fm:
        return _make(re.sub(r"^(\S*[Aa]usschuss)es\b", r"\1", plain), "committee", body)
    last = bare.split()[-1].casefold()
    for s in suffixes:
        if last.endswith(s["suffix"]):
            canonical = bare
            if "canonical_suffix" in s:
                canonical = bare[: len(bare) - len(s["suffix"])] + s["canonical_suffix"]
            return _make(_ARTICLE.sub("", canonical), s["kind"], body)
    if default_kind and (default_kind != "parliamentary_group" or _organisation_like(bare)):
        return _make(plain, default_kind, body)
    return None


# -- submitters of motions -------------------------------------------------

# "…-Fraktion", "…-Gemeinderatsfraktion", "… Ortschaftsratsfraktion Neudorf"
_FACTION_WORD = re.compile(
    # "SPD-Fraktion", "CDU-Kreistagsfraktion", "SPD/FDP-Gruppe", "UWG-Ratsgruppe" (not "Arbeitsgruppe")
    r"^(?P<name>.+?)(?:-|\s+)(?:[A-Za-zÄÖÜäöüß]*[Ff]raktion|(?<=-)Gruppe|(?:Rats|Kreistags|Stadtrats|Gemeinderats)gruppe)(?:\s+(?:im\s+\w+\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*)?$"
)
_SUBMITTER_SPLIT = re.compile(r"\s*,\s*|\s+(?:und|sowie|&)\s+|(?<=[Ff]raktion)\s+(?=[A-ZÄÖÜ][^,]*[Ff]raktion)")
_SUBMITTER_MARK = re.compile(r"[Ff]raktion|,|\s(?:und|sowie|&)\s|^(?:Gruppe|Ratsgruppe)\s|" + _PERSON_TITLE.pattern)
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
# Where a motion's subject starts after its mover: "Fraktion Freie Wähler zum Hallenbad".
_SUBJECT_WORD = re.compile(r"\s(?:zum|zur|zu|auf|über|betreffend|betr\.|bzgl\.|bezüglich|wegen|hinsichtlich|vom)(?:\s|$)")


_FACTION_OF = re.compile(r"^((?:(?:der|die|des|dem|den)\s+)?[A-Za-zäöüß]*[Ff]raktion)\s+von\s+(?=[A-ZÄÖÜ0-9])")
_SPACED_SLASH = re.compile(r"(?<=\w)\s+/\s+(?=[\wÄÖÜ])")


def _party(part: str, acronyms: bool, groups: frozenset[str] = frozenset()) -> str | None:
    """Canonical name of one faction or group as written, or None."""
    aliases, _ = _gazetteer()
    p = " ".join(part.split()).strip(" ,;:")
    # "Fraktion von Bündnis 90 / DIE GRÜNEN": the faction of a party, its name spaced around the slash
    p = _SPACED_SLASH.sub("/", _FACTION_OF.sub(r"\1 ", p))
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
    if stem in groups or stem.rstrip(".") in groups:
        return stem
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
            elif _ACRONYM.match(x) or x in groups or (x[:1].isupper() and len(x.split()) == 1 and had_mark):
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
    if had_mark and stem[:1].isupper() and len(stem.split()) <= 3 and not _SUBJECT_WORD.search(stem):
        return stem
    return None


def party_names(name: str, acronyms: bool = False, groups: frozenset[str] = frozenset()) -> list[str] | None:
    """The factions or groups that moved a motion, canonical, in order.

    "SPD- und GRÜNE-Fraktion" -> ["SPD", "GRÜNE"], "GRÜNE-Gemeinderatsfraktion"
    -> ["GRÜNE"], "Ortschaftsrätin Oppelt und der SPD/Bürgerliste
    Ortschaftsratsfraktion" -> ["SPD/Bürgerliste"], "Stadtrat Marc Bernhard
    (AfD)" -> ["AfD"]. Councillors without a faction are left out; None when
    a part is neither a councillor nor a faction. ``acronyms`` accepts a bare
    upper-case name ("KAL") as a group where the context says it is one;
    ``groups`` are names the council's documents mark as groups.
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
        canonical = _party(part, acronyms, groups)
        if canonical is None:
            return None
        if canonical not in out:
            out.append(canonical)
    return out or None
