"""Ingest: inputs -> RawPage -> extract -> Store, with near-duplicate (syndicated copy) detection.

Near-duplicates are found with MinHash LSH over word 5-shingles of the body; a copy is stored
and linked to its original (`near_duplicate_of`) and never counts as an independent source.
"""

from __future__ import annotations

import queue
import re
import struct
import threading
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
        # drawn once: MinHash would draw the same permutations again for every article
        self.permutations = MinHash(num_perm=num_perm, scheme=SCHEME).permutations

    def signature(self, article: Article) -> MinHash | None:
        body = "\n".join(article.paragraphs) or article.text
        sh = shingles(body)
        if len(sh) < 3:  # too short to call anything a copy of it
            return None
        m = MinHash(num_perm=self.num_perm, scheme=SCHEME, permutations=self.permutations)
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
        self.add(aid, MinHash(num_perm=self.num_perm, hashvalues=values, scheme=SCHEME,
                                   permutations=self.permutations), original=original)

    def add(self, aid: int, sig: MinHash | None, original: int | None = None) -> None:
        if sig is None:
            return
        self.sigs[aid] = sig
        self.original[aid] = original
        self.lsh.insert(aid, sig, check_duplication=False)

    def replace(self, older: int, newer: int) -> None:
        """`newer` is the next version of `older`: the old text leaves the index (only current
        versions are originals), and copies of it now count as copies of the new version."""
        if older in self.sigs:
            del self.sigs[older]
            self.original.pop(older, None)
            self.lsh.remove(older)
        for aid, orig in self.original.items():
            if orig == older:
                self.original[aid] = newer

    def find_original(self, sig: MinHash | None, article: Article | None = None, *,
                      exclude: int | None = None) -> int | None:
        """The earliest stored article this one is a near-copy of (following copies to their root);
        `exclude`: a root that does not count (the version this article replaces)."""
        if sig is None:
            return None
        hits = [h for h in self.lsh.query(sig) if sig.jaccard(self.sigs[h]) >= self.threshold]
        roots = {self.original.get(h) or h for h in hits} - {exclude}
        return min(roots) if roots else None


@dataclass
class IngestSummary:
    """What `warta ingest` did, for its closing summary."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    updated: int = 0
    skipped: list[tuple[str | None, str]] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    corpus: object | None = None  # the CorpusUpdate of the corpus update that followed

    def add_report(self, report) -> None:
        self.ingested += report.ingested
        self.duplicates += report.duplicates
        self.near_duplicates += report.near_duplicates
        self.updated += getattr(report, "updated", 0)
        self.skipped.extend((s.source, s.reason) for s in report.skipped)
        self.article_ids.extend(getattr(report, "article_ids", []))


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


_DONE = object()


def ingest(store, specs: Iterable[str], options, *, batch_size: int = 200,
           progress: Callable[[int], None] | None = None, update: bool = True,
           rebuild: bool | None = None) -> IngestSummary:
    """Read, extract and store inputs, never holding finished pages back while a later one is slow.

    Extraction runs here; a writer thread commits what it has whenever it has caught up with the
    extractor (group commit, at most `batch_size` articles per transaction). So a page that takes
    minutes, or a process killed on it, never costs the pages extracted before it: they are
    committed while it runs. Ctrl-C commits what is done before stopping. The corpus update
    (stories, conflicts: incremental, `Store.update_corpus`) runs at the end in one transaction of
    its own: killed half-way it leaves the previous stories in place, and the next ingest (even one
    that adds nothing) redoes it. `summary.corpus` says what it changed.
    """
    if rebuild is not None:  # the earlier name of `update`
        update = rebuild
    summary = IngestSummary()
    pending: queue.Queue = queue.Queue(maxsize=max(1, batch_size))
    failure: list[BaseException] = []

    def skip(source, reason):
        summary.skipped.append((source, reason))

    def writer() -> None:
        try:
            while True:
                item = pending.get()
                batch = []
                while item is not _DONE:
                    batch.append(item)
                    if len(batch) >= batch_size:
                        break
                    try:  # take what is ready now; wait for nothing
                        item = pending.get_nowait()
                    except queue.Empty:
                        break
                if batch:
                    summary.add_report(store.add_articles(batch, batch_size=batch_size))
                if item is _DONE:
                    return
        except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread
            failure.append(exc)

    thread = threading.Thread(target=writer, name="warta-ingest-writer", daemon=True)
    thread.start()

    def hand_over(item) -> None:
        while thread.is_alive():
            try:
                pending.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    try:
        for article in extract_all(iter_pages(specs, max_bytes=options.max_bytes), options, skip):
            hand_over(article)
            if failure:
                break
            if progress:
                progress(1)
    finally:  # on success, error or Ctrl-C: what was extracted is committed before we leave
        hand_over(_DONE)
        thread.join()
    if failure:
        raise failure[0]
    if update:
        summary.corpus = store.update_corpus()
    return summary
