@testable import AgendaCLI
import Foundation
import Testing

/// The waits of `agenda sync` between tries when someone pushed first, on a clock of the test's own.
@Suite struct SyncBackoffTests {
    /// A clock that moves only when told: each try takes `tryTime`, each wait what it says.
    final class FakeTime {
        var now = 0.0
        var slept: [Double] = []
    }

    /// Runs tries until the backoff gives up, each try taking `tryTime` seconds; returns the waits
    /// and the backoff as it ended.
    func schedule(random: [Double], tryTime: Double = 1) -> (waits: [SyncBackoff.Wait], backoff: SyncBackoff, slept: [Double]) {
        let time = FakeTime()
        var draws = random.makeIterator()
        var backoff = SyncBackoff()
        backoff.random = { draws.next() ?? random.last ?? 0 }
        backoff.sleep = { time.now += $0; time.slept.append($0) }
        backoff.clock = { time.now }
        backoff.start()
        var waits: [SyncBackoff.Wait] = []
        while true {
            time.now += tryTime
            guard let wait = backoff.nextWait() else { break }
            waits.append(wait)
            backoff.take(wait)
        }
        return (waits, backoff, time.slept)
    }

    @Test func theWaitsAreRandomUpToACeilingThatDoublesTo8Seconds() {
        let (waits, backoff, slept) = schedule(random: [0.5])
        #expect(waits.map(\.ceiling) == [0.5, 1, 2, 4, 8, 8, 8, 8])
        #expect(waits.map(\.seconds) == [0.25, 0.5, 1, 2, 4, 4, 4, 4])
        #expect(waits.map(\.nextTry) == Array(2...9))
        #expect(slept == waits.map(\.seconds))
        // Try 9 starts at 27.75 s and ends at 28.75 s: after a wait of 4 s, try 10 would start past 30 s.
        #expect(backoff.tries == 9)
        #expect(backoff.triesSoFar == "9 tries in 29 s; no try starts after 30 s")
    }

    @Test func eachWaitIsTheRandomDrawTimesItsCeiling() {
        let draws = [0.9, 0.1, 0.999, 0, 0.3, 0.75]
        let (waits, _, _) = schedule(random: draws + [1])
        let expected = zip(draws, [0.5, 1, 2, 4, 8, 8]).map { $0 * $1 }
        #expect(Array(waits.prefix(6)).map(\.seconds) == expected)
        for wait in waits { #expect(wait.seconds >= 0 && wait.seconds <= wait.ceiling) }
    }

    @Test func noTryStartsAfterTheBound() {
        // Waits of nothing: tries of one second each, the last one starting at 30 s.
        let quick = schedule(random: [0])
        #expect(quick.backoff.tries == 31)
        #expect(quick.waits.allSatisfy { $0.seconds == 0 })
        // The longest waits: the next try would start past 30 s, so it gives up before waiting.
        let slow = schedule(random: [0.999_999])
        var start = 1.0
        for wait in slow.waits {
            start += wait.seconds
            #expect(start <= 30)
            start += 1
        }
        #expect(slow.backoff.tries == 7)
        #expect(slow.backoff.elapsed + 8 * 0.999_999 > 30)
    }

    @Test func theVerboseLineNamesTheWaitTheTryAndTheBound() {
        let backoff = SyncBackoff()
        let line = backoff.describe(SyncBackoff.Wait(seconds: 0.374, ceiling: 0.5, nextTry: 2))
        #expect(line == "+ wait 0.37 s before try 2 (random, up to 0.50 s; no try starts after 30 s)")
    }

    @Test func theDefaultRandomSourceSpreadsTheWaits() {
        var backoff = SyncBackoff()
        backoff.clock = { 0 }
        backoff.start()
        let draws = (0..<200).compactMap { _ in backoff.nextWait()?.seconds }
        #expect(draws.count == 200)
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 0.5 })
        #expect(Set(draws).count > 150)
        #expect(draws.contains { $0 < 0.1 } && draws.contains { $0 > 0.4 })
    }
}
