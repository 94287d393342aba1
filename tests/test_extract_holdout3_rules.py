"""Rules generalised on the third held-out set, on passages of its documents
and phrases in other councils' style. (Its session and meeting phenomena are
tested on written sentences in test_extract_meetings.py.)"""

from __future__ import annotations

from councildata import model
from councildata.extract import Context, document
from councildata.extract.text import TextView


def _ctx(text: str) -> Context:
    doc = model.Document(id="x", source_file="x.txt", sha256="0" * 64, format="txt", text=text)
    ctx = Context(doc, TextView(text))
    ctx.meta = document.extract_metadata(ctx)
    return ctx


def test_minutes_date_is_the_session_not_the_writing():
    ctx = _ctx("Stadt Rathenow\nRathenow 27.03.2015\nNiederschrift\nüber die 6. Stadtverordnetenversammlung am "
               "25. Februar 2015 im Blauen Saal\n")
    assert ctx.meta["type"] == "minutes"
    assert ctx.meta["date"] == "2015-02-25"


def test_unterrichtung_ueber_eine_sitzung_is_minutes():
    ctx = _ctx("Unterrichtung über die öffentliche Sitzung des Verbandsgemeinderates der Verbandsgemeinde am "
               "Erbeskopf am Donnerstag, dem 26.04.2012 um 18.00 Uhr\n\nDer Beschluss erfolgte einstimmig.\n")
    assert ctx.meta["type"] == "minutes"


def test_host_preamble_is_skipped():
    # the page prints the document's title (with a wrong date) and quotes it again before the text
    text = ("Protokoll der 19. Sitzung des Beirates Musterdorf vom 18.06.2021\n\nTeilen: "
            "\"Protokoll der 19. Sitzung des Beirates Musterdorf vom 18.06.2021\"\n\nCopied!\n\nVolltext\n\n"
            "Niederschrift über die 19. Beiratssitzung am 18.05.2021 Videokonferenz\n\n"
            "Genehmigung des Protokolls vom 23.03.2021\n")
    ctx = _ctx(text)
    assert ctx.meta["date"] == "2021-05-18"


def test_an_election_day_is_no_meeting():
    ctx = _ctx("Beschluss: ungeändert beschlossen\n\nFür die Wahl des Samtgemeinderates am 11.09.2011 werden "
               "die Wahlleiter berufen.\n")
    assert "date" not in ctx.meta


def test_empty_result_field_over_the_decision_is_a_record():
    ctx = _ctx("Beschluss: |\nDer Stadtrat beschließt\neinstimmig,\n1. die Bildung eines Ausschusses\n")
    assert ctx.meta["type"] == "minutes"


def test_reference_with_a_letter_prefix():
    ctx = _ctx("Vorlage - OD-2024-038\nDie Stadtverordnetenversammlung wählt folgende Mitglieder\n")
    assert ctx.meta["reference"] == "OD-2024-038"
