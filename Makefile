# Vigie — the two commands a user needs: `make demo` and `make test`.
# Both install what is missing (libcsv-dev from Debian; the report validators for the tests).

SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RELEASE    := .build/release/vigie
DEMO_DATE  ?= 2026-11-27

.PHONY: help demo test build deps clean check-scores bench bench-small bench-build bench-deps lint format
.DEFAULT_GOAL := demo

## make help: this list (the Makefile's `##` lines).
help:
	@sed -n 's/^## \{0,1\}//p' $(MAKEFILE_LIST)
.PHONY: fuzz fuzz-build fuzz-smoke fuzz-regressions test-sanitizers test-asan test-tsan

## make demo: install what is missing, build in release mode, check the demo workspace and render its reports.
demo: build
	$(RELEASE) validate .
	$(RELEASE) report . --date $(DEMO_DATE)

## make test: the whole test suite, then the fuzz target for FUZZ_SMOKE_SECONDS, then the suite under ASan and TSan.
## (SANITIZERS=0 skips the sanitizer runs, FUZZ_SMOKE_SECONDS=0 the fuzzing.)
test: deps lint
	$(SWIFT) test
	$(MAKE) check-scores
	$(MAKE) check-reports
	$(MAKE) check-dist
	$(MAKE) fuzz-smoke
	$(MAKE) test-sanitizers

## make check-scores: the scores against an independent implementation of PRODUCT.md's formulas (Scripts/reference_score.py).
REFERENCE_WORKSPACES := . Tests/vigieTests/Fixtures/scoring Tests/vigieTests/Fixtures/valid Scripts/testdata/reference/org Scripts/testdata/reference/flat Scripts/testdata/reference/campaign
check-scores:
	$(SWIFT) build --product vigie
	@for ws in $(REFERENCE_WORKSPACES); do \
		echo "reference scores: $$ws"; \
		python3 Scripts/reference_score.py $$ws --vigie .build/debug/vigie > .build/reference-score.log; status=$$?; \
		grep -v '^ok' .build/reference-score.log; [ $$status -eq 0 ] || exit 1; \
	done

## make build: the release binary, .build/release/vigie.
build: deps
	$(SWIFT) build -c release --product vigie

## make lint: swift-format's rules (.swift-format) over every Swift file, strict: a finding fails (make test runs it).
## Layout findings (indentation, line breaks) are counted, not enforced, until the tree is formatted.
lint:
	@sh Scripts/lint.sh

## make format: swift-format on the Swift files changed against main (or FILES="a.swift b.swift"), in place.
FORMAT_BASE ?= main
format:
	@files="$(FILES)"; \
	if [ -z "$$files" ]; then \
		base=$$(git merge-base HEAD $(FORMAT_BASE)); \
		files=$$( { git diff --name-only --diff-filter=AM $$base -- '*.swift'; git ls-files --others --exclude-standard -- '*.swift'; } | sort -u); \
	fi; \
	if [ -z "$$files" ]; then echo "make format: no Swift file changed against $(FORMAT_BASE)"; exit 0; fi; \
	echo "swift format: $$files" | tr '\n' ' '; echo; \
	$(SWIFT) format format --in-place $$files

## make deps: Debian's libcsv-dev brings csv.h and libcsv.so (no pkg-config file); zlib1g-dev brings zlib.h and libz.so,
## which ZIPFoundation (the workbooks' zip) links on Linux.
deps:
	@if [ ! -f /usr/include/csv.h ]; then \
		echo "Installing libcsv-dev (the CSV parser Vigie builds on)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcsv-dev; \
	fi
	@if [ ! -f /usr/include/zlib.h ]; then \
		echo "Installing zlib1g-dev (the zip of Excel workbooks)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq zlib1g-dev; \
	fi

## make bench: the performance benchmark (not part of make test). Generates the synthetic
## workspaces once (cached in .bench/), then times the libcsv limit, validate, score, score --trends
## and report, at a tenth and at the full size, each with its sheets' rows in catalogue order and
## shuffled (BENCH_SHAPES, e.g. catalogue,random,other); the table goes to stdout and .bench/results.md.
## BENCH_RUNS=n changes the number of runs per measurement; BENCH_BASELINE=path/to/vigie also times another build
## (e.g. one of an earlier commit), runs alternating, and adds a before/after table. The reports are written to
## /dev/shm when it is a tmpfs with room (BENCH_REPORT_DIR=folder chooses another place).
bench: bench-build
	python3 Benchmarks/run.py --sizes tenth,full --shapes $(BENCH_SHAPES)

## make bench-small: the same at a tenth of the size only (a quick check).
bench-small: bench-build
	python3 Benchmarks/run.py --sizes tenth --shapes $(BENCH_SHAPES)

BENCH_CFLAGS ?= -O2 -Wall -Wextra
BENCH_SHAPES ?= catalogue,random

bench-build: deps bench-deps
	$(SWIFT) build -c release --product vigie
	$(SWIFT) build -c release --product vigie-bench
	@mkdir -p .bench
	$(CC) $(BENCH_CFLAGS) -o .bench/csv-limit Benchmarks/csv-limit.c -lcsv
	$(CC) $(BENCH_CFLAGS) -pthread -o .bench/write-limit Benchmarks/write-limit.c

## make bench-deps: /usr/bin/time -v measures peak memory (Debian package time); the driver is Python 3.
bench-deps:
	@if [ ! -x /usr/bin/time ] || ! command -v python3 >/dev/null; then \
		echo "Installing time and python3 (for make bench)…"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time python3; \
	fi

clean:
	rm -rf .build reports .bench $(FUZZ_DIR) .build-asan .build-tsan $(DIST_SCRATCH) $(DIST_DIR)

# --- Fuzzing -------------------------------------------------------------------------------------------------
# Two libFuzzer binaries, each module compiled on its own with coverage and AddressSanitizer. SwiftPM is not used:
# it cannot build a target with -sanitize=fuzzer.
# Every binary links the reading layer (VigieSource: the table of cells, trimming, the byte-keyed look-up).
# - csv-fuzz: the CSV reader (VigieCSV), the file reader of VigieWorkspace (CSVFile.swift) and the loaders of VigieCore.
# - xlsx-fuzz: the workbook reader (VigieXLSX: its zip reader over zlib, FoundationXML) and writer (ZIPFoundation,
#   from SwiftPM's checkout, Swift 5 mode), then the loaders of VigieCore; its corpus is Tests/FuzzCorpus/xlsx-seeds
#   and xlsx-regressions.
#   make fuzz FUZZ_SECONDS=600      fuzz each for that long; new inputs go to $(FUZZ_DIR)/corpus*, crashes to $(FUZZ_DIR)/
#   make fuzz-smoke                  the short run that make test does (FUZZ_SMOKE_SECONDS each, 60 s)
#   make fuzz-regressions            replays Tests/FuzzCorpus/ (seeds and regressions) once, no fuzzing
# A crash found becomes Tests/FuzzCorpus/regressions/<name> (xlsx-regressions/ for workbooks), fixed, and replayed
# by every later run.
SWIFTC             ?= swiftc
FUZZ_DIR           := .build-fuzz
FUZZ_BIN           := $(FUZZ_DIR)/csv-fuzz
XLSX_FUZZ_BIN      := $(FUZZ_DIR)/xlsx-fuzz
FUZZ_SECONDS       ?= 300
FUZZ_SMOKE_SECONDS ?= 60
FUZZ_CORPUS        := Tests/FuzzCorpus
FUZZ_SANITIZE      := -sanitize=fuzzer,address -O -g -I $(FUZZ_DIR)
FUZZ_SWIFTFLAGS    := $(FUZZ_SANITIZE) -parse-as-library -swift-version 6 -enable-upcoming-feature ExistentialAny -I Sources/CLibCSV
FUZZ_OPTIONS       := -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
# The toolchain's own leaks (FoundationXML's parse errors among them) are not the fuzzers' findings.
FUZZ_LSAN          := LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0
ZIPFOUNDATION      := .build/checkouts/ZIPFoundation
FUZZ_WORKSPACE     := Sources/VigieWorkspace/CSVFile.swift Sources/VigieWorkspace/FileKind+Refusal.swift

# Every Swift file of VigieSource and of VigieCore, their sub-folders (Messages/) included.
VIGIE_SOURCE_SOURCES := $(shell find Sources/VigieSource -name '*.swift' | LC_ALL=C sort)
VIGIE_CORE_SOURCES   := $(shell find Sources/VigieCore -name '*.swift' | LC_ALL=C sort)

$(FUZZ_DIR)/VigieSource.o: $(VIGIE_SOURCE_SOURCES) | deps
	@mkdir -p $(FUZZ_DIR)
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -wmo -module-name VigieSource -emit-module-path $(FUZZ_DIR)/VigieSource.swiftmodule \
		-emit-object -o $@ $(VIGIE_SOURCE_SOURCES)

$(FUZZ_DIR)/VigieCore.o: $(VIGIE_CORE_SOURCES) $(FUZZ_DIR)/VigieSource.o | deps
	@mkdir -p $(FUZZ_DIR)
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -wmo -module-name VigieCore -emit-module-path $(FUZZ_DIR)/VigieCore.swiftmodule \
		-emit-object -o $@ $(VIGIE_CORE_SOURCES)

$(FUZZ_BIN): $(wildcard Sources/VigieCSV/*.swift) $(FUZZ_DIR)/VigieSource.o $(FUZZ_DIR)/VigieCore.o $(FUZZ_WORKSPACE) Fuzz/CSVFuzz.swift Fuzz/FuzzCatalogue.swift | deps
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -wmo -module-name VigieCSV -emit-module-path $(FUZZ_DIR)/VigieCSV.swiftmodule \
		-emit-object -o $(FUZZ_DIR)/VigieCSV.o Sources/VigieCSV/*.swift
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -wmo -module-name VigieWorkspace -emit-module-path $(FUZZ_DIR)/VigieWorkspace.swiftmodule \
		-emit-object -o $(FUZZ_DIR)/VigieWorkspace.o $(FUZZ_WORKSPACE)
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -module-name CSVFuzz Fuzz/CSVFuzz.swift Fuzz/FuzzCatalogue.swift \
		$(FUZZ_DIR)/VigieSource.o $(FUZZ_DIR)/VigieCSV.o $(FUZZ_DIR)/VigieCore.o $(FUZZ_DIR)/VigieWorkspace.o -lcsv -o $@

$(ZIPFOUNDATION):
	$(SWIFT) package resolve

$(XLSX_FUZZ_BIN): $(wildcard Sources/VigieXLSX/*/*.swift) $(FUZZ_DIR)/VigieSource.o $(FUZZ_DIR)/VigieCore.o Fuzz/XLSXFuzz.swift Fuzz/FuzzCatalogue.swift | deps $(ZIPFOUNDATION)
	$(SWIFTC) $(FUZZ_SANITIZE) -parse-as-library -swift-version 5 -wmo -module-name ZIPFoundation \
		-I $(ZIPFOUNDATION)/Sources/CZLib -Xcc -D_GNU_SOURCE=1 -emit-module-path $(FUZZ_DIR)/ZIPFoundation.swiftmodule \
		-emit-object -o $(FUZZ_DIR)/ZIPFoundation.o $(ZIPFOUNDATION)/Sources/ZIPFoundation/*.swift
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -I $(ZIPFOUNDATION)/Sources/CZLib -I Sources/CZlibVigie -wmo -module-name VigieXLSX \
		-emit-module-path $(FUZZ_DIR)/VigieXLSX.swiftmodule -emit-object -o $(FUZZ_DIR)/VigieXLSX.o Sources/VigieXLSX/*/*.swift
	$(SWIFTC) $(FUZZ_SWIFTFLAGS) -I $(ZIPFOUNDATION)/Sources/CZLib -I Sources/CZlibVigie -module-name XLSXFuzz Fuzz/XLSXFuzz.swift Fuzz/FuzzCatalogue.swift \
		$(FUZZ_DIR)/VigieXLSX.o $(FUZZ_DIR)/ZIPFoundation.o $(FUZZ_DIR)/VigieSource.o $(FUZZ_DIR)/VigieCore.o -lFoundationXML -lz -o $@

fuzz-build: $(FUZZ_BIN) $(XLSX_FUZZ_BIN)

fuzz: $(FUZZ_BIN) $(XLSX_FUZZ_BIN)
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/corpus-xlsx
	$(FUZZ_BIN) $(FUZZ_OPTIONS) -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_DIR)/ \
		$(FUZZ_DIR)/corpus $(FUZZ_CORPUS)/seeds $(FUZZ_CORPUS)/regressions
	$(FUZZ_LSAN) $(XLSX_FUZZ_BIN) $(FUZZ_OPTIONS) -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=$(FUZZ_DIR)/xlsx- \
		$(FUZZ_DIR)/corpus-xlsx $(FUZZ_CORPUS)/xlsx-seeds $(FUZZ_CORPUS)/xlsx-regressions

fuzz-smoke:
	@if [ "$(FUZZ_SMOKE_SECONDS)" != 0 ]; then $(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS); fi

fuzz-regressions: $(FUZZ_BIN) $(XLSX_FUZZ_BIN)
	$(FUZZ_BIN) $(FUZZ_OPTIONS) -runs=0 $(FUZZ_CORPUS)/seeds $(FUZZ_CORPUS)/regressions
	$(FUZZ_LSAN) $(XLSX_FUZZ_BIN) $(FUZZ_OPTIONS) -runs=0 $(FUZZ_CORPUS)/xlsx-seeds $(FUZZ_CORPUS)/xlsx-regressions

# --- Sanitizers ------------------------------------------------------------------------------------------------
# The whole suite once under AddressSanitizer (with LeakSanitizer) and once under ThreadSanitizer, each in its own
# scratch folder. The end-to-end tests then run the sanitized `vigie` too. Measured on 2 cores from clean:
# ASan build 2 min 45 s + suite 35 s, TSan build 3 min 30 s + suite 40 s. VIGIE_SANITIZER=1 turns off the time and
# memory bounds of the robustness tests (shadow memory and slowdown say nothing of the real program).
# Tests/Sanitizers/lsan.supp silences leaks of the toolchain's own libraries (Foundation, XCTest).
SANITIZERS ?= 1

test-sanitizers:
	@if [ "$(SANITIZERS)" != 0 ]; then $(MAKE) test-asan test-tsan; fi

test-asan: deps
	VIGIE_SANITIZER=1 LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp:print_suppressions=0 \
		$(SWIFT) test --scratch-path .build-asan -Xswiftc -sanitize=address

test-tsan: deps
	VIGIE_SANITIZER=1 $(SWIFT) test --scratch-path .build-tsan -Xswiftc -sanitize=thread

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

# --- Release ------------------------------------------------------------------------------------------------------
# The only place that knows about static linking and packaging.
#   make dist        dist/vigie-<version>-linux-<arch>.tar.gz and dist/vigie_<version>_<arch>.deb
#   make man         the man pages only (swift-argument-parser's generate-manual plugin), in $(MAN_DIR)
#   make completions the bash, zsh and fish completion scripts of the release binary, in $(DIST_SCRATCH)/completions
#   make check-dist  the tarball, unpacked in an empty folder, runs and renders the demo's reports with the Swift
#                    toolchain hidden (a private mount namespace); the .deb holds what it must (make test runs it)
# The release binary links the Swift runtime in (--static-swift-stdlib) and libcsv statically: the linker is given
# a search folder that holds only libcsv.a, ahead of the system's, so CLibCSV's `link "csv"` finds the archive.
# Its own scratch folder keeps these flags away from `make build` and `swift build`.
.PHONY: dist dist-build man completions check-dist
DIST_DIR      := dist
DIST_SCRATCH  := .build-dist
DIST_BIN      := $(DIST_SCRATCH)/release/vigie
DIST_STATIC   := $(DIST_SCRATCH)/static-libs
LIBCSV_A       = $(shell dpkg -L libcsv-dev 2>/dev/null | grep '/libcsv\.a$$' | head -n 1)
VERSION       := $(shell sed -n 's/^ *static let current = "\(.*\)"$$/\1/p' Sources/vigie/Vigie.swift)
BUILD_STAMP   := Sources/vigie/BuildStamp.generated.swift
MAN_DIR       := $(DIST_SCRATCH)/man
# The man page's date: the commit's, so that the same commit gives the same page.
MAN_DATE      := $(shell git log -1 --format=%cs 2>/dev/null || echo 1970-01-01)
MAN_PLUGIN    := .build/plugins/GenerateManual/outputs/vigie

dist-build: deps
	@[ -n "$(LIBCSV_A)" ] || { echo "libcsv.a not found (Debian package libcsv-dev)"; exit 1; }
	@mkdir -p $(DIST_STATIC) && ln -sf $(LIBCSV_A) $(DIST_STATIC)/libcsv.a
	@sh Scripts/write-build-stamp.sh $(BUILD_STAMP)
	@command -v patchelf >/dev/null || { echo "Installing patchelf (for make dist)…"; $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq patchelf; }
	$(SWIFT) build -c release --product vigie --scratch-path $(DIST_SCRATCH) --static-swift-stdlib \
		-Xswiftc -DVIGIE_BUILD_STAMP -Xlinker -L$(CURDIR)/$(DIST_STATIC) \
		-Xlinker --whole-archive -Xlinker $(LIBCSV_A) -Xlinker --no-whole-archive
	@# FoundationXML's static link puts the system's library folder before ours, so the module map's -lcsv still
	@# names libcsv.so. Every csv_ symbol is already in the binary (the whole archive above): when none is left for
	@# the shared library to provide, its NEEDED entry goes.
	@if nm -D --undefined-only $(DIST_BIN) | grep -q ' csv_'; then echo "dist: the binary still takes csv_ symbols from libcsv.so"; exit 1; fi
	@soname=$$(readelf -d $(DIST_BIN) | sed -n 's/.*(NEEDED).*\[\(libcsv\.so[^]]*\)\].*/\1/p'); \
		if [ -n "$$soname" ]; then patchelf --remove-needed "$$soname" $(DIST_BIN); fi

## make man: the man pages; the plugin builds the package in debug mode (the build `swift test` already made) and reads the command
## definitions from that binary: once as one page with every subcommand, once as one page per subcommand.
man: deps
	rm -rf $(MAN_DIR) && mkdir -p $(MAN_DIR)/single $(MAN_DIR)/multi
	$(SWIFT) package plugin generate-manual --configuration debug --date $(MAN_DATE)
	cp $(MAN_PLUGIN)/vigie.1 $(MAN_DIR)/single/
	$(SWIFT) package plugin generate-manual --configuration debug --date $(MAN_DATE) --multi-page
	cp $(MAN_PLUGIN)/*.1 $(MAN_DIR)/multi/

completions: dist-build
	@mkdir -p $(DIST_SCRATCH)/completions
	$(DIST_BIN) --generate-completion-script bash > $(DIST_SCRATCH)/completions/vigie
	$(DIST_BIN) --generate-completion-script zsh > $(DIST_SCRATCH)/completions/_vigie
	$(DIST_BIN) --generate-completion-script fish > $(DIST_SCRATCH)/completions/vigie.fish

dist: dist-build man
	rm -rf $(DIST_DIR)
	bash Scripts/dist.sh $(DIST_BIN) $(MAN_DIR)/single $(MAN_DIR)/multi $(VERSION) $(DIST_DIR)

check-dist: dist
	$(SUDO) bash Scripts/check-dist.sh $(DIST_DIR) $(VERSION)

## make diagnostics-doc: rewrite docs/diagnostics.md from the diagnostics registry (Sources/VigieCore/Messages).
.PHONY: diagnostics-doc
diagnostics-doc:
	-VIGIE_WRITE_DOCS=1 $(SWIFT) test --filter docsDiagnosticsIsGeneratedFromTheRegistry
	$(SWIFT) test --skip-build --filter docsDiagnosticsIsGeneratedFromTheRegistry
