# Quick start: `make run` starts the bot, `make test` runs the whole test suite.
# Both create the virtualenv in .venv on first use: `make run` installs what running needs only, the
# other targets add the development tools (pytest, ruff, mypy, the evaluation's libraries).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python

SMOKE_RESULTS ?= $(CURDIR)/.bench-smoke
SMOKE := NEWSDESK_BENCH_RESULTS=$(SMOKE_RESULTS)

.PHONY: run test lint eval bench bench-smoke train clean

$(VENV)/.runtime: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed: $(VENV)/.runtime
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.runtime
	$(VENV)/bin/newsdesk run

# With PostgreSQL installed (Debian: apt-get install postgresql), the store tests also run against a
# throwaway server that scripts/with-postgres.sh starts and stops; without it they are skipped.
test: $(VENV)/.installed
	scripts/with-postgres.sh $(PY) -m pytest -q

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Real news first: our labelled real articles (dev split, then the blind split: scored, never studied),
# PolNeAR dev (read from ../shared/benchmarks, never copied here); then the small dev set and the
# hand-written check and blind held-out sets (eval/CHECK.md, HOLDOUT.md).
BENCHMARKS ?= ../shared/benchmarks
eval: $(VENV)/.installed
	@if [ -f eval/real.jsonl ]; then \
	    echo "== eval/real.jsonl, dev split"; $(PY) -m eval.score eval/real.jsonl --split dev; \
	    echo "== eval/real.jsonl, blind split"; $(PY) -m eval.score eval/real.jsonl --split blind; fi
	@if [ -f $(BENCHMARKS)/polnear/dev.jsonl ]; then \
	    echo "== PolNeAR dev"; $(PY) -m eval.score $(BENCHMARKS)/polnear/dev.jsonl; \
	else echo "== PolNeAR dev: $(BENCHMARKS)/polnear/dev.jsonl not found (set BENCHMARKS=...)"; fi
	@echo "== eval/dev.jsonl"
	$(PY) -m eval.score
	$(PY) -m eval.score eval/check.jsonl
	$(PY) -m eval.score eval/holdout.jsonl
	@echo "== summaries: ROUGE beside lead-3, TextRank, LexRank (cnndm dev, real dev and blind, eval/dev)"
	$(PY) -m eval.summaries --cnndm $(BENCHMARKS)/cnndm/dev.jsonl

# Every benchmark with quick settings (bench/README.md has the full ones); the first run builds and
# caches the 1k/10k libraries under bench/results/.
bench: $(VENV)/.installed
	$(PY) -m bench.analysis --runs 3
	$(PY) -m bench.ingest --articles 100
	$(PY) -m bench.search --sizes 1000,10000 --rounds 3
	$(PY) -m bench.looplag --runs 1
	$(PY) -m bench.latency --requests 300
	$(PY) -m bench.startup --starts 1

# Retrain the target-sentiment model (bot/analysis/data/target_sentiment.tsv.gz) on NewsMTSC (its
# --topic-cv 5 --real-weight W --dry-run measures learning from real dev's labelled topics too), printing
# macro-F1 on its dev sets beside TextBlob and VADER, and the whole-text model (text_polarity.tsv) on the
# NYT snippets and NewsMTSC sentences, printing Pearson r cross-validated by editorial. Reads
# $(BENCHMARKS) (see eval above). Then prints how topics pool their evidence on real dev
# (scripts.fit_topic_pooling: the constants to keep in bot/analysis/topics.py, with CV accuracy).
# Last, the summary's sentence scorer (bot/analysis/data/summary_model.json) on cnndm dev and real dev,
# printing its cross-validated ROUGE beside lead-3. Then the person-or-organisation name model
# (bot/analysis/data/person_names.tsv) on PolNeAR train and real dev, printing its cross-validated
# precision and recall on the names the rules leave organisations. Last, the learned speech-cue reading
# (bot/analysis/data/cue_model.tsv) on PolNeAR train, printing its held-out precision and recall.
train: $(VENV)/.installed
	$(PY) -m scripts.train_target_sentiment --benchmarks $(BENCHMARKS)
	$(PY) -m scripts.train_text_polarity --benchmarks $(BENCHMARKS)
	$(PY) -m scripts.fit_topic_pooling
	$(PY) -m eval.train_summary --train eval/real.jsonl:dev --write
	$(PY) -m scripts.train_person_names --benchmarks $(BENCHMARKS)
	$(PY) -m scripts.train_cue_model --benchmarks $(BENCHMARKS)

# Every benchmark once at its smallest, from no built library (CI runs this so none can break unseen).
bench-smoke: $(VENV)/.installed
	rm -rf $(SMOKE_RESULTS) && mkdir -p $(SMOKE_RESULTS)
	$(SMOKE) $(PY) -m bench.analysis --runs 1 --sizes 1000 --no-sumy
	$(SMOKE) $(PY) -m bench.ingest --articles 20 --words 200
	$(SMOKE) $(PY) -m bench.search --sizes 200 --rounds 1
	$(SMOKE) $(PY) -m bench.looplag --runs 1 --articles 200 --words 5000
	$(SMOKE) $(PY) -m bench.latency --articles 200 --concurrency 1,10 --requests 30
	$(SMOKE) $(PY) -m bench.startup --starts 1 --articles 200 --burst 20
	$(SMOKE) $(PY) -m bench.cli_start --runs 1
	$(SMOKE) $(PY) -m bench.topic_memory --articles 3 --words 2000
	$(SMOKE) $(PY) -m bench.topic_memory --articles 3 --words 2000 --old
	$(SMOKE) scripts/with-postgres.sh $(PY) -m bench.postgres --sizes 200 --requests 20
	rm -rf $(SMOKE_RESULTS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
