"""The document model: sessions, agenda items and labelled blocks, read from
short texts written for these tests (no held-out page is copied)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from councildata.cli import cli
from councildata.extract.structure import format_tree, parse, read_session

from .conftest import extract_text


@pytest.mark.parametrize(
    "text, body, date, number, public",
    [
        ("Niederschrift über die 7. öffentliche Sitzung des Bauausschusses am 12.03.2024\n\nTOP 1 Eröffnung",
         "Bauausschuss", "2024-03-12", "7", True),
        ("3. nicht öffentliche Sitzung des Haupt- und Finanzausschusses am 5. Mai 2023\n",
         "Haupt- und Finanzausschuss", "2023-05-05", "3", False),
        ("Stadt Musterstadt\nGemeinderat, Sitzung vom 14.02.2022\n\nTagesordnung\n", "Gemeinderat", "2022-02-14",
         None, None),
        ("Protokoll\nKulturausschuss\n21.09.2021\n\nAnwesend: 9 Mitglieder\n", "Kulturausschuss", "2021-09-21",
         None, None),
        ("Gremium: Sozialausschuss\nDatum: Di, 04.04.2023\nStatus: öffentlich\n", "Sozialausschuss", "2023-04-04",
         None, None),
        ("Gemeinde Musterdorf\nNiederschrift\nüber die 4. Gemeindeversammlung am 7. März 2019 im Bürgerhaus\n",
         "Gemeindeversammlung", "2019-03-07", "4", None),
        ("Gemeinde Beispielstadt\nProtokoll der Gemeinderatssitzung vom 21.11.2023\n", "Gemeinderat", "2023-11-21",
         None, None),
    ],
)
def test_session_shapes(text, body, date, number, public):
    s = read_session(text, "minutes")
    assert s is not None
    assert (s.body, s.date, s.number, s.public) == (body, date, number, public)


def test_running_header_names_the_session():
    page = "Der Bericht wird vorgestellt. Es gibt Fragen.\n\nUmweltausschuss 08.11.2022 – Seite {}\n\n"
    text = "Vorbemerkung ohne Kopf\n\n" + "".join(page.format(n) for n in range(1, 5))
    s = read_session(text, "minutes")
    assert s is not None and (s.body, s.date, s.shape) == ("Umweltausschuss", "2022-11-08", "running header")


ITEMS = """Niederschrift über die Sitzung des Ortschaftsrates Neudorf am 03.06.2024

TOP 1 Eröffnung und Begrüßung

Die Vorsitzende eröffnet die Sitzung.

Ö 2 Neugestaltung des Dorfplatzes
Vorlage: 2024/0113
Antrag der Fraktion Bürgerliste

Sachverhalt:
Der Platz ist seit Jahren in schlechtem Zustand.

Beschlussvorschlag:
Der Ortschaftsrat beschließt:
1. Der Dorfplatz wird neu gestaltet.
2. Die Verwaltung wird beauftragt, Angebote einzuholen.

Nach kurzer Aussprache stimmt der Ortschaftsrat mit 7 Ja-Stimmen und 2 Nein-Stimmen zu.

N 3 Grundstücksangelegenheit

zu 4: Verschiedenes
Herr Maier fragt nach dem Winterdienst.
"""


def test_items_with_labels_titles_papers_and_submitter():
    tree = parse(ITEMS, {"type": "minutes"})
    assert [(it.label, it.title) for it in tree.items] == [
        ("TOP 1", "Eröffnung und Begrüßung"),
        ("Ö 2", "Neugestaltung des Dorfplatzes"),
        ("N 3", "Grundstücksangelegenheit"),
        ("4", "Verschiedenes"),
    ]
    top2 = tree.items[1]
    assert top2.references == ["2024/0113"]
    assert top2.submitter == "Fraktion Bürgerliste"
    assert (top2.public, tree.items[2].public) == (True, False)
    # Every item inherits the session's body and date.
    assert {(it.body, it.date) for it in tree.items} == {("Ortschaftsrat Neudorf", "2024-06-03")}


def test_blocks_proposal_content_and_decision_sentence():
    tree = parse(ITEMS, {"type": "minutes"})
    blocks = tree.items[1].blocks
    assert [b.kind for b in blocks] == ["discussion", "proposal", "decision"]
    proposal = blocks[1]
    assert proposal.label == "Beschlussvorschlag"
    # The enumerated Beschlusstext is the proposal's content, not a decision.
    (content,) = proposal.children
    assert ITEMS[content.start : content.end].startswith("1. Der Dorfplatz")
    assert ITEMS[content.start : content.end].endswith("Angebote einzuholen.")
    decision = blocks[2]
    assert ITEMS[decision.start : decision.end].startswith("Nach kurzer Aussprache stimmt")
    assert tree.block_at(content.start + 3) is content
    assert tree.item_at(decision.start) is tree.items[1]


def test_vote_block_ends_before_the_debate():
    text = (
        "TOP 5 Radweg an der Landstraße\n\nBeschluss:\nDem Antrag wird zugestimmt.\n\n"
        "Abstimmungsergebnis: 12 Ja, 3 Nein, 1 Enthaltung\n\n"
        "Stadträtin Roth (GRÜNE): Ich freue mich über diese Entscheidung und danke allen.\n"
    )
    blocks = parse(text).items[0].blocks
    assert [(b.kind, b.label) for b in blocks] == [
        ("decision", "Beschluss"), ("decision", "Abstimmungsergebnis"), ("discussion", ""),
    ]


def test_bare_numbers_are_items_only_without_labelled_headings():
    text = "Tagesordnung\n\n1. Eröffnung\n\n2. Haushalt 2025\n\n2.1 Stellenplan\n"
    assert [it.label for it in parse(text).items] == ["1", "2", "2.1"]
    # An enumerated Beschlusstext under a TOP is no agenda.
    text2 = "TOP 1 Haushalt\n\nBeschluss:\n1. Der Haushalt wird beschlossen.\n2. Der Stellenplan wird beschlossen.\n"
    assert [it.label for it in parse(text2).items] == ["TOP 1"]


def test_parse_is_pure_and_spans_are_inside_the_text():
    tree = parse(ITEMS)
    for it in tree.items:
        assert 0 <= it.start < it.head_end <= it.end <= len(ITEMS)
        for b in it.blocks:
            assert it.head_end <= b.start < b.end <= it.end
    assert format_tree(tree) == format_tree(parse(ITEMS))


def test_rows_get_the_agenda_item_as_written_and_the_subject():
    rows = extract_text(ITEMS, "ortschaftsrat_niederschrift.txt")
    (res,) = rows["resolutions"]
    assert (res["agenda_item"], res["subject"], res["outcome"]) == ("Ö 2", "Neugestaltung des Dorfplatzes", "adopted")


def test_cli_prints_the_tree(tmp_path):
    f = tmp_path / "protokoll.txt"
    f.write_text(ITEMS, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(f), "--structure"])
    assert result.exit_code == 0, result.output
    assert "session" in result.output and "item Ö 2" in result.output
    assert "proposal 'Beschlussvorschlag'" in result.output and "content [" in result.output


AGENDA = """Einladung zur 5. Sitzung des Stadtrates am 21.03.2024

Tagesordnung
Öffentlicher Teil
TOP 1 Genehmigung der Niederschrift vom 15.02.2024
TOP 2 Neubau der Kita Sonnenschein – Beschlussvorlage 2024/0123
TOP 3 Antrag der CDU-Fraktion: Parkraumkonzept
Nichtöffentlicher Teil
N 4 Grundstücksangelegenheiten
"""


def test_agenda_with_public_and_closed_parts():
    tree = parse(AGENDA, {"type": "agenda"})
    s = tree.session
    assert (s.body, s.date, s.number, s.minutes) == ("Stadtrat", "2024-03-21", "5", False)
    assert [(it.label, it.public) for it in tree.items] == [
        ("TOP 1", True), ("TOP 2", True), ("TOP 3", True), ("N 4", False),
    ]
    assert tree.items[1].references == ["2024/0123"]
    # An agenda records no decision.
    assert extract_text(AGENDA, "einladung.txt")["resolutions"] == []
