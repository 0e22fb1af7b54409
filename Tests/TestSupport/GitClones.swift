import Foundation

/// A shared bare repository and two clones of it (more on demand), in a temporary folder, for tests of `agenda sync`.
///
/// The repository holds one agenda at `Agendas/NAME`, committed and pushed from a third clone; it
/// has no `.gitattributes` and the clones no merge driver, so the first sync of each sets them up.
/// Git runs with no system configuration, a `HOME` of its own and a test identity, so the
/// machine's configuration does not leak in; `agenda` runs with the same environment.
public final class GitClones: @unchecked Sendable {
    /// The folder that holds everything; removed when the value is released.
    public let folder: TemporaryFolder
    /// The bare repository the clones push to.
    public let remote: String
    /// The two clones' working trees.
    public let first: String
    public let second: String
    /// The agenda folder's name in the repository.
    public static let agendaFolder = "Agendas"
    /// The agenda file's name in the agenda folder.
    public let agendaName: String
    /// The identity git commits with, unless a run asks for none.
    public static let identity = (name: "Sync Test", email: "sync-test@example.org")

    /// The bare repository, a clone that commits the agenda at `source` under `Agendas/name` and
    /// pushes it, and the two clones.
    public init(agenda source: String = Paths.sampleAgenda, name: String = "hemispheric-agenda.json") throws {
        folder = TemporaryFolder("agenda-sync")
        remote = folder.file("shared.git")
        first = folder.file("first")
        second = folder.file("second")
        agendaName = name
        try FileManager.default.createDirectory(atPath: folder.file("home/.config"), withIntermediateDirectories: true)
        try check(git(folder.path, ["init", "--quiet", "--bare", "--initial-branch=main", remote]))
        let seed = folder.file("seed")
        try check(git(folder.path, ["clone", "--quiet", remote, seed]))
        try FileManager.default.createDirectory(atPath: seed + "/" + GitClones.agendaFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: seed + "/" + GitClones.agendaFolder + "/" + name)
        try check(git(seed, ["add", "--all"]))
        try check(git(seed, ["commit", "--quiet", "--message", "The agenda"]))
        try check(git(seed, ["push", "--quiet", "origin", "HEAD:refs/heads/main"]))
        try check(git(folder.path, ["clone", "--quiet", remote, first]))
        try check(git(folder.path, ["clone", "--quiet", remote, second]))
    }

    /// Makes one more clone of the shared repository, in the folder under `name`, and returns its
    /// working tree.
    public func clone(_ name: String) throws -> String {
        let tree = folder.file(name)
        try check(git(folder.path, ["clone", "--quiet", remote, tree]))
        return tree
    }

    /// The environment git and `agenda` run with: no system configuration, `HOME` in the folder, the
    /// test identity unless `identity` is false, no `GIT_*` variable of the test's own process, and
    /// a fixed agenda user.
    public func environment(identity: Bool = true) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        for key in ["EMAIL", "AGENDA_HOME", "AGENDA_NOW"] { environment.removeValue(forKey: key) }
        environment["HOME"] = folder.file("home")
        environment["XDG_CONFIG_HOME"] = folder.file("home/.config")
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CEILING_DIRECTORIES"] = folder.path
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["AGENDA_USER"] = "Test Runner"
        if identity {
            environment["GIT_AUTHOR_NAME"] = GitClones.identity.name
            environment["GIT_AUTHOR_EMAIL"] = GitClones.identity.email
            environment["GIT_COMMITTER_NAME"] = GitClones.identity.name
            environment["GIT_COMMITTER_EMAIL"] = GitClones.identity.email
        }
        return environment
    }

    /// The agenda file's path in a clone.
    public func agenda(in clone: String) -> String {
        clone + "/" + GitClones.agendaFolder + "/" + agendaName
    }

    /// Runs git in a folder.
    @discardableResult
    public func git(_ directory: String, _ arguments: [String], identity: Bool = true) -> CommandResult {
        CommandRunner.run("/usr/bin/git", arguments, environment: environment(identity: identity), currentDirectory: directory)
    }

    /// Runs `agenda` in a clone's working tree, with the clones' environment.
    @discardableResult
    public func agenda(_ clone: String, _ arguments: [String], identity: Bool = true) -> CommandResult {
        CommandRunner.run(Paths.agendaBinary, arguments, environment: environment(identity: identity), currentDirectory: clone)
    }

    /// Runs `agenda sync` in a clone (on its `Agendas` folder, as a user at the clone's top would).
    @discardableResult
    public func sync(_ clone: String, _ arguments: [String] = [], identity: Bool = true) -> CommandResult {
        agenda(clone, ["sync"] + arguments, identity: identity)
    }

    /// Runs an agenda edit command on the clone's agenda: `edit(first, "set", "G-1", "--status", "blocked", by: "Ana")`.
    @discardableResult
    public func edit(_ clone: String, _ command: String, _ arguments: String..., by: String) -> CommandResult {
        agenda(clone, [command, agenda(in: clone)] + arguments + ["--by", by])
    }

    /// The commit a clone's HEAD (or another revision) names.
    public func commit(_ clone: String, _ revision: String = "HEAD") -> String {
        git(clone, ["rev-parse", revision]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The commit the shared repository's `main` names.
    public var remoteMain: String {
        git(folder.path, ["--git-dir", remote, "rev-parse", "main"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Moves the shared repository away, as when the network is down; `reconnect` brings it back.
    public func disconnect() throws {
        try FileManager.default.moveItem(atPath: remote, toPath: remote + ".away")
    }

    public func reconnect() throws {
        try FileManager.default.moveItem(atPath: remote + ".away", toPath: remote)
    }

    /// A git failure while the clones were made.
    public struct SetupError: Error, CustomStringConvertible {
        public var description: String
    }

    private func check(_ result: CommandResult) throws {
        guard result.status == 0 else { throw SetupError(description: "git failed: \(result.stderr)") }
    }
}
