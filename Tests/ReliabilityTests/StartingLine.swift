import Foundation

/// Runs jobs on threads of their own, all released at the same moment: each thread waits at the line
/// until every thread has started, then all run at once; `run` returns when the last has finished.
enum StartingLine {
    /// Runs every job at once and returns their results in the jobs' order.
    static func run<Result: Sendable>(_ jobs: [@Sendable () -> Result]) -> [Result] {
        let results = Results<Result>(count: jobs.count)
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        for (index, job) in jobs.enumerated() {
            finished.enter()
            Thread.detachNewThread {
                ready.signal()
                go.wait()
                results.set(index, job())
                finished.leave()
            }
        }
        for _ in jobs { ready.wait() }
        for _ in jobs { go.signal() }
        finished.wait()
        return results.all
    }

    /// Results written from several threads.
    private final class Results<Result: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Result?]

        init(count: Int) {
            items = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ result: Result) {
            lock.lock()
            items[index] = result
            lock.unlock()
        }

        var all: [Result] {
            lock.lock()
            defer { lock.unlock() }
            return items.map { $0! }
        }
    }
}
