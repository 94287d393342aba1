"""A village's report of its survey on the main street, written for the survey tests (an invented
municipality, own sentences): a news page under the site's menus, the survey told by the letters the
households received and the forms that came back from two groups, tallies of answers with count and
share under each question, a ranked list, reported speech, a target and a wish that are no findings,
a rule of thumb, a survey of another year named for comparison, and the council's later dealing with it."""

TEXT = """\
Startseite
Rathaus & Politik
Leben in Kirchbrunn
Aktuelles
Veranstaltungen
Kontakt

Gemeinde Kirchbrunn
Aus dem Rathaus

Umfrage zur Ortsdurchfahrt: die Ergebnisse liegen vor

Kirchbrunn, 14. Oktober 2025

Anfang September haben alle Haushalte in Kirchbrunn und Unterbrunn ein Schreiben des
Bürgermeisters zu der Umfrage zur Ortsdurchfahrt mit der Bitte erhalten, bis zum 30. September
mitzumachen. Die Fragebögen konnten im Rathaus abgegeben oder online ausgefüllt werden.

Es wurden insgesamt 312 Fragebögen aus 905 Haushalten abgegeben. Davon kamen 118 Bögen aus
Unterbrunn.

Bei den Gewerbetreibenden an der Hauptstraße sei der Rücklauf deutlich besser gewesen, berichtete
Bürgermeisterin Anja Kessler. Hier seien 27 Fragebögen von 34 angeschriebenen Betrieben, das seien
79 Prozent, zurückgekommen.

Die Ergebnisse im Einzelnen:

- Soll in der Ortsdurchfahrt Tempo 30 gelten?
JA: 221 = 70,8 % NEIN: 91 = 29,2 %
- Soll die Hauptstraße einen zweiten Fußgängerüberweg erhalten?
JA: 264 = 84,6 % NEIN: 48 = 15,4 %
- Die Parkplätze vor der Kirche sollen
wegfallen: 41 = 13,1 % verringert: 102 = 32,7 % bleiben: 169 = 54,2 %

Am häufigsten genannt wurden als Wunsch der Befragten mehr Bänke (96 Nennungen), eine
bessere Beleuchtung (71 Nennungen) und ein Wochenmarkt (58 Nennungen).

Knapp zwei Drittel der Befragten fühlen sich an der Hauptstraße nicht sicher. Jeder dritte
Befragte gab an, die Ortsdurchfahrt mit dem Rad zu meiden.

Die Bürgermeisterin zeigte sich mit der Beteiligung zufrieden. Ihr Wunsch wäre eine Beteiligung
von 50 Prozent gewesen. Bei der Umfrage im Jahr 2019 habe die Beteiligung bei 22 Prozent gelegen.
Je mehr Bürger mitmachen, desto deutlicher werde das Bild, sagte Kessler.

Angestrebt wird für die nächste Runde ein Rücklauf von 60 Prozent.

Die Auswertung wird dem Gemeinderat in seiner Sitzung am 4. November 2025 vorgestellt. Über
die Maßnahmen entscheidet der Gemeinderat im Dezember.

Ansprechpartner: Ordnungsamt, Telefon 01234 56-78
Zurück zur Übersicht

Impressum
Datenschutz
Barrierefreiheit
"""
