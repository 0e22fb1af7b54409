import Foundation

/// What a finished git command gave: its exit status and its output.
struct GitResult {
    var status: Int32
    var output: [UInt8]
    var errorOutput: [UInt8]

    var succeeded: Bool { status == 0 }

    /// Standard output as text, without the final newline.
    var text: String {
        var text = String(decoding: output, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Standard output's lines.
    var lines: [String] {
        text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Standard output split at NUL bytes, for the `-z` forms, without the final empty field.
    var fields: [String] {
        var fields = output.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if fields.last == "" { fields.removeLast() }
        return fields
    }

    /// What git said on standard error (and standard output when that is empty), trimmed, for a message.
    var message: String {
        let error = String(decoding: errorOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return error.isEmpty ? text.trimmingCharacters(in: .whitespacesAndNewlines) : error
    }

    /// What git said went wrong, in one line: its first line (where ssh or curl say why a remote
    /// cannot be reached), without git's `fatal:` or `error:`.
    var reason: String {
        guard let line = message.split(separator: "\n").map({ String($0).trimmingWhitespace }).first(where: { !$0.isEmpty }) else {
            return "git exited with status \(status)"
        }
        for mark in ["fatal: ", "error: "] where line.hasPrefix(mark) { return String(line.dropFirst(mark.count)) }
        return line
    }
}

/// Runs git in one repository, with an argument list (never through a shell) and its output captured.
struct Git {
    /// The git program: the first `git` on `$PATH`, else `/usr/bin/git`.
    let executable: String
    /// The folder git runs in (`git -C`).
    private(set) var directory: String
    /// Options given before every subcommand, such as `-c user.name=...`.
    var options: [String] = []
    /// When set, each command is printed on standard error before it runs.
    var verbose = false

    init(directory: String, verbose: Bool = false) throws {
        guard let executable = Git.find() else {
            throw Failure("git is not installed (no git on $PATH nor /usr/bin/git); agenda sync needs it")
        }
        self.executable = executable
        self.directory = directory
        self.verbose = verbose
    }

    /// The same git in another folder.
    func moved(to directory: String) -> Git {
        var git = self
        git.directory = directory
        return git
    }

    /// Runs `git ARGUMENTS` and returns what it gave; failing to start git at all is an error.
    @discardableResult
    func run(_ arguments: [String]) throws -> GitResult {
        let all = ["-C", directory] + options + arguments
        if verbose { Console.error("+ git " + arguments.joined(separator: " ")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = all
        process.environment = Git.environment
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw Failure("cannot run \(executable): \(error.localizedDescription)")
        }
        // Both pipes are read to their end before the wait, so a full pipe cannot stall git.
        let errors = PipeReader(err.fileHandleForReading)
        let output = [UInt8](out.fileHandleForReading.readDataToEndOfFile())
        let errorOutput = errors.wait()
        process.waitUntilExit()
        let result = GitResult(status: process.terminationStatus, output: output, errorOutput: errorOutput)
        if verbose, !result.succeeded { Console.error("  (exit \(result.status)) " + result.message) }
        return result
    }

    /// Runs `git ARGUMENTS` and returns its output; a failure becomes an error that quotes git.
    @discardableResult
    func expect(_ arguments: [String], _ what: String) throws -> GitResult {
        let result = try run(arguments)
        guard result.succeeded else { throw Failure("\(what) failed: \(result.message)") }
        return result
    }

    /// The environment git runs with: this process's, with no editor opened for merge messages, and
    /// no password prompt when nobody is at a terminal to answer it.
    private static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        if isatty(STDIN_FILENO) != 1 { environment["GIT_TERMINAL_PROMPT"] = "0" }
        return environment
    }

    private static func find() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/git") ? "/usr/bin/git" : nil
    }
}

/// Reads a pipe to its end on another thread, so two pipes of one process can be drained at once.
private final class PipeReader: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            bytes = [UInt8](handle.readDataToEndOfFile())
            done.signal()
        }
    }

    /// Waits for the end of the pipe and returns what was read.
    func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
