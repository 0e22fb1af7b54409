import Foundation
import TestSupport

/// A child process of the real `agenda` binary, started with `posix_spawn` so that a test can kill it
/// at any moment, bound how long it runs, and read its own peak memory.
///
/// Peak memory: `posix_spawn` starts the child in this process's memory (vfork), and Linux carries the
/// high-water mark of that memory into the child's `ru_maxrss` at exec, so `wait4` would report this
/// test process's own peak. When GNU time is installed (`/usr/bin/time`), the child runs under it, which
/// forks from its own small image and reports the program's true peak (`%M`); otherwise this process's
/// peak is first reset to its current size (`/proc/self/clear_refs`), and `ru_maxrss` is an upper bound.
final class ChildProcess {
    /// How a child ended.
    struct Outcome {
        /// The exit status when it exited by itself.
        var exitStatus: Int32?
        /// The signal that ended it, when one did.
        var signal: Int32?
        /// Its peak resident memory, in KiB.
        var peakKiB: Int
        /// Whether it outran its time limit and was killed for it.
        var timedOut: Bool
        /// How long it ran, in seconds.
        var seconds: Double

        /// Whether it exited by itself with status 0: for an edit, the edit is acknowledged.
        var succeeded: Bool { exitStatus == 0 }
    }

    let pid: pid_t
    private let started: Date
    /// The file GNU time writes the peak memory to, when the child runs under it.
    private let memoryReport: String?

    private init(pid: pid_t, memoryReport: String?) {
        self.pid = pid
        self.memoryReport = memoryReport
        started = Date()
    }

    /// GNU time, which reports a program's own peak memory.
    static let gnuTime = "/usr/bin/time"
    /// Whether peak memory figures are exact (GNU time is there) or upper bounds.
    static let measuresExactly = FileManager.default.isExecutableFile(atPath: gnuTime)

    /// Starts `agenda` with arguments; its standard output and error go to `output` (a file, created or
    /// truncated) or to /dev/null. With `measuringMemory`, it runs under GNU time when there is one.
    /// Returns nil when the process cannot be started.
    static func agenda(_ arguments: [String], output: String? = nil, measuringMemory: Bool = false) -> ChildProcess? {
        var environment = ProcessInfo.processInfo.environment
        environment["AGENDA_USER"] = "Reliability"
        environment.removeValue(forKey: "AGENDA_HOME")
        environment.removeValue(forKey: "AGENDA_NOW")
        guard measuringMemory else {
            return spawn(Paths.agendaBinary, arguments, environment: environment, output: output, memoryReport: nil)
        }
        if measuresExactly {
            let report = FileManager.default.temporaryDirectory.path + "/agenda-peak-\(UUID().uuidString.prefix(8))"
            return spawn(gnuTime, ["-f", "%M", "-o", report, Paths.agendaBinary] + arguments, environment: environment,
                         output: output, memoryReport: report)
        }
        if let clear = fopen("/proc/self/clear_refs", "w") {
            fputs("5", clear)
            fclose(clear)
        }
        return spawn(Paths.agendaBinary, arguments, environment: environment, output: output, memoryReport: nil)
    }

    /// Starts a program in a process group of its own, with its standard input on /dev/null and every
    /// signal at its default.
    private static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String], output: String?, memoryReport: String?
    ) -> ChildProcess? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        guard let pid = Spawn.start(executable, arguments, environment: environment, actions: &actions, newProcessGroup: true)
        else { return nil }
        return ChildProcess(pid: pid, memoryReport: memoryReport)
    }

    /// Sends SIGKILL to the child and anything it started: it ends at once, wherever it is, as in a
    /// crash or a power cut.
    func kill() {
        _ = Glibc.kill(-pid, SIGKILL)
    }

    /// Waits for the process to end; past `timeout` seconds it is killed and counted as timed out.
    func wait(timeout: Double? = nil) -> Outcome {
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        if let timeout {
            let deadline = started.addingTimeInterval(timeout)
            while true {
                let result = wait4(pid, &status, WNOHANG, &usage)
                if result == pid { return outcome(status, usage, timedOut: false) }
                if result < 0 && errno != EINTR { break }
                if Date() > deadline {
                    kill()
                    timedOut = true
                    break
                }
                usleep(2_000)
            }
        }
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return outcome(status, usage, timedOut: timedOut)
    }

    private func outcome(_ status: Int32, _ usage: rusage, timedOut: Bool) -> Outcome {
        let signal = status & 0x7F
        var result = Outcome(
            exitStatus: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
            peakKiB: Int(usage.ru_maxrss), timedOut: timedOut, seconds: Date().timeIntervalSince(started))
        guard let memoryReport else { return result }
        defer { unlink(memoryReport) }
        // GNU time's report: "Command terminated by signal N" when the program was killed, then %M.
        let lines = ((try? String(contentsOfFile: memoryReport, encoding: .utf8)) ?? "").split(separator: "\n")
        if let last = lines.last, let peak = Int(last) { result.peakKiB = peak }
        let killedBy = "Command terminated by signal "
        if let line = lines.first(where: { $0.hasPrefix(killedBy) }), let number = Int32(line.dropFirst(killedBy.count)) {
            result.signal = number
            result.exitStatus = nil
        }
        return result
    }

    /// Runs `agenda` to its end (or its time limit) and returns how it ended with what it printed.
    static func runAgenda(_ arguments: [String], timeout: Double, in folder: TemporaryFolder, measuringMemory: Bool = false)
        -> (Outcome, String) {
        let output = folder.file(".output-\(UUID().uuidString.prefix(8))")
        defer { unlink(output) }
        guard let child = agenda(arguments, output: output, measuringMemory: measuringMemory) else {
            return (Outcome(exitStatus: nil, signal: nil, peakKiB: 0, timedOut: false, seconds: 0), "cannot start agenda")
        }
        let outcome = child.wait(timeout: timeout)
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return (outcome, text)
    }
}
