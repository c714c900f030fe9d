from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from search import evaluation
from search.engines import aliases, get_engine
from search.engines.base import EngineUnavailable


class Command(BaseCommand):
    help = (
        "Measure relevance on judged queries: nDCG@10, MRR and recall@50 per kind of query "
        "(free-text evidence search, evidence-for), per engine."
    )

    def add_arguments(self, parser):
        parser.add_argument("judgments", help="A JSON-lines file of judgments.")
        parser.add_argument(
            "--engine",
            action="append",
            choices=aliases(),
            help="An alias of SEARCH_ENGINES to measure; repeat for several (default: database).",
        )
        parser.add_argument("--per-query", action="store_true", help="Also print each query.")

    def handle(self, *args, judgments, engine=None, per_query=False, **options):
        path = Path(judgments)
        try:
            with path.open(encoding="utf-8") as stream:
                judged = evaluation.judgments_read(stream)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        except evaluation.JudgmentsError as error:
            raise CommandError(f"{path}: {error}") from error
        for name in engine or ["database"]:
            try:
                scores = evaluation.evaluate(get_engine(name), judged)
            except EngineUnavailable as error:
                raise CommandError(f"The {name} engine cannot answer: {error}") from error
            self.stdout.write(f"\nengine: {name}")
            self.stdout.write(f"{'queries':<14}{'n':>4}{'nDCG@10':>10}{'MRR':>8}{'R@50':>8}")
            for kind, row in evaluation.summary(scores).items():
                self.stdout.write(
                    f"{kind:<14}{row['queries']:>4}{row['ndcg@10']:>10.3f}"
                    f"{row['mrr']:>8.3f}{row['recall@50']:>8.3f}"
                )
            if per_query:
                for s in scores:
                    label = s.judgment.query or s.judgment.evidence_for
                    self.stdout.write(
                        f"  {s.judgment.id:<8}{s.ndcg:>7.3f}{s.mrr:>7.3f}{s.recall:>7.3f}  {label}"
                    )
