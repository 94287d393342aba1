"""The table of German forms that redaction is measured on.

Each row: a sentence as a council paper might write it (made up, no real
person), the value in it, its kind, and whether it must be removed
(``REMOVE``: every character of the value lies in a placeholder of that
kind) or kept (``KEEP``: nothing in the sentence is redacted). Shared by
``tests/test_redact_forms.py`` and ``benchmarks/redaction_recall.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

REMOVE, KEEP = "remove", "keep"


class Form(NamedTuple):
    sentence: str
    value: str
    kind: str
    action: str


def _r(kind: str, sentence: str, value: str) -> Form:
    assert value in sentence, (sentence, value)
    return Form(sentence, value, kind, REMOVE)


def _k(kind: str, sentence: str, value: str | None = None) -> Form:
    value = sentence if value is None else value
    assert value in sentence, (sentence, value)
    return Form(sentence, value, kind, KEEP)


FORMS: list[Form] = [
    # ---- e-mail addresses, plain and obfuscated
    _r("email", "Rückfragen bitte an max.mustermann@example.de richten.", "max.mustermann@example.de"),
    _r("email", "Die Petentin ist unter erika.muster at gmail dot com erreichbar.", "erika.muster at gmail dot com"),
    _r("email", "Kontakt: hans.beispiel (at) web.de", "hans.beispiel (at) web.de"),
    _r("email", "Kontakt: hans.beispiel(at)web.de", "hans.beispiel(at)web.de"),
    _r("email", "Schreiben Sie an anna{at}posteo.de oder rufen Sie an.", "anna{at}posteo.de"),
    _r("email", "Antwort erbeten an paul [at] beispiel [dot] de bis Freitag.", "paul [at] beispiel [dot] de"),
    _r("email", "Er nannte die Adresse karl @ web.de in der Sitzung.", "karl @ web.de"),
    _r("email", "Bitte an lisa＠mailbox.org senden.", "lisa＠mailbox.org"),
    _r("email", "E-Mail: max.muster-\nmann@example.de (privat)", "max.muster-\nmann@example.de"),
    _r("email", "Rückmeldung an max.mustermann@exam-\nple-verein.de erbeten.", "max.mustermann@exam-\nple-verein.de"),
    _r("email", "Die Bürgerin schrieb von erika.beispiel@\nt-online.de aus.", "erika.beispiel@\nt-online.de"),
    _r("email", "Kontakt über info(at)verein-musterdorf(punkt)de möglich.", "info(at)verein-musterdorf(punkt)de"),
    _r("email", "Anfragen an m.muster <at> gmx.net bitte.", "m.muster <at> gmx.net"),
    _r("email", "Seine Adresse lautet jens.probe at web.de, sagte er.", "jens.probe at web.de"),
    _r("email", "Die Mail kam von ulla_beispiel2000@hotmail.com am Montag.", "ulla_beispiel2000@hotmail.com"),
    _r("email", "Antwort an ANNA.MUSTER@GMX.DE ging raus.", "ANNA.MUSTER@GMX.DE"),
    _r("email", "Er ist unter otto punkt probe at gmx punkt de zu erreichen.", "otto punkt probe at gmx punkt de"),
    _r("email", "Rückfragen: petra.muster [ät] web [punkt] de", "petra.muster [ät] web [punkt] de"),
    _r("email", "Sie schrieb an seite-\n\nweg@example.org über den Fall.", "seite-\n\nweg@example.org"),
    _r("email", "Antwort bitte an max.muster\nmann@web.de senden.", "max.muster\nmann@web.de"),
    # ---- phone numbers, with and without labels, in every spacing
    _r("phone", "Die Anwohnerin ist unter 01712345678 erreichbar.", "01712345678"),
    _r("phone", "Rückruf erbeten unter +491712345678.", "+491712345678"),
    _r("phone", "Er nannte die Nummer 0049 171 2345678 für Rückfragen.", "0049 171 2345678"),
    _r("phone", "Erreichbar unter 0171.2345678 ab 18 Uhr.", "0171.2345678"),
    _r("phone", "Bitte melden unter 0 44 71 / 1 51 23 beim Petenten.", "0 44 71 / 1 51 23"),
    _r("phone", "Rückfragen unter (04471) 15-123 an den Einwender.", "(04471) 15-123"),
    _r("phone", "Sie ist unter +49 (0) 4471 15123 zu erreichen.", "+49 (0) 4471 15123"),
    _r("phone", "Tel.: 0721 133-1234", "0721 133-1234"),
    _r("phone", "Telefon 0171 2345678 (nur abends)", "0171 2345678"),
    _r("phone", "Fax: 04471 15-199", "04471 15-199"),
    _r("phone", "Mobil: 0151/12345678", "0151/12345678"),
    _r("phone", "Handy 0160 98765432", "0160 98765432"),
    _r("phone", "Tel 040/42804-1234", "040/42804-1234"),
    _r("phone", "Telefon: (0 40) 4 28 04-12 34", "(0 40) 4 28 04-12 34"),
    _r("phone", "Tel.-Nr. 07243 12345", "07243 12345"),
    _r("phone", "Durchwahl 133-2345", "133-2345"),
    _r("phone", "Mobil 01712345678", "01712345678"),
    _r("phone", "Telefon privat: 0 72 1 / 98 76 54", "0 72 1 / 98 76 54"),
    _r("phone", "Rückfragen unter 0721 9876543 bei Herrn Probe.", "0721 9876543"),
    _r("phone", "Er ist unter +49 721 1331234 zu erreichen.", "+49 721 1331234"),
    _r("phone", "Telefon 04471\n15123 (Sekretariat)", "04471\n15123"),
    _r("phone", "Bitte rufen Sie 0171\n2345678 an.", "0171\n2345678"),
    _r("phone", "Tel. 0 44 71 /\n1 51 23", "0 44 71 /\n1 51 23"),
    _r("phone", "Rückruf unter 0171 23-\n45678 erbeten.", "0171 23-\n45678"),
    _r("phone", "Telefon 0721\n\n- 2 -\n\n9876543 (Büro)", "0721\n\n- 2 -\n\n9876543"),
    _r("phone", "Telefon: 0171\n\nSeite 2 von 3\n\n2345678", "0171\n\nSeite 2 von 3\n\n2345678"),
    _r("phone", "T +49 721 133 1234", "+49 721 133 1234"),
    _r("phone", "Telefax 0721/133-1299", "0721/133-1299"),
    _r("phone", "Festnetz: 030 12345678", "030 12345678"),
    _r("phone", "Unter 0049 (0) 30 1234567 erreichbar.", "0049 (0) 30 1234567"),
    _r("phone", "Tel. 0171.2345678", "0171.2345678"),
    # ---- street addresses about private persons
    _r("address", "Frau M., die seit 2010 im Gebäude\nBirkenweg 14 lebt, beklagt den Lärm.", "Birkenweg 14"),
    _r("address", "Die Anwohnerin des Grundstücks Kastanienstraße 9 erhebt Einwände.", "Kastanienstraße 9"),
    _r("address", "Herr K. wohnt In den Wiesen 4 und fragt nach dem Kanal.", "In den Wiesen 4"),
    _r("address", "Sie wohnen Am Markt 3a seit Jahren.", "Am Markt 3a"),
    _r("address", "Der Petent, Hauptstr. 5-7, fordert eine Ampel.", "Hauptstr. 5-7"),
    _r("address", "Absender: Erika Muster, Musterweg 12, 76133 Karlsruhe", "Musterweg 12, 76133 Karlsruhe"),
    _r("address", "Eingabe von Max Probe, Lindenallee 7\n76133 Karlsruhe", "Lindenallee 7\n76133 Karlsruhe"),
    _r("address", "Herr Bernd Probe, Am Markt 3a, fragt nach Parkplätzen.", "Am Markt 3a"),
    _r("address", "Die Bewohner des Hauses Rosenweg 8 beschweren sich.", "Rosenweg 8"),
    _r("address", "Ein Anwohner aus der Kastanienallee 22 berichtet von Schäden.", "Kastanienallee 22"),
    _r("address", "Familie Beispiel, Auf dem Kirchberg 2, bittet um Prüfung.", "Auf dem Kirchberg 2"),
    _r("address", "Frau Dora Muster, Rüppurrer Str. 1, stellt eine Frage.", "Rüppurrer Str. 1"),
    _r("address", "Der Einwender wohnt Robert - Koch - Straße 17.", "Robert - Koch - Straße 17"),
    _r("address", "Die Nachbarin im Anwesen Eichenweg 3 widerspricht.", "Eichenweg 3"),
    _r("address", "Herr Paul Petent, Musterweg 3, beantragt Tempo 30.", "Musterweg 3"),
    _r("address", "Frau Erika Beispiel, wohnhaft Große Bergstraße 104, fragt.", "Große Bergstraße 104"),
    _r("address", "Der Beschwerdeführer, Schillerplatz 3 a, verlangt Auskunft.", "Schillerplatz 3 a"),
    _r("address", "Petentin: Eva Eingabe, Alter Schlachthof 3\nD-76131 Karlsruhe", "Alter Schlachthof 3\nD-76131 Karlsruhe"),
    _r("address", "Herr Max Mustermann, Musterstraße 12,\n\n76133 Karlsruhe, fragt nach.",
       "Musterstraße 12,\n\n76133 Karlsruhe"),
    _r("address", "Die Anwohnerin der Kastanien-\nstraße 9 fragt nach.", "Kastanien-\nstraße 9"),
    _r("address", "Frau Muster wohnt in der Birkenstraße\n\n14 seit 1990.", "Birkenstraße\n\n14"),
    _r("address", "Anschrift: Im Wiesengrund 5, 49661 Cloppenburg", "Im Wiesengrund 5, 49661 Cloppenburg"),
    _r("address", "Herr Probe wohnt Karl-Friedrich-Straße 12-14.", "Karl-Friedrich-Straße 12-14"),
    _r("address", "Eine Lehrerin der Grundschule, wohnhaft Musterweg 3, beschwert sich.", "Musterweg 3"),
    # ---- IBANs
    _r("iban", "Die Erstattung geht an IBAN DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00"),
    _r("iban", "Konto: DE89370400440532013000 (Sparkasse)", "DE89370400440532013000"),
    _r("iban", "IBAN: DE12 3456 7890 1234 5678 90, BIC folgt", "DE12 3456 7890 1234 5678 90"),
    _r("iban", "Bitte überweisen Sie auf DE89 3704 0044\n0532 0130 00 bis Monatsende.", "DE89 3704 0044\n0532 0130 00"),
    _r("iban", "IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", "COBADEFFXXX"),
    _r("iban", "Erstattung an AT61 1904 3002 3457 3201 erbeten.", "AT61 1904 3002 3457 3201"),
    # ---- more spellings
    _r("email", "E-Mail-Adresse: vorname.nachname@stadt-musterdorf.de", "vorname.nachname@stadt-musterdorf.de"),
    _r("email", "Post an m.muster@mail.uni-musterstadt.de ging verloren.", "m.muster@mail.uni-musterstadt.de"),
    _r("email", "Kontakt: anna.b(at)web(dot)de", "anna.b(at)web(dot)de"),
    _r("phone", "Kontakt: Tel. +49 171 2345678, sonst schriftlich.", "+49 171 2345678"),
    _r("phone", "Er ist unter 0171/2345678 erreichbar.", "0171/2345678"),
    _r("phone", "Er ist unter 0171 - 234 56 78 erreichbar.", "0171 - 234 56 78"),
    _r("phone", "Er ist unter +49-171-2345678 erreichbar.", "+49-171-2345678"),
    _r("phone", "Er ist unter (0171) 2345678 erreichbar.", "(0171) 2345678"),
    _r("phone", "Er ist unter 0171 234 56 78 erreichbar.", "0171 234 56 78"),
    _r("phone", "Mobil: +49 (0)171 / 234 56 78", "+49 (0)171 / 234 56 78"),
    _r("address", "Frau X wohnt Lindenstr.12 im Erdgeschoss.", "Lindenstr.12"),
    _r("address", "Der Anlieger, Am Sportplatz 7, bittet um Rückschnitt.", "Am Sportplatz 7"),
    _r("address", "Herr Probe wohnt An der Kirche 2 in Musterdorf.", "An der Kirche 2"),
    _r("email", "Kontakt: max.mustermann -at- example.de bitte.", "max.mustermann -at- example.de"),
    _r("email", "Kontakt: max_at_web.de bitte.", "max_at_web.de"),
    _r("email", "Kontakt: max.mustermann@web .de bitte.", "max.mustermann@web .de"),
    _r("email", "Kontakt: max . mustermann @ web . de bitte.", "max . mustermann @ web . de"),
    _r("email", "Schreiben Sie max@web.de. Die Antwort kommt.", "max@web.de"),
    _r("phone", "Tel. 0721 133-1234/-1235 (Zentrale)", "0721 133-1234/-1235"),
    _r("iban", "IBAN: DE89-3704-0044-0532-0130-00 (Spendenkonto)", "DE89-3704-0044-0532-0130-00"),
    _r("phone", "Handy-Nr. 0171 2345678 (abends)", "0171 2345678"),
    _r("phone", "Rückfragen an die Beratungsstelle 0800 1234567 richten.", "0800 1234567"),
    # ---- kept: what a council paper is about
    _k("phone", "Die Drucksache 2023/0344 wird zur Kenntnis genommen."),
    _k("phone", "Vorlage V-SOZ/21/148 zum Sozialausschuss."),
    _k("phone", "Gemäß § 35 Abs. 2 BauGB ist das Vorhaben zulässig."),
    _k("phone", "Der Beschluss erging mit 12:3:1 Stimmen."),
    _k("phone", "Abstimmungsergebnis: 12:3:1"),
    _k("phone", "Die Sitzung am 24.01.2023 beginnt um 17:00 Uhr."),
    _k("phone", "Die Kosten betragen 1.234.567,89 € im Jahr 2024."),
    _k("phone", "Im Haushalt 2023/2024 sind 120.000 Euro eingeplant."),
    _k("phone", "Die Drucksache 0815/2023 wurde vertagt."),
    _k("phone", "Das Aktenzeichen lautet Az. 0721 133."),
    _k("phone", "mit 30 Ja-Stimmen, 12 Nein-Stimmen und 3 Enthaltungen"),
    _k("phone", "Anfrage F0218/26 zum Zeitplan"),
    _k("phone", "Der Anteil stieg von 0,5 auf 56,9 %."),
    _k("phone", "Es wurden 0 1 2 Fälle gemeldet."),
    _k("phone", "Vorlage Nr.: 2022/2486"),
    _k("phone", "Drucksache - 22-2362"),
    _k("phone", "Flurstück 1234/5 in der Gemarkung Musterdorf"),
    _k("phone", "Die Sitzung vom 07.10.2009 wurde um 19.30 Uhr geschlossen."),
    _k("phone", "Im Zeitraum 2019-2023 wurden 1.742 m² versiegelt."),
    _k("phone", "Der Zuschuss beträgt 0,25 Mio. Euro für 2025."),
    _k("address", "Die Sitzung findet im Rathaus, Marktplatz 10, 76133 Karlsruhe statt."),
    _k("address", "Sitzungsort: Rathaus, Bürgersaal, Marktplatz 1"),
    _k("address", "Ort: Luruper Chaussee 125, 22761 Hamburg"),
    _k("address", "Das Amt ist im Gebäude „Kriegsstraße 100“ untergebracht."),
    _k("address", "zum Erhalt der Baudenkmäler Karl-Weysser-Straße 9 und 11 sowie Badener Straße 4 und 6"),
    _k("address", "der St. Angela-Schulgesellschaft mbH mit Sitz in Düren, Bismarckstraße 24"),
    _k("address", "Die Liegenschaft Ottostraße 21 wird verkauft."),
    _k("address", "Die Schule im Gebäude Schulstraße 5 erhält eine Mensa."),
    _k("address", "Die Grundschule Musterdorf, Lindenweg 12, erhält eine Mensa."),
    _k("address", "Das Gymnasium am Park, Parkstraße 3, 12345 Musterstadt, wird saniert."),
    _k("address", "Der Kindergarten Am Anger 4 bekommt eine weitere Gruppe."),
    _k("address", "Die Verkehrsführung in der Kaiserstraße wird geändert."),
    _k("address", "Die Postanschrift der Verwaltung ist 76124 Karlsruhe."),
    _k("address", "Die Maßnahme betrifft die Straße 9 im Gewerbegebiet."),
    _k("address", "Im Jahr 2022 wurden 12 Anträge gestellt."),
    _k("address", "Zum Tagesordnungspunkt 12 gab es keine Wortmeldungen."),
    _k("address", "In der Anlage 2 ist der Plan beigefügt."),
    _k("address", "Der Arbeitsmarkt 2023 bleibt angespannt."),
    _k("address", "Am Montag 3 Anträge, am Dienstag 4 Anfragen."),
    _k("address", "Stadtverwaltung Musterstadt, Rathaus, Marktplatz 1, 12345 Musterstadt"),
    _k("phone", "Der Termin ist am 2024-03-12 um 09:00-12:00 Uhr."),
    _k("email", "Stand: 12.03.2024\nInfo: Die Sitzung ist öffentlich."),
    _k("phone", "Aktenzeichen 4 K 1234/21 des Verwaltungsgerichts"),
    _k("phone", "ISBN 978-3-16-148410-0"),
    _k("phone", "Haushaltsstelle 01100.5010 wird belastet."),
    _k("phone", "Die Kostenstelle 01100 5010 trägt die Kosten."),
    _k("phone", "Telefonische Rückfragen sind bis 2024 möglich."),
    _k("phone", "Die Telefonanlage kostet 12.500 Euro."),
    _k("phone", "Mobilität 2030: 15 Maßnahmen"),
    _k("phone", "Vorlage 0123/2022 ist erledigt."),
    _k("address", "Der Bebauungsplan Nr. 12 „Am Markt“ wird geändert."),
    _k("email", "Das Projekt Haus-at-home bleibt bestehen."),
    _k("email", "Die Sitzung ist um 10 Uhr at home office möglich."),
    _k("email", "Weitere Informationen unter www.karlsruhe.de/rathaus."),
    _k("email", "Die Sitzung ist at the moment nicht öffentlich."),
    _k("email", "Look at the report on page 4."),
    _k("email", "Die Fraktion (AT) und die Gruppe (BE) stimmen zu."),
    _k("email", "Der Bürgermeister verweist auf @stadt_musterdorf in den sozialen Medien."),
    _k("iban", "Das Projekt DE12 3456 7890 1234 5678 91 läuft weiter."),
    _k("iban", "Der Förderaufruf EU 2021 1234 5678 endet bald."),
]


def outcome(form: Form, find: Callable[[str], list[tuple[str, int, int]]]) -> bool:
    """Whether redaction did what the row asks: removed every character of
    the value into a placeholder of its kind, or redacted nothing at all."""
    spans = find(form.sentence)
    if form.action == KEEP:
        return not spans
    start = form.sentence.index(form.value)
    covered = set()
    for kind, s, e in spans:
        if kind == form.kind:
            covered.update(range(s, e))
    return covered >= set(range(start, start + len(form.value)))


def measure(find: Callable[[str], list[tuple[str, int, int]]]) -> dict:
    """Recall over the rows to remove, false-positive rate over the rows to
    keep, per kind and in all, and the rows that failed."""
    by_kind: dict[str, dict[str, int]] = {}
    failed: list[Form] = []
    for form in FORMS:
        ok = outcome(form, find)
        counts = by_kind.setdefault(form.kind, {"remove": 0, "removed": 0, "keep": 0, "false_positives": 0})
        if form.action == REMOVE:
            counts["remove"] += 1
            counts["removed"] += ok
        else:
            counts["keep"] += 1
            counts["false_positives"] += not ok
        if not ok:
            failed.append(form)
    total = {k: sum(c[k] for c in by_kind.values()) for k in ("remove", "removed", "keep", "false_positives")}
    return {
        "rows": len(FORMS),
        "recall": total["removed"] / total["remove"],
        "false_positive_rate": total["false_positives"] / total["keep"],
        "total": total,
        "by_kind": by_kind,
        "failed": failed,
    }
