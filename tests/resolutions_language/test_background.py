"""Sentences worded like a decision that tell something else: a person elected
into the council by the citizens, a firm commissioned, an earlier decision told
in the pluperfect, a letter's own request. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import in_minutes, resolutions_of


def _report(sentence: str) -> str:
    return ("Bericht aus der Sitzung des Gemeinderates vom 12.03.2025\n\n"
            f"Aus dem Gemeinderat\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Herr Paul Beispiel wurde 2019 erstmals in den Gemeinderat gewählt.",
        "Frau Lisa Muster wurde für den Ortsteil Unterdorf in den Stadtrat gewählt.",
        "Herr Max Muster wurde bei der Kommunalwahl erneut in den Kreistag gewählt.",
        "Mit der Verkehrszählung wurde die Muster und Partner GmbH beauftragt.",
        "Mit der Planung des Radweges wurde das Ingenieurbüro Beispiel beauftragt, das bereits den Kreisel plante.",
        "1998 hatte der Gemeinderat das Spielplatzkonzept beschlossen.",
        "Im Jahr 2005 hatte der Stadtrat den Rahmenplan für die Innenstadt gebilligt.",
        "Der Bebauungsplan war bereits 2012 vom Gemeinderat beschlossen worden.",
        "Hiermit beantrage ich, dass der Gemeinderat die Satzung ändert und beschließt.",
        "Wir beantragen, der Gemeinderat möge beschließen, die Straße zu sanieren.",
    ],
)
def test_background_is_no_decision(sentence):
    assert resolutions_of(_report(sentence)) == []


@pytest.mark.parametrize(
    "sentence, outcome",
    [
        # the council elects into another body, or the vote is told: a decision
        ("Herr Paul Beispiel wurde mit 14 Ja-Stimmen in den Aufsichtsrat der Stadtwerke gewählt.", "adopted"),
        ("Der Gemeinderat wählte Frau Lisa Muster einstimmig in den Seniorenbeirat.", "adopted"),
        ("Das Ingenieurbüro Beispiel wurde mit 11 Ja-Stimmen und 2 Nein-Stimmen mit der Planung beauftragt.",
         "adopted"),
        ("Die Verwaltung wurde beauftragt, einen Entwurf der Satzung vorzulegen.", "adopted"),
        ("Nachdem der Ausschuss zugestimmt hatte, hat der Gemeinderat die Satzung beschlossen.", "adopted"),
        ("Der Gemeinderat hat den Antrag der Fraktion mehrheitlich abgelehnt.", "rejected"),
    ],
)
def test_a_decision_told_in_the_same_words_stays(sentence, outcome):
    (r,) = resolutions_of(in_minutes(sentence))
    assert r["outcome"] == outcome


def test_background_wrapped_over_lines():
    # a page's line breaks fall anywhere in a sentence
    text = _report("2003 hatte der Gemeinderat das Parkraum-\nkonzept für die Altstadt\nbeschlossen, "
                   "seither wurde es zweimal überarbeitet.\nMit der Zählung wurde\ndie Beispiel GbR beauftragt.")
    assert resolutions_of(text) == []


@pytest.mark.parametrize(
    "paragraph, kept",
    [
        ("1999 hatte der Gemeinderat die Gestaltungssatzung beschlossen, seither wurde sie nicht geändert.", 0),
        ("Mit der Bestandsaufnahme wurde das Planungsbüro Muster beauftragt.", 0),
        # a vote in the paragraph: the decision of this session, told after the background
        ("Der Gemeinderat hatte die Satzung 1999 beschlossen. Nun beschließt der Gemeinderat einstimmig ihre Änderung.", 1),
    ],
)
def test_background_paragraph_in_minutes(paragraph, kept):
    rows = resolutions_of(in_minutes(paragraph))
    assert len(rows) == kept
    assert all("hatte" not in r["quote"] for r in rows)
