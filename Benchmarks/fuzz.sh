#!/usr/bin/env bash
# Runs a fuzz target for a while and keeps what it learned.
#
#   Benchmarks/fuzz.sh [SECONDS] [TARGET]      (TARGET: loader or merge; defaults: 600 seconds, the loader;
#                                               SECONDS 0: only minimize the corpus)
#
# Builds the target's executable (Fuzz/, product agenda-fuzz-TARGET) with libFuzzer and AddressSanitizer
# in a build folder of its own (.build-fuzz), runs it for SECONDS on a copy of the committed corpus
# (Tests/Fixtures/fuzz-corpus/TARGET/) plus, for the loader, the sample agendas, then merges the inputs that reach new
# edges back into the committed corpus (libFuzzer's -merge=1, named by their hash). Inputs over 4 KB are
# not kept: the committed corpus stays small. With SECONDS 0 nothing runs and the corpus is minimized
# instead: its hand-made inputs (seed-*, regression-*) and the fewest others that reach the same edges.
#
# A crash, a failed check or a hang stops the run; the input is saved under .build-fuzz/fuzz/findings/TARGET/
# and the script exits with libFuzzer's status. Replay one with:  .build-fuzz/debug/agenda-fuzz-TARGET FILE
# The corpus, once merged, is replayed by `swift test` (Tests/FuzzCorpusTests).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
target=${2:-loader}
product="agenda-fuzz-$target"
corpus="Tests/Fixtures/fuzz-corpus/$target"
scratch=.build-fuzz
# The run's own files sit apart from SwiftPM's: it empties $scratch/artifacts (its binary artifacts)
# on each build, which took a running fuzzer's findings folder with it.
state="$scratch/fuzz"
work="$state/work/$target"
artifacts="$state/findings/$target"
dict="Fuzz/$target.dict"
max_len=4096

[ -d "$corpus" ] || { echo "fuzz: no corpus folder $corpus" >&2; exit 2; }

# Only the fuzz product is built: with --sanitize=fuzzer every executable is compiled as a library
# whose main libFuzzer supplies, which the other products (top-level code) do not allow.
# AddressSanitizer comes as one list with the fuzzer's flag: given `--sanitize=fuzzer --sanitize=address`,
# SwiftPM passes the two in no fixed order and the compiler keeps only the last, so a build is
# sometimes left without coverage (seen with Swift 6.3.1); the check below refuses such a build.
flags=(--sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address --scratch-path "$scratch")
echo "fuzz: building $product"
swift build "${flags[@]}" --product "$product" 2>&1 | grep -vE "^\[[0-9]+/[0-9]+\]|Cannot export local symbol" || true
binary="$(swift build "${flags[@]}" --show-bin-path)/$product"
[ -x "$binary" ] || { echo "fuzz: the build did not produce $binary" >&2; exit 2; }
symbols=$(nm "$binary")
grep -q "__sancov_cntrs" <<<"$symbols" && grep -q "__asan_report_load" <<<"$symbols" || {
  echo "fuzz: $binary lacks coverage or AddressSanitizer instrumentation; remove $scratch and run again" >&2
  exit 2
}

rm -rf "$work" "$artifacts"
mkdir -p "$work" "$artifacts"
cp "$corpus"/* "$work"/
# The sample agendas seed the loader's run (cut to max_len by libFuzzer); they are too large to be committed.
[ "$target" = loader ] && cp Agendas/*.json "$work"/

# No leak check: Swift's runtime keeps caches that LeakSanitizer would scan for after most inputs,
# for a tenth of the speed; memory errors, traps, failed checks and hangs are all still caught.
options=(-max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -artifact_prefix="$artifacts/")
[ -f "$dict" ] && options+=(-dict="$dict")
# Swift's own crash handler would print a backtrace and exit before libFuzzer saves the input.
export SWIFT_BACKTRACE=enable=no

before=$(ls "$corpus" | wc -l)
status=0
if [ "$seconds" -gt 0 ]; then
  echo "fuzz: running $product for $seconds s on $(ls "$work" | wc -l) inputs"
  set +e
  "$binary" "${options[@]}" -max_total_time="$seconds" -print_final_stats=1 "$work" 2>&1 | tee "$state/$target.log" \
    | grep --line-buffered -E "INITED|DONE|pulse|ERROR|SUMMARY|Fatal|fuzz check failed|^stat::|Test unit written|^Done "
  status=${PIPESTATUS[0]}
  set -e
fi

# Edges, not hit counts (-use_counters=0): the corpus grows by a few files a run, not hundreds.
merge_options=(-use_counters=0 -max_len="$max_len" -detect_leaks=0)
if [ "$seconds" -gt 0 ]; then
  echo "fuzz: merging new inputs into $corpus"
  "$binary" -merge=1 "${merge_options[@]}" "$corpus" "$work" > "$state/$target-merge.log" 2>&1 || {
    echo "fuzz: the merge failed, see $state/$target-merge.log" >&2
    exit 2
  }
  find "$corpus" -type f -size +"$max_len"c -print -delete | sed 's/^/fuzz: dropped (over 4 KB): /'
else
  # A set cover rather than -merge=1's greedy pass: after a 20-minute run, 304 files where -merge=1
  # kept 420, for the same 5,001 edges.
  echo "fuzz: minimizing $corpus"
  merged="$state/merged/$target"
  rm -rf "$merged"
  mkdir -p "$merged"
  "$binary" -set_cover_merge=1 "${merge_options[@]}" "$merged" "$corpus" > "$state/$target-merge.log" 2>&1 || {
    echo "fuzz: the minimization failed, see $state/$target-merge.log" >&2
    exit 2
  }
  named=$(cd "$corpus" && sha1sum seed-* regression-* 2>/dev/null | cut -d' ' -f1 || true)
  find "$corpus" -type f ! -name 'seed-*' ! -name 'regression-*' -delete
  for file in "$merged"/*; do
    name=$(basename "$file")
    grep -qx "$name" <<<"$named" || cp "$file" "$corpus/$name"
  done
fi
after=$(ls "$corpus" | wc -l)
echo "fuzz: corpus $before -> $after files"

crashes=$(find "$artifacts" -type f 2>/dev/null | wc -l)
echo "fuzz: crashes, failed checks, hangs and leaks saved: $crashes (in $artifacts)"
exit "$status"
