"""Time every page type and the search layer's calls on whatever this database holds, with the
floors measured in the same run (opengov/bench.py); `make bench` runs it with production
settings. Writes benchmarks/results/<label>.json and .md, and latest.json/.md. A benchmark,
not a test: it asserts nothing (exit status 0 even when a budget is missed)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import collector
from opengov import bench

RESULTS = settings.BASE_DIR / "benchmarks" / "results"


class Command(BaseCommand):
    help = (
        "Measure p50/p95 and the queries of every page type, a bare view and the raw "
        "full-text query as floors, and the search layer's calls; write benchmarks/results/."
    )

    def add_arguments(self, parser):
        parser.add_argument("--label", default="demo", help="Names the result files.")
        parser.add_argument(
            "--repetitions", type=int, default=30, help="Timed requests per page (after warm-up)."
        )
        parser.add_argument(
            "--max-seconds",
            type=float,
            default=30,
            help="Stop timing a case after this long (with at least 5 samples).",
        )
        parser.add_argument("--warmup", type=int, default=2, help="Untimed requests first.")
        parser.add_argument("--only", default="", help="Only the cases whose name contains this.")
        parser.add_argument("--output", default=str(RESULTS), help="Folder of the result files.")
        parser.add_argument(
            "--load-urls",
            help="Only write the addresses (and a session) `make load` reads to this file.",
        )

    def handle(
        self, *args, label, repetitions, max_seconds, warmup, only, output, load_urls=None, **_
    ):
        if load_urls:
            Path(load_urls).write_text(json.dumps(bench.load_urls(), indent=1), encoding="utf-8")
            self.stdout.write(f"Written: {load_urls}")
            return
        if repetitions < 5:
            raise CommandError("--repetitions must be at least 5 (a p95 needs a few samples).")
        if not label.replace("-", "").replace("_", "").isalnum():
            raise CommandError("--label: letters, digits, - and _ only.")
        # a web process's collector (opengov/wsgi.py): thresholds, start-up frozen; bench.run
        # freezes again after its warm-up pass, as a web process does after its first requests
        collector.start(after_requests=0)
        self.stdout.write(f"{'page or call':<42}{'status':>5}{'p50 ms':>10}{'p95 ms':>10}{'q':>6}")
        record = bench.run(
            label=label,
            repetitions=repetitions,
            max_seconds=max_seconds,
            warmup=warmup,
            say=self.stdout.write,
            only=only,
        )
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(record.as_json(), indent=2, ensure_ascii=False) + "\n"
        table = bench.table(record)
        for name in (label, "latest"):
            (folder / f"{name}.json").write_text(data, encoding="utf-8")
            (folder / f"{name}.md").write_text(table, encoding="utf-8")
        self.stdout.write("")
        self.stdout.write(table)
        missed = [r.name for r in record.results if r.verdict.startswith("MISSED")]
        self.stdout.write(
            f"{len(missed)} budget(s) missed" + (f": {', '.join(missed)}" if missed else "")
        )
        self.stdout.write(f"Written: {folder / label}.json, .md (and latest.*)")
