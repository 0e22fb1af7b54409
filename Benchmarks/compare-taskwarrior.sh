#!/usr/bin/env bash
# Compares `agenda` with taskwarrior on the same generated data: the first page of the list, and a
# filtered count. Each size gets the same goals as an agenda file and as taskwarrior's data files
# (title as description, area as project, priority, due date, tags, notes as annotations; open goals
# pending, achieved ones completed, dropped ones deleted); the two tools then run in turn,
# alternating, in one sitting, and the script prints the minimum, median and maximum of each and the
# ratio of the medians (agenda / taskwarrior).
#
# Usage: Benchmarks/compare-taskwarrior.sh [SIZES...]   (default: 1000 10000 100000; RUNS=7)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
runs="${RUNS:-7}"

if ! command -v task >/dev/null 2>&1; then
  echo "compare: installing taskwarrior" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq taskwarrior >/dev/null
fi

# `agenda` as one would ship it: a release build with the Swift runtime linked in (it starts in about
# half the time of one that loads the runtime's shared libraries), in a build folder of its own.
swift build -c release --static-swift-stdlib --product agenda --scratch-path .build-static >/dev/null
swift build -c release --product agenda-bench >/dev/null
bench="$(swift build -c release --show-bin-path)"
bin="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Milliseconds one command takes, its output thrown away.
millis() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# "min median max" of numbers, one per line.
stats() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d %d\n", v[1], m, v[NR] }'
}

echo "agenda against taskwarrior $(task --version): median of $runs alternating runs each, min-max in brackets"
echo
echo "| goals | what | agenda | taskwarrior | ratio |"
echo "| ---: | --- | ---: | ---: | ---: |"
for size in "${sizes[@]}"; do
  dir="$work/$size"
  mkdir -p "$dir/task"
  "$bench/agenda-bench" --write "$size" --to "$dir/agenda.json" --taskwarrior "$dir/task"
  printf "data.location=%s\nconfirmation=off\nverbose=nothing\ncolor=off\n" "$dir/task" > "$dir/taskrc"
  export TASKRC="$dir/taskrc"
  # One run of each first, to settle files and the page cache.
  task list limit:25 >/dev/null 2>&1 || true
  "$bin/agenda" list "$dir/agenda.json" --limit 25 >/dev/null
  : > "$dir/a-list"; : > "$dir/t-list"; : > "$dir/a-count"; : > "$dir/t-count"
  for _ in $(seq "$runs"); do
    millis "$bin/agenda" list "$dir/agenda.json" --limit 25 >> "$dir/a-list"
    millis task list limit:25 >> "$dir/t-list"
    millis "$bin/agenda" list "$dir/agenda.json" --area area-3 --status proposed --status active --status blocked --count >> "$dir/a-count"
    millis task status:pending project:area-3 count >> "$dir/t-count"
  done
  # The two counts must agree, or the comparison is not of the same data.
  agenda_count=$("$bin/agenda" list "$dir/agenda.json" --area area-3 --status proposed --status active --status blocked --count)
  task_count=$(task status:pending project:area-3 count)
  if [ "$agenda_count" != "$task_count" ]; then
    echo "compare: the tools disagree on the count ($agenda_count against $task_count)" >&2
    exit 1
  fi
  for what in list count; do
    read -r amin amed amax < <(stats < "$dir/a-$what")
    read -r tmin tmed tmax < <(stats < "$dir/t-$what")
    label=$([ "$what" = list ] && echo "first page of the list (\`list --limit 25\`, \`task list limit:25\`)" \
      || echo "filtered count ($agenda_count open goals of one area)")
    ratio=$(awk -v a="$amed" -v t="$tmed" 'BEGIN { printf "%.2fx", (t > 0 ? a / t : 0) }')
    echo "| $size | $label | $amed ms [$amin-$amax] | $tmed ms [$tmin-$tmax] | $ratio |"
  done
done
