"""Publish: the files beside the package, and a build made ready for a web server.

``write_extras(folder, settings)``
    Called by the build on every finished folder: Parquet files, the zip,
    ``downloads.json`` (see :mod:`councildata.downloads`) and the DCAT-AP.de
    catalogue (see :mod:`councildata.catalog`).

``publish_dir(build, out, settings)``
    A static folder for any web server: the package (datapackage.json, CSV,
    JSON), Parquet, the zip, ``downloads.json``, the catalogue (with the
    files' URLs right for where they now live) and an ``index.html`` that
    lists every file with its size and sha256.

``publish_docker(build, out)``
    A Docker build context: the database, its ``inspect-data.json``,
    ``metadata.json``, the downloads, the project's templates and a
    ``Dockerfile`` that installs councildata and runs ``councildata serve``
    on the database opened immutable.
"""

from __future__ import annotations

import html
import json
import shlex
import shutil
from pathlib import Path
from typing import Any

from . import __version__
from .catalog import JSONLD_NAME, TURTLE_NAME, CatalogSettings, write_catalog
from .database import DB_NAME
from .downloads import MANIFEST_NAME, write_downloads

PACKAGE_FILES = ("datapackage.json", MANIFEST_NAME, TURTLE_NAME, JSONLD_NAME)
DOCKER_PORT = 8001


def site_catalog_settings(**overrides: Any) -> CatalogSettings:
    """Catalogue settings from publish/site.yaml, with ``overrides`` (None: keep)."""
    from .metadata import site_config

    return CatalogSettings.from_site(site_config(), **overrides)


def write_extras(folder: Path | str, settings: CatalogSettings | None = None) -> dict[str, Any]:
    """Downloads and catalogue for a finished build folder; returns the manifest."""
    folder = Path(folder)
    settings = settings or site_catalog_settings()
    manifest = write_downloads(folder)
    write_catalog(folder, settings)
    return manifest


def _check_build(build: Path) -> dict[str, Any]:
    missing = [n for n in ("datapackage.json", MANIFEST_NAME, DB_NAME) if not (build / n).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{build} is not a councildata build (no {', '.join(missing)}): "
            f"run `councildata build SOURCE_DIR --out {build}` first")
    try:
        return json.loads((build / MANIFEST_NAME).read_text("utf-8"))
    except ValueError as exc:
        raise ValueError(f"{build / MANIFEST_NAME} is not valid JSON: {exc}") from exc


def _fresh(out: Path) -> None:
    """``out`` must be new or empty: publishing never mixes in stale files."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise FileExistsError(f"{out} exists and is not an empty folder; choose a new one")
    out.mkdir(parents=True, exist_ok=True)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "B" else f"{n:.1f} {unit}".replace(".", ",")
        n /= 1024
    return str(n)  # pragma: no cover


def index_html(manifest: dict[str, Any], title: str) -> str:
    rows = []
    for f in manifest["files"]:
        name = html.escape(f["path"])
        rows.append(
            f'<tr><td><a href="{name}">{name}</a></td><td>{html.escape(f.get("title", ""))}</td>'
            f'<td>{html.escape(f["format"].upper())}</td><td class="n">{_size(f["bytes"])}</td>'
            f'<td><code>{html.escape(f["sha256"])}</code></td></tr>')
    for name, what in ((TURTLE_NAME, "DCAT-AP.de-Katalog (Turtle)"),
                       (JSONLD_NAME, "DCAT-AP.de-Katalog (JSON-LD)"),
                       (MANIFEST_NAME, "Liste dieser Dateien mit Größe und SHA-256 (JSON)")):
        rows.append(f'<tr><td><a href="{name}">{name}</a></td><td>{what}</td><td></td><td></td><td></td></tr>')
    t = html.escape(title)
    return (
        "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{t} – Downloads</title>\n"
        '<link rel="alternate" type="text/turtle" href="catalog.ttl">\n'
        "<style>body{font-family:sans-serif;margin:2em;max-width:75em}"
        "table{border-collapse:collapse}td,th{padding:.3em .6em;border-bottom:1px solid #ddd;"
        "text-align:left}td.n{text-align:right;white-space:nowrap}code{font-size:.8em}</style>\n"
        "</head>\n<body>\n"
        f"<h1>{t}</h1>\n"
        "<p>Die Daten als Dateien: das ganze Paket als ZIP, jede Tabelle als CSV, JSON und "
        "Parquet. Die Prüfsumme (SHA-256) zeigt, ob eine Datei vollständig angekommen ist. "
        "Spalten und Bedeutung stehen in <a href=\"datapackage.json\">datapackage.json</a>.</p>\n"
        "<p>Parquet kommt in Teilen: <code>parquet/&lt;tabelle&gt;/part-00000.parquet</code>, "
        "<code>part-00001.parquet</code> und so fort, jeder Teil die Zeilen einer Gruppe von "
        "Quelldateien. Zusammen in der Reihenfolge der Dateinamen sind sie die ganze Tabelle, in der "
        "Reihenfolge der CSV-Datei. Ein neues Dokument ändert nur den Teil seiner Gruppe; die anderen "
        "bleiben Byte für Byte gleich. Alle Teile einer Tabelle (hier <code>resolutions</code>) in den "
        "Ordner <code>parquet/resolutions/</code> laden, dann als eine Tabelle lesen:</p>\n"
        "<ul>\n"
        "<li>pandas: <code>pandas.read_parquet(\"parquet/resolutions/\")</code></li>\n"
        "<li>pyarrow: <code>pyarrow.parquet.read_table(\"parquet/resolutions/\")</code></li>\n"
        "<li>DuckDB: <code>SELECT * FROM read_parquet('parquet/resolutions/*.parquet')</code></li>\n"
        "</ul>\n"
        "<table>\n<thead><tr><th>Datei</th><th>Inhalt</th><th>Format</th><th>Größe</th>"
        "<th>SHA-256</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n"
        "</body>\n</html>\n")


def publish_dir(build: Path | str, out: Path | str, settings: CatalogSettings | None = None) -> list[str]:
    """Copy ``build``'s downloadable files into the new folder ``out``; returns their names."""
    build, out = Path(build), Path(out)
    manifest = _check_build(build)
    _fresh(out)
    names = [f["path"] for f in manifest["files"]]
    for name in names + [n for n in PACKAGE_FILES if n not in names]:
        if (build / name).is_file():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(build / name, out / name)
    # In a static folder the files sit beside the catalogue, not under /download/.
    settings = settings or site_catalog_settings()
    from dataclasses import replace

    write_catalog(out, replace(settings, download_path=""))
    package = json.loads((build / "datapackage.json").read_text("utf-8"))
    (out / "index.html").write_text(index_html(manifest, package.get("title") or "councildata"), "utf-8")
    return sorted(p.name for p in out.iterdir())


DOCKERFILE = """\
# A councildata site: Datasette over one immutable database.
# Build and run:  docker build -t councildata-site . && docker run -p {port}:{port} councildata-site
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
RUN pip install {requirement}
WORKDIR /app
COPY site/ /app/site/
EXPOSE {port}
# The database is served immutable (opened with ?immutable=1, no writes, no
# locking), with its inspect data, metadata, templates and plugins.
CMD {cmd}
"""


def dockerfile(requirement: str, port: int = DOCKER_PORT) -> str:
    cmd = ["councildata", "serve", "/app/site", "--host", "0.0.0.0", "--port", str(port)]
    return DOCKERFILE.format(port=port, requirement=shlex.quote(requirement), cmd=json.dumps(cmd))


def publish_docker(build: Path | str, out: Path | str, requirement: str | None = None) -> list[str]:
    """A Docker build context in the new folder ``out``; returns what it holds.

    ``requirement`` is what ``pip install`` gets in the image: a version
    specifier, or a path to a wheel (copied into the context). Default: the
    source of this very checkout, copied into the context as ``src/``; in an
    installed wheel, this version of councildata from PyPI.
    """
    from datasette.app import Datasette  # noqa: F401  (fails early if Datasette is missing)

    build, out = Path(build), Path(out)
    manifest = _check_build(build)
    _fresh(out)
    site = out / "site"
    site.mkdir()
    names = [DB_NAME, "metadata.json", "report.json"] + [f["path"] for f in manifest["files"]]
    for name in names + list(PACKAGE_FILES):
        if (build / name).is_file() and not (site / name).exists():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(build / name, site / name)
    (site / "inspect-data.json").write_text(json.dumps(inspect_data(site / DB_NAME), indent=2) + "\n", "utf-8")
    source = _source_tree() if requirement is None else None
    wheel = Path(requirement) if requirement else None
    if source is not None:
        # Run from a checkout: the image installs exactly this code.
        for name in SOURCE_ENTRIES:
            if (source / name).is_dir():
                shutil.copytree(source / name, out / "src" / name,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            elif (source / name).is_file():
                (out / "src").mkdir(exist_ok=True)
                shutil.copy2(source / name, out / "src" / name)
        text = dockerfile("/src").replace("RUN pip install", "COPY src/ /src/\nRUN pip install", 1)
    elif wheel is not None and wheel.suffix == ".whl" and wheel.is_file():
        shutil.copy2(wheel, out / wheel.name)
        text = dockerfile(f"/tmp/{wheel.name}").replace(
            "RUN pip install", f"COPY {wheel.name} /tmp/{wheel.name}\nRUN pip install", 1)
    else:
        text = dockerfile(requirement or f"councildata=={__version__}")
    (out / "Dockerfile").write_text(text, "utf-8")
    (out / ".dockerignore").write_text("*\n!site/\n!src/\n!*.whl\n", "utf-8")
    return sorted(str(p.relative_to(out)) for p in out.rglob("*"))


# What `pip install` of the project needs (see pyproject.toml's force-include).
SOURCE_ENTRIES = ("pyproject.toml", "README.md", "LICENSE", "councildata", "schemas", "data",
                  "publish", "metadata.json")


def _source_tree() -> Path | None:
    """The project checkout this code runs from, or None in an installed wheel."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() and (root / "schemas").is_dir() else None


def inspect_data(db_path: Path) -> dict[str, Any]:
    """What ``datasette inspect`` writes (hash, size, row counts), with the
    file named relative to the folder it is served from, so that a server
    given it need not count rows at start."""
    import asyncio

    from datasette.cli import inspect_

    data = asyncio.run(inspect_([str(db_path)], None))
    for entry in data.values():
        entry["file"] = Path(entry["file"]).name
    return data


def docker_problems(context: Path) -> list[str]:
    """Offline check of a Docker context: every instruction parses and every
    COPY source exists in the context. Empty when fine."""
    problems = []
    path = context / "Dockerfile"
    if not path.is_file():
        return [f"{context} has no Dockerfile"]
    known = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
             "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}
    lines: list[str] = []
    pending = ""
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        lines.append(pending + line)
        pending = ""
    if pending:
        problems.append("Dockerfile ends in a line continuation")
    if not lines or lines[0].split()[0].upper() != "FROM":
        problems.append("Dockerfile does not start with FROM")
    for line in lines:
        word, _, rest = line.partition(" ")
        if word.upper() not in known:
            problems.append(f"unknown Dockerfile instruction {word!r}")
        if word.upper() in ("CMD", "ENTRYPOINT") and rest.lstrip().startswith("["):
            try:
                json.loads(rest)
            except ValueError:
                problems.append(f"{word} is not a valid JSON array: {rest}")
        if word.upper() in ("COPY", "ADD"):
            args = [a for a in shlex.split(rest) if not a.startswith("--")]
            for src in args[:-1]:
                if not (context / src).exists():
                    problems.append(f"{word} {src}: not in the build context")
    return problems
