"""Property tests (hypothesis): the extractors are total and keep their promises.

For any text — random Unicode mixed with the words, numbers, dates, line
breaks, hyphenations and page furniture of German council documents —
``extract_document`` and every rule module's ``extract(ctx)`` (given the
Context the way ``extract_document`` builds it) never raise, give rows the
Table Schemas accept (``Validator().check`` finds no problem), and every
row quotes its document exactly: ``text[char_start:char_end] == quote``.
``TextView.span`` maps any span of the view back to the exact original.
"""

from __future__ import annotations

import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councildata.extract import Context, _finish, extract_document
from councildata.extract import document as document_rules
from councildata.extract import meetings, motions, resolutions, surveys
from councildata.extract.text import Taken, TextView
from councildata.model import PROVENANCE_TABLES, TABLES, Document
from councildata.validate import Validator

SETTINGS = settings(
    # COUNCILDATA_PROPERTY_EXAMPLES=5000 for a deeper search than the default run's
    max_examples=int(os.environ.get("COUNCILDATA_PROPERTY_EXAMPLES", "200")),
    deadline=None,  # a loaded 2-core machine must not flake
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

VOCABULARY = [
    "Beschluss:", "Beschlussvorschlag:", "Beschlussvorlage", "einstimmig", "einstimmig beschlossen",
    "mehrheitlich", "Ja-Stimmen", "Nein-Stimmen", "Enthaltungen", "Stimmenthaltung",
    "Abstimmungsergebnis:", "Antrag der", "Antrag der CDU-Fraktion", "Änderungsantrag",
    "Gruppe GRÜNE/UWG", "SPD", "AfD", "FDP", "DIE LINKE.", "Fraktion", "Sitzung des Gemeinderates am 12.03.2024",
    "Sitzung des Sozialausschusses", "Niederschrift", "Protokoll", "Mitteilung", "Anfrage",
    "Antwort", "Tagesordnung", "TOP 3", "Ö 5.4", "Drucksache", "Vorlage Nr. 2022/2486",
    "Kreistag", "Stadtrat", "Gemeinderat", "Bezirksversammlung", "Landkreis Cloppenburg",
    "beschloss, dem Kreistag zu empfehlen,", "die Beratung zu vertagen", "vertagt",
    "abgelehnt", "zur Kenntnis genommen", "zurückgezogen", "verwiesen", "angenommen",
    "Umfrage", "Befragung", "Abfrage", "im Frühjahr dieses Jahres", "im Herbst 2022",
    "Netzwerk häusliche Gewalt", "Polizei", "Jugendamt", "Prozent", "%", "v. H.",
    "Ergebnis:", "gaben an,", "davon", "Betreff:", "Datum:", "Vorsitz:", "Gremium:",
    "Zuständigkeit", "Beratungsfolge:", "Öffentlich", "nichtöffentlich", "gez.",
    "Der Oberbürgermeister", "Bürgermeisterin", "Herr Müller (CDU)", "Frau Öztürk",
    "E-Mail: info@example.org", "Tel. 0441 12345", "Hauptstraße 5, 26169 Friesoythe",
    "–", "—", "-", ":", ";", ",", ".", "(", ")", "/", "„", "“", "§ 5",
    # motions moved in a meeting, item heads, lists, procedural motions
    "beantragte", "stellt den Antrag vor", "bringt den Änderungsantrag ein", "Herr Stadtrat Dr. Weber",
    "Ratsfrau Kühn", "für die SPD-Fraktion", "GO-Antrag", "Antrag zur Geschäftsordnung", "SPD-Antrag",
    "Anträge der Fraktionen SPD und CDU", "Antragsteller:", "hat mit Schreiben vom 01.03.2024", "1. ",
]
FURNITURE = ["– 2 –", "- 12 -", "Seite 3", "Seite: 6/14", "Seite 2 von 9", "2/14"]


@st.composite
def dates(draw) -> str:
    day, month = draw(st.integers(0, 35)), draw(st.integers(0, 14))
    year = draw(st.sampled_from(["2024", "21", "1999", "2099", "0000", "2023"]))
    style = draw(st.integers(0, 3))
    if style == 0:
        return f"{day:02d}.{month:02d}.{year}"
    if style == 1:
        return f"{day}.{month}.{year}"
    if style == 2:
        names = ["Januar", "Februar", "März", "Sept.", "Oktober", "Dezember", "Mai"]
        return f"{day}. {draw(st.sampled_from(names))} {year}"
    return f"{year}-{month:02d}-{day:02d}"


pieces = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(FURNITURE).map(lambda s: f"\n{s}\n"),
    st.text(max_size=12),  # any Unicode
    st.text(alphabet="äöüÄÖÜßabcdefghijklmnopqrstuvwxyz ", max_size=15),
    st.integers(0, 100_000).map(str),
    st.decimals(0, 100, places=1, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
    dates(),
    st.sampled_from(["\n", "\n\n", "\r\n", "\t", "  ", " ", "\u00a0", "\f", "\u2028"]),
    st.sampled_from(["Abstim-\nmung", "Weser-\nEms", "Kreis-\n tag", "Ge-\nmeinderat beschloss"]),
)
texts = st.lists(pieces, max_size=60).map(" ".join)
# Lines shaped like a Niederschrift's, with random fillings.
filler = st.one_of(pieces, st.sampled_from(VOCABULARY))
LINE_TEMPLATES = [
    "Sitzung des {} am {}", "TOP {}: {}", "Beschluss: {} {}", "Abstimmungsergebnis: {} {}",
    "{} Ja-Stimmen, {} Nein-Stimmen, {} Enthaltungen", "Antrag der {} vom {}: {}",
    "Der {} beschließt {}, {}", "Der {} beschloss einstimmig, dem {} zu empfehlen, {}",
    "Umfrage: {} gaben {} an, {} %", "{} Prozent der {} ({})", "Drucksache {} – {}",
    "{}-\n{} {}", "Ergebnis: {} {}", "{}: {}",
]


@st.composite
def council_lines(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 25))):
        template = draw(st.sampled_from(LINE_TEMPLATES))
        lines.append(template.format(*(draw(filler) for _ in range(template.count("{}")))))
    return draw(st.sampled_from(["\n", "\n\n", "\r\n", " "])).join(lines)


# Sometimes nothing but random text, sometimes nothing but council words. Never
# blank: ingest reports a blank document as empty-document, it never gets here.
any_text = st.one_of(
    texts, council_lines(), st.text(max_size=400),
    st.lists(st.sampled_from(VOCABULARY)).map(" ".join),
).map(lambda t: t if t.strip() else t + "Beschluss")

_ids = itertools.count(1)


def make_doc(text: str) -> Document:
    n = next(_ids)  # unique ids: the validator remembers the ids it has accepted
    return Document(id=f"prop-{n}", source_file=f"prop-{n}.txt", sha256="0" * 64,
                    format="txt", text=text)


def context(doc: Document) -> Context:
    """The Context as extract_document builds it."""
    ctx = Context(doc, TextView(doc.text))
    ctx.meta = document_rules.extract_metadata(ctx)
    return ctx


def assert_provenance(doc: Document, rows: list[dict]) -> None:
    for row in rows:
        start, end = row["char_start"], row["char_end"]
        assert 0 <= start <= end <= len(doc.text), row
        assert doc.text[start:end] == row["quote"], row


def assert_valid(validator: Validator, rows: dict) -> None:
    valid, problems = validator.check(rows)
    assert not problems, [p.message for p in problems]
    # every row accepted (an organisation named in an earlier document is passed over)
    for t in TABLES:
        if t != "organizations":
            assert len(valid[t]) == len(rows.get(t, [])), t


@SETTINGS
@given(text=any_text)
def test_extract_document(text):
    doc = make_doc(text)
    rows = extract_document(doc)
    assert set(rows) == set(TABLES)
    assert len(rows["documents"]) == 1 and rows["documents"][0]["text"] == text
    for table in PROVENANCE_TABLES:
        assert_provenance(doc, rows[table])
    assert_valid(VALIDATOR["document"], rows)


VALIDATOR = {name: Validator() for name in ("document", "meetings", "motions", "resolutions",
                                            "surveys")}


def finished(ctx: Context, table_rows: dict[str, list[dict]]) -> dict:
    """One rule's rows finished as extract_document finishes them (ids, links)."""
    rows = {t: [] for t in TABLES}
    rows.update(table_rows)
    _finish(ctx, rows)
    rows["documents"] = [document_rules.document_row(ctx)]
    return rows


def check_rule(name: str, text: str) -> None:
    doc = make_doc(text)
    ctx = context(doc)
    if name == "surveys":
        survey_rows, result_rows = surveys.extract(ctx)
        table_rows = {"surveys": survey_rows, "survey_results": result_rows}
    else:
        table_rows = {name: {"meetings": meetings, "motions": motions,
                             "resolutions": resolutions}[name].extract(ctx)}
    for rows in table_rows.values():
        assert_provenance(doc, rows)
    assert_valid(VALIDATOR[name], finished(ctx, table_rows))


@pytest.mark.parametrize("table", ["meetings", "motions", "resolutions", "surveys"])
@SETTINGS
@given(text=any_text)
def test_rule_module(table, text):
    check_rule(table, text)


@SETTINGS
@given(text=any_text)
def test_document_metadata_rule(text):
    doc = make_doc(text)
    ctx = context(doc)
    row = document_rules.document_row(ctx)
    assert row["text"] == text
    assert_valid(VALIDATOR["document"], {"documents": [row]})


@st.composite
def view_and_span(draw):
    text = draw(any_text)
    view = TextView(text)
    start = draw(st.integers(0, len(view.text)))
    end = draw(st.integers(start, len(view.text)))
    return text, view, start, end


@SETTINGS
@given(case=view_and_span())
def test_textview_span_quotes_the_original(case):
    text, view, start, end = case
    span = view.span(start, end)
    assert 0 <= span.start <= span.end <= len(text)
    assert span.quote == text[span.start:span.end]
    assert span.quote == span.quote.strip()


@SETTINGS
@given(spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=40),
       probe=st.tuples(st.integers(0, 70), st.integers(1, 10)))
def test_taken_finds_an_overlap_exactly_when_one_exists(spans, probe):
    taken, kept = Taken(), []
    for start, length in spans:
        end = start + length
        if not any(a < end and start < b for a, b in kept):
            taken.add(start, end)
            kept.append((start, end))
        assert taken.overlaps(start, end)
    start, end = probe[0], probe[0] + probe[1]
    assert taken.overlaps(start, end) == any(a < end and start < b for a, b in kept)
