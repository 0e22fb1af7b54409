import AgendaStore
import Foundation

/// Agenda files with uncommitted changes outside the folder being synced, when that folder holds no
/// agenda file: `agenda sync .` at the top of a repository whose agendas live in `Agendas/` would
/// commit nothing and say "up to date" while `Agendas/a.json` waits with its edits.
///
/// An agenda file is a `*.json` file (not hidden) that reads as an agenda; a deleted one, one that did
/// at the last commit.
struct AgendaEditsElsewhere {
    /// The changed agenda files, as the user names them (from the folder as given).
    let files: [String]
    /// The folders that hold them, as the user names them, each once.
    let folders: [String]
    /// The folder being synced, as the user named it.
    let folder: String

    /// The agenda files changed outside `folder` (the agenda folder as given), from the working
    /// tree's `status`; nil when the folder holds an agenda file or a changed one, or when no agenda
    /// file changed elsewhere.
    init?(status: [GitRepository.StatusEntry], repository: GitRepository, folder: String, store: FileAgendaStore) {
        let changed = status.filter { entry in
            let name = (entry.path as NSString).lastPathComponent
            return name.hasSuffix(".json") && !name.hasPrefix(".")
        }
        let elsewhere = changed.filter { !repository.isAgendaCandidate($0.path) }
        guard !elsewhere.isEmpty else { return nil }
        func isAgenda(_ path: String) -> Bool {
            if FileManager.default.fileExists(atPath: repository.absolute(path)) {
                return (try? store.read(repository.absolute(path), checking: false)) != nil
            }
            guard let head = try? repository.head(), let bytes = try? repository.blob(path, at: head) else { return false }
            return (try? store.format.decode(bytes)) != nil
        }
        // The folder's agenda files, and those deleted from it since the last commit.
        let holdsAgenda = AgendaLocation.files(in: folder).contains { (try? store.read($0, checking: false)) != nil }
            || changed.contains { repository.isAgendaCandidate($0.path) && $0.isDeletedInWorktree && isAgenda($0.path) }
        guard !holdsAgenda else { return nil }
        let agendas = elsewhere.map(\.path).filter(isAgenda).sorted()
        guard !agendas.isEmpty else { return nil }
        self.folder = folder
        files = agendas.map { AgendaEditsElsewhere.named($0, from: folder, prefix: repository.prefix) }
        var folders: [String] = []
        for path in agendas {
            let name = AgendaEditsElsewhere.named((path as NSString).deletingLastPathComponent, from: folder, prefix: repository.prefix)
            if !folders.contains(name) { folders.append(name) }
        }
        self.folders = folders
    }

    /// What sync says, and stops with: nothing is done.
    var failure: Failure {
        let one = files.count == 1
        let syncs = folders.map { "agenda sync " + BuildFolderNotice.shellWord($0) }.joined(separator: ", then ")
        return Failure(
            "\(folder) holds no agenda file, but \(AgendaEditsElsewhere.list(files)) \(one ? "has" : "have") changes "
                + "not committed; sync the folder\(folders.count == 1 ? "" : "s") that hold\(folders.count == 1 ? "s" : "") "
                + "\(one ? "it" : "them"): \(syncs) (nothing was done)")
    }

    /// A path from the top of the repository as the user names it: from `folder`, the folder the user
    /// gave, which is `prefix` from the top.
    static func named(_ path: String, from folder: String, prefix: String) -> String {
        var up = prefix.split(separator: "/").map(String.init)
        var down = path.split(separator: "/").map(String.init)
        while let first = up.first, first == down.first {
            up.removeFirst()
            down.removeFirst()
        }
        var parts = folder.split(separator: "/").map(String.init) + up.map { _ in ".." } + down
        parts.removeAll { $0 == "." }
        var kept: [String] = []
        for part in parts {
            if part == "..", let last = kept.last, last != ".." { kept.removeLast() } else { kept.append(part) }
        }
        let joined = kept.joined(separator: "/")
        if folder.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Names as a list: "a", "a and b", "a, b and c".
    private static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}
