"""``councildata publish …``: a build made ready for a web server or a container.

The group is attached to the main ``councildata`` command by ``cli.py``.
"""

from __future__ import annotations

from pathlib import Path

import click

publish = click.Group(
    "publish",
    help="Make a build ready to publish: a static folder or a Docker context. "
         "docs/publish.md also shows `datasette publish` (Cloud Run, Fly, Vercel).",
)

_BUILD = click.argument("build", type=click.Path(exists=True, file_okay=False, path_type=Path))
_OUT = click.argument("out", type=click.Path(path_type=Path))


@publish.command("dir")
@_BUILD
@_OUT
@click.option("--base-url", metavar="URL", help="Where OUT will be served, for the links in its "
              "catalog.ttl/catalog.jsonld.  [default: catalog.base_url in publish/site.yaml]")
def dir_command(build: Path, out: Path, base_url: str | None) -> None:
    """Copy BUILD's package, zip, Parquet files and DCAT catalogue into the new folder OUT.

    OUT works on any static web server: its index.html lists every file
    with size and sha256, and its catalogue points at the files where they
    now are (BASE_URL/<file>).
    """
    from .publish import publish_dir, site_catalog_settings

    try:
        settings = site_catalog_settings(base_url=base_url)
        problems = settings.check()
        if problems:
            raise ValueError("; ".join(problems))
        names = publish_dir(build, out, settings)
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Wrote {len(names)} files to {out} (open {out / 'index.html'})")


@publish.command("docker")
@_BUILD
@_OUT
@click.option("--requirement", metavar="SPEC", help="What the image pip-installs: a version "
              "specifier or a path to a councildata wheel (copied into the context).  "
              "[default: the source of this checkout, copied into the context; in an installed "
              "package, this version from PyPI]")
def docker_command(build: Path, out: Path, requirement: str | None) -> None:
    """Write a Docker build context for BUILD into the new folder OUT.

    The image runs `councildata serve` on the database opened immutable,
    with its inspect data (row counts), metadata, templates and plugins, and
    the downloads. Build and run it with
    `docker build -t site OUT && docker run -p 8001:8001 site`.
    """
    from .publish import docker_problems, publish_docker

    try:
        names = publish_docker(build, out, requirement)
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    problems = docker_problems(out)
    if problems:
        raise click.ClickException(f"{out}/Dockerfile: " + "; ".join(problems))
    click.echo(f"Wrote a Docker context with {len(names)} entries to {out}")
