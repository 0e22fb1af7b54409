# Builds and installs `agenda`: the release binary, its manual page and its shell completions, the
# last two generated from the argument parser's own description of the command line.
#
#   make                      build the release binary, the manual page and the completions
#   make install              install them under PREFIX (default /usr/local)
#   make install PREFIX=~/.local
#   make install DESTDIR=/tmp/stage PREFIX=/usr     (for packagers: files land under DESTDIR)
#   make uninstall            remove exactly what install put there
#   make clean                remove the generated manual page and completions

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
INSTALL ?= install

BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man/man1
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d

# The manual's date: the last commit's, so that building the same commit gives the same page; today's
# outside a git checkout.
MANUAL_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)

# The binary is built with the Swift runtime linked in, in a build folder of its own: it needs nothing
# of the toolchain once installed (only the C library and ncurses), so a toolchain upgrade cannot
# break it.
SCRATCH = .build-static
BIN = $(SCRATCH)/release/agenda
GENERATED = $(SCRATCH)/install

# The files install puts under $(DESTDIR)$(PREFIX), and uninstall removes.
INSTALLED = $(BINDIR)/agenda $(MANDIR)/agenda.1 $(BASHDIR)/agenda $(ZSHDIR)/_agenda $(FISHDIR)/agenda.fish

.PHONY: all build manual completions install uninstall clean

all: build manual completions

build:
	$(SWIFT) build -c release --static-swift-stdlib --product agenda --scratch-path $(SCRATCH)

# swift-argument-parser's manual generator (a package plugin) writes the page from the command's own
# description of its subcommands and options. It builds the package's products first, in the debug
# configuration (the description is the same, and a debug build is quicker and often already there).
# The page and the completions are written in English whatever the builder's locale (the program's help
# speaks the language of LC_ALL, LC_MESSAGES or LANG).
manual:
	rm -rf .build/plugins/GenerateManual/outputs/agenda
	LC_ALL=C.UTF-8 $(SWIFT) package generate-manual --configuration debug --date $(MANUAL_DATE)
	mkdir -p $(GENERATED)
	# A discussion of two paragraphs reaches the page as an empty line, which mdoc warns about: make it
	# the paragraph break mdoc has (.Pp).
	sed 's/^$$/.Pp/' "$$(find .build/plugins -path '*GenerateManual*' -name agenda.1 | head -n 1)" > $(GENERATED)/agenda.1

completions: build
	mkdir -p $(GENERATED)
	LC_ALL=C.UTF-8 $(BIN) --generate-completion-script bash > $(GENERATED)/agenda.bash
	LC_ALL=C.UTF-8 $(BIN) --generate-completion-script zsh > $(GENERATED)/_agenda
	LC_ALL=C.UTF-8 $(BIN) --generate-completion-script fish > $(GENERATED)/agenda.fish

install: all
	$(INSTALL) -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)" "$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	$(INSTALL) -m 755 "$(BIN)" "$(DESTDIR)$(BINDIR)/agenda"
	$(INSTALL) -m 644 $(GENERATED)/agenda.1 "$(DESTDIR)$(MANDIR)/agenda.1"
	$(INSTALL) -m 644 $(GENERATED)/agenda.bash "$(DESTDIR)$(BASHDIR)/agenda"
	$(INSTALL) -m 644 $(GENERATED)/_agenda "$(DESTDIR)$(ZSHDIR)/_agenda"
	$(INSTALL) -m 644 $(GENERATED)/agenda.fish "$(DESTDIR)$(FISHDIR)/agenda.fish"

uninstall:
	for file in $(INSTALLED); do rm -f "$(DESTDIR)$$file"; done

clean:
	rm -rf $(GENERATED)
