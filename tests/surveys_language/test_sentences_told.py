"""Which sentences tell a survey, found by bisection: the same sentences as reading every one."""

from councildata.extract.survey_mentions import Mention
from councildata.extract.survey_model import _Survey
from councildata.extract.survey_passing import _told_in


def _mention(start: int, sent: tuple[int, int]) -> Mention:
    return Mention(start=start, end=start + 7, sent=sent, word="Umfrage", prefix="", plural=False,
                   reported=True, definite=False)


def _every_sentence(sv: _Survey, sents) -> list[int]:
    """The plain reading: each sentence tested against each mention and result."""
    return [k for k, (a, b) in enumerate(sents)
            if any(a <= m.start < b for m in sv.mentions)
            or sv.mentions and any(r["_start"] < b and a < r["_end"] for r in sv.results)]


SENTS = [(0, 40), (41, 90), (92, 150), (150, 151), (155, 300), (300, 420)]


def test_mentions_and_results_pick_their_sentences():
    sv = _Survey("s1", mentions=[_mention(50, SENTS[1]), _mention(310, SENTS[5])],
                 results=[{"_start": 95, "_end": 160}, {"_start": 20, "_end": 30}])
    starts = [a for a, _ in SENTS]
    assert _told_in(sv, starts, SENTS) == _every_sentence(sv, SENTS) == [0, 1, 2, 3, 4, 5]


def test_a_gap_between_sentences_holds_no_mention():
    # offset 91 lies between two sentences (a blank line): no sentence tells it
    sv = _Survey("s1", mentions=[_mention(91, (91, 92))], results=[{"_start": 152, "_end": 154}])
    starts = [a for a, _ in SENTS]
    assert _told_in(sv, starts, SENTS) == _every_sentence(sv, SENTS) == []


def test_results_alone_do_not_tell_a_survey_without_mentions():
    sv = _Survey("s1", results=[{"_start": 0, "_end": 400}])
    assert _told_in(sv, [a for a, _ in SENTS], SENTS) == _every_sentence(sv, SENTS) == []


def test_many_random_layouts_agree_with_the_plain_reading():
    import random
    rnd = random.Random(7)
    for _ in range(300):
        sents, pos = [], 0
        for _ in range(rnd.randint(1, 12)):
            pos += rnd.randint(0, 3)
            end = pos + rnd.randint(1, 30)
            sents.append((pos, end))
            pos = end
        top = pos + 5
        mentions = [_mention(p, (p, p + 1)) for p in rnd.sample(range(top), rnd.randint(0, 3))]
        results = []
        for _ in range(rnd.randint(0, 4)):
            a = rnd.randrange(top)
            results.append({"_start": a, "_end": a + rnd.randint(1, 40)})
        sv = _Survey("s1", mentions=mentions, results=results)
        assert _told_in(sv, [a for a, _ in sents], sents) == _every_sentence(sv, sents)
