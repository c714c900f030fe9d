"""Latency of the evidence engine on whatever corpus the database holds (import the real one
first: see docs/search.md). A benchmark, not a test: it prints figures and asserts nothing."""

import statistics
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from search import evaluation
from search.benchmark import floor_query
from search.engines import aliases, get_engine
from search.engines.base import PeerQuery, SearchRequest
from search.models import EvidenceRecord

DEFAULT_QUERIES = [
    "beneficial ownership register",
    "whistleblower protection",
    "open contracting and public procurement",
    "access to justice",
    "citizen participation in the budget",
    "open data portal",
    "climate",
    "right to information requests",
]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return p50 * 1000, p95 * 1000


class Command(BaseCommand):
    help = (
        "Measure p50/p95 of evidence search (0, 1 and 3 filters, with facets), evidence-for "
        "and peers-for, and the raw full-text query on the same index as the floor."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine", choices=aliases(), default="database", help="An alias of SEARCH_ENGINES."
        )
        parser.add_argument("--iterations", type=int, default=20, help="Rounds over the queries.")
        parser.add_argument(
            "--judgments", help="Take the queries from a judgments file instead of the default."
        )

    def handle(self, *args, engine="database", iterations=20, judgments=None, **options):
        if iterations < 1:
            raise CommandError("--iterations must be at least 1.")
        queries = DEFAULT_QUERIES
        if judgments:
            try:
                with Path(judgments).open(encoding="utf-8") as stream:
                    queries = [j.query for j in evaluation.judgments_read(stream) if j.query]
            except (OSError, evaluation.JudgmentsError) as error:
                raise CommandError(f"Cannot read {judgments}: {error}") from error
            if not queries:
                raise CommandError(f"{judgments} has no free-text queries to time.")
        search_engine = get_engine(engine)
        records = EvidenceRecord.objects.count()
        if not records:
            raise CommandError("The index is empty: import content and rebuild it first.")
        commitment_keys = list(
            EvidenceRecord.objects.filter(kind="commitment").values_list("key", flat=True)[:20]
        )
        top = EvidenceRecord.objects.filter(kind="commitment").exclude(areas=[]).first()
        one = {"type": ["commitment"]}
        three = one  # without a classified commitment there is nothing more to filter on
        if top:
            three = {
                "type": ["commitment", "recommendation"],
                "theme": top.themes[:1] or ["anti-corruption"],
                "region": [top.region] if top.region else ["europe"],
            }
        cases = {
            "raw full-text (floor)": lambda q: floor_query(search_engine, q),
            "search, no filter": lambda q: search_engine.search(SearchRequest(query=q)),
            "search, 1 filter": lambda q: search_engine.search(SearchRequest(query=q, filters=one)),
            "search, 3 filters": lambda q: search_engine.search(
                SearchRequest(query=q, filters=three)
            ),
        }
        samples: dict[str, list[float]] = {name: [] for name in cases}
        samples["evidence-for"] = []
        samples["peers-for"] = []
        for query in queries:  # warm-up: vocabulary memo, statement caches
            for run in cases.values():
                run(query)
        for _ in range(iterations):
            for query in queries:
                for name, run in cases.items():
                    started = time.perf_counter()
                    run(query)
                    samples[name].append(time.perf_counter() - started)
            for key in commitment_keys[:5]:
                started = time.perf_counter()
                search_engine.more_like(key, kinds=["commitment", "recommendation", "story"])
                samples["evidence-for"].append(time.perf_counter() - started)
            started = time.perf_counter()
            search_engine.peers(
                PeerQuery(areas=top.areas if top else [], themes=top.themes if top else [])
            )
            samples["peers-for"].append(time.perf_counter() - started)
        self.stdout.write(
            f"engine: {engine} · {records} records · {len(queries)} queries × {iterations}"
        )
        self.stdout.write(f"{'case':<24}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}")
        floor = None
        for name, values in samples.items():
            p50, p95 = _percentiles(values)
            if floor is None:
                floor = p95
            ratio = f"{p95 / floor:>7.1f}× floor" if floor else ""
            self.stdout.write(f"{name:<24}{len(values):>6}{p50:>10.2f}{p95:>10.2f}  {ratio}")
