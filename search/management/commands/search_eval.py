import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from search import evaluation
from search.engines import aliases, get_engine
from search.engines.base import EngineUnavailable
from search.models import EvidenceRecord

# What the judged sets were judged on: OGP's commitments and the OGRX papers, nothing else
# (search/judgments/README.md). Other records (demo content) are unjudged and lower the figures.
JUDGED_KINDS = {"commitment", "research"}


class Command(BaseCommand):
    help = (
        "Measure relevance on judged queries: nDCG@10 (with a bootstrap confidence interval),"
        " MRR and recall@50 per kind and language of query (free-text evidence search,"
        " evidence-for), per engine; save a run and compare another with it (paired bootstrap)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "judgments", nargs="+", help="JSON-lines files of judgments (ids unique across them)."
        )
        parser.add_argument(
            "--engine",
            action="append",
            choices=aliases(),
            help="An alias of SEARCH_ENGINES to measure; repeat for several (default: database)."
            " With several, each is also compared with the first.",
        )
        parser.add_argument("--per-query", action="store_true", help="Also print each query.")
        parser.add_argument(
            "--save", metavar="FILE", help="Write the (first engine's) scores per query as JSON."
        )
        parser.add_argument(
            "--compare",
            metavar="FILE",
            help="A run saved with --save: print each engine's nDCG@10 minus the saved run's,"
            " paired by query, with a paired-bootstrap interval.",
        )

    def handle(self, *args, judgments, engine=None, per_query=False, save=None, compare=None,
               **options):  # fmt: skip
        judged = self._judgments(judgments)
        baseline = self._baseline(compare) if compare else None
        self._corpus()
        runs = []  # (alias, scores), in the order given (an alias may come twice)
        for name in engine or ["database"]:
            try:
                scores = evaluation.evaluate(get_engine(name), judged)
            except EngineUnavailable as error:
                raise CommandError(f"The {name} engine cannot answer: {error}") from error
            runs.append((name, scores))
            self._table(name, scores, per_query)
            if baseline is not None:
                self._comparison(f"{name} − {compare}", evaluation.compare(baseline, scores))
        first_name, first_scores = runs[0]
        first = {s.judgment.id: s.ndcg for s in first_scores}
        for name, scores in runs[1:]:
            self._comparison(f"{name} − {first_name}", evaluation.compare(first, scores))
        if save:
            dump = evaluation.run_dump(first_name, first_scores)
            Path(save).write_text(json.dumps(dump, indent=1) + "\n", encoding="utf-8")
            self.stdout.write(f"\nsaved: {save}")

    def _judgments(self, paths) -> list[evaluation.Judgment]:
        judged, seen = [], set()
        for path in map(Path, paths):
            try:
                with path.open(encoding="utf-8") as stream:
                    judged += evaluation.judgments_read(stream, seen=seen)
            except OSError as error:
                raise CommandError(f"Cannot read {path}: {error.strerror}") from error
            except evaluation.JudgmentsError as error:
                raise CommandError(f"{path}: {error}") from error
        return judged

    def _baseline(self, path) -> dict[str, float]:
        try:
            with Path(path).open(encoding="utf-8") as stream:
                return evaluation.run_load(stream)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        except evaluation.JudgmentsError as error:
            raise CommandError(f"{path}: {error}") from error

    def _corpus(self) -> None:
        counts = dict(
            EvidenceRecord.objects.values_list("kind").annotate(n=Count("id")).order_by("kind")
        )
        described = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "empty"
        self.stdout.write(f"corpus: {sum(counts.values())} records ({described})")
        others = sum(n for kind, n in counts.items() if kind not in JUDGED_KINDS)
        if others:
            self.stdout.write(
                self.style.WARNING(
                    f"not a clean corpus: {others} records are neither commitments nor research"
                    " papers (demo content?); the judged sets were judged on the imported"
                    " commitments and papers only, so these figures are lower than the engine's."
                )
            )

    def _table(self, name, scores, per_query) -> None:
        self.stdout.write(f"\nengine: {name}")
        self.stdout.write(
            f"{'queries':<16}{'n':>4}{'nDCG@10':>10}{'95% CI':>16}{'MRR':>8}{'R@50':>8}"
            f"{'unj@10':>8}"
        )
        for group, row in evaluation.summary(scores).items():
            interval = f"{row['ndcg@10 low']:.3f}–{row['ndcg@10 high']:.3f}"
            self.stdout.write(
                f"{group.replace(' ', ':'):<16}{row['queries']:>4}{row['ndcg@10']:>10.3f}"
                f"{interval:>16}{row['mrr']:>8.3f}{row['recall@50']:>8.3f}"
                f"{row['unjudged@10']:>8.2f}"
            )
        if per_query:
            for s in scores:
                label = s.judgment.query or s.judgment.evidence_for
                self.stdout.write(
                    f"  {s.judgment.id:<8}{s.ndcg:>7.3f}{s.mrr:>7.3f}{s.recall:>7.3f}  {label}"
                )

    def _comparison(self, title, table) -> None:
        self.stdout.write(f"\nnDCG@10, {title} (paired bootstrap)")
        self.stdout.write(
            f"{'queries':<16}{'n':>4}{'before':>8}{'after':>8}{'Δ':>8}{'95% CI':>18}{'P(Δ≤0)':>8}"
        )
        for group, d in table.items():
            interval = f"{d.low:+.3f}–{d.high:+.3f}"
            self.stdout.write(
                f"{group.replace(' ', ':'):<16}{d.queries:>4}{d.before:>8.3f}{d.after:>8.3f}"
                f"{d.mean:>+8.3f}{interval:>18}{d.not_better:>8.3f}"
            )
