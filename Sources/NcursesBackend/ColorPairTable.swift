/// Colour pair numbers, allocated as styles first need them and kept for the program's life.
///
/// ncurses draws colours through numbered pairs set with `init_pair`; a terminal has a limited
/// number (`COLOR_PAIRS`, 64 on some). The 16 colours and the default make at most 289 pairs;
/// when the terminal runs out, further pairs draw in the default colours (pair 0), and the
/// attributes still show.
struct ColorPairTable: Sendable {
    private var numbers: [ColorPair: Int32] = [:]
    private var next: Int32 = 1
    /// The highest pair number that may be allocated.
    let limit: Int32

    /// A table for a terminal with `pairCount` pairs (`COLOR_PAIRS`), pair 0 being the default.
    init(pairCount: Int) {
        limit = Int32(clamping: max(0, pairCount - 1))
    }

    /// The pair number for two colours, calling `define(number, pair)` (`init_pair`) the first
    /// time a pair is seen; 0 for the default colours, a full table, or a failed `define`.
    mutating func number(for pair: ColorPair, define: (Int32, ColorPair) -> Bool) -> Int32 {
        if pair == .terminalDefault { return 0 }
        if let number = numbers[pair] { return number }
        guard next <= limit, define(next, pair) else {
            numbers[pair] = 0
            return 0
        }
        numbers[pair] = next
        next += 1
        return next - 1
    }

    /// How many pairs were allocated.
    var allocated: Int { Int(next - 1) }
}
