"""Ingest: inputs -> RawPage -> extract -> Store, with near-duplicate (syndicated copy) detection.

Near-duplicates are found with MinHash LSH over word 5-shingles of the body; a copy is stored
and linked to its original (`near_duplicate_of`) and never counts as an independent source.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from warta.models import Article

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
SCHEME = "affine32"  # 32-bit hash values: stored as 4 bytes each
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


class NearDuplicateIndex:
    """MinHash LSH over article bodies; finds the original an article is a copy of."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        self.num_perm = num_perm
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.sigs: dict[int, MinHash] = {}
        self.original: dict[int, int | None] = {}

    def signature(self, article: Article) -> MinHash | None:
        body = "\n".join(article.paragraphs) or article.text
        sh = shingles(body)
        if len(sh) < 3:  # too short to call anything a copy of it
            return None
        m = MinHash(num_perm=self.num_perm, scheme=SCHEME)
        m.update_batch(list(sh))
        return m

    def to_bytes(self, sig: MinHash | None) -> bytes | None:
        if sig is None:
            return None
        return struct.pack(f"<{self.num_perm}I", *sig.hashvalues.astype(np.uint32))

    def add_signature(self, aid: int, raw: bytes | None, original: int | None = None) -> None:
        if not raw:
            return
        values = np.array(struct.unpack(f"<{self.num_perm}I", raw), dtype=np.uint32)
        self.add(aid, MinHash(num_perm=self.num_perm, hashvalues=values, scheme=SCHEME), original=original)

    def add(self, aid: int, sig: MinHash | None, original: int | None = None) -> None:
        if sig is None:
            return
        self.sigs[aid] = sig
        self.original[aid] = original
        self.lsh.insert(aid, sig, check_duplication=False)

    def find_original(self, sig: MinHash | None, article: Article | None = None) -> int | None:
        """The earliest stored article this one is a near-copy of (following copies to their root)."""
        if sig is None:
            return None
        hits = [h for h in self.lsh.query(sig) if sig.jaccard(self.sigs[h]) >= self.threshold]
        if not hits:
            return None
        roots = {self.original.get(h) or h for h in hits}
        return min(roots)


@dataclass
class IngestSummary:
    """What `warta ingest` did, for its closing summary."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    skipped: list[tuple[str | None, str]] = field(default_factory=list)

    def add_report(self, report) -> None:
        self.ingested += report.ingested
        self.duplicates += report.duplicates
        self.near_duplicates += report.near_duplicates
        self.skipped.extend((s.source, s.reason) for s in report.skipped)


def iter_pages(specs: Iterable[str], *, max_bytes: int) -> Iterator:
    """RawPage | ReadFailure for every input, in order (feed files yield one per record)."""
    from warta.io.readers import read_pages

    yield from read_pages(specs, max_bytes=max_bytes)


def extract_all(items: Iterable, options, on_skip: Callable[[str | None, str], None]) -> Iterator[Article]:
    """Run extraction on each RawPage; failures become skip reasons, never a lost batch."""
    from warta.extraction import extract_page, failure_reason

    for item in items:
        if not hasattr(item, "data"):  # a ReadFailure
            on_skip(item.source, failure_reason(item.source, item.error))
            continue
        try:
            yield extract_page(item, options)
        except Exception as exc:  # noqa: BLE001 - every failure is reported with its reason
            on_skip(item.source, failure_reason(item.source, exc))


def ingest(store, specs: Iterable[str], options, *, batch_size: int = 200,
           progress: Callable[[int], None] | None = None, rebuild: bool = True) -> IngestSummary:
    """Read, extract and store inputs; commits per batch, so an interrupted run resumes cleanly."""
    summary = IngestSummary()

    def skip(source, reason):
        summary.skipped.append((source, reason))

    batch: list[Article] = []
    for article in extract_all(iter_pages(specs, max_bytes=options.max_bytes), options, skip):
        batch.append(article)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            summary.add_report(store.add_articles(batch, batch_size=batch_size))
            batch = []
    if batch:
        summary.add_report(store.add_articles(batch, batch_size=batch_size))
    if rebuild:
        store.rebuild_corpus()
    return summary
