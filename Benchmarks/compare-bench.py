#!/usr/bin/env python3
"""Compares two builds of agenda-bench in one sitting: before and after a change, side by side.

Usage: Benchmarks/compare-bench.py BEFORE AFTER [--sizes 1000,10000,100000] [--rounds 5] [--runs 7]

BEFORE and AFTER are two agenda-bench binaries (release builds, say of two commits in two work
trees). For each size the two run in turn, `--rounds` times each, alternating, so that the machine's
noise falls on both alike; each run is `agenda-bench --single SIZE --runs RUNS` (itself the median of
RUNS measurements). The table gives, per figure, the median over the rounds of each build and the
change in percent (positive: the change is slower).
"""
import re
import statistics
import subprocess
import sys

FIGURES = ["load (checked)", "decode", "save (CLI)", "save (TUI)", "encode", "search (CLI)", "first frame",
           "keystroke, list", "keystroke, search", "keystroke, fold/sort", "peak memory"]


def value(cell):
    """A figure's median in milliseconds (or MB for memory), from a cell such as `8.17 ms [..]`."""
    match = re.match(r"\s*([0-9.,]+)\s*(ms|s|MB|µs)", cell)
    if not match:
        return None
    number = float(match.group(1).replace(",", ""))
    return {"ms": number, "s": number * 1000, "µs": number / 1000, "MB": number}[match.group(2)]


def run(binary, size, runs):
    output = subprocess.run([binary, "--single", str(size), "--runs", str(runs)], capture_output=True, text=True,
                            check=True).stdout
    row = [line for line in output.splitlines() if line.startswith("|")][-1]
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    # goals | file | then the figures in FIGURES' order
    return [value(cell) for cell in cells[2:]]


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__)
        sys.exit(64)
    before, after = args[0], args[1]
    options = dict(zip(args[2::2], args[3::2]))
    sizes = [int(size) for size in options.get("--sizes", "1000,10000,100000").split(",")]
    rounds = int(options.get("--rounds", "5"))
    runs = options.get("--runs", "7")
    print(f"agenda-bench, before and after, {rounds} alternating rounds of --runs {runs} each; medians")
    print()
    print("| goals | figure | before | after | change |")
    print("| ---: | --- | ---: | ---: | ---: |")
    for size in sizes:
        results = {"before": [], "after": []}
        for _ in range(rounds):
            results["before"].append(run(before, size, runs))
            results["after"].append(run(after, size, runs))
        for index, figure in enumerate(FIGURES):
            old = [r[index] for r in results["before"] if r[index] is not None]
            new = [r[index] for r in results["after"] if r[index] is not None]
            if not old or not new:
                continue
            a, b = statistics.median(old), statistics.median(new)
            unit = "MB" if figure == "peak memory" else "ms"
            change = (b - a) / a * 100 if a else 0
            print(f"| {size:,} | {figure} | {a:.3g} {unit} | {b:.3g} {unit} | {change:+.0f}% |")


if __name__ == "__main__":
    main()
