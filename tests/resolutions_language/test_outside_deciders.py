"""Precision: a resolution is a decision of a council body in or for a session.
Not a club's, a group's, the fire brigade's, a court's, a ministry's or the
citizens' decision; not one told as history, in a clause that only mentions
it, as a session to come, or as an obligation; not a form's empty result.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of


def _report(sentence: str) -> str:
    return ("Aus der Arbeit des Stadtrates\n\nBericht über die Stadtratssitzung am 04.11.2024\n\n"
            f"{sentence}\n")


_OUTSIDE = [
    # assemblies of members, citizens, the fire brigade
    "Die Mitgliederversammlung des Turnvereins wählte Frau Erika Beispiel einstimmig zur Kassiererin.",
    "Die Jahreshauptversammlung der Freiwilligen Feuerwehr bestätigte den Wehrführer im Amt.",
    "In der Jahreshauptversammlung wurde Herr Karl Muster zum stellvertretenden Kommandanten gewählt.",
    "Die Bürgerversammlung sprach sich mit großer Mehrheit gegen den Windpark aus.",
    "Die Einwohnerversammlung lehnte die Umgehungsstraße mehrheitlich ab.",
    "Der Elternbeirat der Grundschule hat sich einstimmig für den Ganztag ausgesprochen.",
    # clubs, parties, groups
    "Der Vorstand des Heimatvereins beschloss, den Weihnachtsmarkt abzusagen.",
    "Der Ortsverband der Grünen hat beschlossen, eine eigene Liste aufzustellen.",
    "Die SPD-Fraktion beschloss einstimmig, einen Antrag zur Schulwegsicherung einzubringen.",
    "Die Fraktion der Freien Wähler stimmte geschlossen für die Kandidatin.",
    # courts, ministries, supervising authorities, the electorate
    "Das Verwaltungsgericht hat die Klage gegen den Bebauungsplan abgelehnt.",
    "Das Oberverwaltungsgericht bestätigte das Urteil der ersten Instanz.",
    "Das Innenministerium hat die Fusion der beiden Gemeinden genehmigt.",
    "Die Kommunalaufsicht genehmigte den Haushalt mit Auflagen.",
    "Beim Bürgerentscheid wurde die Frage mit 58 Prozent der gültigen Stimmen angenommen.",
    "Im Bürgerentscheid wurde das Vorhaben mehrheitlich abgelehnt.",
    "Die Wählerinnen und Wähler haben Frau Muster mit 61 Prozent zur Bürgermeisterin gewählt.",
]


@pytest.mark.parametrize("sentence", _OUTSIDE)
def test_an_outside_decider_is_no_council_decision(sentence):
    assert resolutions_of(in_minutes(sentence)) == []
    assert resolutions_of(_report(sentence)) == []


_TOLD = [
    # a relative clause, a clause of comparison or time
    "Grundlage ist die Gebührensatzung, die der Stadtrat 2017 beschlossen hat.",
    "Es gilt die Richtlinie, welche der Kreistag im Vorjahr verabschiedete.",
    "Wie im Frühjahr beschlossen, wird der Spielplatz im Herbst erneuert.",
    "Wie vom Gemeinderat im Mai beschlossen, beginnen die Arbeiten im Juli.",
    "Seit der Stadtrat die Satzung geändert hat, gelten neue Öffnungszeiten.",
    # history
    "Damals stimmte der Gemeinderat dem Verkauf des Grundstücks zu.",
    "Seinerzeit hat der Stadtrat die Gründung der Stadtwerke beschlossen.",
    "Bereits im Jahr 2015 hat der Kreistag das Klimaschutzkonzept beschlossen.",
    "Schon 2019 lehnte der Gemeinderat eine Erhöhung der Grundsteuer ab.",
    "Seit dem Beschluss des Stadtrates gilt in der Altstadt Tempo 20.",
    # obligations and sessions to come, also in the spelling before 1996
    "Der Gemeinderat muß nach der Gemeindeordnung die Jahresrechnung feststellen und beschließen.",
    "Der Stadtrat müßte dem Vertrag noch zustimmen.",
    "Am Donnerstag beschließt der Stadtrat den Haushalt für das kommende Jahr.",
    "Der Kreistag entscheidet in seiner nächsten Sitzung über die Kreisumlage.",
    "Der Gemeinderat beschließt am kommenden Dienstag den Haushalt 2025.",
    "Der Stadtrat stimmt heute Abend dem Bebauungsplan zu.",
    "Der Gemeinderat hat in der kommenden Woche über die Satzung zu beschließen.",
]


@pytest.mark.parametrize("sentence", _TOLD)
def test_a_decision_only_told_is_none(sentence):
    assert resolutions_of(in_minutes(sentence)) == []
    assert resolutions_of(_report(sentence)) == []


def test_told_over_line_breaks():
    text = _report("Maßgeblich ist die Satzung, die der\nStadtrat im Jahr 2016 be-\nschlossen hat.\n\n"
                   "Die Mitglieder-\nversammlung des Vereins wählte\nHerrn Beispiel zum Vorsitzenden.")
    assert resolutions_of(text) == []


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # the council's own decision in the same words stays
        ("Der Stadtrat bestätigte einstimmig die von der Jahreshauptversammlung der Feuerwehr "
         "getroffene Wahl des Kommandanten.", "adopted"),
        ("Der Gemeinderat stimmt dem von der CDU-Fraktion gestellten Antrag mehrheitlich zu.", "adopted"),
        ("Der Antrag wurde von der SPD-Fraktion zurückgezogen.", "withdrawn"),
        ("Der Zuschuss an den Heimatverein wurde vom Gemeinderat einstimmig genehmigt.", "adopted"),
        ("Der Zuschuss wurde von der Feuerwehr beantragt und einstimmig genehmigt.", "adopted"),
        ("Nachdem der Ausschuss zugestimmt hatte, beschloss der Gemeinderat die Satzung einstimmig.", "adopted"),
        ("Der Gemeinderat nimmt das Urteil des Verwaltungsgerichts zur Kenntnis.", "noted"),
        ("Der Gemeinderat vertagt den Punkt auf die nächste Sitzung.", "postponed"),
        ("Der Kreistag stimmt der Vorlage, die der Kreisausschuss vorberaten hat, mit 40 Ja-Stimmen zu.",
         "adopted"),
        # a chair's words in a verbatim record: "Da" after a dash is no conjunction
        ("Zur Abstimmung steht die Erhöhung. – Da ist eine klare Mehrheit – bei 6 Gegenstimmen beschlossen.",
         "adopted"),
    ],
)
def test_a_council_decision_in_the_same_words_stays(sentence, outcome):
    (r,) = resolutions_of(in_minutes(sentence))
    assert r["outcome"] == outcome


def test_the_date_of_what_was_confirmed_is_not_the_decisions():
    text = _report("Der Stadtrat bestätigte einstimmig die am 11.01.2024 durchgeführte Wahl "
                   "der Feuerwehrführung.")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["date"], r["unanimous"]) == ("adopted", "2024-11-04", True)


def test_a_passive_election_after_an_assembly_is_the_assemblys():
    text = _report("Die Bürgermeisterin berichtete, dass in der Jahreshauptversammlung des "
                   "Feuerwehrvereins ein neuer Vorstand gewählt wurde. Zum Vorsitzenden wurde "
                   "Herr Paul Beispiel gewählt.")
    assert resolutions_of(text) == []


@pytest.mark.parametrize(
    "form",
    [
        "Beschluss: noch nicht festgelegt\n\nAbstimmung: Ja: 0, Nein: 0, Enthaltungen: 0",
        "Beschluss: noch nicht festgelegt\nAbstimmung: JA-Stimmen:0 NEIN-Stimmen:0 Enthaltungen:0",
        "Beschluss: offen",
        "Abstimmung: Ja: Nein: Enthaltung:",
        "Abstimmungsergebnis:\nJa:\nNein:\nEnthaltungen:",
        "Beschluss:\n\nSachverhalt:\n\nDie Verwaltung hat den Antrag geprüft.",
    ],
)
def test_a_forms_empty_result_is_no_decision(form):
    assert resolutions_of(in_minutes(form)) == []


def test_form_zeros_are_no_counts():
    text = in_minutes("Beschluss: einstimmig beschlossen\nAbstimmung: Ja: 0 Nein: 0 Enthaltung: 0")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["votes_yes"], r["votes_no"], r["votes_abstain"]) == ("adopted", None, None, None)


def test_a_letter_set_into_the_document_tells_no_decision():
    text = ("Beschlüsse der Sitzung des Kreistages am 02.10.2024\n\n"
            "Der Kreistag stimmt der Antwort an die Petenten mit 31 Ja-Stimmen und 5 Nein-Stimmen zu.\n\n"
            "Anlage: Antwortschreiben\n\nSehr geehrte Frau Beispiel,\n\nsehr geehrter Herr Muster,\n\n"
            "über Ihre Eingabe zur Buslinie 12 wurde in der Sitzung des Kreistages am 02.10.2024 beraten "
            "und beschlossen.\nDer Kreistag hat Ihr Anliegen einstimmig abgelehnt.\n\n"
            "Mit freundlichen Grüßen\n\nDer Vorsitzende des Kreistages\n")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["votes_yes"], r["votes_no"]) == ("adopted", 31, 5)


def test_a_speech_opening_with_a_salutation_is_no_letter():
    text = in_minutes("Sehr geehrte Damen und Herren, ich eröffne die Sitzung.\n\n"
                      "Der Gemeinderat stimmt der Vorlage einstimmig zu.")
    (r,) = resolutions_of(text)
    assert (r["outcome"], r["unanimous"]) == ("adopted", True)


@pytest.mark.parametrize(
    "before, sentence, date",
    [
        # another body's session named in the sentence before is not this decision's
        ("Der Ortschaftsrat Oberdorf gab in seiner Sitzung am 28.10.2024 seine Zustimmung.",
         "Der Stadtrat beschloss anschließend einstimmig, die Gebühr zu senken.", "2024-11-04"),
        ("In der Sitzung des Bauausschusses am 21.10.2024 war das Vorhaben vorberaten worden.",
         "Der Stadtrat stimmte dem Vorhaben mit 18 Ja-Stimmen zu.", "2024-11-04"),
    ],
)
def test_the_date_of_another_bodys_session(before, sentence, date):
    (r,) = [r for r in resolutions_of(_report(f"{before} {sentence}")) if r["decided_by"] == "Stadtrat"]
    assert r["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        in_minutes("Seit dem Beschluss des Gemeinderates vom 12.05.2019 gilt in der Altstadt Tempo 20."),
        ("Antrag der Fraktion Beispiel\n\nDer Beschluss des Kreistages vom 03.07.2024 ist aufzuheben, "
         "weil sich die Kosten verdoppelt haben.\n"),
    ],
)
def test_an_earlier_decision_cited_as_background(text):
    assert resolutions_of(text) == []
