# docnorm — build, test and demo. `make demo` and `make test` install what is missing.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libzip-dev pkg-config
# cmark-gfm: the tests read every Markdown output back with a reference CommonMark parser.
TEST_APT_PACKAGES := cmark-gfm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/release/docnorm
SAMPLES := $(wildcard Samples/*.txt Samples/*.docx)

.PHONY: all deps test-deps apt-install build debug test demo golden install uninstall clean

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

build: deps
	$(SWIFT) build -c release --product docnorm

debug: deps
	$(SWIFT) build

test: deps test-deps
	$(SWIFT) test

# Re-record the golden outputs in Samples/expected. Review the diff by eye before committing.
golden: deps
	DOCNORM_RECORD=1 $(SWIFT) test --filter GoldenTests || true
	@git --no-pager diff --stat -- Samples/expected || true

demo: build
	@rm -rf out
	@$(BIN) convert $(SAMPLES) -o out -t md -t html -t txt -t json
	@echo "wrote:"; find out -type f | sort | sed 's/^/  /'

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/docnorm

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/docnorm

clean:
	rm -rf .build out
