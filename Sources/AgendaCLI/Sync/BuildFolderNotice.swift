import Foundation

/// What sync says when the merge driver it sets up runs an `agenda` in a SwiftPM build folder: that
/// folder goes with `swift package clean`, and the clone's agenda merges with it. It names the
/// installed `agenda` (the first on `PATH` outside any build folder) and how to point the driver at
/// it, or says how to install one.
struct BuildFolderNotice {
    /// The program the driver runs, in a build folder.
    let program: String
    /// The installed `agenda`, when there is one on `PATH`.
    let installed: String?
    /// The agenda folder, as the user named it, for the command to run.
    let folder: String

    /// The folder `make install` puts `agenda` in by default (`PREFIX/bin`, PREFIX `/usr/local`).
    static let defaultInstallFolder = "/usr/local/bin"

    /// The notice for a driver that runs `program`, or nil when `program` is not in a build folder.
    init?(program: String, folder: String, searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "") {
        guard BuildFolder.contains(program) else { return nil }
        self.program = program
        self.folder = folder
        installed = BuildFolderNotice.installedAgenda(searchPath: searchPath)
    }

    /// The notice's line.
    var text: String {
        let problem = "the merge driver runs \(program), in a SwiftPM build folder: `swift package clean` removes it, "
            + "and git then cannot merge agenda files in this clone; "
        let sync = "sync " + BuildFolderNotice.shellWord(folder)
        if let installed {
            return problem + "\(installed) is installed: run `\(BuildFolderNotice.shellWord(installed)) \(sync)` "
                + "once to point the driver at it"
        }
        return problem + "install agenda (make install puts it in \(BuildFolderNotice.defaultInstallFolder)), "
            + "then run the installed `agenda \(sync)` once to point the driver at it"
    }

    /// The first executable `agenda` in the folders of `searchPath` that is not in a build folder.
    static func installedAgenda(searchPath: String) -> String? {
        for folder in searchPath.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = (folder.hasSuffix("/") ? String(folder) : folder + "/") + "agenda"
            if FileManager.default.isExecutableFile(atPath: candidate), !BuildFolder.contains(candidate) {
                return candidate
            }
        }
        return nil
    }

    /// A word as a shell reads it back: as it is when it holds only safe characters, else in single quotes.
    static func shellWord(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./+:,@=%")
        if !word.isEmpty, word.allSatisfy(safe.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
