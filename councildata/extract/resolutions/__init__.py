"""Resolutions: decisions and recommendations of a council or committee.

One rule per way council documents record a decision:

- ``resolution.list``: a row of a numbered decision list ("Beschluss-Nr.:
  08/06/16: title / wording / Abstimmung: …"), dated by the session named
  above the list ("… hat in ihrer Sitzung am … folgende Beschlüsse gefasst:").
- ``resolution.block``: a "Beschluss:" block of minutes or a Beschlussauszug
  with its "Abstimmungsergebnis:" ("Beschluss: Ablehnung des Antrags /
  Abstimmungsergebnis: Mehrheitliche Ablehnung (3 JA-Stimmen, 37
  Nein-Stimmen)"). A Beschlussvorlage / Beschlussvorschlag / Beschlussantrag
  in a Vorlage is only a proposal, unless a vote on it is recorded
  ("Abstimmungsergebnis (am 27. Januar 2010): Einstimmig JA").
  Council information systems open an item's page with a result field
  ("Beschluss: einstimmig abgelehnt / Abstimmung: Ja: 0, Nein: 6,
  Enthaltungen: 3"); the wording after it ("Der Ausschuss für Finanzen
  empfiehlt dem Kreistag, die Vorlage abzulehnen",
  "Beschlussempfehlung an den Rat: Wie Vorlage / dafür: 10 …") names the
  body, the body it recommends to and maybe the counts, and is no decision
  of its own. A vote block may set each line in a paragraph of its own
  ("Mehrheitlich abgelehnt" / "Ja 1 Nein 7 Enthaltung 1"); an
  Abstimmungsergebnis without a Beschluss label takes its decision from the
  statement before it ("Die … Überschreitungen wurden genehmigt. /
  Abstimmung: 5 dafür 0 dagegen 0 Enthaltungen"), or from its counts.
- ``resolution.vote_line``: an Abstimmungsergebnis with one line per vote
  ("Ziffer 1: bei 4 Ja-Stimmen und 41 Nein-Stimmen mehrheitlich abgelehnt",
  "Änderungsantrag FW|FÜR: Mehrheitliche Ablehnung (…)"): one resolution
  per line.
- ``resolution.announcement``: the chair's announcement in a verbatim record
  without a Beschluss block ("– Bei 16 Ja-Stimmen ist der Antrag abgelehnt.",
  "– Das reicht nicht aus, um diesem Antrag zu einer Mehrheit zu verhelfen.").
- ``resolution.result_line``: a result standing on a line of its own, as in
  result lists and tables ("mehrheitlich zugestimmt", "einstimmig
  beschlossen", "Bei 24 Nein-Stimmen und 23 Ja-Stimmen abgelehnt"; in a
  list of results also "erledigt").
- ``resolution.consultation``: the Ergebnis column of a Beratungsfolge
  ("Gemeinderat 25.10.2022 16 X beschlossen"; ALLRIS: "14.02.2023 / Sitzung
  des Bau- und Umweltausschusses ungeändert beschlossen").
- ``resolution.sentence``: a sentence whose subject is a body and whose verb
  decides ("Der Sozialausschuss beschloss einstimmig, dem Kreistag zu
  empfehlen, … zu vertagen", "Im Oktober 2005 hat der Gemeinderat …
  beschlossen", "Der Ausschuss nimmt die Drucksache zur Kenntnis"). A
  present-tense sentence ("Der Gemeinderat beschließt …") is a decision only
  in minutes or when it states a vote ("Der Mobilitätsausschuss empfiehlt …
  einstimmig"); otherwise it is the proposal of a Vorlage. Nothing a
  councillor says in a debate is a decision. The verb may stand before the
  subject ("Dem stimmt der Gemeinderat zu."), and the vote may follow on a
  line of its own ("13 : 0").
- ``resolution.fate``: what became of a motion or proposal, told by a report
  with the matter or its mover as the subject ("Der Antrag der CDU fand im
  Stadtrat keine Mehrheit", "Mit ihrem Antrag scheiterte die AfD", "Der
  Vorschlag ging ohne Gegenstimme durch"); the body from the sentence, the
  sentences before, the session or the body the report names most.
- ``resolution.assent``: the body agrees to what the sentence before
  proposes ("Der Vorsitzende schlägt vor, den Punkt an den Bauausschuss zu
  verweisen. Der Gemeinderat ist damit einverstanden.").
- ``resolution.vote_noun``, ``resolution.headline``, ``resolution.all_voted``,
  ``resolution.declared`` (``told``): a vote or election told by its noun
  ("Die Wahl erfolgt einstimmig."), a report's headline ("Gemeinderat X
  einstimmig für neue Kita-Regelung"), everyone's vote ("alle stimmten für
  …"), the chair declaring the result ("stellt fest, dass Herr X … gewählt
  wurde"). A vote told by counts alone after a motion to postpone or refer
  carries that motion (``postponed``, ``referred``).
- ``resolution.withdrawal``: the mover withdraws its motion in the meeting
  ("Die CDU-Fraktion zieht ihren Antrag daraufhin zurück.").
- ``resolution.passive``: "Der Antrag … wurde ohne Abstimmung zur Kenntnis
  genommen", "Gewählt wurde Herr X mit 10 Ja-Stimmen" when the sentence or
  one just before names the body; in a report (not a Vorlage) also the body
  the report names most ("Der Entwurf des Haushaltes wurde angenommen").
- ``resolution.procedural``: an ALLRIS item's "Vertagt aus der Sitzung vom
  17.02.2025."
- ``resolution.field``: an ALLRIS "Beschlussart: zur Kenntnis genommen" when
  the text records the decision no other way.
- ``resolution.reference``: an earlier decision referred to by body and date
  ("Beschluss der BV vom 30.01.2025", "Gemeinderatsbeschluss vom …").

A recommendation is a resolution of the recommending body: its outcome is
what it recommends and ``recommended_to`` the body it goes to.

Each row gets its meeting date (the minutes' session, a date in the text),
its deciding body (the subject, else the session's body), the agenda item
and the papers it decides (``paper_reference``), and ``_motion_key`` when it
decides one motion found in the same document (the motions module keys its
rows by the submitter's organisation id).

One module per concern: ``patterns`` (labels, subjects, verbs), ``state``
(what the rules of a document share), ``blocks``, ``lines``, ``sentences``,
``items``, ``assent``, ``approvals``, ``passages``, ``notices``, ``told`` (the rules), ``finish`` (what holds for every
decision); this module runs them in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import agenda as agenda_mod
from .approvals import approvals, not_agenda_approval
from .assent import assents
from .blocks import _blocks
from .finish import _after_amendment, _dedupe, _join_following_vote, _join_lone_vote, _link_motions, _not_content, _not_given, _one_per_telling, _settle
from .items import _attributed, _fields, _procedural, _references
from .notices import announced_sessions
from .lists import _list_rows, _told_again
from .lines import _announcements, _consultations, _listed_decisions, _ref_lines, _result_lines
from .passages import _passages
from .sentences import _sentences, decided_revocations, leading_votes
from .told import declared_results, motion_put_to_vote, told_decisions
from .state import _State

if TYPE_CHECKING:
    from .. import Context


def extract(ctx: Context) -> list[dict[str, Any]]:
    text = ctx.view.text
    ag = agenda_mod.analyse(ctx)
    st = _State(ctx, ag)
    rows: list[dict[str, Any]] = []
    # The rows of a numbered decision list first: each row is one decision,
    # whatever sentences and vote blocks it holds.
    rows += _list_rows(st)
    # Before the blocks: a Beschluss block reads its whole item as taken, and
    # an assent in the item's debate is a decision of its own.
    rows += assents(st)
    rows += approvals(st)
    rows += _blocks(st)
    rows += _ref_lines(st)
    rows += _listed_decisions(st)
    if st.minutes:
        rows += _announcements(st)
    rows += _result_lines(st)
    rows += _consultations(st)
    rows += _attributed(st)
    rows += _sentences(st)
    rows += told_decisions(st)
    rows += declared_results(st)
    rows += _procedural(st)
    rows += _fields(st, rows)
    rows += _references(st)
    rows += _passages(st)
    rows = _told_again(st, not_agenda_approval(_not_given(st, _dedupe(rows))))
    rows = _not_content(st, rows)
    decided_revocations(rows)
    rows = leading_votes(st, rows)
    motion_put_to_vote(st, rows)
    _after_amendment(st, rows)  # (before one telling of a decision is chosen: its outcome is the amended one)
    rows = _join_following_vote(st, _join_lone_vote(st, _one_per_telling(st, rows)))
    announced_sessions(st, rows)
    _settle(st, rows)
    if any("_motion_region" in r for r in rows):
        _link_motions(ctx, text, rows)
    for r in rows:
        r.pop("_motion_region", None)
    return rows
