"""`may_link` skips weighing a candidate only when it cannot link: never a pair that would link."""

import random
from collections import Counter

from warta.corpus.stories import LINK_THRESHOLD, Features, may_link, similarity, weigh


def _features(rng: random.Random, i: int) -> Features:
    ents = {f"ent{rng.randrange(12)}": rng.randint(1, 4) for _ in range(rng.randint(0, 5))}
    words = Counter({f"word{rng.randrange(60)}": rng.randint(1, 3) for _ in range(rng.randint(3, 25))})
    figs = {(float(rng.choice([1200, 1500, 12000])), "troops")} if rng.random() < 0.3 else set()
    small = {(rng.randint(2, 9), "people") for _ in range(rng.randint(0, 4))}
    return Features(i, 738000 + rng.randint(0, 200), rng.choice(["id", "en"]), ents, words, figs, small)


def test_no_linking_pair_is_pruned_and_most_others_are():
    rng = random.Random(7)
    feats = [_features(rng, i) for i in range(120)]
    df: Counter = Counter()
    for f in feats:
        eterms, wterms = f.terms()
        df.update({t for _e, t, _w in eterms} | {t for _w, t, _f, _p in wterms})
    n = len(feats)
    linked = pruned = 0
    for a in feats[:60]:
        me = weigh(a, df, n)
        for b in feats[60:]:
            s = similarity(me, weigh(b, df, n))
            if s >= LINK_THRESHOLD:
                linked += 1
                assert may_link(me, b, df, n), (a.id, b.id, s)
            elif not may_link(me, b, df, n):
                pruned += 1
    assert linked > 20  # the data holds linking pairs, so the assertion above was exercised
    assert pruned > 100  # and the bound does prune
