"""A town's Mitteilungsvorlage on its seniors' survey, written for the survey tests (an invented town, own
sentences): a paper head with its "Stand:" date, the survey told in a headline, a lead and the body (one
survey), the people asked named by the form they received, the months it ran without a year, the returns,
a table flattened to text (one line per answer with count and share), means on a rating scale, fractions
and number words, reported speech, a target and a wish that are no findings, a neighbouring town's survey
named for comparison, and the paper's page footers."""

TEXT = """\
Stadt Lindenfeld
Der Bürgermeister
Fachbereich Soziales, Senioren und Generationen

Mitteilungsvorlage                                     Vorlage Nr. MV/0412/2024
Stand: 05.03.2024

Beratungsfolge:
Ausschuss für Soziales und Generationen   19.03.2024   zur Kenntnis
Hauptausschuss                            26.03.2024   zur Kenntnis

Betreff: Ergebnisse der Seniorenbefragung "Gut älter werden in Lindenfeld"

Sachdarstellung:

1. Anlass und Durchführung

Die Seniorenbefragung ist ein Baustein des Seniorenpolitischen Konzepts, das der Rat im
Frühjahr 2023 in Auftrag gegeben hat. Im Herbst 2023 gab es daher eine schriftliche Befragung
zur Lebenssituation im Alter.

Alle Seniorinnen und Senioren ab 70 Jahren haben im September von der Stadt einen Fragebogen
mit einem frankierten Rückumschlag zugeschickt bekommen. Maßgeblich war das Alter, das sie am
31.08.2023 70 Jahre und älter erreicht hatten. Von September bis November konnten die Bögen im
Bürgerbüro abgegeben oder zurückgeschickt werden.

Von den 2.140 verschickten Fragebögen sind 836 ausgefüllt zurückgekommen, das entspricht einer
Rücklaufquote von 39,1 Prozent. Die Verwaltung hatte mit einem Rücklauf von 30 Prozent gerechnet.
Drei Befragte haben den Bogen ohne jede Angabe zurückgegeben.

Die benachbarte Stadt Hohenau hatte 2021 ebenfalls eine Seniorenbefragung durchgeführt und
damals 28 Prozent Rücklauf erreicht.

2. Ergebnisse

Die Ergebnisse im Einzelnen:

Wohnen
Wie wohnen Sie?
im eigenen Haus                      512     61,2 %
in einer Mietwohnung                 241     28,8 %
im betreuten Wohnen                   49      5,9 %
bei Angehörigen                       34      4,1 %

Gut die Hälfte der Befragten lebt allein. Rund ¼ der Befragten plant in den nächsten
Jahren einen Umzug in eine kleinere Wohnung. Drei von vier Befragten wünschen sich mehr
barrierefreie Wohnungen in der Innenstadt.

Zufriedenheit
Die Zufriedenheit mit dem Wohnumfeld wurde durchschnittlich mit 1,9 (Skala 1-5) bewertet,
die Erreichbarkeit von Ärzten im Mittel mit 2,7 bewertet.

Mobilität
Am häufigsten wurde der Bürgerbus genannt, elfmal das Anrufsammeltaxi und fünfmal der
Fahrdienst der Kirchengemeinde. 412 Befragte fahren noch selbst Auto.

Seite 1 von 3

Mitteilungsvorlage MV/0412/2024

Unterstützung im Alltag
Die Seniorenbeauftragte berichtete im Seniorenbeirat, viele Befragte hätten sich mehr
Hilfe beim Einkaufen gewünscht. Jeder Dritte nutzt bereits einen Lieferdienst.

3. Bewertung

Die Beteiligung ist nach Einschätzung der Verwaltung gut. Ziel ist es, bis 2026 mindestens
50 Prozent der Seniorinnen und Senioren mit dem Angebot der Quartiersbüros zu erreichen. Der
Seniorenbeirat wünscht sich, dass die Befragung in fünf Jahren wiederholt wird.

Die Ergebnisse werden im Ausschuss für Soziales und Generationen am 19.03.2024 vorgestellt.

4. Finanzielle Auswirkungen

Keine. Die Kosten der Befragung (Druck und Porto) in Höhe von 3.480 Euro wurden aus dem Budget
des Fachbereichs getragen.

Anlagen:
Anlage 1 – Fragebogen
Anlage 2 – Auswertung in Tabellen

gez. Brandt
Bürgermeister

Seite 2 von 3
"""
