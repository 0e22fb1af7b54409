import AgendaModel
import AgendaStore
import Foundation

/// Waiting for an agenda file to hold what a test expects: the interface saves beside its loop, so an
/// edit reaches the disk a moment after the screen shows it (a moment long enough to see under the
/// sanitizers, whose programs run several times slower).
public enum AgendaFileWait {
    /// Waits until the agenda at `path` reads and satisfies `condition`; returns whether it did before the timeout.
    public static func until(_ path: String, timeout: TimeInterval = 10, _ condition: (Agenda) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let agenda = try? FileAgendaStore().load(path), condition(agenda) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }
}
