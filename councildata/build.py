"""The whole pipeline: ingest -> extract -> validate -> package -> database.

``build_package(source_dir, out_dir)`` reads every file below source_dir and
writes the data package and SQLite database into out_dir, atomically: the
new build is written to a fresh folder beside it and published by swapping
one symlink, so readers (and a crash) only ever see a complete build.

Each document's extraction is cached by its path, its bytes' hash and the
code version, so a rebuild redoes only new or changed documents. Rows
stream document by document into the CSV/JSON writers and the database:
the worker that extracted a document also checks its cells and encodes its
rows (councildata.prepare), so that this process, the one part that does
not run on every core, only checks keys and appends bytes.
"""

from __future__ import annotations

import contextlib
import functools
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from collections.abc import Callable, Iterator, Sequence

from . import __version__, schemas
from . import publish as publish_extras
from .folder_config import read_folder_config
from .ingest.common import IngestOptions
from .ingest.discover import discover_names
from .ingest.budget import Budget, Overrun, Standby, run_budgeted
from .ingest.common import name_and_id
from .model import TABLES, Problem, Rows
from .package import PackageWriter, hash_build_files, write_datapackage
from .build_report import REPORT_NAME, BuildReport, failed_report_path, write_report
from .redact import DEFAULT_KINDS, DEFAULT_PUBLIC_PLACES, parse_kinds, redact_document
from .swap import DIR_MODE, publish, set_modes
from .input_stats import InputStat, InputStats

if TYPE_CHECKING:
    from .prepare import PreparedDocument
    from .validate import Validator

# Not imported here but where used: a rebuild that finds nothing changed
# (councildata.incremental.plan) imports neither the readers, the
# extractors and frictionless (.ingest, .prepare) nor sqlite-utils
# (.database), which take longer to import than the no-op takes.

# Documents loaded into the database per transaction in a full build.
COMMIT_DOCUMENTS = 200
# Per document, process_file leaves the count of each kind of personal data
# it redacted under this key of the document's rows (so that it travels
# through the cache and worker processes with them); build_package takes it
# out before the rows are validated.
REDACTED_KEY = "_redacted"


def take_file(validator: Validator, rel: str, docs: list[Rows], problems: list[Problem],
              reused: bool) -> tuple[dict[str, Any], list[Rows]]:
    """Validate one source file's documents, in order: its part of the report
    (problems, redactions, documents, rejected rows) and the valid rows of
    each document that is published."""
    from .prepare import count_document, new_report_part

    part = new_report_part(rel, problems, reused, bool(docs))
    out = []
    for rows in docs:
        redacted = {k: n for k, n in (rows.pop(REDACTED_KEY, None) or {}).items() if n}
        valid, row_problems = validator.check(rows, rel)
        if count_document(part, valid, row_problems, redacted):
            out.append(valid)
    return part, out


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
                 public_places: tuple[str, ...] = DEFAULT_PUBLIC_PLACES) -> tuple[list[Rows], list[Problem], bool, str | None]:
    """Ingest, redact and extract one file: (rows of each document, problems,
    reused, sha256 of its bytes or None where they could not be read).

    The file is opened once (:func:`~councildata.ingest.read_source`); its
    bytes give the cache key. Each document's personal data of the kinds in
    ``redact`` is replaced before extraction (see :mod:`councildata.redact`),
    so every quote comes from the redacted text; the counts are under
    ``REDACTED_KEY`` in its rows. The build runs this in a budgeted worker
    (:mod:`councildata.ingest.budget`), so all of it counts against the budget.
    """
    from .extract import extract_document
    from .ingest import ingest_bytes, read_source

    rel = path.relative_to(source_dir).as_posix()
    data = read_source(path, source_dir, options)
    if isinstance(data, Problem):
        return [], [data], False, None
    key = None
    digest = hashlib.sha256(data).hexdigest()
    if cache_dir is not None:
        # The redaction setting and the limits are part of the key: changing them redoes the document.
        setting = "\0".join([",".join(redact), ",".join(public_places), _limits_key(options)])
        key = hashlib.sha256(f"{version}\0{rel}\0{digest}\0{setting}".encode()).hexdigest()
        try:
            cached = cache_dir / key[:2] / f"{key}.json"
            if cached.exists():
                stored = json.loads(cached.read_text("utf-8"))
                return stored["rows"], [Problem(**p) for p in stored["problems"]], True, digest
        except (OSError, ValueError, KeyError, TypeError):
            pass
    problems: list[Problem] = []
    extracted: list[Rows] = []
    result = ingest_bytes(data, rel, options)
    del data
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
            except MemoryError:
                raise  # the worker reports it as out-of-memory
            except Exception as exc:  # one document's failure never stops the run
                problems.append(Problem(
                    code="extract-failed", stage="extract", source_file=doc.source_file, document_id=doc.id,
                    message=f"{type(exc).__name__}: {exc} at {traceback.extract_tb(exc.__traceback__)[-1].name}",
                ))
    if key is not None and cache_dir is not None:
        _store(cache_dir / key[:2] / f"{key}.json",
               json.dumps({"rows": extracted, "problems": [p.to_dict() for p in problems]}, ensure_ascii=False))
    return extracted, problems, False, digest


def _limits_key(options: IngestOptions) -> str:
    return ",".join(str(getattr(options, f.name)) for f in fields(options)
                    if f.name.startswith("max_")
                    or f.name in ("ocr", "ocr_language", "redact_names", "authority", "groups"))


def _store(cached: Path, content: str) -> None:
    """Write one cache entry; the cache only saves time, so a full disk or a
    read-only cache folder costs nothing but that."""
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(content, "utf-8")
        os.replace(tmp, cached)
    except OSError:
        tmp.unlink(missing_ok=True)


def _process(*args: Any) -> tuple[list[Rows], list[Problem], bool, str | None]:
    return process_file(*args)


Prepared = tuple[str, "list[PreparedDocument]", list[Problem], bool, "str | None", list[str]]


def _process_prepared(*args: Any) -> Prepared:
    """:func:`process_file` and then, in the same worker, each document's
    rows checked cell by cell and encoded (councildata.prepare): (the file's
    name as the report shows it, the documents, problems, reused, sha256,
    the organisations its documents name)."""
    from .prepare import prepare_document

    path, source_dir, options = args[:3]
    docs, problems, reused, digest = process_file(*args)
    shown = name_and_id(path.relative_to(source_dir).as_posix(), options)[0]
    mentions = org_mentions(docs)
    prepared = [prepare_document(rows, rows.pop(REDACTED_KEY, None) or {}) for rows in docs]
    return shown, prepared, problems, reused, digest, mentions


# Fewer files than this (a delta of a few documents) are not worth the
# warm-up: it compiles every rule once for all workers, and the one worker
# such a delta forks compiles only the rules its documents use (a delta
# that only removes files forks none).
WARM_FROM = 4


def _warm(files: Sequence[Path]) -> None:
    """Import the modules the readers of these files and the rules need, and
    fill the rules' lazy caches, in this process, once: every worker is
    forked from it and so starts with them instead of doing it again."""
    import importlib

    suffixes = {p.suffix.lower() for p in files}
    wanted = []
    if suffixes & {".pdf"}:
        wanted += ["pypdfium2", "pypdfium2.raw"]
    if suffixes & {".html", ".htm", ".xhtml", ".asp", ".php", ""}:
        wanted += ["bs4", "councildata.ingest.html_hints"]
    if ".json" in suffixes:
        wanted += ["councildata.oparl"]
    for name in wanted:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    from .extract import extract_document
    from .model import Document
    from .validate import checked_tables

    checked_tables()  # the cell readers of every table (councildata.prepare)
    sample = ("Landkreis Musterstadt\nBeschlussvorlage Nr. 2024/001\nSozialausschuss am 01.02.2024\n"
              "Antrag der CDU-Fraktion vom 10.01.2024\nDer Ausschuss beschloss einstimmig, dem Kreistag "
              "zu empfehlen, die Umfrage im Frühjahr 2024 durchzuführen. Anwohner Max Muster, "
              "Birkenweg 14, 26169 Friesoythe, max@example.org, 0171 2345678")
    doc = Document(id="warm", source_file="warm.txt", sha256="0" * 64, format="txt", text=sample)
    with contextlib.suppress(Exception):  # only a warm-up: the real run reports errors
        extract_document(redact_document(doc, DEFAULT_KINDS))


def _standby_warm() -> None:
    """What a :class:`~councildata.ingest.budget.Standby` worker imports while
    the build process plans: the readers of the commonest formats, the
    extractors and the rules' caches, the cell checks (frictionless), as
    :func:`_warm` gives a worker forked after it."""
    from .ingest import ingest_bytes, read_source  # noqa: F401
    from . import prepare  # noqa: F401

    _warm([Path("warm.pdf"), Path("warm.html"), Path("warm.txt")])


def start_standby(budget: Budget | None) -> Standby:
    """A worker forked now for a delta's few files, warming up while the
    build process plans (see :class:`~councildata.ingest.budget.Standby`)."""
    return Standby(budget or Budget(), _standby_warm)


def _results(files: Sequence[Path], source_dir: Path, options: IngestOptions, cache_dir: Path | None, jobs: int,
             redact: tuple[str, ...] = DEFAULT_KINDS,
             public_places: tuple[str, ...] = DEFAULT_PUBLIC_PLACES,
             budget: Budget | None = None,
             scheduler: str | None = None,
             version: str | None = None, prepared: bool = False,
             standby: Standby | None = None) -> Iterator[Any]:
    """Each file's result, in order: :func:`process_file`'s, or with
    ``prepared`` :func:`_process_prepared`'s. ``standby``: a worker forked
    ahead, the first to take a file (without the warm-up of this process,
    which it did itself)."""
    fn = _process_prepared if prepared else _process
    version = version or code_version()
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
    from .prepare import Tasks

    args = Tasks(files, (source_dir, options, cache_dir), version, json_version, (redact, public_places))
    if scheduler is None:
        if len(files) > WARM_FROM:
            _warm(files)
        results = run_budgeted(fn, args, budget or Budget(), jobs, standby)
    else:
        from .distributed import run_on_dask

        results = run_on_dask(scheduler, fn, args, budget)
    # Every file in a worker of its own that is killed when it goes over its
    # budget; results come back in input order, so parallel and distributed
    # builds are identical to serial ones.
    for path, result in zip(files, results, strict=True):
        if isinstance(result, Overrun):
            rel = path.relative_to(source_dir).as_posix()
            source_file, doc_id = name_and_id(rel, options)
            overrun = [Problem(code=result.code, message=result.message, source_file=source_file,
                               stage="ingest", document_id=doc_id)]
            result = (source_file, [], overrun, False, None, []) if prepared else ([], overrun, False, None)
        yield result


class BuildError(Exception):
    """A build that could not be written or was refused; nothing was published.

    ``report_path`` is where the report of the failed build was written, if
    it could be."""

    def __init__(self, message: str, report_path: Path | None = None) -> None:
        super().__init__(message)
        self.report_path = report_path




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
    budget: Budget | None = None,
    allow_empty: bool = False,
    scheduler: str | None = None,
) -> BuildReport:
    """Run every stage on ``source_dir`` and publish the result as ``out_dir``.

    ``redact`` names the kinds of personal data replaced in every document's
    text, and in file names, before anything is read from them (``email``,
    ``phone``, ``address``; all by default, ``()`` for none);
    ``public_places`` are the words that keep a street address on their line
    (see :mod:`councildata.redact`). ``base_url`` is where the site will be
    served, for the catalogue's links (default: ``catalog.base_url`` in
    publish/site.yaml). ``budget`` bounds the time and memory of each file
    (see :mod:`councildata.ingest.budget`). ``scheduler``, the address of a
    Dask scheduler, runs the per-file work on that cluster
    (:mod:`councildata.distributed`).

    Raises :class:`BuildError` when the build cannot be written (a full
    disk, an I/O error, no permission): the partial build is removed and
    its report written to :func:`failed_report_path` where possible; and when
    ``source_dir`` holds no file while ``out_dir`` holds a build with
    documents, unless ``allow_empty``.
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
    options = replace(options, redact_names=redact)
    public_places = tuple(public_places)
    # The report names the source folder by its name only: report.json is
    # published, the builder's paths are not.
    report = BuildReport(source_dir.name, str(out_dir), redact=redact)

    # Whatever discover leaves out (hidden entries, links out of the folder,
    # unreadable folders) is reported too: nothing is lost unsaid.
    left_out: list[Problem] = []
    names = discover_names(source_dir, left_out)
    for p in left_out:
        if p.source_file:
            p.source_file, p.document_id = name_and_id(p.source_file, options)
    report.problems.extend(left_out)
    report.files_seen = len(names)
    if not names and not allow_empty:
        published = _published_documents(out_dir)
        if published:
            raise BuildError(
                f"{source_dir.name} holds no files; refusing to replace the build in {out_dir.name} "
                f"with its {published} documents by an empty one (--allow-empty to do it anyway)")
    cache_dir = (out_dir.parent / f".{out_dir.name}.cache") if use_cache else None
    builds = out_dir.parent / f".{out_dir.name}.builds"
    root = str(source_dir) + os.sep
    ctx = BuildContext(source_dir, out_dir, names, InputStats(root + n for n in names), left_out, options,
                       cache_dir, jobs, redact, public_places, budget, progress, title, report, started,
                       catalog_settings, scheduler)
    try:
        return _plan_and_write(ctx, builds, use_cache)
    finally:
        ctx.close_standby()


def _plan_and_write(ctx: BuildContext, builds: Path, use_cache: bool) -> BuildReport:
    """The rest of :func:`build_package`: the plan, and the build it asks for."""
    out_dir, report, started = ctx.out_dir, ctx.report, ctx.started
    ctx.code = code_version()
    ctx.version = output_version(ctx.code)
    ctx.settings = _settings(ctx)
    from . import incremental

    plan = incremental.plan(ctx) if use_cache else incremental.Plan("full", "--no-cache: everything is redone")
    if plan.mode == "unchanged":
        return incremental.unchanged_report(ctx, plan)
    work: Path | None = None
    try:
        builds.mkdir(parents=True, exist_ok=True)
        builds.chmod(DIR_MODE)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        work = Path(tempfile.mkdtemp(prefix=f"{stamp}-{os.getpid()}-", dir=builds))
        if plan.mode == "delta":
            try:
                incremental.write_delta(ctx, work, plan)
            except incremental.Fallback as exc:
                # What the delta cannot do exactly, the full build does (from the cache).
                shutil.rmtree(work)
                work.mkdir()
                plan = incremental.Plan("full", str(exc))
        if plan.mode == "full":
            ctx.close_standby()  # a full build forks its workers after warming up itself
            report.incremental = {"mode": "full", "reason": plan.reason}
            _write_build(ctx, work)
    except OSError as exc:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        report.seconds = round(time.monotonic() - started, 2)
        reason = exc.strerror or str(exc)
        report.warnings.append({"code": "write-failed", "message": f"the build could not be written: {reason}"})
        where = failed_report_path(out_dir)
        try:
            write_report(where, report)
        except OSError:
            where = None
        raise BuildError(
            f"the build could not be written ({reason}"
            + (f": {_relative(exc.filename, out_dir.parent)}" if getattr(exc, "filename", None) else "")
            + f"); nothing was published, {out_dir.name} still holds the previous build"
            + (f"; the report is in {where}" if where else "; not even the report could be written"),
            where,
        ) from exc
    except BaseException:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
        raise
    failed_report_path(out_dir).unlink(missing_ok=True)
    return report


def _relative(path: Any, base: Path) -> str:
    try:
        return Path(os.fsdecode(path)).relative_to(base).as_posix()
    except ValueError:
        return Path(os.fsdecode(path)).name


def _published_documents(out_dir: Path) -> int:
    """How many documents the build published at ``out_dir`` holds (0: none)."""
    try:
        data = json.loads((out_dir / REPORT_NAME).read_text("utf-8"))
        return int(data.get("documents") or 0)
    except (OSError, ValueError, TypeError, AttributeError):
        return 1 if (out_dir / "documents.csv").exists() else 0


@dataclass
class BuildContext:
    """One build's inputs and settings, as the full and the incremental
    writers (councildata.incremental) both need them."""

    source_dir: Path
    out_dir: Path
    # Every file, as its path relative to source_dir (discover_names), in order.
    names: list[str]
    # Each file's stat, taken before it is read (a change after it shows next time).
    stats: Sequence[InputStat | None]
    left_out: list[Problem]
    options: IngestOptions
    cache_dir: Path | None
    jobs: int
    redact: tuple[str, ...]
    public_places: tuple[str, ...]
    budget: Budget | None
    progress: Callable[[int, int, str], None] | None
    title: str | None
    report: BuildReport
    started: float
    catalog_settings: Any
    scheduler: str | None
    # code_version(), and output_version() of it.
    code: str = ""
    version: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    # The worker forked during the plan for a delta's few files (fork_standby).
    standby: Standby | None = None

    @functools.cached_property
    def files(self) -> Sequence[Path]:
        """The files as paths (each made when it is read: a no-op needs none)."""
        from .prepare import Paths

        return Paths(self.source_dir, self.names)

    @functools.cached_property
    def listing(self) -> str | None:
        """One digest of every file's path and stat (incremental.listing_digest):
        the plan compares it and the manifest records it, and at 100,000 files
        it costs 0.3 s, so it is made once per build."""
        from .incremental import listing_digest

        return listing_digest(self.names, self.stats)

    def rel(self, path: Path) -> str:
        """``path`` relative to the source folder, with ``/`` (discover's paths
        all start with it: a string cut, 100 times faster than relative_to)."""
        text, prefix = str(path), str(self.source_dir) + os.sep
        if text.startswith(prefix):
            return text[len(prefix):].replace(os.sep, "/")
        return path.relative_to(self.source_dir).as_posix()

    def shown(self, rel: str) -> str:
        """How the report and the tables name a file: redacted, printable."""
        return name_and_id(rel, self.options)[0]

    def results(self, files: list[Path]) -> Iterator[tuple[list[Rows], list[Problem], bool, str | None]]:
        return _results(files, self.source_dir, self.options, self.cache_dir, self.jobs, self.redact,
                        self.public_places, self.budget, self.scheduler, self.code)

    def prepared_results(self, files: Sequence[Path], standby: bool = False) -> Iterator[Prepared]:
        """Each file's :func:`_process_prepared` result; with ``standby``,
        the first worker is the one forked before the plan (a delta)."""
        return _results(files, self.source_dir, self.options, self.cache_dir, self.jobs, self.redact,
                        self.public_places, self.budget, self.scheduler, self.code, prepared=True,
                        standby=self.standby if standby else None)

    def fork_standby(self) -> None:
        """Fork the worker for a delta's few files now (the plan calls this
        once it knows that something changed, not before: a no-op would
        only lose CPU to its imports), so that its imports (the readers, the
        extractors, frictionless) overlap the rest of the plan and the
        delta's checks instead of following them."""
        if self.standby is None and self.scheduler is None:
            self.standby = start_standby(self.budget)

    def close_standby(self) -> None:
        if self.standby is not None:
            self.standby.close()
            self.standby = None

    def created(self, newest_mtime_ns: int) -> str | None:
        """``created`` of datapackage.json: the newest input's time, so that
        two builds of the same files are identical."""
        if not newest_mtime_ns:
            return None
        return dt.datetime.fromtimestamp(newest_mtime_ns // 1_000_000_000, dt.UTC).isoformat()


def output_version(code: str) -> str:
    """The code version ``code``, with what else shapes the output: the
    Table Schemas and the site's metadata. A build made by another one is
    not reused."""
    h = hashlib.sha256(code.encode())
    for path in sorted(schemas.project_file("schemas").glob("*.json")):
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    h.update(schemas.project_file("metadata.json").read_bytes())
    return h.hexdigest()[:16]


def _settings(ctx: BuildContext) -> dict[str, Any]:
    """Every setting that changes what a build writes (a change: a full build)."""
    return {
        "source": ctx.source_dir.name,
        "title": ctx.title,
        "redact": list(ctx.redact),
        "public_places": list(ctx.public_places),
        "options": {f.name: repr(getattr(ctx.options, f.name)) for f in fields(ctx.options)
                    if f.name != "oparl_index"},
        "budget": repr(ctx.budget),
        "catalog": repr(ctx.catalog_settings),
    }


def write_package_meta(ctx: BuildContext, work: Path, files_seen: int, newest_mtime_ns: int) -> None:
    """datapackage.json and metadata.json of a build whose table files are written."""
    source_dir = ctx.source_dir
    # One read of each file for the package's sha256 and the zip's CRC-32
    # (not again for a file hard-linked from the build before: known).
    hash_build_files([work / f"{t}.{ext}" for t in TABLES for ext in ("csv", "json")])
    write_datapackage(
        work,
        title=ctx.title or f"Council documents from {source_dir.name}",
        description=(
            "Documents, meetings, motions, resolutions, surveys and survey results read "
            "from council documents by councildata. Every extracted row quotes the passage "
            "of the document it was read from (quote, char_start, char_end)."
        ),
        sources=[{"title": f"{files_seen} files in {source_dir.name}", "path": source_dir.name}],
        created=ctx.created(newest_mtime_ns),
    )
    shutil.copy(schemas.project_file("metadata.json"), work / "metadata.json")


def finish_build(ctx: BuildContext, work: Path, manifest: Any) -> None:
    """The report, the manifest's record of the files' hashes, modes, and the swap."""
    from .incremental import output_digests, record_listing

    record_listing(ctx, manifest)
    manifest.set_outputs(work, output_digests(work))
    manifest.commit()
    manifest.close()
    ctx.report.seconds = round(time.monotonic() - ctx.started, 2)
    write_report(work / REPORT_NAME, ctx.report)
    set_modes(work)
    publish(work, ctx.out_dir)


def _write_build(ctx: BuildContext, work: Path) -> None:
    """The full build: every file read (or taken from the cache), every row
    validated and written."""
    from . import database, search
    from .incremental import FileEntry, Manifest, MANIFEST_NAME, start_manifest
    from .prepare import take_prepared
    from .validate import Validator

    report = ctx.report
    files = ctx.files
    writer = PackageWriter(work)
    db = None
    manifest: Manifest | None = None
    try:
        manifest = start_manifest(ctx, Manifest.create(work / MANIFEST_NAME))
        db = database.open_build_database(work / database.DB_NAME)
        database.create_tables(db)
        validator = Validator()
        rows_count: Counter = Counter()
        newest_input = 0
        for table in search.SEARCH_COLUMNS:
            database.create_search_indexes(db, table)
        uncommitted = 0
        for i, (st, (rel, docs, problems, reused, digest, mentions)) in enumerate(
                zip(ctx.stats, ctx.prepared_results(files), strict=True)):
            raw = ctx.names[i]
            if st is not None:
                newest_input = max(newest_input, st.st_mtime_ns)
            part, valid_docs = take_prepared(validator, rel, docs, problems, reused)
            report.add_file(part)
            entry = FileEntry(raw, incremental_stat(st), digest, report=part, org_mentions=mentions)
            for doc, valid in valid_docs:
                entry.doc_ids.append(doc.keys["documents"][valid["documents"][0]]["id"])
                entry.org_ids += [doc.keys["organizations"][k]["id"] for k in valid["organizations"]]
                for t in TABLES:
                    if not valid[t]:
                        continue
                    encoded = doc.encoded[t]
                    rows = [encoded[k] for k in valid[t]]
                    csv_bytes = b"".join(r[0] for r in rows)
                    json_bytes = b"".join(r[1] for r in rows)
                    writer.append(t, len(rows), csv_bytes, json_bytes)
                    counts = entry.tables.setdefault(t, [0, 0, 0])
                    counts[0] += len(rows)
                    counts[1] += len(csv_bytes)
                    counts[2] += len(json_bytes)
                    database.insert_params(db, t, [r[2] for r in rows])
                    if t in search.SEARCH_COLUMNS:
                        # A new table's rowids count up from 1 in insert order (checked below).
                        database.append_search_texts(db, t, rows_count[t] + 1, [r[3] for r in rows])
                    rows_count[t] += len(rows)
                uncommitted += 1
            if uncommitted >= COMMIT_DOCUMENTS:
                # Not one commit per document: the search indexes write a segment per commit.
                db.conn.commit()
                uncommitted = 0
            manifest.put(entry)
            if ctx.progress:
                ctx.progress(i + 1, len(files), rel)
        db.conn.commit()
        writer.close()
        rebuild = [t for t in search.SEARCH_COLUMNS
                   if db.execute(f"select coalesce(max(rowid), 0) from [{t}]").fetchone()[0] != rows_count[t]]
        for t in rebuild:  # rowids that did not count up as expected: the indexes from the table itself
            database.build_search_indexes(db, t)
        db.close()
        db = None
        # The database's other indexes, views and counts on a thread of their
        # own while this one writes the files beside it: neither reads what
        # the other writes, and SQLite, zlib and pyarrow let go of the GIL, so
        # on two cores the tail takes the longer of the two, not their sum.
        with ThreadPoolExecutor(1, thread_name_prefix="councildata-db") as pool:
            shaped = pool.submit(shape_database, work / database.DB_NAME, True)
            manifest.set("newest_mtime_ns", newest_input)
            manifest.commit()  # the zip's chunk plan reads it
            write_package_meta(ctx, work, report.files_seen, newest_input)
            # Parquet, the zip, downloads.json and the DCAT catalogue (councildata.publish).
            publish_extras.write_extras(work, ctx.catalog_settings)
            shaped.result()
            manifest.set("spare_db", {"behind": None})
        report.finish(rows_count)
        finish_build(ctx, work, manifest)
        manifest = None
    finally:
        # On the way out of a failed build: close what is open, quietly (a
        # full disk fails the flush again; the first error is the one to tell).
        with contextlib.suppress(OSError, ValueError):
            writer.close()
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()
        if manifest is not None:
            with contextlib.suppress(Exception):
                manifest.close()


def shape_database(path: Path, ready_spare: bool = False) -> None:
    """A full build's database, its rows and search indexes loaded, made
    ready to serve (:func:`database.ensure_db_shape`), on a connection of
    its own (the build runs this on a thread beside the files); with
    ``ready_spare``, then copied for the first delta after this build
    (:mod:`councildata.incremental.spare`)."""
    from . import database
    from .incremental import spare

    db = database.open_build_database(path)
    try:
        database.ensure_db_shape(db, search_indexes=False)
    finally:
        db.close()
    if ready_spare:
        spare.make_ready_spare(path.parent)


def org_mentions(docs: list[Rows]) -> list[str]:
    """Every organisation the documents of one file name, in order, once."""
    return list(dict.fromkeys(o.get("id") for rows in docs for o in rows.get("organizations", ()) if o.get("id")))


def incremental_stat(st: InputStat | None) -> tuple[int, int, int, int] | None:
    from .incremental.manifest import stat_key

    return stat_key(st)
