"""Organisations: qualified by their authority, one id per body, never a person.

Rule tests use short sentences written for them (issue 8, point 7).
"""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from councildata import model
from councildata.cli import cli
from councildata.extract import extract_document, orgs
from councildata.folder_config import ConfigError, read_folder_config

from .conftest import extract_text

# -- qualified by the authority --------------------------------------------------


def test_the_same_council_word_of_two_authorities_is_two_organisations():
    karlsruhe = orgs.resolve("Gemeinderat", "Stadt Karlsruhe")
    freiburg = orgs.resolve("Gemeinderat", "Stadt Freiburg im Breisgau")
    magdeburg = orgs.resolve("Stadtrat", "Landeshauptstadt Magdeburg")
    assert karlsruhe.id == "stadt-karlsruhe/gemeinderat"
    assert freiburg.id == "stadt-freiburg-im-breisgau/gemeinderat"
    assert magdeburg.id == "landeshauptstadt-magdeburg/stadtrat"
    assert magdeburg.name == "Stadtrat"  # not renamed to another council's word
    assert karlsruhe.authority == "Stadt Karlsruhe"


def test_factions_and_agencies_are_qualified_too():
    assert orgs.resolve("CDU-Fraktion", "Stadt Musterstadt").id == "stadt-musterstadt/cdu"
    assert orgs.resolve("CDU-Fraktion", "Kreis Beispiel").id == "kreis-beispiel/cdu"
    assert orgs.resolve("Polizei", "Landkreis Beispiel").id == "landkreis-beispiel/polizei"


def test_without_an_authority_the_id_is_the_name_alone():
    org = orgs.resolve("Sozialausschuss")
    assert (org.id, org.authority) == ("sozialausschuss", None)


# -- one body, one id ------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "Umweltausschuss", "Umwelt-Ausschuss", "UMWELTAUSSCHUSS", "Umweltausschusses",
    "des Umweltausschusses", "Ausschuss für Umwelt", "der Ausschuss für Umwelt",
])
def test_spelling_variants_of_one_committee_share_its_id(written):
    assert orgs.resolve(written, "Gemeinde Beispiel", "committee").id == "gemeinde-beispiel/umweltausschuss"


@pytest.mark.parametrize(("long", "compound"), [
    ("Ausschuss für Bildung", "Bildungsausschuss"),
    ("Ausschuss für Schule", "Schulausschuss"),
    ("Ausschuss für Finanzen", "Finanzausschuss"),
    ("Ausschuss für Soziales", "Sozialausschuss"),
    ("Ausschuss für Kultur", "Kulturausschuss"),
])
def test_a_committee_for_one_topic_is_the_compound(long, compound):
    assert orgs.resolve(long, "Stadt A").id == orgs.resolve(compound, "Stadt A").id


@pytest.mark.parametrize(("long", "short"), [
    ("Ausschuss für Bau und Umwelt", "Bau- und Umweltausschuss"),
    ("Ausschuss für Umwelt und Verkehr", "Umwelt- und Verkehrsausschuss"),
    ("Ausschuss für Bildung und Soziales", "Bildungs- und Sozialausschuss"),
])
def test_a_committee_for_two_topics_is_the_joined_compound(long, short):
    assert orgs.resolve(long, "Stadt A").id == orgs.resolve(short, "Stadt A").id


def test_committees_of_several_topics_stay_apart_from_one_topic():
    several = orgs.resolve("Ausschuss für Umwelt und Verkehr", "Stadt A")
    assert several.kind == "committee"
    assert several.id != orgs.resolve("Umweltausschuss", "Stadt A").id
    assert orgs.resolve("Haupt- und Finanzausschuss", "Stadt A").id == "stadt-a/haupt-und-finanzausschuss"


def test_case_and_faction_words_merge_a_group():
    ids = {orgs.resolve(n, "Stadt A", "parliamentary_group").id
           for n in ("SPD-Fraktion", "Fraktion der SPD", "SPD", "SPD Fraktion", "spd-fraktion")}
    assert ids == {"stadt-a/spd"}


# -- groups of one council come from the documents or the configuration ---------


def test_the_gazetteer_holds_no_group_of_one_council():
    aliases, _ = orgs._gazetteer()
    assert "kult" not in aliases
    assert {e["name"] for e in aliases.values() if e["kind"] == "parliamentary_group"} >= {"CDU", "SPD", "GRÜNE"}


def test_a_group_the_document_marks_as_a_faction_is_known_in_lists():
    text = "Die ABC-Fraktion und die Fraktion XYZ haben beantragt …"
    groups = orgs.local_groups(text)
    assert groups == {"ABC", "XYZ"}
    org = orgs.resolve("ABC, SPD und XYZ", "Stadt A", groups=groups)
    assert (org.id, org.kind) == ("stadt-a/abc-spd-xyz", "parliamentary_group")
    assert orgs.resolve("ABC", "Stadt A", groups=groups).kind == "parliamentary_group"


def test_words_that_are_no_group_are_not_learnt():
    assert orgs.local_groups("siehe TOP-Fraktion? Die Fraktion NR 5") == frozenset()


# -- private persons ---------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "Herr Max Mustermann", "Herrn Dr. Max Mustermann", "Frau Erika Muster", "Erika Muster",
    "Max von Mustermann", "Bürgerin Erika Muster", "Einwohner Max Mustermann", "Anwohnerin Erika Muster",
    "Antragstellerin Erika Muster", "[Name entfernt]", "Stadträtin Muster",
])
def test_a_person_is_never_an_organisation(written):
    assert orgs.is_person(written)
    for kind in (None, "parliamentary_group", "committee"):
        assert orgs.resolve(written, "Stadt A", kind) is None


@pytest.mark.parametrize(("written", "kind"), [
    ("Bürgerinitiative Lindenhof", "parliamentary_group"),
    ("Bürger für Musterstadt", "parliamentary_group"),
    ("Freie Wähler", "parliamentary_group"),
    ("Gruppe GRÜNE/UWG", "parliamentary_group"),
    ("Wählergemeinschaft Musterdorf", "parliamentary_group"),
    ("FW|FÜR", "parliamentary_group"),
])
def test_organisations_with_a_name_like_a_persons_stay(written, kind):
    assert not orgs.is_person(written)
    assert orgs.resolve(written, "Stadt A", "parliamentary_group").kind == kind


def test_a_councillor_with_a_faction_is_the_faction():
    assert orgs.resolve("Stadtrat Max Muster (AfD)", "Stadt A").id == "stadt-a/afd"


def test_a_citizens_motion_links_no_organisation():
    text = "Bürgerantrag\nAntrag der Einwohnerin Erika Muster vom 02.02.2024: Eine Bank am Weiher.\n"
    start = text.index("Erika")
    doc = model.Document(
        id="buergerantrag", source_file="buergerantrag.txt", sha256="0" * 64, format="txt", text=text,
        records={"motions": [{
            "id": "buergerantrag/m1", "submitted_by": "Einwohnerin Erika Muster", "date": "2024-02-02",
            "title": "Eine Bank am Weiher", "document_id": "buergerantrag", "quote": text[start:start + 11],
            "char_start": start, "char_end": start + 11, "rule": "test", "confidence": 1.0,
        }]},
    )
    rows = extract_document(doc)
    motion = rows["motions"][0]
    assert motion["submitted_by"] == "Einwohnerin Erika Muster"  # what the document says
    assert motion["submitted_by_id"] is None
    assert not [o for o in rows["organizations"] if "muster" in o["id"]]


# -- the authority in the rows, from the document or the configuration ------------


def test_organizations_rows_carry_the_documents_authority():
    rows = extract_text("Landkreis Beispiel\nDer Kreisausschuss beschloss am 03.04.2024 einstimmig, den Antrag abzulehnen.\n")
    org = next(o for o in rows["organizations"] if o["kind"] == "committee")
    assert org["authority"] == org["body"] == "Landkreis Beispiel"
    assert org["id"] == "landkreis-beispiel/kreisausschuss"


def test_a_configured_authority_qualifies_what_the_text_leaves_open():
    text = "Niederschrift\nDer Gemeinderat beschloss am 03.04.2024 einstimmig, den Antrag abzulehnen.\n"
    doc = model.Document(id="n", source_file="n.txt", sha256="0" * 64, format="txt", text=text,
                         hints={"authority": "Gemeinde Beispiel"})
    rows = extract_document(doc)
    assert rows["resolutions"][0]["decided_by_id"] == "gemeinde-beispiel/gemeinderat"
    assert rows["documents"][0]["body"] == "Gemeinde Beispiel"


def test_folder_config_is_read_and_checked(tmp_path):
    assert read_folder_config(tmp_path).authority is None
    (tmp_path / "councildata.toml").write_text('authority = "Stadt Karlsruhe"\ngroups = ["KULT"]\n', "utf-8")
    cfg = read_folder_config(tmp_path)
    assert (cfg.authority, cfg.groups) == ("Stadt Karlsruhe", ("KULT",))
    (tmp_path / "councildata.toml").write_text('authority = ""\n', "utf-8")
    with pytest.raises(ConfigError, match="councildata.toml: authority"):
        read_folder_config(tmp_path)
    (tmp_path / "councildata.toml").write_text('autority = "Stadt A"\n', "utf-8")
    with pytest.raises(ConfigError, match="unknown key"):
        read_folder_config(tmp_path)
    (tmp_path / "councildata.toml").write_text("authority = [", "utf-8")
    with pytest.raises(ConfigError, match="cannot be read as TOML"):
        read_folder_config(tmp_path)


MINUTES = "Niederschrift\nDer Gemeinderat beschloss am 03.04.2024 einstimmig, den Antrag der KULT abzulehnen.\n"


def _organizations(out) -> list[dict]:
    return json.loads((out / "organizations.json").read_text("utf-8"))


def test_build_takes_the_authority_from_the_folder_and_the_command_line(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "n.txt").write_text(MINUTES, "utf-8")
    (src / "councildata.toml").write_text('authority = "Stadt Karlsruhe"\ngroups = ["KULT"]\n', "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "a"), "-q"])
    assert result.exit_code == 0, result.output
    council = next(o for o in _organizations(tmp_path / "a") if o["kind"] == "council")
    assert (council["id"], council["authority"]) == ("stadt-karlsruhe/gemeinderat", "Stadt Karlsruhe")
    # The command line wins over the file, and a changed setting is not served from the cache.
    result = runner.invoke(cli, ["build", str(src), "--out", str(tmp_path / "a"), "-q", "--authority", "Stadt Ettlingen"])
    assert result.exit_code == 0, result.output
    council = next(o for o in _organizations(tmp_path / "a") if o["kind"] == "council")
    assert council["id"] == "stadt-ettlingen/gemeinderat"


def test_build_names_a_broken_config_file(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "n.txt").write_text(MINUTES, "utf-8")
    (src / "councildata.toml").write_text("groups = 5\n", "utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "a"), "-q"])
    assert result.exit_code == 1
    assert "councildata.toml: groups must be a list" in result.output
    shutil.rmtree(src)
