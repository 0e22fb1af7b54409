import Foundation

/// The figures the reliability suite measures, printed one per line so the long-run script and the
/// README can quote them: `reliability: <what>: <value>`.
enum ReliabilityFigures {
    /// Prints one figure to standard output, where `swift test` and the script show it.
    static func report(_ what: String, _ value: Int) {
        print("reliability: \(what): \(value)")
    }

    /// How many rounds a long test runs: `AGENDA_RELIABILITY_ROUNDS` when set (the long-run script
    /// sets it), else the number given for CI.
    static func rounds(default ciRounds: Int) -> Int {
        if let text = ProcessInfo.processInfo.environment["AGENDA_RELIABILITY_ROUNDS"], let n = Int(text), n > 0 {
            return n
        }
        return ciRounds
    }
}
