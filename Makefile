# Vigie — the two commands a user needs: `make demo` and `make test`.
# Both install what is missing (libcsv-dev from Debian; the report validators for the tests).

SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE    := .build/release/vigie
DEMO_DATE  ?= 2026-11-27

.PHONY: demo test build deps clean

## make demo: install what is missing, build in release mode, check the demo workspace.
demo: build
	$(RELEASE) validate .

## make test: the whole test suite.
test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build -c release --product vigie

## Debian's libcsv-dev brings csv.h and libcsv.so (no pkg-config file).
deps:
	@if [ ! -f /usr/include/csv.h ]; then \
		echo "Installing libcsv-dev (the CSV parser Vigie builds on)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev; \
	fi

clean:
	rm -rf .build reports .bench

## make check-reports: render a workspace in the four languages and run the validators (Nu checker, axe-core).
## REPORT_WORKSPACE: the repository's own workspace (.) once it has a catalogue, until then the report tests' fixture.
REPORT_WORKSPACE ?= $(if $(wildcard checklists),.,Tests/VigieReportTests/Fixtures/small)
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
