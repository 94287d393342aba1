"""Bodies named with a list of truncated compounds keep every part, as subject,
as the body recommended to and in a session header; sentences written for these tests."""

from __future__ import annotations

import pytest

from .common import resolutions_of


@pytest.mark.parametrize(
    "sentence, decided_by, recommended_to",
    [
        ("Der Bau-, Planungs- und Umweltausschuss hat dem Vorhaben zugestimmt.",
         "Bau-, Planungs- und Umweltausschuss", None),
        ("Der Haupt-, Finanz- und Personalausschuss empfiehlt dem Stadtrat einstimmig, den Haushalt zu beschließen.",
         "Haupt-, Finanz- und Personalausschuss", "Stadtrat"),
        ("Der Kultur-, Sport- und Sozialausschuss lehnte den Antrag mehrheitlich ab.",
         "Kultur-, Sport- und Sozialausschuss", None),
        ("Der Werkausschuss empfiehlt dem Bau-, Planungs- und Umweltausschuss einstimmig, dem Antrag zuzustimmen.",
         "Werkausschuss", "Bau-, Planungs- und Umweltausschuss"),
        ("Der Bau- u. Umweltausschuss stimmte dem Antrag zu.", "Bau- u. Umweltausschuss", None),
        ("Der Schul-, Kultur-, Sport- sowie Sozialausschuss hat den Bericht zur Kenntnis genommen.",
         "Schul-, Kultur-, Sport- sowie Sozialausschuss", None),
        # the remits listed after the word "Ausschuss"
        ("Der Fachausschuss Finanzen, Wirtschaftsförderung, Marketing und Feuerschutz stimmte dem Antrag zu.",
         "Fachausschuss Finanzen, Wirtschaftsförderung, Marketing und Feuerschutz", None),
        ("Der Ausschuss Umwelt, Verkehr und Ordnung stimmte dem Antrag zu.", "Ausschuss Umwelt, Verkehr und Ordnung", None),
        ("Der Fachausschuss Bauen, Planen und Umwelt lehnte den Antrag mehrheitlich ab.",
         "Fachausschuss Bauen, Planen und Umwelt", None),
        ("Der Fachausschuss Schule,\nJugend und Sport hat den Bericht zur Kenntnis genommen.",
         "Fachausschuss Schule, Jugend und Sport", None),
        ("Der Werkausschuss empfiehlt dem Ausschuss Umwelt, Verkehr und Ordnung einstimmig, dem Antrag zuzustimmen.",
         "Werkausschuss", "Ausschuss Umwelt, Verkehr und Ordnung"),
        # a PDF line break inside the list
        ("Der Bau-,\nPlanungs- und Umweltausschuss hat die Vergabe beschlossen.",
         "Bau-, Planungs- und Umweltausschuss", None),
    ],
)
def test_a_listed_name_keeps_every_part(sentence, decided_by, recommended_to):
    (r,) = resolutions_of(sentence + "\n")
    assert (r["decided_by"], r["recommended_to"]) == (decided_by, recommended_to)


def test_a_listed_name_in_the_session_header():
    text = ("Niederschrift über die Sitzung des Kultur-, Sport-, Schul- und Sozialausschusses am 12.03.2025\n\n"
            "TOP 3 Sanierung der Sporthalle\n\nBeschluss: einstimmig beschlossen\n")
    (r,) = resolutions_of(text)
    assert (r["decided_by"], r["date"]) == ("Kultur-, Sport-, Schul- und Sozialausschuss", "2025-03-12")


@pytest.mark.parametrize(
    "sentence, decided_by",
    [
        ("Der Ausschuss für Bau-, Planungs- und Umweltfragen stimmte dem Antrag zu.",
         "Ausschuss für Bau-, Planungs- und Umweltfragen"),
        ("Der Umweltausschuss stimmte dem Antrag zu. Die Bau-, Möbel- und Lebensmittelmärkte bleiben geöffnet.",
         "Umweltausschuss"),
        # a remit without its list may be prose; names after "Ausschuss" are people
        ("Der Ausschuss Bauen stimmte dem Antrag zu.", "Ausschuss"),
        ("Der Ausschuss und der Rat stimmten dem Antrag zu.", "Ausschuss"),
    ],
)
def test_other_lists_stay_what_they_are(sentence, decided_by):
    (r,) = resolutions_of(sentence + "\n")
    assert r["decided_by"] == decided_by
