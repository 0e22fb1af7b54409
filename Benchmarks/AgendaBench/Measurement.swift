import Foundation

/// Timing of repeated runs: the median and the spread, in milliseconds.
struct Timing: CustomStringConvertible {
    var samples: [Double]

    var median: Double {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double { samples.min() ?? 0 }

    /// The value below which `percent` per cent of the samples fall (nearest rank).
    func percentile(_ percent: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.min(Swift.max(rank, 0), sorted.count - 1)]
    }
    var max: Double { samples.max() ?? 0 }

    var description: String { Self.format(median) }

    /// Milliseconds with a precision that suits their size.
    static func format(_ ms: Double) -> String {
        ms < 10 ? String(format: "%.2f ms", ms) : ms < 1000 ? String(format: "%.0f ms", ms) : String(format: "%.2f s", ms / 1000)
    }

    /// Runs `body` `runs` times and times each run.
    static func measure(runs: Int, _ body: () throws -> Void) rethrows -> Timing {
        var samples: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return Timing(samples: samples)
    }
}

/// The peak resident memory of this process so far, in megabytes.
func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
