"""OParl JSON reader: delegates the mapping to :mod:`councildata.oparl`."""

from __future__ import annotations

import json
import re
from typing import Any

from councildata.model import Document, Problem
from .common import _Ctx

# --------------------------------------------------------------------------
# JSON


def _read_json(data: bytes, ctx: _Ctx) -> list[Document] | Problem:
    try:
        obj = json.loads(data)
    except RecursionError:
        return ctx.problem("invalid-json", "invalid JSON: nested too deeply")
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return ctx.problem("invalid-json", f"invalid JSON: {exc}")
    from councildata import oparl  # lazily: a bug there must not break other formats

    if not oparl.is_oparl(obj):
        return ctx.problem(
            "not-a-document", "JSON but not OParl (no OParl 'type')", severity="skipped"
        )
    try:
        documents = list(oparl.documents_from_oparl(
            obj, ctx.source_file, ctx.sha256, index=ctx.options.oparl_index
        ))
    except oparl.NotADocument as exc:
        return ctx.problem("not-a-document", f"OParl, but no document: {exc}", severity="skipped")
    except ValueError as exc:
        return ctx.problem("invalid-oparl", f"OParl JSON that cannot be used: {exc}")
    if not documents:
        return ctx.problem(
            "not-a-document", "OParl JSON without any document in it", severity="skipped"
        )
    for doc in documents:
        doc.text, doc.hints, doc.records = _valid_unicode((doc.text, doc.hints, doc.records))
    return documents


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_unicode(value: Any) -> Any:
    """Lone surrogates, which JSON may spell ("\\ud800") but UTF-8 cannot
    hold, as U+FFFD: one character for one, so provenance offsets stay right."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_valid_unicode(k): _valid_unicode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_valid_unicode(v) for v in value)
    return value

