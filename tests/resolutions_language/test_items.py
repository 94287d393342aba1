"""Decisions read from the structure of full minutes: numbered sub-items each
with its own vote, several numbered Beschlüsse in one item, running page
headers, "Zu Punkt" headings in any case, decisions after an amendment
carried. Every text here is invented."""

from __future__ import annotations

import pytest

from councildata.extract.structure import parse
from councildata.extract.votes import outcome_of

from .common import resolutions_of, vote_counts

_HEAD = "Niederschrift über die 7. Sitzung des Stadtrates der Stadt Talheim am 14.05.2025\n\n"


def _items(text: str) -> list[str]:
    return [it.label for it in parse(text, {"type": "minutes"}).items]


# -- numbered sub-items, each closed by its own vote ---------------------------------

_SUB_ITEMS = _HEAD + """1
Bebauungsplan Nr. 12 "Am Mühlbach"; Abwägung der eingegangenen Stellungnahmen
1.1
Stellungnahme des Landratsamtes, Untere Naturschutzbehörde
Beschluss:
Der Stadtrat nimmt die Stellungnahme zur Kenntnis und stellt fest, dass die Ausgleichsfläche genügt.
Beschlossen Ja: 17 Nein: 2
1.2
Stellungnahme des Wasserwirtschaftsamtes
Beschluss:
Der Stadtrat nimmt die Stellungnahme zur Kenntnis. Die Hinweise werden in die Begründung übernommen.
Beschlossen Ja: 19 Nein: 0
1.3
Stellungnahme eines Anliegers vom 02.03.2025
Beschluss:
Der Stadtrat beschließt, der Anregung nicht zu folgen.
Abgelehnt Ja: 6 Nein: 13
2
Bekanntgaben
Es gibt keine Bekanntgaben.
"""


def test_numbered_sub_items_each_with_a_vote_are_decisions_of_their_own():
    assert _items(_SUB_ITEMS) == ["1", "1.1", "1.2", "1.3", "2"]
    rows = resolutions_of(_SUB_ITEMS)
    assert [(r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("1.1", "adopted", 17, 2),  # a finding that binds: "stellt fest, dass …"
        ("1.2", "adopted", 19, 0),  # taking note and deciding to take the hints over
        ("1.3", "rejected", 6, 13),
    ]
    # the subject: the plan (the parent item) and the statement weighed
    assert rows[0]["subject"] == ('Bebauungsplan Nr. 12 "Am Mühlbach"; Abwägung der eingegangenen Stellungnahmen: '
                                  "Stellungnahme des Landratsamtes, Untere Naturschutzbehörde")


def test_a_sub_item_title_that_repeats_its_parent_is_its_own_subject():
    text = _HEAD + (
        "3\nHaushalt 2026\n3.1\nHaushalt 2026, Teilhaushalt Schulen\nBeschluss:\n"
        "Der Stadtrat beschließt den Teilhaushalt.\nBeschlossen Ja: 15 Nein: 3\n"
        "3.2\nHaushalt 2026, Teilhaushalt Feuerwehr\nBeschluss:\nDer Stadtrat beschließt den Teilhaushalt.\n"
        "Beschlossen Ja: 18 Nein: 0\n"
    )
    rows = resolutions_of(text)
    assert [(r["agenda_item"], r["subject"]) for r in rows] == [
        ("3.1", "Haushalt 2026, Teilhaushalt Schulen"), ("3.2", "Haushalt 2026, Teilhaushalt Feuerwehr")]


def test_numbered_points_of_one_wording_under_one_vote_stay_one_decision():
    text = _HEAD + (
        "TOP 4 Kindertagesstätte Lindenweg\n\nBeschluss:\n"
        "1. Der Stadtrat nimmt den Planungsstand zur Kenntnis.\n"
        "2. Der Stadtrat beschließt den Neubau mit sechs Gruppen.\n"
        "3. Die Verwaltung wird beauftragt, Fördermittel zu beantragen.\n"
        "Abstimmungsergebnis: 20 Ja-Stimmen, 1 Nein-Stimme\n"
    )
    (r,) = resolutions_of(text)
    assert (r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) == ("TOP 4", "adopted", 20, 1)


@pytest.mark.parametrize("number", ["4", "4.2", "12"])
def test_a_lone_page_number_is_no_item(number):
    # a page's number on a line of its own, the page going on in mid-sentence
    text = _HEAD + (
        "1\nBürgerfragen\nEs gibt keine Fragen.\n2\nSanierung der Turnhalle\n"
        f"Herr Bauer erläutert die Kosten, die sich auf 1,2 Mio. Euro belaufen und\n{number}\n"
        "Unterhaltsmittel einschließen.\nBeschluss:\nDer Stadtrat beschließt die Sanierung.\nBeschlossen Ja: 12 Nein: 4\n"
    )
    assert _items(text) == ["1", "2"]
    (r,) = resolutions_of(text)
    assert (r["agenda_item"], r["votes_yes"]) == ("2", 12)


def test_numbers_repeating_in_a_column_are_no_items():
    rows = "".join(f"{n}\nMaßnahme {k} der Liste\nmehrheitlich zugestimmt\n" for n, k in
                   [(1, 1), (1, 2), (1, 3), (2, 4), (2, 5)])
    assert _items("Ergebnisliste der Haushaltsberatungen\n\n" + rows) == []


# -- running page headers --------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "7. Sitzung des Stadtrates der Stadt Talheim vom 14.05.2025 Seite {n}",
    "7. Sitzung des Stadtrates vom 14.05.2025, Seite {n} von 9",
    "3. öffentliche Sitzung des Bauausschusses am 14.05.2025 - Seite {n}",
])
def test_a_running_header_is_no_item_and_does_not_cut_a_decision(header):
    text = _HEAD + (
        "1\nBebauungsplan Nr. 3\n\n" + header.format(n=2) + "\n"
        "Beschluss:\nDer Stadtrat nimmt die Stellungnahmen\n- des Landratsamtes vom 01.02.2025,\n\n"
        + header.format(n=3) + "\n- der Telekom vom 03.02.2025\nzur Kenntnis und billigt die Abwägung.\n"
        "Beschlossen Ja: 20 Nein: 1\n2\nAnfragen\n\n" + header.format(n=4) + "\nEs gibt keine Anfragen.\n"
    )
    assert _items(text) == ["1", "2"]
    (r,) = resolutions_of(text)
    assert (r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) == ("1", "adopted", 20, 1)


# -- several Beschlüsse of one item ---------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Beschluss 1:", "Beschluss 2:"),
    ("1. Beschluss:", "2. Beschluss:"),
    ("Beschluss Nr. 1:", "Beschluss Nr. 2:"),
    ("Beschluss I:", "Beschluss II:"),
])
def test_numbered_beschluesse_in_one_item_are_separate_decisions(first, second):
    text = _HEAD + (
        "TOP 5 Wahlhelferentschädigung\n\n"
        f"{first}\nDer Stadtrat beschließt, den Antrag der Fraktion X abzulehnen.\nBeschlossen Ja: 18 Nein: 3\n"
        f"{second}\nDer Stadtrat setzt das Erfrischungsgeld auf 50 Euro fest und beschließt die Auszahlung.\n"
        "Beschlossen Ja: 21 Nein: 0\n"
    )
    rows = resolutions_of(text)
    assert [(r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("TOP 5", "rejected", 18, 3), ("TOP 5", "adopted", 21, 0)]


@pytest.mark.parametrize("line", [
    "10. Beschluss zur Entlastung des Bürgermeisters für 2024",  # an item's heading, no label
    "Beschluss 2 des Bauausschusses wird aufgehoben.",
])
def test_a_numbered_beschluss_in_a_sentence_or_heading_is_no_label(line):
    text = _HEAD + f"TOP 5 Verschiedenes\n\n{line}\nEs gibt keine Wortmeldungen.\n"
    assert all(not r["quote"].startswith(line) or r["rule"] != "resolution.block" for r in resolutions_of(text))


# -- "Zu Punkt" headings in any case ---------------------------------------------------

@pytest.mark.parametrize("heading, label", [
    ("Zu Punkt 11: Straßenausbau Ringweg", "Punkt 11"),
    ("zu Punkt 11: Straßenausbau Ringweg", "Punkt 11"),
    ("ZU TOP 11 Straßenausbau Ringweg", "TOP 11"),
    ("Zu TOP 11: Straßenausbau Ringweg", "TOP 11"),
    ("Zu Tagesordnungspunkt 11: Straßenausbau Ringweg", "Tagesordnungspunkt 11"),
    ("Zu Tagesordnungspunkt 11.2: Straßenausbau Ringweg", "Tagesordnungspunkt 11.2"),
])
def test_zu_punkt_headings_in_any_case(heading, label):
    text = _HEAD + f"{heading}\n(DS 12/2025)\n\nDer Rat beschließt einstimmig den Ausbau.\n"
    assert _items(text) == [label]
    (r,) = resolutions_of(text)
    assert (r["agenda_item"], r["outcome"], r["unanimous"]) == (label, "adopted", True)


def test_zu_in_a_sentence_is_no_heading():
    text = _HEAD + "TOP 1 Friedhofssatzung\n\nZu Punkt 3 der Satzung gibt es Fragen.\nDer Rat beschließt die Satzung.\n"
    assert _items(text) == ["TOP 1"]


# -- decisions after an amendment carried --------------------------------------------

@pytest.mark.parametrize("wording", [
    "Der Rat beschließt den Haushalt mit den in der Sitzung beschlossenen Änderungen.",
    "Der Rat beschließt die Satzung in der geänderten Fassung.",
    "Der Gemeinderat stimmt der Vorlage in geänderter Fassung zu.",
    "Der Ausschuss beschließt die Richtlinie mit folgender Ergänzung:",
    "Der Kreistag stimmt mit der Maßgabe zu, dass die Kosten 50.000 Euro nicht übersteigen.",
    "Der Stadtrat beschließt unter Berücksichtigung des Änderungsantrags der SPD-Fraktion.",
    "Der Stellenplan wird mit der angeführten Änderung beschlossen.",
    "Die Vorlage wird mit den vorgeschlagenen Ergänzungen angenommen.",
])
def test_amended_wording(wording):
    assert outcome_of(wording) == "adopted_amended"


@pytest.mark.parametrize("wording", [
    "Der Rat beschließt die 3. Änderung der Satzung.",
    "Die Verwaltung wird mit der Änderung des Bebauungsplans Nr. 5 beauftragt.",
    "Der Bauausschuss beauftragt die Verwaltung mit der Änderung der Zufahrt.",
    "Der Rat beschließt die Ergänzung der Geschäftsordnung.",
])
def test_a_plan_or_statute_amended_is_the_matter_not_an_amended_decision(wording):
    assert outcome_of(wording) == "adopted"


@pytest.mark.parametrize("carried", [
    "Der Änderungsantrag der CDU-Fraktion wird einstimmig angenommen.",
    "Dem Ergänzungsantrag von Ratsfrau Lenz wurde mit 14 Ja-Stimmen zugestimmt.",
    "Der Rat stimmt dem Änderungsantrag der Gruppe Grüne mit 12 zu 9 Stimmen zu.",
    "Ohne weitere Aussprache wird der Änderungsantrag mehrheitlich angenommen.",
])
def test_a_decision_after_an_amendment_carried_is_adopted_amended(carried):
    text = _HEAD + (
        f"Zu Punkt 6: Satzung über Straßenreinigung\n\nRatsherr Kurz stellt einen Änderungsantrag.\n{carried}\n\n"
        "Sodann beschließt der Rat mit 18 Ja-Stimmen und 3 Nein-Stimmen die Satzung.\n"
    )
    rows = resolutions_of(text)
    main = rows[-1]
    assert (main["outcome"], vote_counts(main)) == ("adopted_amended", (False, 18, 3, None))


@pytest.mark.parametrize("not_carried", [
    "Der Änderungsantrag der CDU-Fraktion wird mehrheitlich abgelehnt.",
    "Der Änderungsantrag findet keine Mehrheit.",
    "Die Fraktion zieht den Änderungsantrag zurück.",
])
def test_an_amendment_not_carried_leaves_the_decision_adopted(not_carried):
    text = _HEAD + (
        f"Zu Punkt 6: Satzung über Straßenreinigung\n\nRatsherr Kurz stellt einen Änderungsantrag.\n{not_carried}\n\n"
        "Sodann beschließt der Rat mit 18 Ja-Stimmen und 3 Nein-Stimmen die Satzung.\n"
    )
    assert resolutions_of(text)[-1]["outcome"] == "adopted"


def test_an_amendment_carried_in_another_item_changes_nothing():
    text = _HEAD + (
        "Zu Punkt 5: Friedhofssatzung\n\nDer Änderungsantrag der SPD-Fraktion wird einstimmig angenommen.\n\n"
        "Zu Punkt 6: Straßenreinigung\n\nSodann beschließt der Rat mit 18 Ja-Stimmen und 3 Nein-Stimmen die Satzung.\n"
    )
    rows = resolutions_of(text)
    assert [r["outcome"] for r in rows if r["agenda_item"] == "Punkt 6"] == ["adopted"]


@pytest.mark.parametrize("wording", [
    "Der Stadtrat beschließt, die Firsthöhe auf 8,50 m herabzusetzen.",
    "Die Gebühr wird auf 20 Euro herabgesetzt.",
    "Der Ausschuss hat die Miete herabgesetzt und den Vertrag verlängert.",
])
def test_a_figure_lowered_is_no_item_taken_off_the_agenda(wording):
    assert outcome_of(wording) != "postponed"


@pytest.mark.parametrize("wording", [
    "Der Punkt wird von der Tagesordnung abgesetzt.",
    "Der Rat beschließt, den Tagesordnungspunkt abzusetzen.",
])
def test_an_item_taken_off_the_agenda_is_postponed(wording):
    assert outcome_of(wording) == "postponed"


@pytest.mark.parametrize("line, votes", [
    ("Beschlossen: Ja: 18Nein: 0", (True, 18, 0, None)),
    ("Abgelehnt Ja: 5Nein: 7", (False, 5, 7, None)),
    ("Ja: 12Nein: 3Enthaltungen: 1", (False, 12, 3, 1)),
    ("Beschlossen Ja: 18 Nein: 0", (True, 18, 0, None)),
])
def test_a_count_glued_to_the_next_label_belongs_to_its_own(line, votes):
    from councildata.extract.votes import parse_votes

    outcome = "rejected" if line.startswith("Abgelehnt") else "adopted"
    v = parse_votes(line, outcome)
    assert (v["unanimous"], v["votes_yes"], v["votes_no"], v["votes_abstain"]) == votes


@pytest.mark.parametrize("first, second, label", [
    ("a) Der Stadtrat beschließt den Feuerwehrbedarfsplan.", "b) Der Stadtrat beschließt die Beschaffung eines "
     "Löschfahrzeugs.", "Abstimmungsergebnis"),
    ("1. Der Stadtrat beschließt den Feuerwehrbedarfsplan.", "2. Der Stadtrat beschliesst die Beschaffung eines "
     "Loeschfahrzeugs.", "Abstimmung"),
    ("I. Der Stadtrat beschließt den Feuerwehrbedarfsplan.", "II. Die Verwaltung wird beauftragt, ein\n"
     "Löschfahrzeug zu beschaffen.", "Abstimmungsergebnis"),
])
def test_parts_of_one_beschluss_each_with_its_vote_are_separate_decisions(first, second, label):
    text = _HEAD + (f"TOP 3 Feuerwehrbedarfsplan\n\nBeschluss:\n{first}\n{label}: 20 Ja-Stimmen, 1 Nein-Stimme\n"
                    f"{second}\n{label}: 14 Ja-Stimmen, 7 Nein-Stimmen\n")
    rows = resolutions_of(text)
    assert [(r["agenda_item"], r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows] == [
        ("TOP 3", "adopted", 20, 1), ("TOP 3", "adopted", 14, 7)]


@pytest.mark.parametrize("first, second", [
    ("Beschlussvorschlag I:", "Beschlussvorschlag II:"),
    ("1. Beschluss", "2. Beschluss"),
])
def test_numbered_proposals_each_voted_on_are_separate_decisions(first, second):
    text = _HEAD + (f"TOP 3 Feuerwehrbedarfsplan\n\n{first}\nDer Stadtrat beschließt den Feuerwehrbedarfsplan.\n"
                    f"Abstimmung: 20 Ja, 1 Nein\n\n{second}\nDer Stadtrat beschließt die Beschaffung eines "
                    "Löschfahrzeugs.\nAbstimmung: 7 Ja, 14 Nein\n")
    rows = resolutions_of(text)
    assert [(r["outcome"], r["votes_yes"], r["votes_no"]) for r in rows] == [("adopted", 20, 1), ("rejected", 7, 14)]


# -- a count line closes the decision told before it ---------------------------------

_COMMITTEE = "Niederschrift über die 3. Sitzung des Bauausschusses der Gemeinde Ulmenau am 02.12.2025\n\n"


@pytest.mark.parametrize("told, label, counts", [
    ("Der Bauausschuss empfiehlt dem Rat, folgenden Beschluss zu\nfassen:\nDer Rat beschließt die Satzung über "
     "Stellplätze in der vorliegenden Fassung.", "Beratungsergebnis", "6 Ja-Stimmen/1 Enthaltung"),
    ("Der Bauausschuss empfiehlt dem\nRat:\nDer Rat der Gemeinde beschließt die Satzung über Stellplätze, wie sie "
     "der Drucksache beigefügt ist.", "Abstimmungsergebnis", "6 Ja-Stimmen, 1 Enthaltung"),
    ("Die Ausschussmitglieder empfehlen dem Rat einstimmig bei einer Enthaltung, die Satzung über Stellplätze "
     "zu beschließen.", "Abstimmung", "6 dafür, 0 dagegen, 1 Enthaltung"),
])
def test_a_count_line_after_a_long_paragraph_closes_the_decision_told_in_it(told, label, counts):
    # PDF text without blank lines: the debate, the decision and its count in one paragraph
    text = _COMMITTEE + (
        "Zu Punkt 4: Satzung über Stellplätze\n(DS 77/2025)\n"
        "Frau Jansen erläutert die Drucksache. Herr Olbrich fragt nach den Ablösebeträgen für\n"
        "Stellplätze in der Ortsmitte. Die Verwaltung sagt eine Übersicht zu.\n"
        f"{told}\n{label}: {counts}\nZu Punkt 5: Anfragen\nEs gibt keine Anfragen.\n"
    )
    (r,) = resolutions_of(text)
    assert r["quote"].startswith(told.split("\n")[0])
    assert (r["agenda_item"], r["outcome"], r["decided_by"], r["recommended_to"]) == (
        "Punkt 4", "adopted", "Bauausschuss", "Rat")
    assert (r["votes_yes"], r["votes_abstain"]) == (6, 1)


def test_the_record_after_an_item_heading_is_no_part_of_its_title():
    text = _COMMITTEE + (
        "Zu Punkt 4: Satzung über Stellplätze\n"
        "Der Bauausschuss der Gemeinde Ulmenau empfiehlt dem Rat mit 6 Ja-Stimmen folgenden Beschluss zu\n"
        "fassen:\nDer Rat beschließt die Satzung.\nBeratungsergebnis: 6 Ja-Stimmen\n"
    )
    (item,) = parse(text, {"type": "minutes"}).items
    assert item.title == "Satzung über Stellplätze"
    (r,) = resolutions_of(text)
    assert r["quote"].startswith("Der Bauausschuss der Gemeinde Ulmenau empfiehlt")


def test_a_count_line_after_a_debate_that_decides_nothing_is_its_own_decision():
    text = _COMMITTEE + (
        "Zu Punkt 4: Satzung über Stellplätze\nFrau Jansen erläutert die Drucksache. Herr Olbrich fragt nach den\n"
        "Ablösebeträgen. Die Verwaltung sagt eine Übersicht zu.\nBeratungsergebnis: einstimmig lt. Beschlussvorschlag\n"
    )
    (r,) = resolutions_of(text)
    assert r["quote"].startswith("Beratungsergebnis") and (r["outcome"], r["unanimous"]) == ("adopted", True)


def test_a_statute_adopted_after_an_amendment_carried_is_one_amended_decision():
    text = _HEAD + (
        "Zu Punkt 6: Satzung über die Straßenreinigung\n"
        "Ratsfrau Lenz stellt den Änderungsantrag, die Reinigungsklasse II zu streichen.\n"
        "Ohne weitere Aussprache wird der Änderungsantrag einstimmig bei 20 Ja-Stimmen und 1 Enthaltung angenommen.\n"
        "Sodann beschließt der Rat einstimmig bei 20 Ja-Stimmen und 1 Enthaltung die folgende Satzung:\n"
        "Satzung über die Straßenreinigung der Stadt Talheim\n§ 1\nDie Stadt reinigt die öffentlichen Straßen.\n"
        "§ 2\nDiese Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.\n"
        "Beratungsergebnis: Einstimmig bei 20 Ja-Stimmen und 1 Enthaltung\n"
        "Zu Punkt 7: Anfragen\nEs gibt keine Anfragen.\n"
    )
    rows = resolutions_of(text)
    # the amendment's own vote, then the statute as amended, told once
    assert [(r["outcome"], vote_counts(r)) for r in rows] == [
        ("adopted", (True, 20, None, 1)), ("adopted_amended", (True, 20, None, 1))]
