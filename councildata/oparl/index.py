"""Recognising OParl input, and the index of OParl objects by id for
references across one file or a whole folder."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .helpers import _MAX_DEPTH, _list, log, oparl_type


def _is_list_page(obj: Any) -> bool:
    if not (isinstance(obj, dict) and isinstance(obj.get("data"), list)):
        return False
    if oparl_type(obj) is not None or not ("links" in obj or "pagination" in obj):
        return False
    data = obj["data"]
    return not data or any(oparl_type(o) for o in data)


def is_oparl_like(obj: Any) -> bool:
    """A bare array of paper records shaped like OParl Papers but without schema
    types (e.g. StadtratWatch's Magdeburg papers: ``reference``, ``type``:
    ``"Anfrage"``, ``title``, ``consultations`` with ``organization`` names)."""
    if not isinstance(obj, list) or not obj:
        return False
    records = [o for o in obj if isinstance(o, dict)]
    if not records or len(records) < len(obj) / 2:
        return False
    for rec in records:
        if oparl_type(rec):
            return False
        if not isinstance(rec.get("reference"), str):
            return False
        if not (isinstance(rec.get("title"), str) or isinstance(rec.get("name"), str)):
            return False
        if not any(k in rec for k in ("consultations", "consultation", "files", "paperType")):
            return False
    return True


def is_oparl(obj: Any) -> bool:
    """OParl object, OParl list page, bare array of OParl objects, or OParl-like paper list."""
    try:
        if oparl_type(obj):
            return True
        if _is_list_page(obj):
            return True
        if isinstance(obj, list) and obj:
            typed = [o for o in obj if oparl_type(o)]
            if typed and len(typed) >= len([o for o in obj if isinstance(o, dict)]) / 2:
                return True
        return is_oparl_like(obj)
    except Exception:  # a detector must not raise
        log.debug("is_oparl failed", exc_info=True)
        return False


# ---------------------------------------------------------------------------
# index of objects, for references across one file or a whole folder


def _walk(obj: Any, depth: int = 0, seen: set[int] | None = None) -> Iterator[dict]:
    """Every dict with an OParl type below ``obj`` (cycle-safe, depth-limited)."""
    if seen is None:
        seen = set()
    if depth > _MAX_DEPTH or id(obj) in seen:
        return
    if isinstance(obj, dict):
        seen.add(id(obj))
        if oparl_type(obj):
            yield obj
        for value in list(obj.values()):
            if isinstance(value, (dict, list)):
                yield from _walk(value, depth + 1, seen)
    elif isinstance(obj, list):
        seen.add(id(obj))
        for value in obj:
            if isinstance(value, (dict, list)):
                yield from _walk(value, depth + 1, seen)


class OParlIndex:
    """OParl objects by id, for resolving references (organization names, the
    body, a consultation's paper) across the files of one source folder.

    ``OParlIndex.from_dir(source_dir)`` reads every OParl ``.json`` below the
    folder (dot-folders skipped); pass it as ``index=`` to
    :func:`documents_from_oparl`.
    """

    def __init__(self) -> None:
        self.objects: dict[str, dict] = {}
        # consultation id -> the Paper it belongs to (consultations are embedded in papers)
        self.consultation_paper: dict[str, dict] = {}

    def add(self, obj: Any) -> None:
        try:
            for o in _walk(obj):
                oid = o.get("id")
                if not isinstance(oid, str) or not oid:
                    continue
                # a full object wins over a stub of the same id
                if oid not in self.objects or len(o) > len(self.objects[oid]):
                    self.objects[oid] = o
                if oparl_type(o) == "Paper":
                    for c in _list(o.get("consultation")):
                        if isinstance(c, dict) and isinstance(c.get("id"), str):
                            self.consultation_paper[c["id"]] = o
        except Exception:  # an index is a help, never a failure
            log.debug("could not index an OParl object", exc_info=True)

    def update(self, other: OParlIndex) -> None:
        for oid, o in other.objects.items():
            if oid not in self.objects or len(o) > len(self.objects[oid]):
                self.objects[oid] = o
        self.consultation_paper.update(other.consultation_paper)

    def get(self, ref: Any) -> dict | None:
        if isinstance(ref, dict):
            return ref
        if isinstance(ref, str):
            return self.objects.get(ref)
        return None

    def __len__(self) -> int:
        return len(self.objects)

    @classmethod
    def from_dir(cls, root: str | Path) -> OParlIndex:
        root = Path(root)
        root_real = root.resolve()
        index = cls()
        for path in sorted(root.rglob("*.json")):
            if any(part.startswith(".") for part in path.relative_to(root).parts):
                continue
            try:
                # as ingest.discover: a symlink out of the folder is not read
                if path.is_symlink() and not path.resolve().is_relative_to(root_real):
                    continue
                obj = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, RuntimeError):  # RuntimeError: a symlink loop
                continue
            if is_oparl(obj):
                index.add(obj)
        return index

    @classmethod
    def from_objects(cls, objs: Iterable[Any]) -> OParlIndex:
        index = cls()
        for obj in objs:
            index.add(obj)
        return index
