"""A long report of two surveys, written for the survey tests (an invented town, own sentences):
twelve pages with running page headers, a table of contents, legal references, a population,
costs, the number of questions, a table of answers, an empty page, a summary that restates
figures and a list of Anlagen."""

TEXT = """\
Stadt Lindenhain
Fachbereich Jugend, Schule und Sport
Stand: 20.05.2025

Bericht zur Bedarfsplanung 2025
Kindertagesbetreuung und Sportstätten

Inhalt
1. Anlass und Auftrag ........................................ 2
2. Rechtliche Grundlagen ..................................... 2
3. Elternbefragung zur Kindertagesbetreuung .................. 3
4. Befragung der Sportvereine ................................ 6
5. Zusammenfassung und Ausblick .............................. 10

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 2 von 12

1. Anlass und Auftrag

Der Ausschuss für Jugend, Schule und Sport hat die Verwaltung in seiner Sitzung vom 12.03.2024
beauftragt, den Bedarf an Betreuungsplätzen und an Hallenzeiten neu zu ermitteln. Lindenhain
hat derzeit 48.300 Einwohnerinnen und Einwohner; in den vergangenen fünf Jahren ist die Zahl der
Kinder unter sechs Jahren um 9 Prozent gestiegen. Für die Planung stehen im Haushalt 2025 Mittel
in Höhe von 25.000 Euro zur Verfügung.

2. Rechtliche Grundlagen

Nach § 24 Abs. 2 SGB VIII hat jedes Kind ab dem vollendeten ersten Lebensjahr einen Anspruch auf
frühkindliche Förderung. Die Planungsverantwortung liegt nach § 80 SGB VIII beim örtlichen Träger
der öffentlichen Jugendhilfe. Die Sportförderrichtlinie der Stadt in der Fassung vom 01.01.2021
regelt die Vergabe der Hallenzeiten (Ziffer 4.2).

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 3 von 12

3. Elternbefragung zur Kindertagesbetreuung

3.1 Durchführung

Die Elternbefragung lief vom 14. Oktober bis 8. November 2024. Befragt wurden die Eltern aller
Kinder, die eine der 28 Kindertageseinrichtungen der Stadt besuchen. Die Einrichtungen verteilten
2.150 Fragebögen; der Fragebogen umfasste 22 Fragen und konnte auch online ausgefüllt werden.
Zurück kamen 874 Fragebögen, das entspricht einer Rücklaufquote von 40,7 %.

3.2 Ergebnisse

Mit der Betreuung insgesamt sind 78,4 % der Eltern zufrieden oder sehr zufrieden. Längere
Öffnungszeiten am Nachmittag wünschen sich 41,2 % der Eltern. Ein Platz in der Nähe des
Arbeitsplatzes wäre für 12,5 % der Eltern wichtiger als ein Platz in Wohnortnähe.

Gewünschtes Ende der Betreuungszeit:
bis 14 Uhr 18,3 %
bis 15 Uhr 22,9 %
bis 16 Uhr 31,7 %
bis 17 Uhr 27,1 %

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 4 von 12

Die Eltern nannten als größte Schwierigkeit die Betreuung in den Schulferien. Viele Eltern
hätten Probleme, die Schließzeiten im Sommer zu überbrücken. Die Verwaltung wird die Ergebnisse
mit den Trägern besprechen.

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 5 von 12

(Diese Seite bleibt aus drucktechnischen Gründen frei.)

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 6 von 12

4. Befragung der Sportvereine

4.1 Durchführung

Im Februar und März 2025 wurden alle 46 im Stadtsportbund organisierten Vereine angeschrieben.
Geantwortet haben 31 Vereine. Die Vereine wurden gebeten, ihren Bedarf an Hallenzeiten für die
Saison 2025/2026 zu melden.

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 7 von 12

4.2 Ergebnisse

23 der 31 Vereine melden einen zusätzlichen Bedarf an Hallenzeiten. Der zusätzliche Bedarf
beträgt zusammen rund 60 Hallenstunden pro Woche. 58 % der Vereine haben Schwierigkeiten,
Übungsleiterinnen und Übungsleiter zu gewinnen. Die Vereine gaben außerdem an, dass die
Sanitäranlagen in zwei Hallen dringend saniert werden müssten.

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 8 von 12

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 9 von 12

Die Sporthalle am Schulzentrum wurde 1978 errichtet und zuletzt 2009 saniert. Die Sanierung
kostet nach einer ersten Schätzung 1,2 Mio. Euro.

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 10 von 12

5. Zusammenfassung und Ausblick

Die Befragungen zeigen einen deutlichen Mehrbedarf. Mit 78,4 % ist die Zufriedenheit der Eltern
hoch; 41,2 % wünschen längere Öffnungszeiten. Bei den Sportvereinen melden 23 von 31 Vereinen
zusätzlichen Bedarf an Hallenzeiten.

Die Verwaltung schlägt vor, die Öffnungszeiten in zwei Einrichtungen ab dem 01.08.2025 bis
17 Uhr zu verlängern und für die Hallenzeiten ein neues Vergabeverfahren zu erarbeiten. Über
die Kosten wird im Rahmen der Haushaltsberatungen 2026 entschieden.

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 11 von 12

Anlagen
Anlage 1: Fragebogen der Elternbefragung (4 Seiten)
Anlage 2: Anschreiben an die Sportvereine
Anlage 3: Tabellenband (36 Seiten)

Stadt Lindenhain – Bedarfsplanung 2025 – Seite 12 von 12
"""
