"""Members moving in minutes: a second verb joined by "und", a pronoun after a long
sentence, the reasons given for a motion, one member's two requests, a group named by
its word alone, abbreviated titles and initials, postponements asked in words.

Families of German council language on sentences written for these tests, with
sentences that must NOT give a motion."""

from __future__ import annotations

import pytest

from .common import _MINUTES, _rows


def _moved(text: str) -> list[tuple[str, str]]:
    return [(r["submitted_by"], r["motion_type"]) for r in _rows(_MINUTES + text + "\n")]


# -- a second verb joined by "und" shares the sentence's subject -----------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Gemeindevertreter Pohl schlägt Herrn Jahn vor und beantragt geheime Abstimmung.",
     "Gemeindevertreter Pohl", "Geschäftsordnungsantrag"),
    ("Stadtvertreterin Krüger nimmt Stellung und beantragte die Vertagung des Punktes.",
     "Stadtvertreterin Krüger", "Geschäftsordnungsantrag"),
    ("Frau Ratsfrau Engel dankt der Verwaltung und beantragt namentliche Abstimmung.",
     "Frau Ratsfrau Engel", "Geschäftsordnungsantrag"),
    ("Die SPD-Fraktion widerspricht und beantragt die Vertagung des Punktes.", "SPD-Fraktion", "Geschäftsordnungsantrag"),
    ("Ratsherr Vogt verweist auf die Kosten und beantragt daraufhin, den Spielplatz\nzu erweitern.",
     "Ratsherr Vogt", "Antrag"),
])
def test_second_verb_joined_by_und(text, who, kind):
    assert _moved(text) == [(who, kind)]


@pytest.mark.parametrize("text", [
    # an office holder applying for something, not a member's motion in the meeting
    "Der Bürgermeister begrüßt die Gäste und beantragt Fördermittel beim Land.",
    # "und" joins two objects, nobody moves
    "Die Planung und beantragte Förderung werden erläutert.",
])
def test_no_motion_by_und(text):
    assert _moved(text) == []


# -- "Er/Sie beantragt …": the person who leads the sentence before ---------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Herr Böhm hält die Vorlage für unausgereift. Er beantragt daher, die Sache erst in der nächsten Sitzung "
     "zu entscheiden.", "Herr Böhm"),
    ("Frau Seidel äußert Bedenken. Sie beantragt, die Entscheidung zu vertagen.", "Frau Seidel"),
    # a sentence of minutes that runs to several hundred characters
    ("Herr Wendt bittet ums Wort und erklärt ausführlich, weshalb ihm die für eine Erweiterung der Tagesordnung "
     "nötige Eilbedürftigkeit fehle, zumal weil die Gemeinde nach der Wahl der beiden Stellvertreter ohnehin "
     "handlungsfähig sei und auch der Haushalt erst im Herbst beraten werde, so dass keine Frist versäumt würde. "
     "Er beantragt, erst in der nächsten Gemeindevertretersitzung zu beschließen.", "Herr Wendt"),
    ("Beigeordnete Lorenz verweist auf die vorliegenden Änderungen.\n\nSie ergänzt den Antrag mündlich und beantragt, "
     "künftig die Fragestunde an den Anfang zu stellen.", "Beigeordnete Lorenz"),
])
def test_pronoun_after_the_sentence_before(text, who):
    rows = _moved(text)
    assert rows and rows[-1][0] == who
    assert rows[-1][1] == "Geschäftsordnungsantrag" or "Fragestunde" in text


# -- the reasons given for a motion, a motion presented -------------------------------------


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("Herr RM Kaiser führte kurz die Begründung des Antrages aus.", "Herr RM Kaiser", "Antrag"),
    ("Ratsfrau Heinz führt die Begründung ihres Änderungsantrages aus.", "Ratsfrau Heinz", "Änderungsantrag"),
    ("Stadtrat Maier trägt den Antrag seiner Fraktion vor.", "Stadtrat Maier", "Antrag"),
    ("Gemeinderätin Ott trägt den Änderungsantrag vor und bittet um Zustimmung.", "Gemeinderätin Ott", "Änderungsantrag"),
    ("GV Sommer trug den Dringlichkeitsantrag vor.", "GV Sommer", "Dringlichkeitsantrag"),
])
def test_reasons_and_presenting(text, who, kind):
    assert _moved(text) == [(who, kind)]


@pytest.mark.parametrize("text", [
    "Herr Maier führt aus, dass der Antrag unzulässig sei.",
    "Die Kämmerin trägt den Haushaltsplan vor.",
    "Der Ausschuss führt die Beratung des Antrages fort.",
    # a speaker without a council title may be the administration's
    "Herr Brandt trägt den Antrag vor.",
])
def test_no_motion_presented(text):
    assert _moved(text) == []


# -- one member's two requests are two motions ----------------------------------------------


@pytest.mark.parametrize("text", [
    "Herr Roth beantragt die Vertagung von TOP 3. Herr Roth beantragt außerdem die Absetzung von TOP 9.",
    "Frau Adam beantragt die Vertagung des Tagesordnungspunktes 4.\n\nDes Weiteren beantragt Frau Adam die "
    "Streichung der Tagesordnungspunkte 11 und 12.",
    "Stadtrat Zorn beantragte geheime Abstimmung. Später beantragte Stadtrat Zorn eine Sitzungsunterbrechung.",
])
def test_two_requests_of_one_member(text):
    rows = _moved(text)
    assert len(rows) == 2 and rows[0][0] == rows[1][0]
    assert {k for _, k in rows} == {"Geschäftsordnungsantrag"}


def test_one_request_told_twice_is_one():
    assert len(_moved("Herr Roth beantragt die Vertagung. Herr Roth begründet seinen Antrag.")) == 1


# -- a group named by its word alone ---------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Herr Lange stellte für die Wählergemeinschaft den Antrag, die Satzung zu ändern.", "Wählergemeinschaft"),
    ("Frau Otto stellt für die Mehrheitsgruppe den Antrag, die Planung zu überarbeiten.", "Mehrheitsgruppe"),
    ("Ratsherr Wulf stellt für die Gruppe den Antrag, den Punkt zu vertagen.", "Gruppe"),
    ("Stadträtin Beer stellt für die Mehrheitsfraktion den Antrag, die Frist zu verlängern.", "Mehrheitsfraktion"),
])
def test_group_by_its_word(text, who):
    assert [w for w, _ in _moved(text)] == [who]


def test_for_the_administration_is_no_group():
    assert _moved("Herr Brandt stellt für die Verwaltung den Antrag vor.") == []


# -- abbreviated titles and initials ----------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Der Stadtrat folgt dem geänderten Antrag von STR B. Lorenz.", "STR B. Lorenz"),
    ("Der Gemeinderat stimmt dem Antrag von GR M. Huber zu.", "GR M. Huber"),
    ("Auf Antrag von RM Dr. Kunz wird der Punkt vertagt.", "RM Dr. Kunz"),
])
def test_abbreviated_titles(text, who):
    assert [w for w, _ in _moved(text)] == [who]


# -- what only a procedural motion asks for -------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("Außerdem beantragte Herr Lindner die Streichung des TOP 4 von der Tagesordnung.", "Geschäftsordnungsantrag"),
    ("Frau Wolf beantragt die Streichung der Tagesordnungspunkte 7 und 8.", "Geschäftsordnungsantrag"),
    ("Herr Graf beantragt, erst in der nächsten Sitzung zu entscheiden.", "Geschäftsordnungsantrag"),
    ("Frau Jung beantragt, die Sache in der nächsten Ausschusssitzung zu beraten.", "Geschäftsordnungsantrag"),
    # the matter itself
    ("Herr Graf beantragt die Streichung des § 4 der Satzung.", "Antrag"),
    ("Frau Jung beantragt, in der nächsten Sitzung einen Bericht vorzulegen.", "Antrag"),
])
def test_procedural_by_what_is_asked(text, kind):
    ((_, k),) = _moved(text)
    assert k == kind
