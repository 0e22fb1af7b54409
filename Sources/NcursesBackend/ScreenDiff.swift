import TerminalWidgets

/// Which cells to draw to turn one presented buffer into the next, as in ratatui's buffer diff.
///
/// ncurses compares its own copy of the screen with the terminal's and sends only the differences;
/// this diff saves the work before that: only cells that changed are handed to ncurses at all.
enum ScreenDiff {
    /// A stretch of changed cells on one row, `count` cells from column `x`.
    struct Run: Equatable, Sendable {
        var y: Int
        var x: Int
        var count: Int
    }

    /// The runs of cells of `new` that differ from `old`, row by row, left to right.
    ///
    /// Every cell is in a run when there is no `old` buffer or its size differs (after a resize or
    /// `invalidate`). Runs may begin or end on a continuation cell; the drawer skips those, since
    /// the wide character to their left covers them.
    static func runs(from old: ScreenBuffer?, to new: ScreenBuffer) -> [Run] {
        guard new.width > 0, new.height > 0 else { return [] }
        guard let old, old.width == new.width, old.height == new.height else {
            return (0..<new.height).map { Run(y: $0, x: 0, count: new.width) }
        }
        var runs: [Run] = []
        let width = new.width
        old.cells.withUnsafeBufferPointer { before in
            new.cells.withUnsafeBufferPointer { after in
                for y in 0..<new.height {
                    let rowStart = y * width
                    var x = 0
                    while x < width {
                        if before[rowStart + x] == after[rowStart + x] {
                            x += 1
                            continue
                        }
                        let start = x
                        while x < width, before[rowStart + x] != after[rowStart + x] { x += 1 }
                        runs.append(Run(y: y, x: start, count: x - start))
                    }
                }
            }
        }
        return runs
    }

    /// The number of cells the runs cover.
    static func cellCount(_ runs: [Run]) -> Int {
        runs.reduce(0) { $0 + $1.count }
    }
}
