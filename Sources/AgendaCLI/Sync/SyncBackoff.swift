import Foundation

/// The waits between a sync's tries when someone pushed first: random, growing, and bounded in all.
///
/// Before try n + 1, sync waits a random time from 0 to min(`longest`, `first` × 2ⁿ⁻¹) ("full
/// jitter"): up to 0.5 s, 1 s, 2 s, 4 s, then up to 8 s each time. It gives up instead when the wait
/// would end more than `bound` (30 s) after the first try started, so no try starts later than that.
/// Copies that collided draw their waits from a window that doubles at each collision: they spread
/// out, one gets through at each turn, and the rest rarely collide again.
///
/// The random numbers, the sleep and the clock are given, so that a test can follow the schedule.
struct SyncBackoff {
    /// The longest the first wait can be, in seconds.
    var first = 0.5
    /// The longest any wait can be, in seconds.
    var longest = 8.0
    /// No try starts more than this many seconds after the first started.
    var bound = 30.0

    /// Gives a number from 0 up to (not including) 1, uniformly.
    var random: () -> Double = { Double.random(in: 0..<1) }
    /// Waits a number of seconds.
    var sleep: (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }
    /// Tells the time in seconds on a clock that only goes forward.
    var clock: () -> Double = { ProcessInfo.processInfo.systemUptime }

    /// How many tries have started.
    private(set) var tries = 0
    /// When the first try started, on `clock`.
    private var started = 0.0

    /// One wait before the next try.
    struct Wait: Equatable {
        /// How long, in seconds.
        var seconds: Double
        /// The longest it could have been.
        var ceiling: Double
        /// The try it comes before (2 for the first wait).
        var nextTry: Int
    }

    /// Counts the first try, started now.
    mutating func start() {
        tries = 1
        started = clock()
    }

    /// The longest the wait after `tries` tries can be.
    func ceiling(afterTries tries: Int) -> Double {
        min(longest, first * pow(2, Double(max(0, tries - 1))))
    }

    /// Draws the wait before the next try, or nil when that try would start after the bound.
    mutating func nextWait() -> Wait? {
        let ceiling = ceiling(afterTries: tries)
        let seconds = random() * ceiling
        guard elapsed + seconds <= bound else { return nil }
        return Wait(seconds: seconds, ceiling: ceiling, nextTry: tries + 1)
    }

    /// Sleeps through `wait` and counts the try that follows it.
    mutating func take(_ wait: Wait) {
        sleep(wait.seconds)
        tries = wait.nextTry
    }

    /// Seconds since the first try started.
    var elapsed: Double {
        clock() - started
    }

    /// The tries made and the time they took, against the bound, for a message: "7 tries in 31 s; no
    /// try starts after 30 s".
    var triesSoFar: String {
        String(format: "%d tries in %.0f s; no try starts after %.0f s", tries, elapsed, bound)
    }

    /// The wait and the bound, for `--verbose`: "+ wait 0.37 s before try 2 (random, up to 0.50 s;
    /// no try starts after 30 s)".
    func describe(_ wait: Wait) -> String {
        String(format: "+ wait %.2f s before try %d (random, up to %.2f s; no try starts after %.0f s)",
               wait.seconds, wait.nextTry, wait.ceiling, bound)
    }
}
