import Foundation

/// What a finished process gave: its exit status and its output.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// The standard output's lines (ended by LF or CRLF), without the final empty one.
    public var lines: [String] {
        stdout.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.dropLast().map(String.init)
    }
}

/// Runs the real `agenda` binary and other programs, as a user would from a shell.
public enum CommandRunner {
    /// Runs `agenda` with arguments; the environment gets a fixed `AGENDA_USER` unless given, and no
    /// `LC_ALL`, `LC_MESSAGES` or `LANG` (so English) unless given.
    public static func agenda(
        _ arguments: [String], environment: [String: String] = [:], asUser user: UInt32? = nil,
        currentDirectory: String? = nil
    ) -> CommandResult {
        var env = ProcessInfo.processInfo.environment
        env["AGENDA_USER"] = "Test Runner"
        env.removeValue(forKey: "AGENDA_HOME")
        env.removeValue(forKey: "AGENDA_NOW")
        // The language comes from the test, not from the machine that runs it: English unless asked.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { env.removeValue(forKey: name) }
        for (key, value) in environment { env[key] = value }
        if let user {
            let command = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", Paths.agendaBinary] + arguments
            return run("/usr/bin/setpriv", command, environment: env, currentDirectory: currentDirectory)
        }
        return run(Paths.agendaBinary, arguments, environment: env, currentDirectory: currentDirectory)
    }

    /// Runs a program to completion and collects its output; with `detached`, its output goes nowhere,
    /// for programs that leave a daemon behind holding their standard output (a tmux server).
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        currentDirectory: String? = nil, detached: Bool = false
    ) -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        if detached {
            return CommandResult(status: spawnDetached(executable, arguments, environment: environment), stdout: "", stderr: "")
        }
        do {
            try process.run()
        } catch {
            return CommandResult(status: -1, stdout: "", stderr: "cannot run \(executable): \(error)")
        }
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a program with its standard streams on /dev/null and waits for it with `waitpid`, so a
    /// daemon it leaves behind holds none of this process's pipes.
    private static func spawnDetached(_ executable: String, _ arguments: [String], environment: [String: String]?) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in 0...2 {
            posix_spawn_file_actions_addopen(&actions, Int32(fd), "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let env = environment ?? ProcessInfo.processInfo.environment
        guard let pid = Spawn.start(executable, arguments, environment: env, actions: &actions) else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}
