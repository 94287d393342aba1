"""The optional configuration file of a source folder: ``councildata.toml``.

A folder of one council's documents often never says whose they are (a
Niederschrift names "den Gemeinderat", not which one). The file names the
authority, and groups of that council that are not general German terms::

    # councildata.toml, at the top of the source folder
    authority = "Stadt Karlsruhe"
    groups = ["KULT", "FÜR"]

``build --authority`` overrides the file's ``authority``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

CONFIG_NAME = "councildata.toml"
_KEYS = {"authority", "groups"}


class ConfigError(ValueError):
    """The configuration file cannot be used; the message names it and why."""


@dataclass(frozen=True)
class FolderConfig:
    authority: str | None = None
    groups: tuple[str, ...] = ()


def read_folder_config(source_dir: Path) -> FolderConfig:
    """The source folder's configuration; the defaults where it has no file."""
    path = Path(source_dir) / CONFIG_NAME
    if not path.is_file():
        return FolderConfig()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML: {exc}") from exc
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
    authority = data.get("authority")
    if authority is not None and (not isinstance(authority, str) or not authority.strip()):
        raise ConfigError(f"{path}: authority must be a non-empty string, e.g. authority = \"Stadt Karlsruhe\"")
    groups = data.get("groups", [])
    if not isinstance(groups, list) or not all(isinstance(g, str) and g.strip() for g in groups):
        raise ConfigError(f"{path}: groups must be a list of names, e.g. groups = [\"KULT\"]")
    return FolderConfig(" ".join(authority.split()) if authority else None, tuple(" ".join(g.split()) for g in groups))
