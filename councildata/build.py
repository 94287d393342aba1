"""The whole pipeline: ingest -> extract -> validate -> package -> database.

``build_package(source_dir, out_dir)`` reads every file below source_dir and
writes the data package and SQLite database into out_dir, atomically: the
new build is written to a fresh folder beside it and published by swapping
one symlink, so readers (and a crash) only ever see a complete build.

Each document's extraction is cached by its path, its bytes' hash and the
code version, so a rebuild redoes only new or changed documents. Rows
stream document by document into the CSV/JSON writers and the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Any
from collections.abc import Callable, Iterator

from . import __version__, database, schemas
from . import publish as publish_extras
from .folder_config import read_folder_config
from .ingest import IngestOptions, discover, ingest_file
from .model import TABLES, Problem, Rows
from .package import PackageWriter, write_datapackage
from .redact import DEFAULT_KINDS, DEFAULT_PUBLIC_PLACES, parse_kinds, redact_document
from .validate import Validator

REPORT_NAME = "report.json"
# Per document, process_file leaves the count of each kind of personal data
# it redacted under this key of the document's rows (so that it travels
# through the cache and worker processes with them); build_package takes it
# out before the rows are validated.
REDACTED_KEY = "_redacted"


@dataclass
class BuildReport:
    source_dir: str
    out_dir: str
    files_seen: int = 0
    documents: int = 0
    reused: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    # Kinds of personal data redacted, and how many of each per source file.
    redact: tuple[str, ...] = ()
    redactions: dict[str, dict[str, int]] = field(default_factory=dict)
    redacted_documents: int = 0

    @property
    def failed(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error" and p.stage != "validate"]

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "skipped"]

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source_dir": self.source_dir,
            "files_seen": self.files_seen,
            "documents": self.documents,
            "documents_reused_from_cache": self.reused,
            "rows": self.rows,
            "rows_rejected": self.rejected,
            "documents_failed": len({p.source_file for p in self.failed}),
            "files_skipped": len(self.skipped),
            "problems": [p.to_dict() for p in self.problems],
            "redaction": {
                "kinds": list(self.redact),
                "documents_redacted": self.redacted_documents,
                "by_file": self.redactions,
            },
        }


def code_version() -> str:
    """Hash of the package's code and data: cached extractions are reused
    only while it is unchanged."""
    h = hashlib.sha256(__version__.encode())
    pkg = resources.files("councildata")
    folders = [("", pkg)]
    while folders:
        prefix, folder = folders.pop()
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
        for entry in entries:
            if entry.name.endswith((".py", ".json")) and entry.is_file():
                h.update((prefix + entry.name).encode())
                h.update(entry.read_bytes())
            elif entry.is_dir() and entry.joinpath("__init__.py").is_file():
                # Every subpackage (extract, ingest, redact): a change to a reader redoes its documents.
                folders.append((f"{prefix}{entry.name}/", entry))
    return h.hexdigest()[:16]


def process_file(path: Path, source_dir: Path, options: IngestOptions, cache_dir: Path | None, version: str,
                 redact: tuple[str, ...] = DEFAULT_KINDS,
                 public_places: tuple[str, ...] = DEFAULT_PUBLIC_PLACES) -> tuple[list[Rows], list[Problem], bool]:
    """Ingest, redact and extract one file: (rows of each document, problems, reused).

    Each document's personal data of the kinds in ``redact`` is replaced
    before extraction (see :mod:`councildata.redact`), so every quote comes
    from the redacted text; the counts are under ``REDACTED_KEY`` in its rows.
    """
    from .extract import extract_document

    rel = path.relative_to(source_dir).as_posix()
    key = None
    if cache_dir is not None:
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            # The redaction setting and the configured authority are part of the key: changing them redoes the document.
            setting = ",".join(redact) + "\0" + ",".join(public_places) + "\0" + (options.authority or "") + "\0" + ",".join(options.groups)
            key = hashlib.sha256(f"{version}\0{rel}\0{digest}\0{setting}".encode()).hexdigest()
            cached = cache_dir / key[:2] / f"{key}.json"
            if cached.exists():
                data = json.loads(cached.read_text("utf-8"))
                return data["rows"], [Problem(**p) for p in data["problems"]], True
        except (OSError, ValueError, KeyError, TypeError):
            key = None
    problems: list[Problem] = []
    extracted: list[Rows] = []
    result = ingest_file(path, source_dir, options)
    if isinstance(result, Problem):
        problems.append(result)
    else:
        for doc in result:
            if options.authority:
                doc.hints["authority"] = options.authority
            if options.groups:
                doc.hints["groups"] = list(options.groups)
            try:
                doc = redact_document(doc, redact, public_places=public_places)
                rows = extract_document(doc)
                rows[REDACTED_KEY] = doc.redaction_counts()
                extracted.append(rows)
            except Exception as exc:  # one document's failure never stops the run
                problems.append(Problem(
                    code="extract-failed", stage="extract", source_file=rel, document_id=doc.id,
                    message=f"{type(exc).__name__}: {exc} at {traceback.extract_tb(exc.__traceback__)[-1].name}",
                ))
    if key is not None and cache_dir is not None:
        cached = cache_dir / key[:2] / f"{key}.json"
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"rows": extracted, "problems": [p.to_dict() for p in problems]}, ensure_ascii=False), "utf-8")
        os.replace(tmp, cached)
    return extracted, problems, False


def _process(args: tuple) -> tuple[list[Rows], list[Problem], bool]:
    return process_file(*args)


def _results(files: list[Path], source_dir: Path, options: IngestOptions, cache_dir: Path | None, jobs: int,
             redact: tuple[str, ...] = DEFAULT_KINDS,
             public_places: tuple[str, ...] = DEFAULT_PUBLIC_PLACES) -> Iterator[tuple[list[Rows], list[Problem], bool]]:
    version = code_version()
    json_version = version
    json_files = [p for p in files if p.suffix.lower() == ".json"]
    if json_files and options.oparl_index is None:
        # OParl files refer to each other (a meeting's committee, a paper's
        # body): index them all first, and let a change to any of them redo
        # the others, since their rows may depend on it.
        from .oparl import OParlIndex

        options = replace(options, oparl_index=OParlIndex.from_dir(source_dir))
        h = hashlib.sha256(version.encode())
        for p in json_files:
            try:
                h.update(p.read_bytes())
            except OSError:  # gone or unreadable: its ingest reports why
                h.update(b"\0unreadable\0" + str(p).encode("utf-8", "surrogateescape"))
        json_version = h.hexdigest()[:16]
    args = [(p, source_dir, options, cache_dir, json_version if p.suffix.lower() == ".json" else version, redact, public_places)
            for p in files]
    if jobs <= 1 or len(files) < 2:
        yield from map(_process, args)
        return
    with get_context("fork" if os.name == "posix" else "spawn").Pool(jobs) as pool:
        # imap keeps input order, so parallel builds are identical to serial ones.
        yield from pool.imap(_process, args, chunksize=4)


def build_package(
    source_dir: Path | str,
    out_dir: Path | str,
    *,
    jobs: int = 1,
    use_cache: bool = True,
    options: IngestOptions | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    title: str | None = None,
    redact: tuple[str, ...] | list[str] | str = DEFAULT_KINDS,
    public_places: tuple[str, ...] | list[str] = DEFAULT_PUBLIC_PLACES,
    base_url: str | None = None,
) -> BuildReport:
    """Run every stage on ``source_dir`` and publish the result as ``out_dir``.

    ``redact`` names the kinds of personal data replaced in every document's
    text before anything is read from it (``email``, ``phone``, ``address``;
    all by default, ``()`` for none); ``public_places`` are the words that
    keep a street address on their line (see :mod:`councildata.redact`).
    ``base_url`` is where the site will be served, for the catalogue's
    links (default: ``catalog.base_url`` in publish/site.yaml).
    """
    started = time.monotonic()
    source_dir = Path(source_dir).resolve()
    out_dir = Path(out_dir).absolute()
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder {source_dir} does not exist")
    options = options or IngestOptions()
    # Checked before any work: a bad catalogue setting is the caller's mistake.
    catalog_settings = publish_extras.site_catalog_settings(base_url=base_url)
    if catalog_settings.check():
        raise ValueError("catalogue settings: " + "; ".join(catalog_settings.check()))
    config = read_folder_config(source_dir)
    options = replace(options, authority=options.authority or config.authority,
                      groups=tuple(dict.fromkeys([*options.groups, *config.groups])))
    redact = parse_kinds(redact)
    public_places = tuple(public_places)
    report = BuildReport(str(source_dir), str(out_dir), redact=redact)
    builds = out_dir.parent / f".{out_dir.name}.builds"
    builds.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    work = Path(tempfile.mkdtemp(prefix=f"{stamp}-{os.getpid()}-", dir=builds))
    cache_dir = (out_dir.parent / f".{out_dir.name}.cache") if use_cache else None

    # Whatever discover leaves out (hidden entries, links out of the folder,
    # unreadable folders) is reported too: nothing is lost unsaid.
    left_out: list[Problem] = []
    files = list(discover(source_dir, left_out))
    report.problems.extend(left_out)
    report.files_seen = len(files)
    writer = PackageWriter(work)
    db = database.open_build_database(work / database.DB_NAME)
    database.create_tables(db)
    validator = Validator()
    rows_count: Counter = Counter()
    rejected: Counter = Counter()
    newest_input = 0.0
    try:
        for i, (path, (docs, problems, reused)) in enumerate(zip(files, _results(files, source_dir, options, cache_dir, jobs, redact, public_places), strict=True)):
            rel = path.relative_to(source_dir).as_posix()
            try:
                mtime = path.stat().st_mtime
            except OSError:  # the file went away while the build ran; its problem says so
                mtime = 0.0
            newest_input = max(newest_input, mtime)
            report.problems.extend(problems)
            report.reused += reused and bool(docs)
            for rows in docs:
                redacted = {k: n for k, n in (rows.pop(REDACTED_KEY, None) or {}).items() if n}
                valid, row_problems = validator.check(rows, rel)
                report.problems.extend(row_problems)
                for p in row_problems:
                    rejected[p.table] += 1
                if not valid["documents"]:
                    continue
                report.documents += 1
                if redacted:
                    report.redacted_documents += 1
                    per_file = report.redactions.setdefault(rel, {})
                    for kind, n in redacted.items():
                        per_file[kind] = per_file.get(kind, 0) + n
                with db.conn:
                    for t in TABLES:
                        if valid[t]:
                            writer.write(t, valid[t])
                            database.insert_rows(db, t, valid[t])
                            rows_count[t] += len(valid[t])
            if progress:
                progress(i + 1, len(files), rel)
        writer.close()
        database.ensure_db_shape(db)
        db.close()
        created = dt.datetime.fromtimestamp(int(newest_input), dt.UTC).isoformat() if newest_input else None
        write_datapackage(
            work,
            title=title or f"Council documents from {source_dir.name}",
            description=(
                "Documents, meetings, motions, resolutions, surveys and survey results read "
                "from council documents by councildata. Every extracted row quotes the passage "
                "of the document it was read from (quote, char_start, char_end)."
            ),
            sources=[{"title": f"{report.files_seen} files in {source_dir.name}", "path": source_dir.name}],
            created=created,
        )
        shutil.copy(schemas.project_file("metadata.json"), work / "metadata.json")
        # Parquet, the zip, downloads.json and the DCAT catalogue (councildata.publish).
        publish_extras.write_extras(work, catalog_settings)
        report.rows = {t: rows_count[t] for t in TABLES}
        report.rejected = {t: rejected[t] for t in TABLES if rejected[t]}
        report.seconds = round(time.monotonic() - started, 2)
        (work / REPORT_NAME).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", "utf-8")
        publish(work, out_dir)
    except BaseException:
        writer.close()
        shutil.rmtree(work, ignore_errors=True)
        raise
    return report


def publish(work: Path, out_dir: Path) -> None:
    """Make ``out_dir`` point at the finished build ``work`` in one rename.

    ``out_dir`` is a symlink to the current build; a new symlink is made
    beside it and renamed over it, which POSIX guarantees is atomic. Older
    builds are removed afterwards.
    """
    if out_dir.exists() and not out_dir.is_symlink():
        if out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()
        else:
            # A real folder from elsewhere: keep it rather than delete data.
            out_dir.rename(out_dir.with_name(f"{out_dir.name}.before-councildata"))
    # The build database is written without fsync (see
    # database.open_build_database): make every file durable before the
    # swap, so a power cut cannot leave a published build half on disk.
    _fsync_tree(work)
    link = out_dir.with_name(f".{out_dir.name}.link-{os.getpid()}")
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(os.path.relpath(work, out_dir.parent))
    os.replace(link, out_dir)
    _fsync_dir(out_dir.parent)
    for old in work.parent.iterdir():
        if old != work and not _build_running(old):
            shutil.rmtree(old, ignore_errors=True)
    # The link of a build killed while it published: "<parent>/.<name>.link-<pid>".
    prefix = f".{out_dir.name}.link-"
    for stale in out_dir.parent.iterdir():
        if stale.name.startswith(prefix) and stale.is_symlink():
            pid = stale.name[len(prefix):]
            if pid.isdigit() and not _pid_running(int(pid)):
                stale.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_file():
            with open(path, "rb") as f:
                os.fsync(f.fileno())
    _fsync_dir(folder)


def _build_running(folder: Path) -> bool:
    """Whether another build process is still writing ``folder``."""
    try:
        pid = int(folder.name.split("-")[1])
    except (IndexError, ValueError):
        return False
    return _pid_running(pid)


def _pid_running(pid: int) -> bool:
    """Whether a process other than this one runs with ``pid``."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
