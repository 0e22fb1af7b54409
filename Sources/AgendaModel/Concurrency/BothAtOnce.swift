import Dispatch

/// Two pieces of work on two cores at once, for the steps of opening a large agenda that do not
/// depend on each other.
public enum BothAtOnce {
    /// Runs `first` and `second` at the same time and returns both results once both are done.
    /// Each closure must only read what the other may also read.
    public static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let results = Results<A, B>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Work(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { results.first = work.first() } else { results.second = work.second() }
                }
            }
        }
        // concurrentPerform returns once both iterations have finished.
        return (results.first!, results.second!)
    }

    /// The two closures, shared by the two iterations; each iteration calls one of them.
    private struct Work<A, B>: @unchecked Sendable {
        let first: () -> A
        let second: () -> B
    }

    /// Where each iteration puts its result; each field is written by one iteration only, and read
    /// after both have finished.
    private final class Results<A, B>: @unchecked Sendable {
        var first: A?
        var second: B?
    }
}
