# Vigie — the two commands a user needs: `make demo` and `make test`.
# Both install what is missing (libcsv-dev from Debian; the report validators for the tests).

SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE    := .build/release/vigie
DEMO_DATE  ?= 2026-11-27

.PHONY: demo test build deps clean check-scores bench bench-small bench-build bench-deps

## make demo: install what is missing, build in release mode, check the demo workspace and render its reports.
demo: build
	$(RELEASE) validate .
	$(RELEASE) report . --date $(DEMO_DATE)

## make test: the whole test suite.
test: deps
	$(SWIFT) test
	$(MAKE) check-scores
	$(MAKE) check-reports

## The scores against an independent implementation of PRODUCT.md's formulas (Scripts/reference_score.py).
REFERENCE_WORKSPACES := . Tests/vigieTests/Fixtures/scoring Tests/vigieTests/Fixtures/valid Scripts/testdata/reference/org Scripts/testdata/reference/flat
check-scores:
	$(SWIFT) build --product vigie
	@for ws in $(REFERENCE_WORKSPACES); do \
		echo "reference scores: $$ws"; \
		python3 Scripts/reference_score.py $$ws --vigie .build/debug/vigie | tail -n 1 || exit 1; \
	done

build: deps
	$(SWIFT) build -c release --product vigie

## Debian's libcsv-dev brings csv.h and libcsv.so (no pkg-config file).
deps:
	@if [ ! -f /usr/include/csv.h ]; then \
		echo "Installing libcsv-dev (the CSV parser Vigie builds on)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev; \
	fi

## make bench: the performance benchmark (not part of make test). Generates the synthetic
## workspaces once (cached in .bench/), then times the libcsv limit, validate, score, score --trends
## and report, at a tenth and at the full size; the table goes to stdout and .bench/results.md.
## BENCH_RUNS=n changes the number of runs per measurement.
bench: bench-build
	python3 Benchmarks/run.py --sizes tenth,full

## make bench-small: the same at a tenth of the size only (a quick check).
bench-small: bench-build
	python3 Benchmarks/run.py --sizes tenth

BENCH_CFLAGS ?= -O2 -Wall -Wextra

bench-build: deps bench-deps
	$(SWIFT) build -c release --product vigie
	$(SWIFT) build -c release --product vigie-bench
	@mkdir -p .bench
	$(CC) $(BENCH_CFLAGS) -o .bench/csv-limit Benchmarks/csv-limit.c -lcsv

## /usr/bin/time -v measures peak memory (Debian package time); the driver is Python 3.
bench-deps:
	@if [ ! -x /usr/bin/time ] || ! command -v python3 >/dev/null; then \
		echo "Installing time and python3 (for make bench)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time python3; \
	fi

clean:
	rm -rf .build reports .bench

## make check-reports: render a workspace in the four languages and run the validators (Nu checker, axe-core).
## REPORT_WORKSPACE: the repository's own demo workspace by default.
REPORT_WORKSPACE ?= .
REPORT_CHECK     := .build/report-check

.PHONY: check-reports
check-reports: build
	bash Scripts/install-validators.sh
	rm -rf $(REPORT_CHECK)
	@for lang in fr de en it; do \
		echo "vigie report --lang $$lang"; \
		$(RELEASE) report $(REPORT_WORKSPACE) --lang $$lang --date $(DEMO_DATE) --out $(REPORT_CHECK)/$$lang || exit 1; \
	done
	python3 Scripts/validate_reports.py $(REPORT_CHECK)
