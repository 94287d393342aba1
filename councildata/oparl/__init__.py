"""Map OParl JSON (1.0 / 1.1) to the public contract.

The ingest stage calls two functions for every ``.json`` file:

``is_oparl(obj)``
    True for an OParl object (``type`` starts with ``https://schema.oparl.org/``),
    an OParl list page (``{"data": [...], "links": ..., "pagination": ...}``), a
    bare JSON array of OParl objects, and an *OParl-like* paper list (an array
    of paper records with ``reference``, ``type`` as a German word,
    ``consultations`` ... as scraped by StadtratWatch Magdeburg).

``documents_from_oparl(obj, source_file, sha256, index=None)``
    One :class:`~councildata.model.Document` per Paper and per Meeting. Its
    ``text`` is a German plain-text rendering of the object; ``hints`` carries
    the contract's document fields; ``records`` carries rows for ``meetings``,
    ``motions``, ``resolutions`` and ``organizations`` read from the structure,
    each with provenance (``quote``/``char_start``/``char_end`` into ``text``),
    ``oparl_id``, ``rule`` ("oparl") and ``confidence``.

    A file that holds Organization objects but no Paper/Meeting (an
    ``organization`` list page) gives one listing document ("Gremien und
    Gruppierungen") that carries the ``organizations`` rows.

    Broken objects (missing id, unknown type, wrong value types, cycles) are
    skipped, never raised. A file that cannot be used at all raises
    ``ValueError``; :class:`NotADocument` (a ``ValueError``) marks valid OParl
    that simply holds nothing to publish (System, Body, Person, an empty list),
    so the ingest may report it as *skipped* rather than as an error.

Cross-file references (a Meeting's ``organization`` URL, a Paper's ``body``)
are resolved when an :class:`OParlIndex` built over the whole source folder
is passed as ``index`` (``OParlIndex.from_dir(source_dir)``); without it only
what the file itself embeds is used.

The package's modules: :mod:`.helpers` (constants, text/date/id helpers),
:mod:`.vocabulary` (labels and result texts to contract values),
:mod:`.index` (recognising input, :class:`OParlIndex`), :mod:`.render`
(text and rows of each object type) and :mod:`.documents`
(:func:`documents_from_oparl`).
"""

from __future__ import annotations

from .documents import documents_from_oparl
from .helpers import (
    CONFIDENCE as CONFIDENCE,
    CONFIDENCE_INFERRED as CONFIDENCE_INFERRED,
    RULE as RULE,
    SCHEMA_PREFIXES as SCHEMA_PREFIXES,
    NotADocument,
    id_key as id_key,
    log as log,
    oparl_type,
    organization_id as organization_id,
)
from .index import OParlIndex, is_oparl, is_oparl_like
from .vocabulary import (
    document_type_from_label,
    organization_from_meeting_name as organization_from_meeting_name,
    organization_kind,
    outcome_from_result,
    unanimous_from_result as unanimous_from_result,
    votes_from_result,
)

__all__ = [
    "NotADocument",
    "OParlIndex",
    "document_type_from_label",
    "documents_from_oparl",
    "is_oparl",
    "is_oparl_like",
    "oparl_type",
    "organization_kind",
    "outcome_from_result",
    "votes_from_result",
]
