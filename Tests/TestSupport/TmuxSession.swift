import Foundation

/// A real terminal for end-to-end tests: a tmux server of its own with one window running a shell,
/// in which a test types commands and keys and reads the screen, as a person would.
public final class TmuxSession: @unchecked Sendable {
    /// The tmux server's socket name, unique to this session so tests can run side by side.
    public let socket: String
    public let name = "e2e"

    /// Starts a shell in a window of `width` by `height`, in `directory`, with `environment` added.
    public init(width: Int = 100, height: Int = 30, directory: String = Paths.packageRoot,
                environment: [String: String] = [:]) throws {
        socket = "agenda-e2e-" + UUID().uuidString.prefix(8).lowercased()
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "AGENDA_USER": "E2E Tester", "PS1": "$ ", "TERM": "xterm-256color"]
        for (key, value) in environment { env[key] = value }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let result = Self.tmux(socket, detached: true, ["-u", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
                                        "-c", directory, "env -u AGENDA_HOME -u AGENDA_NOW -u NO_COLOR \(exports) bash --norc --noprofile"])
        guard result.status == 0 else { throw TmuxError(message: "tmux new-session failed with status \(result.status)") }
        _ = Self.tmux(socket, ["set-option", "-t", name, "status", "off"])
        _ = waitFor("$", timeout: 5)
    }

    deinit {
        _ = Self.tmux(socket, ["kill-server"])
    }

    /// Types a line into the shell and presses Enter.
    public func run(_ command: String) {
        _ = Self.tmux(socket, ["send-keys", "-t", name, "-l", command])
        _ = Self.tmux(socket, ["send-keys", "-t", name, "Enter"])
    }

    /// Sends keys by tmux's names (`Escape`, `Enter`, `C-c`, `Down`) or as literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) {
        _ = Self.tmux(socket, ["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The screen as text, one line per row.
    public func screen() -> String {
        Self.tmux(socket, ["capture-pane", "-p", "-t", name]).stdout
    }

    /// Pastes text as a terminal does when a user pastes (tmux's paste buffer; line breaks arrive as Enter).
    public func paste(_ text: String) {
        _ = Self.tmux(socket, ["set-buffer", "--", text])
        _ = Self.tmux(socket, ["paste-buffer", "-p", "-t", name])
    }

    /// Resizes the window.
    public func resize(width: Int, height: Int) {
        _ = Self.tmux(socket, ["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// The pid of the shell in the window.
    public var shellPID: Int32 {
        Int32(Self.tmux(socket, ["display-message", "-p", "-t", name, "#{pane_pid}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// The pid of the program the shell runs in the foreground, if any.
    public func childPID(timeout: TimeInterval = 5) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let children = CommandRunner.run("/usr/bin/pgrep", ["-P", String(shellPID)]).stdout
                .split(separator: "\n").compactMap { Int32($0) }
            if let child = children.first { return child }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// Waits until the screen contains `text`; returns whether it did before the timeout.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `condition`.
    @discardableResult
    public func waitUntil(timeout: TimeInterval = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screen()) { return true }
            Thread.sleep(forTimeInterval: 0.03)
        } while Date() < deadline
        return false
    }

    /// Whether the shell answers normally: it runs a command, echoes what is typed, and the terminal
    /// is back in canonical mode with echo on.
    public func shellAnswers() -> Bool {
        // Type only once the program has ended and the shell has the terminal again: keys typed while a
        // program is still quitting would go to the program.
        guard waitForShell() else { return false }
        let token = Int.random(in: 1000..<9000)
        // The shell computes the marker, so it appears on the screen only once the command has run.
        run("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e '[-]icanon' -e '[-]echo' | tr '\\n' ' '; "
            + "echo answer-$((\(token) + 1))")
        let marker = "answer-\(token + 1)"
        guard waitFor(marker, timeout: 5) else { return false }
        let line = screen().split(separator: "\n").first { $0.hasSuffix(marker) && !$0.contains("$((") } ?? ""
        return line.hasPrefix("icanon echo ") || line.hasPrefix("echo icanon ")
    }

    /// Waits until the shell runs in the foreground again (the program it started has ended).
    public func waitForShell(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let command = Self.tmux(socket, ["display-message", "-p", "-t", name, "#{pane_current_command}"]).stdout
            if command.trimmingCharacters(in: .whitespacesAndNewlines) == "bash" { return true }
            Thread.sleep(forTimeInterval: 0.03)
        } while Date() < deadline
        return false
    }

    static func tmux(_ socket: String, detached: Bool = false, _ arguments: [String]) -> CommandResult {
        CommandRunner.run("/usr/bin/tmux", ["-L", socket] + arguments, detached: detached)
    }
}

/// A tmux command that failed.
public struct TmuxError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
