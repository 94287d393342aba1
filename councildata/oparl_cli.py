"""``councildata oparl …``: crawl an OParl endpoint, build from OParl JSON.

The group is attached to the main ``councildata`` command by ``cli.py``.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import click

from .summary import print_summary

oparl = click.Group(
    "oparl",
    help="Read council data from OParl (https://oparl.org) endpoints and files.",
)


def _check_iso(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO date-time such as 2024-01-31T00:00:00+01:00") from None
    return value


@oparl.command("sync")
@click.argument("url")
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@click.option("--modified-since", callback=_check_iso, metavar="ISO",
              help="Only objects modified since then (default: the last complete sync in DEST).")
@click.option("--rate-limit", type=float, default=2.0, show_default=True, metavar="N",
              help="Requests per second (0: no limit).")
@click.option("--max-requests", type=click.IntRange(min=1), metavar="N",
              help="Stop after N requests; running the command again resumes.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Extra attempts for a request that fails with 5xx, 429 or a timeout.")
@click.option("--no-files", is_flag=True, help="Do not download the files (PDFs) of papers and "
              "meetings.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def sync_command(url: str, dest: Path, modified_since: str | None, rate_limit: float,
                 max_requests: int | None, retries: int, no_files: bool, as_json: bool) -> None:
    """Crawl the OParl endpoint URL (a System, a Body or a body list) into DEST.

    Writes papers, meetings and organizations as JSON under DEST/oparl/ and
    downloads their files into DEST/files/, so that `councildata build DEST
    --out OUT` builds from them. Incremental and resumable; the exit status
    is 1 when any page or file failed.
    """
    from .oparl_sync import sync

    try:
        report = sync(url, dest, modified_since=modified_since, max_requests=max_requests,
                      rate_limit=rate_limit, retries=retries, download_files=not no_files)
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.summary())
    if not report.ok:
        sys.exit(1)


@oparl.command("import")
@click.argument("source", type=click.Path(exists=True, path_type=Path), metavar="FILE_OR_DIR")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True,
              help="Folder to write the package and database to.")
def import_command(source: Path, out_dir: Path) -> None:
    """Build OUT_DIR from an OParl JSON file or a folder of them."""
    from .build import BuildError, build_package
    from .oparl import is_oparl

    tmp: str | None = None
    try:
        if source.is_file():
            try:
                obj = json.loads(source.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise click.ClickException(f"{source} is not readable JSON: {exc}") from exc
            if not is_oparl(obj):
                raise click.ClickException(
                    f"{source} is not OParl JSON (no object typed https://schema.oparl.org/…, "
                    "no list page, no OParl-like paper list)")
            tmp = tempfile.mkdtemp(prefix="councildata-oparl-")
            shutil.copy2(source, Path(tmp) / source.name)
            folder = Path(tmp)
        else:
            folder = source
        try:
            report = build_package(folder, out_dir, **_index_options(folder))
        except (ValueError, OSError, BuildError) as exc:
            raise click.ClickException(f"build failed: {exc}") from exc
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    print_summary(report)
    if getattr(report, "ok", True) is False:
        sys.exit(1)


def _index_options(folder: Path) -> dict:
    """``options=`` with an OParlIndex over the folder, so references between
    its files (a meeting's committee in the organization list) resolve; empty
    when the ingest stage does not take one."""
    try:
        from dataclasses import fields

        from .ingest import IngestOptions
        from .oparl import OParlIndex
    except ImportError:  # pragma: no cover - both are part of the package
        return {}
    if "oparl_index" not in {f.name for f in fields(IngestOptions)}:
        return {}
    return {"options": IngestOptions(oparl_index=OParlIndex.from_dir(folder))}
