import Foundation

/// A git working tree as sync sees it: its top folder, the agenda folder's place in it, its branch
/// and remote, and the state of its files.
struct GitRepository {
    /// Git, run at the top of the working tree; paths it prints and takes are relative to the top.
    var git: Git
    /// The top folder of the working tree.
    let top: String
    /// The agenda folder's path from the top: empty for the top itself, else ending with `/`.
    let prefix: String

    /// The working tree that holds `folder`; an error that says how to make one when there is none.
    static func containing(_ folder: String, verbose: Bool) throws -> GitRepository {
        let here = try Git(directory: folder, verbose: verbose)
        let found = try here.run(["rev-parse", "--show-toplevel", "--show-prefix"])
        let lines = found.lines
        guard found.succeeded, let top = lines.first, !top.isEmpty else {
            throw Failure("""
                \(folder) is not in a git working tree (\(found.reason)); sync needs one: clone the shared \
                repository (git clone URL) or make one here (git init), then sync again
                """)
        }
        let prefix = lines.count > 1 ? lines[1] : ""
        return GitRepository(git: here.moved(to: top), top: top, prefix: prefix)
    }

    /// The path from the top of an agenda file named `name` in the agenda folder.
    func path(of name: String) -> String {
        prefix + name
    }

    /// Whether `path` (from the top) names a file directly in the agenda folder that could be an
    /// agenda (`*.json`, not hidden), as the other commands find agendas in a folder.
    func isAgendaCandidate(_ path: String) -> Bool {
        guard path.hasPrefix(prefix) else { return false }
        let name = path.dropFirst(prefix.count)
        return !name.contains("/") && name.hasSuffix(".json") && !name.hasPrefix(".")
    }

    /// The absolute path of a path from the top.
    func absolute(_ path: String) -> String {
        top + "/" + path
    }

    // MARK: State

    /// The current branch; an error when HEAD is detached.
    func branch() throws -> String {
        let result = try git.run(["symbolic-ref", "--quiet", "--short", "HEAD"])
        guard result.succeeded, !result.text.isEmpty else {
            throw Failure("HEAD is detached (no branch is checked out); switch to your branch (git switch main) and sync again")
        }
        return result.text
    }

    /// The commit HEAD names, or nil before the first commit.
    func head() throws -> String? {
        let result = try git.run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"])
        return result.succeeded ? result.text : nil
    }

    /// The commit a ref names, or nil when there is no such ref.
    func commit(_ ref: String) throws -> String? {
        let result = try git.run(["rev-parse", "--verify", "--quiet", ref + "^{commit}"])
        return result.succeeded ? result.text : nil
    }

    /// What git is in the middle of (a merge, a rebase...), or nil.
    func operationInProgress() throws -> String? {
        let marks = [
            ("MERGE_HEAD", "a merge"), ("rebase-merge", "a rebase"), ("rebase-apply", "a rebase or git am"),
            ("CHERRY_PICK_HEAD", "a cherry-pick"), ("REVERT_HEAD", "a revert"),
        ]
        let paths = try git.expect(["rev-parse"] + marks.flatMap { ["--git-path", $0.0] }, "git rev-parse").lines
        for (path, mark) in zip(paths, marks) {
            let full = path.hasPrefix("/") ? path : absolute(path)
            if FileManager.default.fileExists(atPath: full) { return mark.1 }
        }
        return nil
    }

    /// The bytes of a file in a commit, or nil when the commit has no such file.
    func blob(_ path: String, at commit: String) throws -> [UInt8]? {
        let result = try git.run(["cat-file", "blob", commit + ":" + path])
        return result.succeeded ? result.output : nil
    }

    /// A configuration value from any of git's scopes, or nil when unset.
    func config(_ key: String) throws -> String? {
        let result = try git.run(["config", "--get", key])
        return result.succeeded ? result.text : nil
    }

    /// Commits in `from` that `to` does not have.
    func count(from: String, notIn to: String) throws -> Int {
        Int(try git.expect(["rev-list", "--count", from, "^" + to], "git rev-list").text) ?? 0
    }

    // MARK: Files

    /// One line of `git status`: the two status letters and the path from the top.
    struct StatusEntry: Equatable {
        /// The index's letter and the working tree's letter (`?` for untracked files).
        var index: Character
        var worktree: Character
        var path: String

        var isDeletedInWorktree: Bool { worktree == "D" || (index == "D" && worktree == " ") }
    }

    /// The changed and untracked files of the working tree (renames as a deletion and an addition).
    func status() throws -> [StatusEntry] {
        let result = try git.expect(
            ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"], "git status")
        return result.fields.compactMap { field in
            let characters = Array(field)
            guard characters.count > 3 else { return nil }
            return StatusEntry(index: characters[0], worktree: characters[1], path: String(characters[3...]))
        }
    }

    /// The files git could not merge, each with the stages it holds (1 common, 2 ours, 3 theirs).
    func unmergedFiles() throws -> [String: Set<Int>] {
        let result = try git.expect(["ls-files", "--unmerged", "-z"], "git ls-files")
        var files: [String: Set<Int>] = [:]
        for field in result.fields {
            // "MODE SHA STAGE\tPATH"
            guard let tab = field.firstIndex(of: "\t") else { continue }
            let stage = field[..<tab].split(separator: " ").last.flatMap { Int($0) } ?? 0
            files[String(field[field.index(after: tab)...]), default: []].insert(stage)
        }
        return files
    }

    /// The paths (from the top) that differ between two commits.
    func changedFiles(from: String, to: String) throws -> [String] {
        try git.expect(["diff", "--name-only", "-z", "--no-renames", from, to, "--"], "git diff").fields
    }

    /// Commits the files at `paths` as they are in the working tree (new, changed or deleted), and
    /// nothing else: what the user staged of other files stays staged and out of the commit.
    func commit(_ paths: [String], message: String) throws {
        try git.expect(["add", "--all", "--"] + paths, "git add")
        try git.expect(["commit", "--quiet", "--cleanup=whitespace", "--message", message, "--only", "--"] + paths, "git commit")
    }

    // MARK: Remote

    /// Where the branch syncs with: the remote, the branch there, and the ref that tracks it here.
    struct Upstream {
        var remote: String
        /// The branch's name on the remote.
        var branch: String
        /// The remote-tracking ref, such as `refs/remotes/origin/main`.
        var tracking: String
        /// Whether the branch's upstream is set in the configuration (else the first push sets it).
        var configured: Bool

        /// How a person names it: `origin/main`.
        var name: String { remote + "/" + branch }
    }

    /// The upstream of `branch`: the configured one, else the branch of the same name on `origin` (or
    /// on the only remote); nil when the repository has no remote.
    func upstream(of branch: String) throws -> Upstream? {
        let configuredRemote = try config("branch.\(branch).remote")
        let remotes = try git.expect(["remote"], "git remote").lines
        let remote: String
        if let configuredRemote, configuredRemote != "." {
            remote = configuredRemote
        } else if remotes.contains("origin") {
            remote = "origin"
        } else if remotes.count == 1 {
            remote = remotes[0]
        } else {
            return nil
        }
        var remoteBranch = branch
        if let merge = try config("branch.\(branch).merge") {
            remoteBranch = merge.hasPrefix("refs/heads/") ? String(merge.dropFirst("refs/heads/".count)) : merge
        }
        let configured = configuredRemote == remote
        var tracking = "refs/remotes/\(remote)/\(remoteBranch)"
        if configured {
            let named = try git.run(["rev-parse", "--symbolic-full-name", branch + "@{upstream}"])
            if named.succeeded, named.text.hasPrefix("refs/") { tracking = named.text }
        }
        return Upstream(remote: remote, branch: remoteBranch, tracking: tracking, configured: configured)
    }
}
