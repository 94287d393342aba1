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
