#!/usr/bin/env bash
# Checks `make install` and `make uninstall` as a user and a packager would use them:
#
#   Scripts/check-install.sh PREFIX
#
# installs into PREFIX (left in place, so the tests can then run PREFIX/bin/agenda), checks the
# binary, the manual page and the three completions, then installs again under a DESTDIR and checks
# that `make uninstall` removes exactly what was installed. Exits 1 at the first thing wrong.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:?usage: Scripts/check-install.sh PREFIX}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "check-install: $*" >&2; exit 1; }
pass() { echo "check-install: ok: $*"; }

files=(bin/agenda share/man/man1/agenda.1 share/bash-completion/completions/agenda
       share/zsh/site-functions/_agenda share/fish/vendor_completions.d/agenda.fish)

make install PREFIX="$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "make install PREFIX=$prefix failed"; }
for file in "${files[@]}"; do
  [ -s "$prefix/$file" ] || fail "make install did not install $prefix/$file"
done
pass "make install PREFIX=$prefix put the binary, the manual page and three completions in place"

# The binary runs, says its version, and needs nothing of the Swift toolchain.
version="$("$prefix/bin/agenda" --version)" || fail "$prefix/bin/agenda --version failed"
[ -n "$version" ] || fail "$prefix/bin/agenda --version printed nothing"
if ldd "$prefix/bin/agenda" | grep -q 'libswift\|libFoundation'; then
  fail "$prefix/bin/agenda loads the Swift runtime from the toolchain: $(ldd "$prefix/bin/agenda" | grep -o '/[^ ]*libswift[^ ]*' | head -n 1)"
fi
"$prefix/bin/agenda" list Agendas/hemispheric-agenda.json --limit 1 >/dev/null || fail "$prefix/bin/agenda list failed"
pass "agenda --version: $version; linked to no toolchain library; agenda list works"

# The manual page: man renders it with no warning, and it documents every subcommand.
page="$prefix/share/man/man1/agenda.1"
MANWIDTH=80 man --warnings -l "$page" >"$work/man.txt" 2>"$work/man.err" || fail "man -l $page failed: $(cat "$work/man.err")"
[ ! -s "$work/man.err" ] || fail "man -l $page warns: $(cat "$work/man.err")"
grep -q '^NAME' "$work/man.txt" && grep -q '^SYNOPSIS' "$work/man.txt" || fail "the manual page has no NAME or SYNOPSIS"
for subcommand in open summary new list show add set note delete org person area review report log session minutes translate validate merge restore sync; do
  grep -qE "^ {5}$subcommand( |$)" "$work/man.txt" || fail "the manual page does not document '$subcommand'"
done
MANPATH="$prefix/share/man" man -w agenda | grep -q "^$prefix/share/man/man1/agenda.1" || fail "man does not find the page under MANPATH=$prefix/share/man"
pass "man -l renders the page without warnings, with every subcommand"

# The completions: each parses, and bash's completes subcommands and option values.
bash -n "$prefix/share/bash-completion/completions/agenda" || fail "bash -n rejects the bash completion"
completed="$(bash --norc --noprofile -c '
  shopt -s extglob progcomp
  PATH="$1/bin:$PATH"
  source "$1/share/bash-completion/completions/agenda"
  complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
                     _agenda agenda "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"; echo "${COMPREPLY[*]}"; }
  complete_words agenda li
  complete_words agenda set f.json G-1 --status ac
' _ "$prefix")" || fail "the bash completion failed when run"
grep -qx 'list' <<<"$(sed -n 1p <<<"$completed")" || fail "bash completion of 'agenda li' gave '$(sed -n 1p <<<"$completed")', not 'list'"
[ "$(sed -n 2p <<<"$completed")" = "active achieved" ] || fail "bash completion of '--status ac' gave '$(sed -n 2p <<<"$completed")'"
if command -v zsh >/dev/null 2>&1; then zsh -n "$prefix/share/zsh/site-functions/_agenda" || fail "zsh -n rejects the zsh completion"; fi
if command -v fish >/dev/null 2>&1; then fish -n "$prefix/share/fish/vendor_completions.d/agenda.fish" || fail "fish -n rejects the fish completion"; fi
pass "the bash completion parses and completes 'agenda li' and '--status ac'"

# A packager's staged install: everything under DESTDIR, nothing elsewhere; uninstall removes exactly it.
stage="$work/stage"
mkdir -p "$stage/usr/bin"
echo "not ours" >"$stage/usr/bin/other-program"
make install DESTDIR="$stage" PREFIX=/usr >"$work/stage.log" 2>&1 || { cat "$work/stage.log" >&2; fail "make install DESTDIR=$stage PREFIX=/usr failed"; }
for file in "${files[@]}"; do
  [ -s "$stage/usr/$file" ] || fail "make install DESTDIR did not install $stage/usr/$file"
done
[ "$(find "$stage" -type f | wc -l)" -eq $(( ${#files[@]} + 1 )) ] || fail "make install DESTDIR wrote other files: $(find "$stage" -type f)"
make uninstall DESTDIR="$stage" PREFIX=/usr >/dev/null 2>&1 || fail "make uninstall failed"
left="$(find "$stage" -type f)"
[ "$left" = "$stage/usr/bin/other-program" ] || fail "make uninstall left or removed the wrong files: ${left:-nothing}"
pass "make install DESTDIR=… PREFIX=/usr stages the five files; make uninstall removes exactly them"
