"""An invented full-length Niederschrift (a Gemeinderat in Rheinland-Pfalz, written for these tests) in
which one agenda item reports a survey, another proposes one, a question asks for one and the Anlagen
list names its evaluation; with running page headers, an attendance list and a non-public part."""

TEXT = """Ortsgemeinde Lindenfeld
Niederschrift
über die 14. öffentliche Sitzung des Ortsgemeinderates Lindenfeld
am Dienstag, dem 18. März 2025, im Sitzungssaal des Bürgerhauses, Hauptstraße 12

Beginn: 19:00 Uhr
Ende: 21:40 Uhr

Anwesend:
Vorsitzender
Ortsbürgermeister Gerd Albrecht
Mitglieder
Ratsmitglied Anna Becker
Ratsmitglied Jonas Dörr
Ratsmitglied Petra Engel
Ratsmitglied Frank Gerber
Ratsmitglied Ines Hartmann
Ratsmitglied Kai Jung
Ratsmitglied Lena Krämer
Ratsmitglied Markus Lang
Ratsmitglied Nina Moser
Ratsmitglied Otto Neumann
Ratsmitglied Paula Ott
Ratsmitglied Rainer Pohl
Beigeordnete
Erste Beigeordnete Sabine Quast
Verwaltung
Herr Tobias Reich, Verbandsgemeindeverwaltung, Fachbereich Bürgerdienste
Schriftführerin
Frau Ute Sauer

Entschuldigt fehlten:
Ratsmitglied Volker Thiel
Ratsmitglied Wiebke Ulrich

Tagesordnung:
Öffentlicher Teil
1. Eröffnung und Begrüßung, Feststellung der Beschlussfähigkeit
2. Einwohnerfragestunde
3. Genehmigung der Niederschrift der Sitzung vom 11.02.2025
4. Ergebnisse der Elternbefragung zur Ganztagsbetreuung an der Grundschule
5. Bebauungsplan „Am Mühlbach“, Aufstellungsbeschluss
6. Sanierung des Dorfgemeinschaftshauses, Vergabe der Dachdeckerarbeiten
7. Antrag der Fraktion FWG: Befragung der örtlichen Vereine zur Hallennutzung
8. Haushalt 2025, Sachstand
9. Anfragen der Ratsmitglieder
10. Mitteilungen des Ortsbürgermeisters
Nichtöffentlicher Teil
11. Grundstücksangelegenheiten
12. Personalangelegenheiten

Öffentlicher Teil

TOP 1 Eröffnung und Begrüßung, Feststellung der Beschlussfähigkeit
Der Vorsitzende eröffnet um 19:00 Uhr die Sitzung und begrüßt die Anwesenden, die Vertreterin der
Presse sowie elf Zuhörerinnen und Zuhörer. Er stellt fest, dass zur Sitzung form- und fristgerecht
eingeladen wurde und der Rat mit 13 von 15 Mitgliedern beschlussfähig ist. Einwände gegen die
Tagesordnung werden nicht erhoben.

TOP 2 Einwohnerfragestunde
Eine Anwohnerin der Brunnengasse fragt, wann die Straßenbeleuchtung repariert wird. Der Vorsitzende
sagt zu, die Frage an die Verbandsgemeindewerke weiterzugeben. Weitere Fragen werden nicht gestellt.

TOP 3 Genehmigung der Niederschrift der Sitzung vom 11.02.2025
Die Niederschrift wird ohne Änderungen genehmigt.
Abstimmungsergebnis: 11 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen

Ortsgemeinde Lindenfeld – Niederschrift OGR 18.03.2025 – Seite 2 von 5

TOP 4 Ergebnisse der Elternbefragung zur Ganztagsbetreuung an der Grundschule
Herr Reich von der Verbandsgemeindeverwaltung stellt die Ergebnisse der Befragung vor. Die
Verwaltung hatte im Januar 2025 alle Eltern der Kinder angeschrieben, die in den Schuljahren 2026/27
und 2027/28 eingeschult werden. Insgesamt wurden 214 Familien angeschrieben. An der Befragung
nahmen 131 Familien teil. Der Rücklauf lag damit bei 61 %.

Im Ergebnis wünschen zwei Drittel der Familien eine Betreuung an allen fünf Wochentagen.
48 Familien benötigen eine Betreuung bis mindestens 16 Uhr. Lediglich neun lehnen ein
Ganztagsangebot an der Grundschule ab. Ein Mittagessen an der Schule halten 87 Familien für
notwendig.

Herr Reich weist darauf hin, dass die Räume der Grundschule für höchstens 60 Kinder am Nachmittag
ausgelegt sind. Ratsmitglied Engel fragt, ob auch Kinder aus dem Ortsteil Tannhof berücksichtigt
wurden; Herr Reich bejaht dies. Ratsmitglied Lang regt an, mit dem Kreis als Schulträger frühzeitig
über einen Anbau zu sprechen.
Der Ortsgemeinderat nimmt die Ergebnisse zur Kenntnis.

TOP 5 Bebauungsplan „Am Mühlbach“, Aufstellungsbeschluss
Der Vorsitzende erläutert die Planung. Auf der Fläche von rund 2,4 Hektar sollen 22 Bauplätze
entstehen. Ratsmitglied Pohl spricht sich für eine verdichtete Bauweise aus.
Beschluss:
Der Ortsgemeinderat beschließt die Aufstellung des Bebauungsplans „Am Mühlbach“ gemäß § 2 Abs. 1
BauGB. Die Verwaltung wird beauftragt, die frühzeitige Beteiligung durchzuführen.
Abstimmungsergebnis: einstimmig

TOP 6 Sanierung des Dorfgemeinschaftshauses, Vergabe der Dachdeckerarbeiten
Es wurden vier Angebote abgegeben. Das wirtschaftlichste Angebot hat die Firma Holzbau Winter
mit 86.420,00 Euro brutto vorgelegt.
Beschluss:
Der Ortsgemeinderat vergibt die Dachdeckerarbeiten an die Firma Holzbau Winter zum Angebotspreis
von 86.420,00 Euro brutto.
Abstimmungsergebnis: 12 Ja-Stimmen, 1 Nein-Stimme, 0 Enthaltungen

Ortsgemeinde Lindenfeld – Niederschrift OGR 18.03.2025 – Seite 3 von 5

TOP 7 Antrag der Fraktion FWG: Befragung der örtlichen Vereine zur Hallennutzung
Ratsmitglied Jung begründet den Antrag der FWG-Fraktion vom 02.03.2025. Die Verwaltung soll die
örtlichen Vereine zu ihrem Bedarf an Hallenzeiten befragen, bevor die Belegung für das kommende
Jahr festgelegt wird. Ratsmitglied Moser hält eine solche Befragung für sinnvoll, wenn sie ohne
großen Aufwand möglich ist.
Beschluss:
Die Verwaltung wird beauftragt, eine Befragung der örtlichen Vereine zur Hallennutzung
durchzuführen und das Ergebnis in der Sitzung im Juni vorzulegen.
Abstimmungsergebnis: 10 Ja-Stimmen, 3 Nein-Stimmen, 0 Enthaltungen

TOP 8 Haushalt 2025, Sachstand
Herr Reich berichtet, dass die Haushaltssatzung 2025 von der Kreisverwaltung genehmigt wurde. Die
Kreditermächtigung beträgt 350.000 Euro. Der Rat nimmt den Bericht zur Kenntnis.

TOP 9 Anfragen der Ratsmitglieder
Ratsmitglied Krämer fragt, ob eine Bürgerumfrage zum Radverkehr geplant sei. Der Vorsitzende
antwortet, dass dies derzeit nicht vorgesehen ist, er aber den Vorschlag in den Bauausschuss
mitnehmen werde.
Ratsmitglied Ott fragt nach dem Stand der Glasfaseranschlüsse. Herr Reich teilt mit, dass 312
Haushalte inzwischen angeschlossen sind.

Ortsgemeinde Lindenfeld – Niederschrift OGR 18.03.2025 – Seite 4 von 5

TOP 10 Mitteilungen des Ortsbürgermeisters
Der Vorsitzende teilt mit:
- Der Frühjahrsputz findet am 5. April 2025 statt.
- Die Kita „Sonnenblume“ erhält ab August eine weitere Gruppe.
- Der Seniorennachmittag ist für den 24. Mai 2025 geplant.

Der Vorsitzende schließt den öffentlichen Teil der Sitzung um 20:55 Uhr. Es folgt der
nichtöffentliche Teil.

Anlagen:
Anlage 1: Präsentation zur Elternbefragung
Anlage 2: Auswertung der Elternbefragung (Tabellen)
Anlage 3: Lageplan Bebauungsplan „Am Mühlbach“

gez. Gerd Albrecht                                  gez. Ute Sauer
Ortsbürgermeister                                   Schriftführerin

Ortsgemeinde Lindenfeld – Niederschrift OGR 18.03.2025 – Seite 5 von 5
"""
