"""Downloads (zip, Parquet, manifest), the DCAT-AP.de catalogue and `publish`.

The catalogue is validated with pyshacl against GovData's DCAT-AP.de 3.0
SHACL shapes, read from ../shared/specs/dcat-ap-de-3.0 (next to the
repository; the test is skipped with that reason where it is absent).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from councildata import schemas
from councildata.catalog import CatalogSettings, build_graph, write_catalog
from councildata.cli import cli
from councildata.downloads import MANIFEST_NAME, ZIP_NAME, parquet_part_name, parquet_parts, write_downloads
from councildata.model import TABLES
from councildata.publish import docker_problems, publish_docker, site_catalog_settings

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT.parent / "shared" / "specs" / "dcat-ap-de-3.0"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_listed_file_has_its_size_and_hash(sample_build):
    manifest = json.loads((sample_build / MANIFEST_NAME).read_text("utf-8"))
    listed = {f["path"]: f for f in manifest["files"]}
    # A small build: each table's Parquet in one part.
    expected = {ZIP_NAME, "datapackage.json"} | {f"{t}.{e}" for t in TABLES for e in ("csv", "json")} | {
        parquet_part_name(t, 0) for t in TABLES}
    assert set(listed) == expected
    for name, entry in listed.items():
        assert entry["bytes"] == (sample_build / name).stat().st_size, name
        assert entry["sha256"] == sha256(sample_build / name), name
    # and datapackage.json lists each table's Parquet parts as an alternate, with their hashes
    package = json.loads((sample_build / "datapackage.json").read_text("utf-8"))
    for res in package["resources"]:
        (alt,) = [a for a in res["alternates"] if a["format"] == "parquet"]
        assert alt["path"] == [parquet_part_name(res["name"], 0)] == parquet_parts(sample_build, res["name"])
        assert alt["hashes"] == ["sha256:" + sha256(sample_build / p) for p in alt["path"]]
        assert alt["bytes"] == sum((sample_build / p).stat().st_size for p in alt["path"])


def test_zip_holds_the_package_with_fixed_times(sample_build):
    with zipfile.ZipFile(sample_build / ZIP_NAME) as zf:
        names = zf.namelist()
        assert names[0] == "councildata/datapackage.json"
        assert set(names) == {"councildata/datapackage.json"} | {
            f"councildata/{t}.{e}" for t in TABLES for e in ("csv", "json")}
        for info in zf.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert zf.read(info) == (sample_build / info.filename.split("/", 1)[1]).read_bytes()


def test_parquet_columns_are_typed_from_the_schemas(sample_build):
    import pyarrow as pa
    import pyarrow.parquet as pq

    expected = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
                "boolean": pa.bool_(), "date": pa.date32()}
    for t in TABLES:
        table = pq.read_table(sample_build / "parquet" / t)
        assert table.column_names == schemas.field_names(t)
        for f in schemas.fields(t):
            assert table.schema.field(f["name"]).type == expected[f["type"]], (t, f["name"])
        rows = json.loads((sample_build / f"{t}.json").read_text("utf-8"))
        # the same rows as the JSON file, in its order, dates as dates
        dates = [f["name"] for f in schemas.fields(t) if f["type"] == "date"]
        got = [{k: (v.isoformat() if k in dates and v is not None else v) for k, v in r.items()}
               for r in table.to_pylist()]
        assert got == rows, t
    resolutions = pq.read_table(sample_build / "parquet" / "resolutions").to_pylist()
    assert any(r["unanimous"] is True for r in resolutions)
    assert any(isinstance(r["votes_yes"], int) for r in resolutions)


def test_parquet_is_written_in_batches(sample_build, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from councildata import downloads

    monkeypatch.setattr(downloads, "BATCH_ROWS", 7)
    copy = tmp_path / "copy"
    shutil.copytree(sample_build, copy)
    downloads.write_parquet(copy, "resolutions")
    part = parquet_part_name("resolutions", 0)
    small, whole = (pq.ParquetFile(p / part) for p in (copy, sample_build))
    assert small.metadata.num_row_groups == -(-whole.metadata.num_rows // 7) > 1
    assert small.read().to_pylist() == whole.read().to_pylist()


def test_parquet_batches_are_bounded_in_bytes(sample_build, tmp_path, monkeypatch):
    # The documents table carries whole texts: a batch is closed once its
    # strings pass BATCH_BYTES, whatever BATCH_ROWS allows.
    import pyarrow.parquet as pq

    from councildata import downloads

    copy = tmp_path / "copy"
    shutil.copytree(sample_build, copy)
    texts = [len(r["text"]) for r in json.loads((sample_build / "documents.json").read_text("utf-8"))]
    monkeypatch.setattr(downloads, "BATCH_BYTES", sorted(texts)[len(texts) // 2])
    downloads.write_parquet(copy, "documents")
    part = parquet_part_name("documents", 0)
    small, whole = (pq.ParquetFile(p / part) for p in (copy, sample_build))
    assert whole.metadata.num_row_groups == 1
    assert 1 < small.metadata.num_row_groups < len(texts)
    assert small.read().to_pylist() == whole.read().to_pylist()
    # the same rows cut the same way: the same bytes
    first = (copy / part).read_bytes()
    downloads.write_parquet(copy, "documents")
    assert (copy / part).read_bytes() == first


def _segment_csv(tmp_path):
    # Cells with line breaks, quotes, commas, an empty cell and a row far
    # longer than the others: the shapes a documents.csv holds.
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text"])
    rows = [[f"d{i}", text] for i, text in enumerate(
        ["eins", 'zwei "mit" Anführung,\nund Zeile', "", "\n\n", "x" * 5000, '"', "a,b\nc", "ende"] * 3)]
    w.writerows(rows)
    path = tmp_path / "t.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    return path, rows


@pytest.mark.parametrize("size", [1, 7, 40, 4096, 1 << 20])
def test_csv_segments_are_whole_rows_each_with_the_header(tmp_path, size):
    import csv
    import io

    from councildata.downloads import csv_segments

    path, rows = _segment_csv(tmp_path)
    header, body = path.read_bytes().split(b"\n", 1)
    pieces = list(csv_segments(path, size))
    assert pieces == list(csv_segments(path, size))  # the same file, the same pieces
    assert all(p.startswith(header + b"\n") for p in pieces)
    assert b"".join(p[len(header) + 1:] for p in pieces) == body
    got = []
    longest = max(len(r) for r in body.split(b"\n"))
    for piece in pieces:
        parsed = list(csv.reader(io.StringIO(piece.decode("utf-8"), newline="")))
        assert parsed[0] == ["id", "text"]
        got += parsed[1:]
        # Bounded: up to the first row's end at or past size bytes.
        assert len(piece) - len(header) - 1 <= max(size, 1) + longest + 1
    assert got == rows
    if size == 1:
        assert len(pieces) == len(rows)
    if size == 1 << 20:
        assert len(pieces) == 1


def test_csv_segments_of_a_header_only_file(tmp_path):
    from councildata.downloads import csv_segments

    path = tmp_path / "empty.csv"
    path.write_bytes(b"id,text\n")
    assert list(csv_segments(path, 10)) == []


def test_parquet_of_a_broken_csv_names_the_file(sample_build, tmp_path):
    from councildata import downloads

    copy = tmp_path / "copy"
    shutil.copytree(sample_build, copy)
    with open(copy / "surveys.csv", "ab") as f:
        f.write(b'"an unclosed quote,\n')
    part = parquet_part_name("surveys", 0)
    with pytest.raises(ValueError, match=f"surveys.csv: cannot write {part}"):
        downloads.write_parquet(copy, "surveys")
    assert not (copy / part).exists()


def test_downloads_are_byte_deterministic(sample_build, tmp_path):
    # Written again from the same files: the same bytes.
    copy = tmp_path / "again"
    shutil.copytree(sample_build, copy)
    parts = [p for t in TABLES for p in parquet_parts(copy, t)]
    assert parts
    for name in [ZIP_NAME, MANIFEST_NAME, *parts]:
        (copy / name).unlink()
    package = json.loads((copy / "datapackage.json").read_text("utf-8"))
    for res in package["resources"]:
        res["alternates"] = [a for a in res["alternates"] if a["format"] != "parquet"]
    (copy / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", "utf-8")
    write_downloads(copy)
    write_catalog(copy, site_catalog_settings())
    for name in [ZIP_NAME, MANIFEST_NAME, "datapackage.json", "catalog.ttl", "catalog.jsonld", *parts]:
        assert (copy / name).read_bytes() == (sample_build / name).read_bytes(), name


def test_an_incomplete_build_is_named_with_the_reason(tmp_path):
    (tmp_path / "datapackage.json").write_text("{}", "utf-8")
    with pytest.raises(FileNotFoundError, match=r"no documents\.csv"):
        write_downloads(tmp_path)


# --- DCAT-AP.de ---------------------------------------------------------------

SETTINGS = CatalogSettings(
    base_url="https://ratsinfo.example.de/daten",
    title="Beschlüsse des Kreistags",
    description="Beschlüsse, Anträge und Sitzungen.",
    publisher="Landkreis Beispiel",
    publisher_url="https://www.landkreis-beispiel.de/",
    contact_name="Open-Data-Team",
    contact_email="opendata@landkreis-beispiel.de",
    contributor_id="http://dcat-ap.de/def/contributors/transparenzportalHamburg",
    ags="03453000",
)

# The few concepts of the controlled vocabularies the catalogue uses, given
# to pyshacl as the ontology the online validator imports (see
# ../shared/specs/dcat-ap-de-3.0/dcat-ap-de-imports.ttl). pyshacl copies an
# ontology's individuals into the data graph only when they are typed
# owl:NamedIndividual, as the EU vocabularies' own files type them.
CONCEPTS = """
<http://publications.europa.eu/resource/authority/file-type/CSV> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/file-type/JSON> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/file-type/PARQUET> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/file-type/ZIP> skos:inScheme <http://publications.europa.eu/resource/authority/file-type> .
<http://publications.europa.eu/resource/authority/language/DEU> skos:inScheme <http://publications.europa.eu/resource/authority/language> .
<http://publications.europa.eu/resource/authority/data-theme/GOVE> skos:inScheme <http://publications.europa.eu/resource/authority/data-theme> .
<http://publications.europa.eu/resource/authority/access-right/PUBLIC> skos:inScheme <http://publications.europa.eu/resource/authority/access-right> .
<http://dcat-ap.de/def/licenses/dl-by-de/2.0> skos:inScheme <http://dcat-ap.de/def/licenses> .
<http://dcat-ap.de/def/contributors/transparenzportalHamburg> skos:inScheme <http://dcat-ap.de/def/contributors> .
<http://dcat-ap.de/def/politicalGeocoding/Level/municipality> skos:inScheme <http://dcat-ap.de/def/politicalGeocoding/Level> .
"""
VOCABULARY = (
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    + "".join(f"{line.split()[0]} a owl:NamedIndividual, skos:Concept .\n{line}\n"
              for line in CONCEPTS.strip().splitlines())
    # as the SPDX ontology defines it
    + "<http://spdx.org/rdf/terms#checksumAlgorithm_sha256> a owl:NamedIndividual, "
      "<http://spdx.org/rdf/terms#ChecksumAlgorithm> .\n"
)


def shacl_results(graph):
    if not SHAPES.is_dir():
        pytest.skip(f"DCAT-AP.de shapes not found at {SHAPES} (../shared/specs next to the repository)")
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    shapes = Graph()
    for path in sorted(SHAPES.glob("*.ttl")):
        if path.name != "dcat-ap-de-imports.ttl":  # owl:imports of web resources, given below instead
            shapes.parse(path, format="turtle")
    ont = Graph().parse(data=VOCABULARY, format="turtle")
    conforms, results, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ont,
                                               inference="none", advanced=True, allow_warnings=True)
    from rdflib.namespace import SH

    severities = [str(o).rsplit("#", 1)[-1] for o in results.objects(None, SH.resultSeverity)]
    return conforms, severities, text


def test_catalogue_has_no_shacl_violation(sample_build):
    from rdflib import Graph

    conforms, severities, text = shacl_results(build_graph(sample_build, SETTINGS))
    assert "Violation" not in severities, text
    # The one warning: dcatde:politicalGeocodingURI is deprecated in 3.0
    # (dcterms:spatial carries the same key, see councildata/catalog.py).
    assert severities == ["Warning"] and "politicalGeocodingURI" in text, text
    # and the files as written parse to the same graph
    ttl = Graph().parse(sample_build / "catalog.ttl", format="turtle")
    jsonld = Graph().parse(sample_build / "catalog.jsonld", format="json-ld")
    assert len(ttl) == len(jsonld) > 100


def test_the_shapes_do_catch_a_broken_catalogue(sample_build):
    from rdflib import URIRef
    from rdflib.namespace import DCTERMS

    graph = build_graph(sample_build, SETTINGS)
    graph.remove((URIRef(SETTINGS.base + "catalog#dataset"), DCTERMS.publisher, None))
    dist = URIRef(SETTINGS.base + "catalog#distribution-resolutions.csv")
    graph.remove((dist, DCTERMS.license, None))
    _, severities, text = shacl_results(graph)
    assert severities.count("Violation") == 2, text


def test_catalogue_content(sample_build):
    from rdflib import Literal, Namespace, URIRef
    from rdflib.namespace import DCAT, DCTERMS, RDF

    g = build_graph(sample_build, SETTINGS)
    dcatde = Namespace("http://dcat-ap.de/def/dcatde/")
    spdx = Namespace("http://spdx.org/rdf/terms#")
    dataset = URIRef(SETTINGS.base + "catalog#dataset")
    assert g.value(dataset, dcatde.contributorID) == URIRef(SETTINGS.contributor_id)
    assert g.value(dataset, dcatde.politicalGeocodingURI) == URIRef(
        "http://dcat-ap.de/def/politicalGeocoding/municipalityKey/03453000")
    manifest = json.loads((sample_build / MANIFEST_NAME).read_text("utf-8"))
    dists = set(g.objects(dataset, DCAT.distribution))
    assert len(dists) == len(manifest["files"])  # one Parquet part per table here
    for f in manifest["files"]:
        # A table's Parquet parts are one distribution, named as the one file was.
        name = f"{f['table']}.parquet" if "part" in f else f["path"]
        dist = URIRef(SETTINGS.base + "catalog#distribution-" + name)
        assert dist in dists
        assert g.value(dist, DCAT.downloadURL) == URIRef(f"https://ratsinfo.example.de/daten/download/{f['path']}")
        assert int(g.value(dist, DCAT.byteSize)) == f["bytes"]
        assert str(g.value(g.value(dist, spdx.checksum), spdx.checksumValue)) == f["sha256"]
        assert g.value(dist, DCTERMS.license) == URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")
    services = list(g.subjects(RDF.type, DCAT.DataService))
    assert len(services) == 2
    assert (None, DCAT.endpointURL, URIRef("https://ratsinfo.example.de/daten/oparl/v1/system")) in g
    assert g.value(dataset, DCTERMS.title) == Literal("Beschlüsse des Kreistags", lang="de")


def test_parquet_parts_are_one_distribution(sample_build, tmp_path):
    """A table of several Parquet parts: one distribution with a download
    URL per part, their byte sum, no checksum (DCAT-AP.de allows one), and
    the catalogue still passes the shapes."""
    from rdflib import URIRef
    from rdflib.namespace import DCAT

    copy = tmp_path / "copy"
    shutil.copytree(sample_build, copy)
    manifest = json.loads((copy / MANIFEST_NAME).read_text("utf-8"))
    first = next(f for f in manifest["files"] if f.get("table") == "documents" and "part" in f)
    second = dict(first, path=parquet_part_name("documents", 1), part=1, bytes=7, sha256="0" * 64)
    manifest["files"].insert(manifest["files"].index(first) + 1, second)
    (copy / MANIFEST_NAME).write_text(json.dumps(manifest), "utf-8")
    g = build_graph(copy, SETTINGS)
    dist = URIRef(SETTINGS.base + "catalog#distribution-documents.parquet")
    assert set(g.objects(dist, DCAT.downloadURL)) == {
        URIRef(f"https://ratsinfo.example.de/daten/download/{f['path']}") for f in (first, second)}
    assert int(g.value(dist, DCAT.byteSize)) == first["bytes"] + 7
    assert g.value(dist, URIRef("http://spdx.org/rdf/terms#checksum")) is None
    assert "2 Teile" in str(g.value(dist, URIRef("http://purl.org/dc/terms/title")))
    conforms, severities, text = shacl_results(g)
    assert severities == ["Warning"] and "politicalGeocodingURI" in text, text  # as for one part


@pytest.mark.parametrize("bad, message", [
    ({"base_url": "ratsinfo"}, "not an http"),
    ({"ags": "123"}, "8-digit"),
    ({"ars": "12345678"}, "12-digit"),
    ({"publisher": ""}, "no publisher"),
])
def test_bad_catalogue_settings_are_named(sample_build, bad, message):
    with pytest.raises(ValueError, match=message):
        build_graph(sample_build, replace(SETTINGS, **bad))


def test_unknown_site_setting_is_named():
    with pytest.raises(ValueError, match="unknown catalog setting.*publsher"):
        CatalogSettings.from_site({"catalog": {"publsher": "x"}})


def test_build_refuses_a_bad_base_url(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(ROOT / "data"), "--out", str(tmp_path / "o"),
                                      "--base-url", "ftp:/x", "-q"])
    assert result.exit_code == 1 and "not an http(s) URL" in result.output
    assert not (tmp_path / "o").exists()


# --- publish ------------------------------------------------------------------

def test_publish_dir(sample_build, tmp_path):
    out = tmp_path / "static"
    result = CliRunner().invoke(cli, ["publish", "dir", str(sample_build), str(out),
                                      "--base-url", "https://daten.example.de/rat"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / MANIFEST_NAME).read_text("utf-8"))
    index = (out / "index.html").read_text("utf-8")
    for f in manifest["files"]:
        assert sha256(out / f["path"]) == f["sha256"]
        assert f'href="{f["path"]}"' in index and f["sha256"] in index
    assert not (out / "councildata.db").exists()
    ttl = (out / "catalog.ttl").read_text("utf-8")
    # the files sit beside the catalogue in a static folder
    assert "<https://daten.example.de/rat/parquet/resolutions/part-00000.parquet>" in ttl
    assert "parquet/resolutions/" in index and "read_parquet" in index
    assert "/download/" not in ttl
    # a second publish into the same folder is refused rather than mixed
    again = CliRunner().invoke(cli, ["publish", "dir", str(sample_build), str(out)])
    assert again.exit_code == 1 and "not an empty folder" in again.output


def test_publish_refuses_a_folder_that_is_no_build(tmp_path):
    result = CliRunner().invoke(cli, ["publish", "dir", str(tmp_path), str(tmp_path / "x")])
    assert result.exit_code != 0 and "not a councildata build" in result.output


def test_publish_docker_context_is_complete(sample_build, tmp_path):
    out = tmp_path / "ctx"
    result = CliRunner().invoke(cli, ["publish", "docker", str(sample_build), str(out)])
    assert result.exit_code == 0, result.output
    assert docker_problems(out) == []
    dockerfile = (out / "Dockerfile").read_text("utf-8")
    assert '"councildata", "serve", "/app/site"' in dockerfile
    # run from a checkout, the image installs this very source
    assert "COPY src/ /src/" in dockerfile and "RUN pip install /src" in dockerfile
    for name in ("pyproject.toml", "councildata/oparl_api.py", "schemas/resolutions.json", "metadata.json"):
        assert (out / "src" / name).is_file(), name
    site = out / "site"
    for name in ("councildata.db", "metadata.json", "inspect-data.json", ZIP_NAME, "catalog.ttl"):
        assert (site / name).is_file(), name
    inspect = json.loads((site / "inspect-data.json").read_text("utf-8"))
    assert inspect["councildata"]["tables"]["resolutions"]["count"] == len(
        json.loads((sample_build / "resolutions.json").read_text("utf-8")))
    # the context serves: the same app `councildata serve` runs, from the copied folder
    from councildata.serve import make_datasette

    ds = make_datasette(site)
    assert ds.inspect_data["councildata"]["file"] == "councildata.db"
    # the offline check finds what a broken context lacks
    (out / "Dockerfile").write_text(dockerfile.replace("COPY site/", "COPY sites/"), "utf-8")
    assert any("sites/" in p for p in docker_problems(out))


def test_publish_docker_builds_where_docker_works(sample_build, tmp_path):
    import socket
    import subprocess
    import time

    import httpx

    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "info"], capture_output=True).returncode != 0:
        pytest.skip("no working docker engine on this machine; the context is checked offline above")
    out = tmp_path / "ctx"
    publish_docker(sample_build, out)
    subprocess.run([docker, "build", "-t", "councildata-test", str(out)], check=True, timeout=1800)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    container = subprocess.run([docker, "run", "-d", "--rm", "-p", f"127.0.0.1:{port}:8001", "councildata-test"],
                               check=True, capture_output=True, text=True).stdout.strip()
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/oparl/v1/system", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the container did not answer"
                time.sleep(1)
        assert response.status_code == 200 and response.json()["oparlVersion"].startswith("https://schema.oparl.org/1.1")
    finally:
        subprocess.run([docker, "stop", container], capture_output=True)


def test_served_downloads_have_their_media_types(sample_build):
    import asyncio

    from councildata.serve import make_datasette

    ds = make_datasette(sample_build)
    asyncio.run(ds.invoke_startup())
    for name, media_type in ((parquet_part_name("resolutions", 0), "application/vnd.apache.parquet"),
                             (ZIP_NAME, "application/zip"), ("catalog.ttl", "text/turtle"),
                             ("catalog.jsonld", "application/ld+json"), (MANIFEST_NAME, "application/json")):
        response = asyncio.run(ds.client.get(f"/download/{name}"))
        assert response.status_code == 200, name
        assert response.headers["content-type"].split(";")[0] == media_type, name
        assert response.content == (sample_build / name).read_bytes(), name


def test_build_file_digests_are_sha256_and_the_zips_crc32(tmp_path, monkeypatch):
    """One read per file gives its sha256 and the zip's CRC-32 (ISA-L's where
    installed: zlib's values), files of several chunks, two at a time."""
    import zlib

    from councildata import package

    monkeypatch.setattr(package, "DIGEST_CHUNK", 1000)
    monkeypatch.setattr(package, "_KNOWN_STATS", {})
    monkeypatch.setattr(package, "_KNOWN_CRC", {})
    paths = []
    for i, size in enumerate((0, 999, 1000, 5555, 12345)):
        path = tmp_path / f"f{i}.csv"
        path.write_bytes(bytes((i * 7 + j) % 251 for j in range(size)))
        paths.append(path)
    package.hash_build_files(paths)
    for path in paths:
        data = path.read_bytes()
        assert package.file_stats(path) == (len(data), hashlib.sha256(data).hexdigest())
        assert package.known_crc(path) == zlib.crc32(data)
