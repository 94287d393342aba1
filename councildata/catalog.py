"""Catalogue: a DCAT-AP.de 3.0 description of the package, for GovData harvesting.

``write_catalog(folder, settings)`` reads the build's ``datapackage.json``
and ``downloads.json`` and writes ``catalog.ttl`` and ``catalog.jsonld``:

- one ``dcat:Catalog`` with one ``dcat:Dataset`` (title, description,
  publisher, contact point, language, theme, keywords, dates,
  ``dcatde:contributorID`` and ``dcatde:politicalGeocodingURI`` where they
  are configured);
- one ``dcat:Distribution`` per downloadable file: download URL, EU file
  type, media type, byte size, SPDX sha256 checksum and the dl-de licence;
  a table's Parquet parts are one distribution with a download URL per
  part (and a checksum only where there is one part: DCAT-AP.de allows one);
- a ``dcat:DataService`` each for the Datasette JSON/CSV API and the OParl
  1.1 API that serve the dataset.

Every node is an IRI below the base URL (no blank nodes), so the same
build gives the same bytes. Settings come from ``publish/site.yaml``'s
``catalog:`` block and can be overridden (``--base-url`` and friends).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .downloads import MANIFEST_NAME

TURTLE_NAME = "catalog.ttl"
JSONLD_NAME = "catalog.jsonld"

DL_DE_BY_2 = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
FILE_TYPES = {"csv": "CSV", "json": "JSON", "parquet": "PARQUET", "zip": "ZIP"}
LANGUAGE_DEU = "http://publications.europa.eu/resource/authority/language/DEU"
THEME_GOVE = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
ACCESS_PUBLIC = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/"
OPARL_SPEC = "https://schema.oparl.org/1.1/"
# AGS (Amtlicher Gemeindeschlüssel, 8 digits) and ARS (Amtlicher
# Regionalschlüssel, 12 digits) as the Statistisches Bundesamt issues them.
_AGS = re.compile(r"^\d{8}$")
_ARS = re.compile(r"^\d{12}$")


@dataclass(frozen=True)
class CatalogSettings:
    base_url: str = "http://127.0.0.1:8001"
    # German title and description of the dataset; the package's own
    # (English) ones where unset.
    title: str = ""
    description: str = ""
    publisher: str = ""
    publisher_url: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contributor_id: str = ""
    ags: str = ""
    ars: str = ""
    license: str = DL_DE_BY_2
    attribution: str = ""
    keywords: tuple[str, ...] = ()
    # Where the files are: "<base>/download/" on a served site,
    # "<base>/" in a static folder (publish dir).
    download_path: str = "download/"

    @classmethod
    def from_site(cls, site: dict[str, Any], **overrides: Any) -> CatalogSettings:
        given = dict(site.get("catalog") or {})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(given) - known)
        if unknown:
            raise ValueError(f"publish/site.yaml: unknown catalog setting(s) {', '.join(unknown)}; "
                             f"known: {', '.join(sorted(known))}")
        if "keywords" in given:
            given["keywords"] = tuple(given["keywords"] or ())
        given = {k: ("" if v is None else v) for k, v in given.items()}
        settings = cls(**given)
        return replace(settings, **{k: v for k, v in overrides.items() if v is not None})

    def check(self) -> list[str]:
        """What is wrong with the settings, each a sentence; empty when fine."""
        problems = []
        if not re.match(r"^https?://[^/\s]+", self.base_url):
            problems.append(f"base URL {self.base_url!r} is not an http(s) URL")
        if self.ags and not _AGS.match(self.ags):
            problems.append(f"ags {self.ags!r} is not an 8-digit Amtlicher Gemeindeschlüssel")
        if self.ars and not _ARS.match(self.ars):
            problems.append(f"ars {self.ars!r} is not a 12-digit Amtlicher Regionalschlüssel")
        if self.contact_email and "@" not in self.contact_email:
            problems.append(f"contact_email {self.contact_email!r} is not an e-mail address")
        if not self.publisher:
            problems.append("no publisher: set catalog.publisher in publish/site.yaml "
                            "(DCAT-AP.de requires dcterms:publisher)")
        return problems

    @property
    def base(self) -> str:
        return self.base_url.rstrip("/") + "/"

    def geocoding(self) -> tuple[str, str] | None:
        """(politicalGeocodingURI, politicalGeocodingLevelURI) for the key."""
        if self.ars:
            return GEOCODING + "regionalKey/" + self.ars, GEOCODING + "Level/municipality"
        if self.ags:
            return GEOCODING + "municipalityKey/" + self.ags, GEOCODING + "Level/municipality"
        return None


def build_graph(folder: Path, settings: CatalogSettings):
    from rdflib import Graph, Literal, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

    problems = settings.check()
    if problems:
        raise ValueError("catalogue settings: " + "; ".join(problems))
    try:
        package = json.loads((folder / "datapackage.json").read_text("utf-8"))
        manifest = json.loads((folder / MANIFEST_NAME).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{folder}: cannot read datapackage.json/{MANIFEST_NAME}: {exc}") from exc

    DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
    SPDX = Namespace("http://spdx.org/rdf/terms#")
    VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
    base = settings.base
    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("dcatde", DCATDE),
                       ("spdx", SPDX), ("vcard", VCARD), ("skos", SKOS), ("xsd", XSD)):
        g.bind(prefix, ns)

    catalog = URIRef(base + "catalog")
    dataset = URIRef(base + "catalog#dataset")
    publisher = URIRef(base + "catalog#publisher")
    contact = URIRef(base + "catalog#contact")
    license_ = URIRef(settings.license)
    de = "de"
    title = Literal(settings.title, lang=de) if settings.title else Literal(package.get("title") or "councildata", lang="en")
    description = (Literal(settings.description, lang=de) if settings.description
                   else Literal(package.get("description") or str(title), lang="en"))
    created = package.get("created")

    g.add((publisher, RDF.type, FOAF.Agent))
    g.add((publisher, RDF.type, FOAF.Organization))
    g.add((publisher, FOAF.name, Literal(settings.publisher, lang=de)))
    if settings.publisher_url:
        g.add((publisher, FOAF.homepage, URIRef(settings.publisher_url)))

    g.add((contact, RDF.type, VCARD.Organization))
    g.add((contact, VCARD.fn, Literal(settings.contact_name or settings.publisher, lang=de)))
    if settings.contact_email:
        g.add((contact, VCARD.hasEmail, URIRef("mailto:" + settings.contact_email)))
    g.add((contact, VCARD.hasURL, URIRef(settings.publisher_url or base)))

    g.add((catalog, RDF.type, DCAT.Catalog))
    g.add((catalog, DCTERMS.title, title))
    g.add((catalog, DCTERMS.description, description))
    g.add((catalog, DCTERMS.publisher, publisher))
    g.add((catalog, DCTERMS.language, URIRef(LANGUAGE_DEU)))
    g.add((catalog, DCTERMS.license, license_))
    g.add((catalog, FOAF.homepage, URIRef(base)))
    g.add((catalog, DCAT.dataset, dataset))

    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.identifier, Literal(base + "catalog#dataset")))
    g.add((dataset, DCTERMS.title, title))
    g.add((dataset, DCTERMS.description, description))
    g.add((dataset, DCTERMS.publisher, publisher))
    g.add((dataset, DCAT.contactPoint, contact))
    g.add((dataset, DCTERMS.language, URIRef(LANGUAGE_DEU)))
    g.add((dataset, DCAT.theme, URIRef(THEME_GOVE)))
    g.add((dataset, DCTERMS.accessRights, URIRef(ACCESS_PUBLIC)))
    g.add((dataset, DCAT.landingPage, URIRef(base)))
    if package.get("version"):
        # dcat:version is DCAT 3; rdflib's DCAT namespace object predates it.
        g.add((dataset, URIRef(str(DCAT) + "version"), Literal(package["version"])))
    for word in settings.keywords or ("Ratsinformation", "Beschlüsse", "Anträge", "Kommunalpolitik"):
        g.add((dataset, DCAT.keyword, Literal(word, lang=de)))
    if created:
        g.add((dataset, DCTERMS.issued, Literal(created, datatype=XSD.dateTime)))
        g.add((dataset, DCTERMS.modified, Literal(created, datatype=XSD.dateTime)))
    if settings.contributor_id:
        g.add((dataset, DCATDE.contributorID, URIRef(settings.contributor_id)))
    geo = settings.geocoding()
    if geo:
        # DCAT-AP.de 3.0 names the area with dcterms:spatial; GovData's shapes
        # warn that dcatde:politicalGeocodingURI is deprecated, but harvesters
        # built for 2.0 still read it, so both are given.
        g.add((dataset, DCTERMS.spatial, URIRef(geo[0])))
        g.add((dataset, DCATDE.politicalGeocodingURI, URIRef(geo[0])))
        g.add((dataset, DCATDE.politicalGeocodingLevelURI, URIRef(geo[1])))

    attribution = settings.attribution or settings.publisher
    for entry in _distributions(manifest["files"]):
        name = entry["path"]
        dist = URIRef(base + "catalog#distribution-" + name)
        g.add((dataset, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(entry.get("title") or name)))
        parts = entry.get("parts")
        if parts:
            # A table's Parquet parts: one distribution, a download URL per
            # part; the access URL is the page that lists them.
            g.add((dist, DCAT.accessURL, URIRef(base)))
            for part in parts:
                g.add((dist, DCAT.downloadURL, URIRef(base + settings.download_path + part["path"])))
        else:
            url = URIRef(base + settings.download_path + name)
            g.add((dist, DCAT.accessURL, url))
            g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCTERMS.format, URIRef(FILE_TYPE + FILE_TYPES[entry["format"]])))
        g.add((dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + entry["mediatype"])))
        g.add((dist, DCAT.byteSize, Literal(entry["bytes"], datatype=XSD.nonNegativeInteger)))
        if entry.get("sha256"):
            # At most one checksum per distribution (DCAT-AP.de): a
            # distribution of several parts has none here; downloads.json
            # gives each part's.
            checksum = URIRef(base + "catalog#checksum-" + name)
            g.add((dist, SPDX.checksum, checksum))
            g.add((checksum, RDF.type, SPDX.Checksum))
            g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
            g.add((checksum, SPDX.checksumValue, Literal(entry["sha256"], datatype=XSD.hexBinary)))
        g.add((dist, DCTERMS.license, license_))
        g.add((dist, DCATDE.licenseAttributionByText, Literal(attribution, lang=de)))
        if created:
            g.add((dist, DCTERMS.modified, Literal(created, datatype=XSD.dateTime)))

    services = [
        ("api", "Datasette-API (JSON, CSV, SQL)",
         "Tabellen, Filter, Volltextsuche (_search), Seiten (_next) und CSV-Export, "
         "siehe README, Abschnitt API.", base, base + "councildata.json", None),
        ("oparl", "OParl-1.1-Schnittstelle",
         "Lesende OParl-1.1-Schnittstelle (System, Körperschaften, Gremien, Sitzungen mit "
         "Tagesordnungspunkten, Drucksachen) aus derselben Datenbank.",
         base + "oparl/v1/system", base + "oparl/v1/system", OPARL_SPEC),
    ]
    for key, stitle, sdesc, endpoint, endpoint_desc, conforms in services:
        service = URIRef(base + "catalog#service-" + key)
        g.add((catalog, DCAT.service, service))
        g.add((service, RDF.type, DCAT.DataService))
        g.add((service, DCTERMS.title, Literal(stitle, lang=de)))
        g.add((service, DCTERMS.description, Literal(sdesc, lang=de)))
        g.add((service, DCTERMS.publisher, publisher))
        g.add((service, DCAT.contactPoint, contact))
        g.add((service, DCAT.endpointURL, URIRef(endpoint)))
        g.add((service, DCAT.endpointDescription, URIRef(endpoint_desc)))
        g.add((service, DCAT.servesDataset, dataset))
        g.add((service, DCTERMS.license, license_))
        g.add((service, DCTERMS.accessRights, URIRef(ACCESS_PUBLIC)))
        if conforms:
            g.add((service, DCTERMS.conformsTo, URIRef(conforms)))
    return g


def _distributions(files: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """downloads.json's files as distributions: each file one, but the
    Parquet parts of a table one together (named ``<table>.parquet``, with
    ``parts``, their byte sum, and a sha256 only where it is one part)."""
    out: list[dict[str, Any]] = []
    tables: dict[str, dict[str, Any]] = {}
    for entry in files:
        if "part" not in entry:
            out.append(entry)
            continue
        table = entry.get("table", "")
        dist = tables.get(table)
        if dist is None:
            title = re.sub(r", Teil \d+ von \d+\)$", ")", entry.get("title") or "")
            dist = tables[table] = {"path": f"{table}.{entry['format']}", "format": entry["format"],
                                    "mediatype": entry["mediatype"], "bytes": 0, "title": title, "parts": []}
            out.append(dist)
        dist["parts"].append(entry)
        dist["bytes"] += entry["bytes"]
    for dist in tables.values():
        if len(dist["parts"]) == 1:
            dist["sha256"] = dist["parts"][0]["sha256"]
        else:
            dist["title"] = dist["title"][:-1] + f", {len(dist['parts'])} Teile)"
    return out


def write_catalog(folder: Path | str, settings: CatalogSettings) -> tuple[Path, Path]:
    """Write ``catalog.ttl`` and ``catalog.jsonld`` into ``folder``."""
    folder = Path(folder)
    g = build_graph(folder, settings)
    ttl = folder / TURTLE_NAME
    jsonld = folder / JSONLD_NAME
    ttl.write_text(g.serialize(format="turtle"), "utf-8")
    context = {p: str(ns) for p, ns in g.namespaces()
               if p in ("dcat", "dct", "foaf", "dcatde", "spdx", "vcard", "skos", "xsd")}
    data = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
    # rdflib lists the graph's nodes in hash order: sorted, the file is the
    # same for the same build.
    if isinstance(data.get("@graph"), list):
        data["@graph"].sort(key=lambda node: node.get("@id", ""))
    jsonld.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")
    return ttl, jsonld
