"""Datasette metadata generated from the Table Schemas and ``publish/site.yaml``.

Table and column descriptions come only from ``schemas/``; the site's
title, licence, facets and canned queries only from ``site.yaml``.
``councildata metadata`` writes the result to ``metadata.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from . import schemas
from .database import COUNTS_TABLE, FTS_COLUMNS
from .model import TABLES
from .search import SEARCH_COLUMNS, STEM_SUFFIX


def site_config() -> dict[str, Any]:
    return yaml.safe_load((schemas.project_file("publish") / "site.yaml").read_text("utf-8"))


def build_metadata() -> dict[str, Any]:
    site = site_config()
    tables: dict[str, Any] = {}
    for t in TABLES:
        schema = schemas.load_schema(t)
        entry: dict[str, Any] = {
            "title": schema["title"],
            "description": schema["description"],
            "columns": {f["name"]: f["description"] for f in schema["fields"]},
        }
        entry.update(site.get("tables", {}).get(t, {}))
        if t in SEARCH_COLUMNS:
            # `_search=` on these tables uses the German (stemmed) index.
            entry["fts_table"] = f"{t}{STEM_SUFFIX}"
            entry["fts_pk"] = "rowid"
        elif t in FTS_COLUMNS:
            entry["fts_table"] = f"{t}_fts"
            entry["fts_pk"] = "rowid"
        tables[t] = entry
    # The counts the server answers table pages from (councildata.precomputed).
    tables[COUNTS_TABLE] = {"hidden": True}
    meta = {k: site[k] for k in ("title", "description", "license", "license_url", "source", "source_url", "about", "about_url") if k in site}
    # A query's `indexes` are for the build (database.create_query_indexes), not Datasette.
    queries = {name: {k: v for k, v in q.items() if k != "indexes"} for name, q in (site.get("queries") or {}).items()}
    meta["databases"] = {site["database"]: {"tables": tables, "queries": queries}}
    return meta


def render_metadata() -> str:
    return json.dumps(build_metadata(), ensure_ascii=False, indent=2) + "\n"


def write_metadata(path: Path) -> None:
    path.write_text(render_metadata(), "utf-8")


def render_tables_doc() -> str:
    """docs/tables.md: every table and column, from the schemas."""
    lines = [
        "# Tables",
        "",
        "Generated from `schemas/` by `councildata metadata`; do not edit by hand.",
        "",
    ]
    for t in TABLES:
        schema = schemas.load_schema(t)
        lines += [f"## {t}", "", schema["description"], "", "| column | type | required | meaning |", "| --- | --- | --- | --- |"]
        for f in schema["fields"]:
            cons = f.get("constraints", {})
            kind = f["type"] + (f" ({', '.join(cons['enum'])})" if "enum" in cons else "")
            lines.append(f"| `{f['name']}` | {kind} | {'yes' if cons.get('required') else ''} | {f['description']} |")
        keys = [f"primary key `{', '.join(schema['primaryKey'])}`"]
        keys += [f"`{fk['fields']}` → `{fk['reference']['resource']}.{fk['reference']['fields']}`" for fk in schema.get("foreignKeys", [])]
        lines += ["", "Keys: " + "; ".join(keys) + ".", ""]
    return "\n".join(lines)


def generated_files(command: Any) -> dict[Path, str]:
    """Every file generated from the schemas, with its content.

    ``command`` is the ``councildata`` click group whose --help docs/cli.md
    shows; the caller passes it so that no module imports ``cli.py``.
    """
    root = schemas.project_file("schemas").parent
    files = {root / "metadata.json": render_metadata()}
    if (root / "docs").is_dir():  # a source checkout, not an installed wheel
        files[root / "docs" / "tables.md"] = render_tables_doc()
        files[root / "docs" / "cli.md"] = render_cli_doc(command)
    return files


def render_cli_doc(command: Any) -> str:
    """docs/cli.md: the --help of ``command`` and its subcommands, so the docs cannot drift."""
    import click

    out = ["# Command line", "", "Generated from `--help` by `councildata metadata`; do not edit by hand.", ""]

    def walk(cmd: click.Command, path: list[str]) -> None:
        ctx = click.Context(cmd, info_name=" ".join(path), terminal_width=100, max_content_width=100)
        out.extend([f"## {' '.join(path)}", "", "```", cmd.get_help(ctx).rstrip(), "```", ""])
        if isinstance(cmd, click.Group):
            for name in sorted(cmd.commands):
                walk(cmd.commands[name], [*path, name])

    walk(command, ["councildata"])
    return "\n".join(out)
