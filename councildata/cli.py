"""The ``councildata`` command: a thin click layer over the library.

Errors become ``click.ClickException`` here, at the edge; the library
itself reports problems as data.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .ingest import IngestOptions
from .ingest.budget import MIB, Budget
from .oparl_cli import oparl
from .summary import print_summary


# Exit status of a build that read documents but extracted no row from them.
NO_ROWS_STATUS = 3


def _default_out() -> Path:
    return Path(os.environ.get("COUNCILDATA_OUT", "_site"))


@click.group()
@click.version_option(__version__, prog_name="councildata")
def cli() -> None:
    """Turn German council documents into a validated open data package and
    serve it with Datasette."""


@cli.command()
@click.argument("source_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True, help="Folder to write the package and database to.")
@click.option("-j", "--jobs", type=int, default=1, show_default=True, help="Processes for ingest and extraction (0: all cores).")
@click.option("--no-cache", is_flag=True, help="Redo every document instead of reusing unchanged ones.")
@click.option("--title", help="Title of the data package.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--redact", "redact_kinds", metavar="KINDS",
              help="Personal data to redact from the texts and file names before publishing, "
                   "comma-separated from email, phone, address, iban.  [default: email,phone,address,iban]")
@click.option("--no-redact", is_flag=True, help="Publish the texts without redacting personal data.")
@click.option("--base-url", metavar="URL", help="Where the site will be served, for the links in "
              "catalog.ttl/catalog.jsonld.  [default: catalog.base_url in publish/site.yaml]")
@click.option("--authority", metavar="NAME",
              help="The authority the documents belong to, e.g. \"Stadt Karlsruhe\": organisations are qualified "
                   "by it. Overrides `authority` in SOURCE_DIR/councildata.toml.")
@click.option("--max-seconds", type=click.FloatRange(min=0, min_open=True), default=Budget.seconds,
              show_default=True, help="Time one file may take to be read and extracted; "
              "a file over it is reported as timeout.")
@click.option("--max-ocr-seconds", type=click.FloatRange(min=0, min_open=True), default=Budget.ocr_seconds,
              show_default=True, help="The same for a scanned PDF that is OCR'd.")
@click.option("--max-memory", type=click.IntRange(min=0), default=Budget.memory // MIB, show_default=True,
              metavar="MIB", help="Memory (address space, MiB) one file's worker may add; "
              "a file over it is reported as out-of-memory or crashed (0: no limit).")
@click.option("--max-text", type=click.IntRange(min=1), default=IngestOptions.max_text_bytes // MIB,
              show_default=True, metavar="MIB",
              help="Text (MiB of UTF-8) one document may have after it is read, in any format; "
              "a file over it is reported as too-large.")
@click.option("--allow-empty", is_flag=True, help="Publish an empty build even over a build with documents.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run reading, redaction and extraction on the Dask cluster at ADDRESS "
                   "(tcp://host:8786) instead of local processes; needs the dask extra, and the "
                   "source folder at the same path on every worker.")
def build(source_dir: Path, out_dir: Path, jobs: int, no_cache: bool, title: str | None, quiet: bool,
          redact_kinds: str | None, no_redact: bool, base_url: str | None, authority: str | None,
          max_seconds: float, max_ocr_seconds: float, max_memory: int, max_text: int,
          allow_empty: bool, scheduler: str | None) -> None:
    """Build OUT_DIR from every document below SOURCE_DIR.

    Writes datapackage.json, one CSV and one JSON file per table, the SQLite
    database and report.json. A document that cannot be read is listed with
    its reason and the run goes on; so is a file over its budget (time,
    memory, text size: see --max-*), which is read in a worker process that
    is stopped when it goes over. Exit status: 0 done; 1 a document failed
    or a row was rejected; 3 documents were read but no row was extracted
    from any (a warning, also in report.json).

    E-mail addresses, phone numbers, private street addresses and IBANs
    are replaced by placeholders such as [E-Mail entfernt] before anything
    is read from a text or a file name; report.json counts them per file.

    Organisations are qualified by their authority: the one --authority or
    SOURCE_DIR/councildata.toml names (with that council's own groups,
    `groups = ["KULT"]`), else the one each document names.
    """
    from .redact import DEFAULT_KINDS, parse_kinds

    if no_redact and redact_kinds is not None:
        raise click.UsageError("--redact and --no-redact exclude each other")
    try:
        kinds = () if no_redact else parse_kinds(redact_kinds) if redact_kinds is not None else DEFAULT_KINDS
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--redact") from exc
    if authority is not None and not authority.strip():
        raise click.BadParameter("must name the authority, e.g. \"Stadt Karlsruhe\"", param_hint="--authority")
    budget = Budget(seconds=max_seconds, ocr_seconds=max_ocr_seconds, memory=max_memory * MIB)
    options = IngestOptions(max_text_bytes=max_text * MIB, ocr_timeout=max_ocr_seconds,
                            authority=" ".join(authority.split()) if authority else None)
    report = _run_build(source_dir, out_dir, jobs, not no_cache, title, quiet, redact=kinds, base_url=base_url,
                        budget=budget, options=options, allow_empty=allow_empty, scheduler=scheduler)
    if not report.ok:
        sys.exit(1)
    if any(w.get("code") == "no-rows" for w in report.warnings):
        sys.exit(NO_ROWS_STATUS)


def _run_build(source_dir: Path, out_dir: Path, jobs: int = 1, use_cache: bool = True, title: str | None = None, quiet: bool = False,
               redact: tuple[str, ...] | None = None, base_url: str | None = None,
               budget: Budget | None = None, options: IngestOptions | None = None, allow_empty: bool = False,
               scheduler: str | None = None):
    from .build import BuildError, build_package
    from .distributed import SchedulerError
    from .folder_config import ConfigError
    from .redact import DEFAULT_KINDS

    jobs = jobs or os.cpu_count() or 1
    bar = None
    progress = None
    if not quiet and sys.stderr.isatty():
        bar = click.progressbar(length=1, label="Reading documents", file=sys.stderr, show_pos=True)
        bar.__enter__()

        def progress(done: int, total: int, name: str) -> None:
            bar.length = total
            bar.update(1)

    try:
        report = build_package(source_dir, out_dir, jobs=jobs, use_cache=use_cache, progress=progress, title=title,
                               redact=DEFAULT_KINDS if redact is None else redact, base_url=base_url,
                               budget=budget, options=options, allow_empty=allow_empty, scheduler=scheduler)
    except (FileNotFoundError, NotADirectoryError, PermissionError, ValueError, ConfigError, BuildError,
            SchedulerError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    print_summary(report)
    return report


@cli.command()
@click.argument("out_dir", required=False, type=click.Path(path_type=Path))
@click.option("-h", "--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("-p", "--port", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--source", type=click.Path(exists=True, file_okay=False, path_type=Path), help="Folder to build first when OUT_DIR holds no build (default: the bundled sample).")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Server processes, each with its own connections and response cache (default: one per core "
                   "this process may use, at most 8).")
def serve(out_dir: Path | None, host: str, port: int, source: Path | None, workers: int | None) -> None:
    """Serve OUT_DIR's database with Datasette.

    Without OUT_DIR, serves ./_site, building the bundled sample documents
    into it first if it holds no build.
    """
    from .database import DB_NAME
    from .schemas import project_file
    from .serve import check_port_free, default_workers
    from .serve import serve as run

    try:
        check_port_free(host, port)
    except OSError as exc:
        raise click.ClickException(f"cannot serve: {exc.strerror or exc}; choose another with --port") from exc
    if out_dir is None:
        out_dir = _default_out()
        if not (out_dir / DB_NAME).exists():
            _run_build(source or project_file("data"), out_dir, quiet=True)
    elif not (out_dir / DB_NAME).exists():
        if source is None:
            raise click.ClickException(f"{out_dir} holds no {DB_NAME}: run `councildata build SOURCE_DIR --out {out_dir}` first")
        _run_build(source, out_dir, quiet=True)
    workers = workers or default_workers()
    click.echo(f"Serving {out_dir} on http://{host}:{port}/ ({workers} worker process{'es' if workers > 1 else ''})",
               err=True)
    run(out_dir, host=host, port=port, workers=workers)


@cli.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the frictionless report as JSON.")
def validate(out_dir: Path, as_json: bool) -> None:
    """Re-check a built package with frictionless; exit status 1 when invalid."""
    from .validate import validate_package

    if not (out_dir / "datapackage.json").exists():
        raise click.ClickException(f"{out_dir} holds no datapackage.json")
    report = validate_package(out_dir)
    if as_json:
        click.echo(json.dumps(report.to_descriptor(), ensure_ascii=False, indent=2, default=str))
    else:
        for task in report.tasks:
            click.echo(f"{'valid  ' if task.valid else 'INVALID'} {task.name} ({task.stats.get('rows', 0)} rows)")
            for err in task.errors[:20]:
                click.echo(f"    row {getattr(err, 'row_number', '-')}, {getattr(err, 'field_name', '-')}: {err.message}")
        for err in report.errors[:20]:
            click.echo(f"    {err.message}")
        click.echo("VALID" if report.valid else "INVALID")
    if not report.valid:
        sys.exit(1)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Score this existing build instead of building GOLD_DIR.")
@click.option("--details", is_flag=True, help="List every missed and spurious row with its document and quote.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir: Path, out_dir: Path | None, details: bool, as_json: bool) -> None:
    """Score the extraction of GOLD_DIR's documents against its *.gold.json records.

    Prints precision, recall and F1 per table, the accuracy of vote and
    document fields, and the share of rows whose quote matches its span.
    """
    import tempfile

    from . import evaluate as ev

    gold = ev.load_gold(gold_dir)
    if not gold:
        raise click.ClickException(f"no *.gold.json files below {gold_dir}")
    with tempfile.TemporaryDirectory() as tmp:
        if out_dir is None or not (out_dir / "documents.csv").exists():
            from .build import build_package

            target = out_dir or Path(tmp) / "out"
            build_package(gold_dir, target)
            out_dir = target
        report = ev.score(gold, ev.load_output(out_dir))
    if not details:
        report = {k: v for k, v in report.items() if k != "details"}
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(ev.format_report(report, details=details))


@cli.command()
@click.option("--check", is_flag=True, help="Exit 1 if a generated file is not what the schemas give.")
def metadata(check: bool) -> None:
    """Write metadata.json (Datasette) and docs/tables.md from schemas/ and
    publish/site.yaml."""
    from .metadata import generated_files

    for path, content in generated_files(cli).items():
        if check:
            if not path.exists() or path.read_text("utf-8") != content:
                raise click.ClickException(f"{path} is out of date: run `councildata metadata`")
            click.echo(f"{path} is up to date")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, "utf-8")
            click.echo(f"Wrote {path}")


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text", "show_text", is_flag=True, help="Print the document's text too.")
@click.option("--no-redact", is_flag=True, help="Keep personal data in the text (the build redacts it).")
@click.option(
    "--structure", "show_structure", is_flag=True,
    help="Print the document's tree instead (session, agenda items, labelled blocks, with spans).",
)
def extract(path: Path, show_text: bool, no_redact: bool, show_structure: bool) -> None:
    """Ingest and extract one file; print its rows as JSON (for debugging rules).

    The text is redacted as `build` redacts it by default, so offsets match.
    """
    from .extract import document_structure, extract_document
    from .ingest import ingest_file
    from .model import Problem
    from .redact import DEFAULT_KINDS, redact_document

    result = ingest_file(path.resolve(), path.resolve().parent)
    if isinstance(result, Problem):
        raise click.ClickException(f"{path}: {result.code}: {result.message}")
    for doc in result:
        doc = doc if no_redact else redact_document(doc, DEFAULT_KINDS)
        if show_structure:
            click.echo(document_structure(doc))
            continue
        rows = extract_document(doc)
        if not show_text:
            for r in rows["documents"]:
                r.pop("text", None)
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))


cli.add_command(oparl)

from .publish_cli import publish  # noqa: E402  (the group is defined there, attached here)

cli.add_command(publish)
