"""Sorted indexes over character spans, so that "which mentions lie in [s, e)" is a bisection
instead of a scan of every mention of the document (a scan per quote or claim made a long page
take quadratic time: a 1 MB single-line page took minutes).

Queries return what a scan of the clusters, then their mentions, in list order would have found,
in that order, so callers keep their tie-breaking exactly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

INDEX_KEY = "warta_mention_index"


class MentionIndex:
    """Every mention of a list of entity clusters, sorted by start offset."""

    def __init__(self, clusters) -> None:
        rows = [(mt.start, ci, mi, mt, c) for ci, c in enumerate(clusters) for mi, mt in enumerate(c.mentions)]
        rows.sort(key=lambda r: r[:3])
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.longest = max((r[3].end - r[3].start for r in rows), default=0)
        self.key = _key(clusters)
        self.cluster_ids = {id(c) for c in clusters}

    def within(self, s: int, e: int) -> list[tuple]:
        """(mention, cluster) for each mention with s <= start and end <= e, in scan order."""
        lo, hi = bisect_left(self.starts, s), bisect_right(self.starts, e)
        hits = [r for r in self.rows[lo:hi] if r[3].end <= e]
        hits.sort(key=lambda r: r[1:3])
        return [(r[3], r[4]) for r in hits]

    def overlapping(self, s: int, e: int) -> list[tuple]:
        """(mention, cluster) for each mention that could overlap [s, e) (start < e and a start
        within the longest mention's length before s), in scan order; callers test the overlap."""
        lo, hi = bisect_left(self.starts, s - self.longest), bisect_left(self.starts, max(e, s + 1))
        hits = sorted(self.rows[lo:hi], key=lambda r: r[1:3])
        return [(r[3], r[4]) for r in hits]


def _key(clusters) -> tuple:
    # clusters are final once the entity and coref components ran; the key catches a change anyway
    return (id(clusters), len(clusters), sum(len(c.mentions) for c in clusters))


def mention_index(clusters, cache: dict | None = None) -> MentionIndex:
    """The index for these clusters, built once per document when a cache (doc.user_data) is given."""
    if cache is not None:
        index = cache.get(INDEX_KEY)
        if index is not None and index.key == _key(clusters):
            return index
    index = MentionIndex(clusters)
    if cache is not None:
        cache[INDEX_KEY] = index
    return index
