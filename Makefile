# The two commands that matter: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MANAGE := $(BIN)/python manage.py
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint format install migrate demo import load messages bench bench-seed clean es es-start es-stop

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	mkdir -p var/static var/media
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: demo
	@echo "OpenGov Commons on http://127.0.0.1:8000 — admin: admin@example.org / opengov-admin"
	$(MANAGE) runserver 127.0.0.1:8000

# In parallel: one worker per core (pytest-xdist), each taking whole test files, so that a
# file's module datasets are built once (tests/shared_data.py). PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= auto
test: install
	@# pytest exits 5 when it collects no test: not a failure of the code under test.
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS) || [ $$? -eq 5 ]

# Front-end lint tools (stylelint) from npm, pinned by package-lock.json; nothing is served from them.
node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

lint: install node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# templates: indentation (djhtml) and djlint's checks; styles: stylelint (colours only from :root)
	$(BIN)/djhtml --check $$(git ls-files '*.html')
	$(BIN)/djlint --lint $$(git ls-files '*.html')
	node_modules/.bin/stylelint '**/static/**/*.css'
	@# dead code: settings in pyproject.toml, framework names in vulture_whitelist.py
	$(BIN)/vulture
	@# the direction of dependencies between apps, no import cycles (contracts in pyproject.toml)
	$(BIN)/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=opengov.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=opengov.settings.production SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_hex(32))") \
		DATABASE_URL=sqlite:///var/check.sqlite3 ALLOWED_HOSTS=opengov.example.org \
		LEARNING_CREDENTIAL_KEY="$$($(MANAGE) credential_key)" \
		$(MANAGE) check --deploy --fail-level WARNING

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

# A search node for development: OpenSearch 2.19.1, k-NN included, from Maven Central (search/cluster/), on
# 127.0.0.1:$(ES_PORT), data in var/opensearch. `make es` runs it in the foreground (Ctrl-C
# stops it); es-start/es-stop run it in the background. Then: SEARCH_ENGINE=opensearch
# OPENSEARCH_URL=http://127.0.0.1:$(ES_PORT) (docs/search-elasticsearch.md).
ES_PORT ?= 9200
ES_TRANSPORT_PORT ?= 9300
ES_HOME ?= var/opensearch
es:
	search/cluster/node.sh run $(ES_HOME) $(ES_PORT) $(ES_TRANSPORT_PORT)

es-start:
	search/cluster/node.sh start $(ES_HOME) $(ES_PORT) $(ES_TRANSPORT_PORT)

es-stop:
	search/cluster/node.sh stop $(ES_HOME)

# Import the real OGP sample (558 commitments) into the development database.
import: migrate
	$(MANAGE) import_commitments $(SHARED_DATA)/ogp-commitments/commitments.csv

# --- Benchmarks (docs/performance.md): a database of their own, production settings ---------
# `make bench` (demo size: the demo content and the real commitments and papers, ~2 min) or
# `make bench BENCH_SIZE=full` (seed_scale's 50,000 commitments, 100,000 profiles, …); the
# database is seeded once and kept (var/bench-<size>.sqlite3, or BENCH_DATABASE_URL).
# `make load`: gunicorn on 127.0.0.1:$(BENCH_PORT) and locust, same database.
SHARED_DATA ?= ../shared/data
BENCH_SIZE ?= demo
BENCH_REPETITIONS ?= 30
BENCH_PORT ?= 8137
BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/var/bench-$(BENCH_SIZE).sqlite3
BENCH_SEED_ARGS_demo := --base-only
BENCH_SEED_ARGS_full :=
# The semantic retriever embeds every record (about 0.1-0.3 s of CPU each): at full scale that
# is hours of seeding, and its brute-force scan is no plan there (docs/search.md). The bench
# measures the word engine unless BENCH_SEMANTIC=true.
BENCH_SEMANTIC ?= false
BENCH_ENV := DJANGO_SETTINGS_MODULE=opengov.settings.production DATABASE_URL=$(BENCH_DATABASE_URL) \
	SECRET_KEY=benchmark-only-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz \
	ALLOWED_HOSTS=127.0.0.1,localhost,testserver LOG_LEVEL=WARNING \
	API_THROTTLE_ANON=1000000/minute API_THROTTLE_USER=1000000/minute CONN_MAX_AGE=60 \
	SEARCH_SEMANTIC=$(BENCH_SEMANTIC)

bench-seed: install
	mkdir -p var/static
	$(BENCH_ENV) $(MANAGE) migrate --noinput -v 0
	$(BENCH_ENV) $(MANAGE) collectstatic --noinput -v 0
	$(BENCH_ENV) $(MANAGE) seed_scale --if-needed --data $(SHARED_DATA) $(BENCH_SEED_ARGS_$(BENCH_SIZE))

# pages rendered every time (the anonymous page cache off): what a page costs when it is not
# cached; `make load` runs with the cache on, as production does
bench: bench-seed
	$(BENCH_ENV) PAGE_CACHE_SECONDS=0 $(MANAGE) page_bench --label $(BENCH_SIZE) --repetitions $(BENCH_REPETITIONS) $(BENCH_ARGS)

BENCH_USERS ?= 16
BENCH_SECONDS ?= 60
load: bench-seed
	$(BENCH_ENV) $(BIN)/python benchmarks/load.py --label $(BENCH_SIZE) --port $(BENCH_PORT) \
		--users $(BENCH_USERS) --seconds $(BENCH_SECONDS)

# Refresh the French and Spanish catalogues after adding strings (needs GNU gettext).
messages: install
	$(MANAGE) makemessages --locale fr --locale es --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	$(MANAGE) compilemessages --ignore '.venv/*'

clean:
	rm -rf var/db.sqlite3 var/test-media

# Relevance on the clean corpus (the real commitments and papers, no demo rows) in
# var/eval.sqlite3, built once: search_eval on the public and the project's judged sets, per
# kind and language with bootstrap intervals (docs/search.md, "Relevance, measured").
# EVAL_ARGS="--per-query --save var/run.json" keeps a run; "--compare var/run.json" compares.
EVAL_DB := sqlite:///$(CURDIR)/var/eval.sqlite3
SHARED_DATA ?= ../shared/data
.PHONY: eval
var/eval.sqlite3:
	mkdir -p var
	DATABASE_URL=$(EVAL_DB) $(MANAGE) migrate --noinput -v0
	DATABASE_URL=$(EVAL_DB) $(MANAGE) import_commitments $(SHARED_DATA)/ogp-commitments/commitments.csv
	DATABASE_URL=$(EVAL_DB) $(MANAGE) import_research $(SHARED_DATA)/ogrx/papers.json

eval: install var/eval.sqlite3
	DATABASE_URL=$(EVAL_DB) $(MANAGE) migrate --noinput -v0
	DATABASE_URL=$(EVAL_DB) $(MANAGE) rebuild_search_index
	DATABASE_URL=$(EVAL_DB) $(MANAGE) search_eval $(SHARED_DATA)/search/judgments-public.jsonl \
		search/judgments/judged.jsonl $(EVAL_ARGS)
