# sqlcheck -- build, test and run.
#
#   make            build build/sqlcheck
#   make run        check the bundled sample job
#   make check      every test, then the same under ASan+UBSan, then a
#                   clang build of the unit tests, then 60 s of fuzzing
#   make bench      benchmarks (not tests): see README, Performance
#   make fuzz       fuzz the whole pipeline (FUZZ_TIME=seconds)
#
# Generated sources (re2c lexer, bison parser, keyword map) live in $(O)/gen
# and are never committed.

O       ?= build
GEN     := $(O)/gen
RE2C    ?= re2c
BISON   ?= bison
GPERF   ?= gperf
CC      ?= cc
WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wwrite-strings -Wvla -Werror
CFLAGS  ?= -O3 -g
# Link-time optimisation when building with gcc: the lexer, the parsers and
# the tree builders inline across files (about 6% faster end to end).
LTO     ?= $(if $(findstring clang,$(CC)),,-flto=auto)
LIBAR   := $(if $(LTO),gcc-ar,$(AR))
# Profile-guided optimisation when building with gcc: everything is first
# compiled with instrumentation, that build checks samples/ (on one thread
# and on two), and the recorded profile (which branches and grammar cases
# are hot) then guides the real build: about a fifth less time. PGO=0
# builds once.
PGO     ?= $(if $(findstring clang,$(CC)),0,1)
PGO_USE := $(if $(filter 1,$(PGO)),-fprofile-use -fprofile-partial-training -Wno-missing-profile)
CPPFLAGS += -Iinclude -Isrc -I$(GEN)
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) $(LTO) $(PGO_USE) -pthread -MMD -MP
SHARED  ?= ../shared
# libyaml reads Flink configuration files (--flink-config)
LDLIBS  += $(shell pkg-config --libs yaml-0.1 2>/dev/null || echo -lyaml)
# jansson reads and writes the language server's JSON messages (--lsp)
LDLIBS  += $(shell pkg-config --libs jansson 2>/dev/null || echo -ljansson)

SRCS    := $(wildcard src/*.c src/checks/*.c)
GENSRCS := $(GEN)/lexer.c $(GEN)/parser.c $(GEN)/parser_fast.c
OBJS    := $(SRCS:src/%.c=$(O)/obj/%.o) $(GENSRCS:$(GEN)/%.c=$(O)/obj/%.o)
LIBOBJS := $(filter-out $(O)/obj/main.o,$(OBJS))

PREFIX  ?= /usr/local
# the unit test programs (defined before any target that depends on them)
UNIT := $(patsubst tests/unit/%.c,$(O)/tests/%,$(wildcard tests/unit/test_*.c))
.PHONY: all deps test-deps run bench fuzz analyze valgrind check test unit cli golden corpus integrations hostile robust threads lsp fixes deb deb-test vsix vsix-test asan tsan clang clean install mutate
all: $(O)/sqlcheck

# Install missing dependencies (Debian) with apt-get; nothing when all are
# present. `deps` is what building needs; `test-deps` adds the tools the
# tests drive (pre-commit, vim, neovim, emacs with eglot, man, clang's
# libFuzzer, valgrind, jsonschema).
APT_INSTALL = if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get install -y $$missing || \
	  { $$SUDO apt-get update && $$SUDO apt-get install -y $$missing; }; \
	fi
deps:
	@missing=""; \
	command -v $(RE2C) >/dev/null 2>&1 || missing="$$missing re2c"; \
	command -v $(BISON) >/dev/null 2>&1 || missing="$$missing bison"; \
	command -v $(GPERF) >/dev/null 2>&1 || missing="$$missing gperf"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists cmocka 2>/dev/null || missing="$$missing libcmocka-dev"; \
	pkg-config --exists yaml-0.1 2>/dev/null || missing="$$missing libyaml-dev"; \
	pkg-config --exists jansson 2>/dev/null || missing="$$missing libjansson-dev"; \
	$(APT_INSTALL)
test-deps: deps
	@missing=""; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	python3 -c 'import jsonschema' >/dev/null 2>&1 || missing="$$missing python3-jsonschema"; \
	command -v pre-commit >/dev/null 2>&1 || missing="$$missing pre-commit"; \
	command -v vim >/dev/null 2>&1 || missing="$$missing vim"; \
	command -v git >/dev/null 2>&1 || missing="$$missing git"; \
	command -v clang >/dev/null 2>&1 || missing="$$missing clang"; \
	command -v valgrind >/dev/null 2>&1 || missing="$$missing valgrind"; \
	command -v man >/dev/null 2>&1 || missing="$$missing man-db"; \
	command -v strace >/dev/null 2>&1 || missing="$$missing strace"; \
	command -v script >/dev/null 2>&1 || missing="$$missing bsdutils"; \
	command -v nvim >/dev/null 2>&1 || missing="$$missing neovim"; \
	emacs --batch --eval '(require (quote eglot))' >/dev/null 2>&1 || \
	  missing="$$missing emacs-nox elpa-eglot"; \
	$(APT_INSTALL)

$(GEN) $(O)/tests:
	mkdir -p $@

# --- code generation ------------------------------------------------------
$(GEN)/parser.c: grammar/parser.y | $(GEN)
	$(BISON) -Wall -Wdangling-alias -Werror --header=$(GEN)/parser.h -o $@ $<
$(GEN)/parser.h: $(GEN)/parser.c
# The same grammar without LAC, as yyparse_fast (see the driver in parse.c).
$(GEN)/parser_fast.c: grammar/parser.y | $(GEN)
	$(BISON) -Wall -Wdangling-alias -Werror -F parse.lac=none -o $(GEN)/parser_fast.inc $<
	printf '#define yyparse yyparse_fast\n#include "parser_fast.inc"\n' > $@
$(GEN)/lexer.c: grammar/lexer.re | $(GEN)
	$(RE2C) -W -Werror -i --no-generation-date --no-version -o $@ $<
# Keyword tokens the grammar declares, sorted: the lexer maps words to them.
$(GEN)/kwmap.inc: grammar/parser.y | $(GEN)
	sed -n 's/^%token KW_\([A-Z_0-9]*\).*/\1/p' $< | LC_ALL=C sort -u | \
	  awk '{ printf "{\"%s\", TK_KW_%s},\n", $$1, $$1 }' > $@.tmp && mv $@.tmp $@

# Rule pages (docs/rules/CODE-name.md), built into the binary for --explain.
RULE_DOCS := $(sort $(wildcard docs/rules/FSQL*.md))
$(GEN)/rule_docs.inc: $(RULE_DOCS) | $(GEN)
	for f in $(RULE_DOCS); do \
	  code=$$(basename $$f | cut -d- -f1); \
	  printf '{"%s",\n' "$$code"; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $$f; \
	  printf '},\n'; \
	done > $@.tmp && mv $@.tmp $@

# A perfect hash of every keyword (gperf): word -> category and grammar token.
$(GEN)/kwhash.inc: grammar/keywords.def $(GEN)/kwmap.inc | $(GEN)
	{ printf '%%{\n/* generated from grammar/keywords.def and grammar/parser.y */\n'; \
	  printf 'struct kw_entry;\nconst struct kw_entry *kw_hash_lookup(const char *, size_t);\n%%}\n'; \
	  printf '%%language=ANSI-C\n%%struct-type\n%%readonly-tables\n%%ignore-case\n'; \
	  printf '%%compare-strncmp\n%%compare-lengths\n%%define lookup-function-name kw_hash_lookup\n'; \
	  printf '%%define hash-function-name kw_hash\n%%define slot-name word\n'; \
	  printf '%%define initializer-suffix ,0,0\n'; \
	  printf 'struct kw_entry { const char *word; int cat; int token; };\n%%%%\n'; \
	  awk -F'"' 'FNR == NR { grammar[$$2] = 1; next } \
	    /^KW\(/ { cat = substr($$3, 3, 1); \
	      printf "%s, %s, %s\n", $$2, cat == "R" ? "KW_RESERVED" : cat == "V" ? \
	        "KW_VERSION_RESERVED" : "KW_NONRESERVED", ($$2 in grammar) ? "TK_KW_" $$2 : "0"; \
	      seen[$$2] = 1 } \
	    END { for (w in grammar) if (!(w in seen)) \
	      printf "%s, KW_NONRESERVED, TK_KW_%s\n", w, w }' \
	    $(GEN)/kwmap.inc grammar/keywords.def; } > $(GEN)/kwhash.gperf
	$(GPERF) --output-file=$@ $(GEN)/kwhash.gperf

# The same for the built-in function names (src/builtins.def).
$(GEN)/fnhash.inc: src/builtins.def Makefile | $(GEN)
	{ printf '%%{\n/* generated from src/builtins.def */\nstruct builtin_slot;\n'; \
	  printf 'const struct builtin_slot *builtin_hash_lookup(const char *, size_t);\n%%}\n'; \
	  printf '%%language=ANSI-C\n%%readonly-tables\n%%ignore-case\n'; \
	  printf '%%compare-strncmp\n%%compare-lengths\n%%struct-type\n'; \
	  printf '%%define lookup-function-name builtin_hash_lookup\n'; \
	  printf '%%define hash-function-name builtin_hash\n'; \
	  printf '%%define initializer-suffix ,0\n'; \
	  printf 'struct builtin_slot { const char *name; unsigned short index; };\n%%%%\n'; \
	  sed -n 's/^FN("\([^"]*\)".*/\1/p' $< | awk '{ print $$0 ", " NR - 1 }'; \
	} > $(GEN)/fnhash.gperf
	$(GPERF) --output-file=$@ $(GEN)/fnhash.gperf

# The option tables (src/data/*.tsv, see src/data/README.md) as C rows,
# sorted by their first columns (C locale) for binary search.
TAB := $(shell printf '\t')
DATA_INC := $(GEN)/connectors.inc $(GEN)/connector_options.inc \
            $(GEN)/config_options.inc $(GEN)/config_renames.inc
$(GEN)/connectors.inc: src/data/connectors.tsv src/data/tsv2c.awk | $(GEN)
	{ head -1 $<; tail -n +2 $< | LC_ALL=C sort -t'$(TAB)' -k1,1; } | \
	  awk -v cols=connector,direction,options,also -f src/data/tsv2c.awk > $@.tmp && mv $@.tmp $@
$(GEN)/connector_options.inc: src/data/connector-options.tsv src/data/tsv2c.awk | $(GEN)
	{ head -1 $<; tail -n +2 $< | LC_ALL=C sort -t'$(TAB)' -k1,1 -k2,2; } | \
	  awk -v cols=connector_or_format,option_key,required,type,default,enum_values,kind,notes \
	      -f src/data/tsv2c.awk > $@.tmp && mv $@.tmp $@
$(GEN)/config_options.inc: src/data/config-options.tsv src/data/tsv2c.awk | $(GEN)
	{ head -1 $<; tail -n +2 $< | LC_ALL=C sort -t'$(TAB)' -k1,1; } | \
	  awk -v cols=key,type,default,enum_values,deprecated_keys,since,removed_in,min \
	      -f src/data/tsv2c.awk > $@.tmp && mv $@.tmp $@
$(GEN)/config_renames.inc: src/data/config-renames.tsv src/data/tsv2c.awk | $(GEN)
	{ head -1 $<; tail -n +2 $< | LC_ALL=C sort -t'$(TAB)' -k1,1; } | \
	  awk -v cols=old_key,new_key,version,relation,old_key_accepted_in \
	      -f src/data/tsv2c.awk > $@.tmp && mv $@.tmp $@

PROFILE := $(if $(filter 1,$(PGO)),$(O)/obj/profile.stamp)
$(O)/obj/%.o: src/%.c $(PROFILE) | $(GEN)/parser.h $(GEN)/kwmap.inc $(GEN)/kwhash.inc $(GEN)/fnhash.inc $(GEN)/rule_docs.inc $(DATA_INC)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<
$(O)/obj/%.o: $(GEN)/%.c $(PROFILE) | $(GEN)/parser.h $(GEN)/kwmap.inc $(GEN)/kwhash.inc $(GEN)/fnhash.inc $(GEN)/rule_docs.inc $(DATA_INC)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<
$(O)/libsqlcheck.a: $(LIBOBJS)
	$(LIBAR) rcs $@ $^
$(O)/sqlcheck: $(O)/obj/main.o $(O)/libsqlcheck.a
	$(CC) $(CFLAGS) $(LTO) $(PGO_USE) -pthread -o $@ $^ $(LDFLAGS) $(LDLIBS)

# The profile: an instrumented build of the same objects (same paths: the
# profile names static functions by them) checks samples/; its counts
# (.gcda, one per object) stay, the instrumented objects go.
$(O)/obj/profile.stamp: $(SRCS) $(wildcard src/*.h src/*.def include/sqlcheck/*.h include/sqlcheck/*.def grammar/*) $(wildcard samples/*/*.sql) $(GENSRCS) $(GEN)/parser.h $(GEN)/kwmap.inc $(GEN)/kwhash.inc $(GEN)/fnhash.inc $(GEN)/rule_docs.inc $(DATA_INC)
	@mkdir -p $(@D)
	@find $(O)/obj \( -name '*.gcda' -o -name '*.o' \) -delete
	@rm -f $(O)/libsqlcheck.a $(O)/sqlcheck
	$(MAKE) --no-print-directory PGO=0 \
	  CFLAGS='$(CFLAGS) -fprofile-generate -fprofile-update=atomic' \
	  LDFLAGS='$(LDFLAGS) -fprofile-generate' $(O)/sqlcheck
	$(O)/sqlcheck --no-config --format=json --threads=1 samples >/dev/null 2>&1 || true
	$(O)/sqlcheck --no-config --format=json --threads=2 samples >/dev/null 2>&1 || true
	@find $(O)/obj -name '*.o' -delete
	@rm -f $(O)/libsqlcheck.a $(O)/sqlcheck
	@touch $@

# --- benchmarks (not tests) ----------------------------------------------------
$(O)/sqlcheck-bench: bench/bench.c $(O)/libsqlcheck.a
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(O)/libsqlcheck.a $(LDFLAGS) $(LDLIBS)
bench: deps
	@missing=""; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	command -v node >/dev/null 2>&1 || missing="$$missing nodejs"; \
	test -x /usr/bin/time || missing="$$missing time"; \
	$(APT_INSTALL)
	@$(MAKE) --no-print-directory $(O)/sqlcheck $(O)/sqlcheck-bench
	bench/run.sh $(O)/sqlcheck $(O)/sqlcheck-bench $(O)/bench $(SHARED)

# --- static analysis: gcc -fanalyzer over the hand-written sources ----------
# (bison's generated skeleton trips known false positives, so it is left out)
analyze: $(GEN)/parser.h $(GEN)/kwmap.inc $(GEN)/kwhash.inc $(GEN)/fnhash.inc $(GEN)/rule_docs.inc $(DATA_INC)
	@for f in $(SRCS); do \
	  $(CC) $(CPPFLAGS) -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
	    $(WARN) -O1 -fanalyzer -c -o /dev/null $$f || exit 1; \
	done; echo "analyzer: $(words $(SRCS)) files, no findings"

# --- valgrind memcheck: unit tests, samples and the corpus ----------------------
VALGRIND := valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect
valgrind: $(O)/sqlcheck $(UNIT)
	@set -e; for t in $(UNIT); do SHARED=$(SHARED) $(VALGRIND) $$t >/dev/null; done
	@$(VALGRIND) $(O)/sqlcheck --format=json samples >/dev/null || test $$? = 1
	@if [ -d $(SHARED)/corpus ]; then \
	  $(VALGRIND) $(O)/sqlcheck --format=sarif $(SHARED)/corpus >/dev/null || test $$? = 1; \
	  echo "valgrind: unit tests, samples and corpus clean"; \
	else \
	  echo "valgrind: $(SHARED)/corpus not found: corpus run skipped"; \
	  echo "valgrind: unit tests and samples clean"; \
	fi

# --- fuzzing (libFuzzer, clang) ---------------------------------------------
FUZZ_TIME ?= 60
FUZZ_DIR  := build-fuzz
FUZZ_SRCS := $(filter-out src/main.c,$(SRCS))
$(FUZZ_DIR)/fuzz_check: tests/fuzz/fuzz_check.c $(FUZZ_SRCS) $(GENSRCS) $(GEN)/kwmap.inc $(GEN)/kwhash.inc $(GEN)/fnhash.inc $(GEN)/rule_docs.inc $(DATA_INC)
	@mkdir -p $(FUZZ_DIR)
	clang $(CPPFLAGS) -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -g -O1 \
	  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -o $@ tests/fuzz/fuzz_check.c $(FUZZ_SRCS) $(GENSRCS) $(LDLIBS)
# A bounded run from a seed corpus (samples, the shared corpus, past finds)
# with a dictionary of Flink keywords; any crash fails and is kept.
fuzz: test-deps
	@$(MAKE) --no-print-directory $(FUZZ_DIR)/fuzz_check
	@rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(FUZZ_DIR)/seeds $(FUZZ_DIR)/found
	@[ -d $(SHARED)/corpus ] || echo "fuzz: $(SHARED)/corpus not found: seeds from samples and regressions only"
	@n=0; for f in $$(find samples tests/fuzz/regressions $(SHARED)/corpus -name '*.sql' 2>/dev/null); do \
	  n=$$((n + 1)); { printf '\001'; cat "$$f"; } > $(FUZZ_DIR)/seeds/seed-$$n; done
	@sed -n 's/^KW("\([A-Z_0-9]*\)".*/"\1"/p' grammar/keywords.def > $(FUZZ_DIR)/flink.dict
	@printf '%s\n' '";"' '"("' '")"' '"\x27"' '"`"' '"/*+"' '"*/"' '"--"' \
	  '"sqlcheck: disable="' '"BEGIN STATEMENT SET;"' '"END;"' >> $(FUZZ_DIR)/flink.dict
	@mkdir -p $(FUZZ_DIR)/corpus
	$(FUZZ_DIR)/fuzz_check -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 \
	  -dict=$(FUZZ_DIR)/flink.dict -artifact_prefix=$(FUZZ_DIR)/found/ \
	  -print_final_stats=1 $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds \
	  > $(FUZZ_DIR)/fuzz.log 2>&1; rc=$$?; \
	  grep -E 'stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|^Done' \
	    $(FUZZ_DIR)/fuzz.log | tail -8; \
	  test $$rc = 0 && test -z "$$(ls $(FUZZ_DIR)/found)"

# --- mutation testing (not part of check): does the suite notice small bugs?
# MUTATE_PER_FILE mutants per file (default 6), MUTATE_FILES to choose files.
MUTATE_PER_FILE ?= 6
mutate: test-deps
	python3 tests/mutate.py --per-file $(MUTATE_PER_FILE) --shared $(SHARED) $(MUTATE_FILES)

# --- installing -------------------------------------------------------------
install: $(O)/sqlcheck
	install -D -m 755 $(O)/sqlcheck $(DESTDIR)$(PREFIX)/bin/sqlcheck
	install -D -m 644 docs/sqlcheck.1 $(DESTDIR)$(PREFIX)/share/man/man1/sqlcheck.1

# --- a Debian package: the binary, the man page, the README, the editor
# recipes and copyright ---
VERSION := $(shell sed -n 's/^\#define SQLCHECK_VERSION "\(.*\)"/\1/p' include/sqlcheck/version.h)
DEB_ARCH := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB := $(O)/sqlcheck_$(VERSION)_$(DEB_ARCH).deb
deb: $(DEB)
$(DEB): $(O)/sqlcheck docs/sqlcheck.1 README.md Makefile $(wildcard docs/editors/*)
	rm -rf $(O)/deb-root
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(O)/deb-root) PREFIX=/usr O=$(O)
	strip --strip-unneeded $(O)/deb-root/usr/bin/sqlcheck
	gzip -9n $(O)/deb-root/usr/share/man/man1/sqlcheck.1
	install -D -m 644 README.md $(O)/deb-root/usr/share/doc/sqlcheck/README.md
	install -d $(O)/deb-root/usr/share/doc/sqlcheck/editors
	install -m 644 docs/editors/* $(O)/deb-root/usr/share/doc/sqlcheck/editors/
	printf 'sqlcheck: offline checks for Flink SQL scripts.\nThe data tables under src/data and the function and keyword lists are facts\nderived from Apache Flink and Apache Calcite (Apache License 2.0).\n' \
	  > $(O)/deb-root/usr/share/doc/sqlcheck/copyright
	mkdir -p $(O)/deb-root/DEBIAN
	printf '%s\n' 'Package: sqlcheck' 'Version: $(VERSION)' 'Architecture: $(DEB_ARCH)' \
	  'Maintainer: sqlcheck maintainers <sqlcheck@users.noreply.github.com>' \
	  "Depends: libc6 (>= $$(objdump -T $(O)/deb-root/usr/bin/sqlcheck | grep -o 'GLIBC_[0-9.]*' | sort -V | tail -n 1 | cut -d_ -f2)), libyaml-0-2, libjansson4 (>= 2.11)" \
	  'Section: devel' 'Priority: optional' \
	  "Installed-Size: $$(du -sk $(O)/deb-root/usr | cut -f1)" \
	  'Description: offline checker for Flink SQL scripts' \
	  ' sqlcheck finds syntax errors and what a managed Flink service or' \
	  ' Flink'"'"'s SQL client would reject, with exact positions, in milliseconds.' \
	  > $(O)/deb-root/DEBIAN/control
	dpkg-deb --root-owner-group --build $(O)/deb-root $@ >/dev/null
	@echo "built $@"
# --- the VS Code extension (editors/vscode) as a .vsix ---------------------
# built in $(O)/vscode with its npm dependencies (vscode-languageclient, and
# @vscode/vsce to package it); needs npm and the npm registry
VSIX := $(O)/sqlcheck-$(VERSION).vsix
vsix: $(VSIX)
$(VSIX): $(wildcard editors/vscode/*.js editors/vscode/*.json editors/vscode/*.md editors/vscode/test/*.js) editors/vscode/.vscodeignore
	@missing=""; command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	$(APT_INSTALL)
	rm -rf $(O)/vscode && mkdir -p $(O)/vscode
	cp -R editors/vscode/. $(O)/vscode/
	cd $(O)/vscode && npm install --no-audit --no-fund --loglevel=error
	cd $(O)/vscode && npx --no-install vsce package --skip-license --out $(abspath $@)
# the .vsix built and looked into, its protocol library against the server
vsix-test: $(O)/sqlcheck
	@missing=""; command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	$(APT_INSTALL)
	@if npm ping >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory $(VSIX) && tests/vsix.sh $(VSIX) $(O)/sqlcheck $(O)/vscode; \
	else echo "vsix: skipped (the npm registry is not reachable)"; fi
# the package installed into a scratch root, run, listed, removed
deb-test: $(DEB)
	tests/deb.sh $(DEB)

# --- running ----------------------------------------------------------------
run: deps
	@$(MAKE) --no-print-directory $(O)/sqlcheck
	$(O)/sqlcheck samples/jobs/orders_job.sql

# --- tests ------------------------------------------------------------------
$(O)/tests/%: tests/unit/%.c $(O)/libsqlcheck.a | $(O)/tests
	$(CC) $(CPPFLAGS) $$(pkg-config --cflags cmocka) $(ALL_CFLAGS) \
	      -o $@ $< $(O)/libsqlcheck.a $$(pkg-config --libs cmocka) $(LDFLAGS) $(LDLIBS)

unit: $(UNIT)
	@set -e; for t in $(UNIT); do SHARED=$(SHARED) $$t; done
golden: $(O)/sqlcheck
	tests/golden/run.sh $(O)/sqlcheck samples
corpus: $(O)/sqlcheck
	tests/corpus.sh $(abspath $(O)/sqlcheck) $(SHARED)/corpus
cli: $(O)/sqlcheck
	tests/cli.sh $(O)/sqlcheck
integrations: $(O)/sqlcheck
	tests/integrations.sh $(O)/sqlcheck $(SHARED)
hostile: $(O)/sqlcheck
	tests/hostile.sh $(O)/sqlcheck
robust: $(O)/sqlcheck
	tests/robust.sh $(O)/sqlcheck
threads: $(O)/sqlcheck
	tests/threads.sh $(O)/sqlcheck $(SHARED)
# --fix and --diff over the corpus and variants of it (once, not under the
# sanitizers: a thousand files, five runs each)
fixes: $(O)/sqlcheck
	tests/fixes.sh $(O)/sqlcheck $(SHARED)
# the language server: a scripted JSON-RPC conversation, then Neovim's and
# Emacs's clients
lsp: $(O)/sqlcheck
	tests/lsp.py $(O)/sqlcheck
	tests/lsp_nvim.sh $(O)/sqlcheck
	tests/lsp_emacs.sh $(O)/sqlcheck
test: unit cli golden corpus integrations hostile robust threads lsp

check: test-deps
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory fixes
	@$(MAKE) --no-print-directory deb-test
	@$(MAKE) --no-print-directory vsix-test
	@$(MAKE) --no-print-directory asan
	@$(MAKE) --no-print-directory tsan
	@$(MAKE) --no-print-directory clang
	@$(MAKE) --no-print-directory analyze
	@$(MAKE) --no-print-directory valgrind
	@$(MAKE) --no-print-directory fuzz FUZZ_TIME=60

# The same sources must build warning-free with clang (skipped without it).
clang:
	@if command -v clang >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory O=build-clang CC=clang unit; \
	else echo "clang not installed: clang build skipped"; fi

asan:
	$(MAKE) --no-print-directory O=build-asan PGO=0 \
	  CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -DARENA_TRACK' LTO= \
	  LDFLAGS='-fsanitize=address,undefined' test

# The two-thread parse under ThreadSanitizer: any data race fails it.
tsan:
	$(MAKE) --no-print-directory O=build-tsan PGO=0 \
	  CFLAGS='-O1 -g -fsanitize=thread' LTO= LDFLAGS=-fsanitize=thread threads

clean:
	rm -rf build build-asan build-tsan build-clang build-fuzz

-include $(OBJS:.o=.d)
