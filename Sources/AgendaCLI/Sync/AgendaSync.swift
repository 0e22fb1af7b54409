import AgendaModel
import AgendaStore
import Foundation

/// One sync of an agenda folder: set up the merge driver, commit the agenda edits, fetch, merge,
/// push, and say in a few lines what happened.
struct AgendaSync {
    /// The agenda folder, as the user named it.
    let folder: String
    /// Who syncs, for the commits when git has no identity configured.
    let who: String
    let verbose: Bool

    /// The waits between tries when someone pushed in between.
    let backoff: SyncBackoff

    private let store = FileAgendaStore.forCommandLine()

    init(folder: String, who: String, verbose: Bool, backoff: SyncBackoff = SyncBackoff()) {
        self.folder = folder
        self.who = who
        self.verbose = verbose
        self.backoff = backoff
    }

    func run() throws -> SyncOutcome {
        var repository = try GitRepository.containing(folder, verbose: verbose)
        repository.git.options = ["--literal-pathspecs"] + (try identityOptions(repository))
        if let operation = try repository.operationInProgress() {
            throw Failure("git is in the middle of \(operation) in \(repository.top); finish it (git status says how), then sync again")
        }
        let branch = try repository.branch()
        let status = try repository.status()
        if let elsewhere = AgendaEditsElsewhere(status: status, repository: repository, folder: folder, store: store) {
            throw elsewhere.failure
        }
        try setUp(repository)
        try commitEdits(repository, status: status)
        guard let upstream = try repository.upstream(of: branch) else {
            say("no remote to sync with: the edits are committed here only; add one (git remote add origin URL), then sync again")
            return openConflicts(repository) ? .conflicts : .synced
        }
        var backoff = backoff
        backoff.start()
        while true {
            let fetch = try repository.git.run(["fetch", "--quiet", upstream.remote])
            guard fetch.succeeded else {
                let waiting = try unpushed(repository, upstream)
                say("could not reach \(upstream.remote) (\(fetch.reason)); "
                    + (waiting > 0 ? "the edits are committed here, and the push will happen on the next sync"
                       : "nothing waits to be pushed; sync again when it can be reached"))
                _ = openConflicts(repository)
                return .offline
            }
            try merge(repository, upstream, into: branch)
            switch try push(repository, upstream, branch: branch) {
            case .done:
                return openConflicts(repository) ? .conflicts : .synced
            case .unreachable(let reason):
                say("could not push to \(upstream.name) (\(reason)); the edits are committed here, and the push will happen on the next sync")
                _ = openConflicts(repository)
                return .offline
            case .moved:
                guard let wait = backoff.nextWait() else {
                    throw Failure("\(upstream.name) kept moving while sync pushed (\(backoff.triesSoFar)); "
                        + "the edits are committed here; sync again")
                }
                say("\(upstream.name) moved meanwhile; fetching again")
                if verbose { Console.error(backoff.describe(wait)) }
                backoff.take(wait)
            }
        }
    }

    // MARK: Setup

    /// Sets up the merge driver and the attribute when missing; commits `.gitattributes` when it had no
    /// other change of the user's.
    private func setUp(_ repository: GitRepository) throws {
        let setup = MergeDriverSetup(repository: repository)
        let program = AgendaSync.runningProgram
        if let done = try setup.configureDriver(program: program) {
            say(done)
            if let notice = BuildFolderNotice(program: program, folder: folder) { say(notice.text) }
        }
        // At the top of the repository each agenda gets a line of its own: only files that are agendas.
        var agendas = agendaNames()
        if repository.prefix.isEmpty { agendas = agendas.filter { (try? store.read(display($0), checking: false)) != nil } }
        guard let change = try setup.addAttributes(for: agendas.map(repository.path(of:))) else { return }
        let lines = change.lines.joined(separator: "; ")
        if change.committable {
            try repository.commit([".gitattributes"], message: """
                agenda: merge agenda files with the agenda merge driver

                Set up by agenda sync: git merges these files goal by goal with `agenda merge`
                (the driver each clone's sync sets in its own config as merge.agenda.driver).
                """)
            say("added to .gitattributes and committed: \(lines)")
        } else {
            say("added to .gitattributes: \(lines) (not committed: the file has other changes of yours; commit it with them)")
        }
    }

    // MARK: Commit

    /// Commits the changed agenda files of the folder (as `status`, the working tree's, lists them),
    /// and only them, under the store's locks so the commit holds what the message tells.
    private func commitEdits(_ repository: GitRepository, status: [GitRepository.StatusEntry]) throws {
        let entries = status.filter { repository.isAgendaCandidate($0.path) }
        guard !entries.isEmpty else { return }
        let head = try repository.head()
        let locks = try AgendaFileLocks(entries.map { display(name(of: $0.path, in: repository)) })
        var changes: [AgendaChanges] = []
        for entry in entries {
            let file = display(name(of: entry.path, in: repository))
            let old = try head.flatMap { try repository.blob(entry.path, at: $0) }.flatMap { try? store.format.decode($0) }
            var new: Agenda?
            if FileManager.default.fileExists(atPath: file) {
                do {
                    new = try store.read(file, checking: true).agenda
                } catch {
                    guard old == nil else {
                        throw Failure(lines: error.lines + [
                            "agenda: \(file) is not a valid agenda now; fix it (agenda validate \(file) tells where), then sync again; nothing was committed",
                        ])
                    }
                    say("left out \(file): not a valid agenda (\(error.lines.first ?? ""))")
                    continue
                }
            } else if old == nil {
                continue
            }
            changes.append(AgendaChanges(path: entry.path, old: old, new: new))
        }
        guard !changes.isEmpty else { return }
        let message = CommitMessage.text(for: changes)
        try repository.commit(changes.map(\.path), message: message)
        withExtendedLifetime(locks) {}
        let files = changes.count == 1 ? display(name(of: changes[0].path, in: repository)) : "\(changes.count) agenda files"
        say("committed \(files): \(CommitMessage.subject(for: changes))")
    }

    // MARK: Merge

    /// Merges the fetched upstream into the branch; agenda files merge with the driver. A merge that
    /// leaves only agenda files in conflict is committed as the driver wrote them (their conflicts
    /// recorded inside); any other conflict stops the sync with git's state left for the user.
    private func merge(_ repository: GitRepository, _ upstream: GitRepository.Upstream, into branch: String) throws {
        guard let theirs = try repository.commit(upstream.tracking) else { return }
        let before = try repository.head()
        if let before, try repository.count(from: theirs, notIn: before) == 0 { return }
        let incoming = try before.map { try repository.count(from: theirs, notIn: $0) }
            ?? Int(repository.git.expect(["rev-list", "--count", theirs], "git rev-list").text) ?? 0
        let bothChanged = try filesChangedOnBothSides(repository, ours: before, theirs: theirs)
        let locks = try AgendaFileLocks(agendaNames().map(display))
        let result = try repository.git.run([
            "merge", "--no-edit", "--ff", "--quiet", "--message", "Merge \(upstream.name) into \(branch)", upstream.tracking,
        ])
        if !result.succeeded { try completeMerge(repository, upstream, result) }
        withExtendedLifetime(locks) {}
        let commits = "\(incoming) commit\(incoming == 1 ? "" : "s")"
        let merged = bothChanged.filter(repository.isAgendaCandidate).map { display(name(of: $0, in: repository)) }
        let fastForward = try before == nil || repository.count(from: "HEAD", notIn: theirs) == 0
        if fastForward {
            say("pulled \(commits) from \(upstream.name)")
        } else {
            say("merged \(commits) from \(upstream.name)"
                + (merged.isEmpty ? "" : "; merged goal by goal: " + merged.joined(separator: ", ")))
        }
    }

    /// After a merge git could not finish: commits it when only agenda files are in conflict and each
    /// holds a valid agenda (the driver's result); else stops with git's state left as it is.
    private func completeMerge(_ repository: GitRepository, _ upstream: GitRepository.Upstream, _ result: GitResult) throws {
        guard try repository.operationInProgress() != nil else {
            throw Failure(lines: [
                "agenda: git could not merge \(upstream.name): \(result.message)",
                "agenda: the agenda edits are committed here; sort this out, then sync again",
            ])
        }
        let unmerged = try repository.unmergedFiles()
        var agendas: [String] = []
        var others: [String] = []
        for (path, stages) in unmerged.sorted(by: { $0.key < $1.key }) {
            let isAgenda = repository.isAgendaCandidate(path) && stages.isSuperset(of: [2, 3])
                && (try? store.read(repository.absolute(path), checking: true)) != nil
            if isAgenda { agendas.append(path) } else { others.append(path) }
        }
        guard others.isEmpty else {
            throw Failure(lines: [
                "agenda: git could not merge \(others.count == 1 ? "this file" : "these files") from \(upstream.name): "
                    + others.joined(separator: ", "),
                "agenda: the merge is left as git stopped it: settle \(others.count == 1 ? "it" : "them") "
                    + "(git status lists them), git add, git commit, then sync again; git merge --abort undoes the merge",
            ] + (agendas.isEmpty ? [] : ["agenda: the agenda files are merged already: " + agendas.joined(separator: ", ")]))
        }
        try repository.git.expect(["add", "--"] + agendas, "git add")
        try repository.git.expect(["commit", "--quiet", "--no-edit", "--cleanup=strip"], "git commit (the merge)")
    }

    /// The files both sides changed since their common commit, which git merges (agendas with the driver).
    private func filesChangedOnBothSides(_ repository: GitRepository, ours: String?, theirs: String) throws -> [String] {
        guard let ours else { return [] }
        let base = try repository.git.run(["merge-base", ours, theirs])
        guard base.succeeded, !base.text.isEmpty else { return [] }
        let mine = Set(try repository.changedFiles(from: base.text, to: ours))
        return try repository.changedFiles(from: base.text, to: theirs).filter(mine.contains)
    }

    // MARK: Push

    private enum PushResult {
        case done
        /// Someone pushed first: fetch and merge again.
        case moved
        case unreachable(String)
    }

    /// Pushes the branch when it has commits the remote lacks (setting the upstream the first time).
    private func push(_ repository: GitRepository, _ upstream: GitRepository.Upstream, branch: String) throws -> PushResult {
        let waiting = try unpushed(repository, upstream)
        guard waiting > 0 else {
            say("up to date with \(upstream.name)")
            return .done
        }
        var arguments = ["push", "--porcelain"]
        if !upstream.configured { arguments.append("--set-upstream") }
        arguments += [upstream.remote, "HEAD:refs/heads/\(upstream.branch)"]
        let result = try repository.git.run(arguments)
        if result.succeeded {
            say("pushed \(waiting) commit\(waiting == 1 ? "" : "s") to \(upstream.name)")
            return .done
        }
        let refused = result.lines.filter { $0.hasPrefix("!") }
        if refused.contains(where: { AgendaSync.lostRace($0, result) }) { return .moved }
        if let line = refused.first {
            let reason = line.split(separator: "\t").last.map(String.init) ?? line
            throw Failure("\(upstream.name) refused the push: \(reason) \(result.message); the edits are committed here")
        }
        return .unreachable(result.reason)
    }

    /// Whether a refused push (a `!` line of `git push --porcelain`) lost a race with another push:
    /// `[rejected]`, the branch moved since the fetch; or `[remote rejected] (failed to update ref)`
    /// with the remote's "cannot lock ref", another push updated or held the branch while this one
    /// was checked. Either way, fetching and merging again is the answer.
    static func lostRace(_ line: String, _ result: GitResult) -> Bool {
        if line.contains("[rejected]") { return true }
        return line.contains("[remote rejected]") && line.contains("failed to update ref")
            && result.message.contains("cannot lock ref")
    }

    /// How many commits the branch has that the remote's branch (as last fetched) lacks.
    private func unpushed(_ repository: GitRepository, _ upstream: GitRepository.Upstream) throws -> Int {
        guard try repository.head() != nil else { return 0 }
        guard try repository.commit(upstream.tracking) != nil else {
            return Int(try repository.git.expect(["rev-list", "--count", "HEAD"], "git rev-list").text) ?? 0
        }
        return try repository.count(from: "HEAD", notIn: upstream.tracking)
    }

    // MARK: Report

    /// Says which agenda files hold open conflicts, and where to settle them; whether any does.
    private func openConflicts(_ repository: GitRepository) -> Bool {
        var any = false
        for name in agendaNames() {
            let file = display(name)
            guard let agenda = try? store.read(file, checking: false).agenda, !agenda.conflicts.isEmpty else { continue }
            any = true
            let count = agenda.conflicts.count
            say("\(count) open conflict\(count == 1 ? "" : "s") in \(file); settle \(count == 1 ? "it" : "them") "
                + "in the Conflicts view (agenda \(file), key 6), then sync again")
        }
        return any
    }

    private func say(_ line: String) {
        Console.line(line)
    }

    // MARK: Files and identity

    /// The agenda files' names in the folder (`*.json`, not hidden).
    private func agendaNames() -> [String] {
        AgendaLocation.files(in: folder).map { ($0 as NSString).lastPathComponent }
    }

    /// A file of the folder as the user names it: the folder as given, then the name.
    private func display(_ name: String) -> String {
        if folder == "." || folder == "./" { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private func name(of path: String, in repository: GitRepository) -> String {
        String(path.dropFirst(repository.prefix.count))
    }

    /// `-c user.name=... -c user.email=...` when git has no identity of its own: the agenda user, and
    /// the login name at this host.
    private func identityOptions(_ repository: GitRepository) throws -> [String] {
        let environment = ProcessInfo.processInfo.environment
        func set(_ key: String) -> Bool { !(environment[key] ?? "").isEmpty }
        var options: [String] = []
        if try repository.config("user.name") == nil, !set("GIT_AUTHOR_NAME"), !set("GIT_COMMITTER_NAME") {
            options += ["-c", "user.name=\(who)"]
        }
        if try repository.config("user.email") == nil, !set("GIT_AUTHOR_EMAIL"), !set("GIT_COMMITTER_EMAIL"), !set("EMAIL") {
            options += ["-c", "user.email=\(AgendaSync.loginName)@\(AgendaSync.hostName)"]
        }
        return options
    }

    private static var loginName: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let login = String(decodingCString: name)
            if !login.isEmpty { return login }
        }
        return ProcessInfo.processInfo.environment["USER"] ?? "agenda"
    }

    private static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decodingCString: buffer)
        return name.isEmpty ? "localhost" : name
    }

    /// The path of the running `agenda`, as it was started (a link stays a link, so an upgrade that
    /// moves the link keeps working); from `/proc/self/exe` when that cannot be told.
    static var runningProgram: String {
        let first = CommandLine.arguments.first ?? ""
        let manager = FileManager.default
        if first.contains("/") {
            let absolute = first.hasPrefix("/") ? first : manager.currentDirectoryPath + "/" + first
            let path = URL(fileURLWithPath: absolute).standardized.path
            if manager.isExecutableFile(atPath: path) { return path }
        } else if !first.isEmpty {
            for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") where folder.hasPrefix("/") {
                let candidate = String(folder) + "/" + first
                if manager.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        if let path = try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return Bundle.main.executablePath ?? "agenda"
    }
}
