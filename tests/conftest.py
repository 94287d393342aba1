"""Shared fixtures: builds of real documents, made once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
SAMPLE = Path(__file__).parent.parent / "data"
SEED = "de_landkreis-cloppenburg_mitteilung_1.txt"


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory) -> Path:
    """The whole copied corpus built once (package, CSVs, database)."""
    from councildata.build import build_package

    out = tmp_path_factory.mktemp("corpus") / "out"
    build_package(CORPUS, out, use_cache=False)
    return out


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """The bundled sample in data/, as `councildata serve` builds it."""
    from councildata.build import build_package

    out = tmp_path_factory.mktemp("sample") / "out"
    build_package(SAMPLE, out, use_cache=False)
    return out


def extract_text(text: str, name: str = "x.txt") -> dict:
    """Every row extract_document reads from a text, as for a .txt file."""
    from councildata import model
    from councildata.extract import extract_document

    doc = model.Document(id=model.document_id(name), source_file=name, sha256="0" * 64, format="txt", text=text)
    return extract_document(doc)


def provenance_ok(rows: dict) -> bool:
    """Whether every extracted row of one document quotes its span exactly."""
    from councildata.model import PROVENANCE_TABLES

    text = rows["documents"][0]["text"]
    return all(text[r["char_start"] : r["char_end"]] == r["quote"] for t in PROVENANCE_TABLES for r in rows[t])


def uncached_datasette(build: Path):
    """The site's Datasette on ``build`` with its response cache off (every
    request runs its SQL), started and past its first page."""
    import asyncio
    import os

    from councildata.serve import make_datasette

    saved = os.environ.get("COUNCILDATA_CACHE_MB")
    os.environ["COUNCILDATA_CACHE_MB"] = "0"
    try:
        ds = make_datasette(build)
        asyncio.run(ds.invoke_startup())
        asyncio.run(ds.client.get("/"))
    finally:
        if saved is None:
            del os.environ["COUNCILDATA_CACHE_MB"]
        else:
            os.environ["COUNCILDATA_CACHE_MB"] = saved
    return ds
