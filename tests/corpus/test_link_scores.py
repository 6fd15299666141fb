"""`link_scores` (all of an article's candidates at once, over arrays) computes what `weigh` and
`similarity` define for one pair."""

import random
from collections import Counter

from warta.corpus.stories import Features, GraphState
from warta.corpus.story_similarity import LINK_THRESHOLD, link_scores, similarity, weigh


def _features(rng: random.Random, i: int) -> Features:
    ents = {f"ent{rng.randrange(12)}": rng.randint(1, 4) for _ in range(rng.randint(0, 5))}
    words = Counter({f"word{rng.randrange(60)}": rng.randint(1, 3) for _ in range(rng.randint(3, 25))})
    figs = {(float(rng.choice([1200, 1500, 12000])), "troops")} if rng.random() < 0.3 else set()
    small = {(rng.randint(2, 9), "people") for _ in range(rng.randint(0, 4))}
    day = None if rng.random() < 0.1 else 738000 + rng.randint(0, 200)
    return Features(i, day, rng.choice(["id", "en"]), ents, words, figs, small)


def test_link_scores_equal_the_pairwise_definition():
    rng = random.Random(7)
    feats = [_features(rng, i) for i in range(160)]
    st = GraphState()
    for f in feats:
        eterms, wterms = f.terms()
        st.add(f, [t for _e, t, _w in eterms] + [t for _w, t, _f, _p in wterms])
    linked = 0
    for a in feats[:80]:
        me = weigh(a, st.df, st.n)
        cands = feats[80:]
        expected = {b.id: similarity(me, weigh(b, st.df, st.n)) for b in cands}
        got = {b: s for s, b in link_scores(a.id, [b.id for b in cands], st)}
        for b, s in expected.items():
            if abs(s - LINK_THRESHOLD) < 1e-9:
                continue  # the last bit of a sum may fall either side of the threshold
            if s >= LINK_THRESHOLD:
                linked += 1
                assert abs(got[b] - s) < 1e-12, (a.id, b, got.get(b), s)
            else:
                assert b not in got, (a.id, b, got[b], s)
    assert linked > 20  # the data holds linking pairs, so both branches were exercised
    assert st.scratch().any() == False  # noqa: E712  the scratch array is left zero for the next article


def test_words_link_one_language_only():
    st = GraphState()
    a = Features(1, 738000, "id", {}, Counter({"banjir": 2, "bandang": 1, "sungai": 1}))
    b = Features(2, 738001, "id", {}, Counter({"banjir": 1, "bandang": 2, "sungai": 1}))
    c = Features(3, 738001, "en", {}, Counter({"banjir": 1, "bandang": 2, "sungai": 1}))
    for f in (a, b, c):
        eterms, wterms = f.terms()
        st.add(f, [t for _e, t, _w in eterms] + [t for _w, t, _f, _p in wterms])
    assert link_scores(b.id, [], st) == []
    # no entities: the score is half the words' cosine (0.901, the same three words)
    [(score, other)] = link_scores(b.id, [a.id], st)
    assert other == 1 and abs(score - 0.4506392) < 1e-6
    assert link_scores(c.id, [a.id, b.id], st) == []  # another language shares no words


def test_three_letter_topic_words_count():
    from warta.corpus.stories import words_of

    words = words_of("Konstruksi Tol Wanasari Capai 78 Persen", "BUJT menyebut progres tol itu terhambat PHK dan BBM.")
    # "tol", "phk", "bbm": short topic words of Indonesian news; the background weighs "dan", "itu"
    assert {"tol", "phk", "bbm"} <= set(words)
    assert words["tol"] == 3  # twice in the doubled headline, once in the body
