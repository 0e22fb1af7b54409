import AgendaModel
import AgendaStore
import Foundation

/// Where the agenda to open is: a file given by the user, or the default in the agenda folder.
enum AgendaLocation {
    /// The agenda folder: `$AGENDA_HOME`, else `./Agendas`.
    static var home: String {
        if let home = ProcessInfo.processInfo.environment["AGENDA_HOME"], !home.isEmpty { return home }
        return "Agendas"
    }

    /// The name `agenda new` gives the file it creates in a folder.
    static let newFileName = "agenda.json"

    /// The agenda files (`*.json`) in a folder, sorted by name.
    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            .map { joined(folder, $0) }
    }

    /// Whether the path is a folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The file to open for `path`: the path itself when it is a file; in a folder, the summit's
    /// sample when present, else the first agenda by name.
    static func resolve(_ path: String?) throws -> String {
        let path = path ?? home
        guard isFolder(path) else {
            // The agenda folder by default, not made yet: say how to start one there.
            if path == home, !FileManager.default.fileExists(atPath: path) {
                throw Failure(strings.format(.cliNoAgendaFiles, path, path))
            }
            return path
        }
        let files = files(in: path)
        if let sample = files.first(where: { $0.hasSuffix("/hemispheric-agenda.json") }) { return sample }
        guard let first = files.first else {
            throw Failure(strings.format(.cliNoAgendaFiles, path, path))
        }
        return first
    }

    /// The file `agenda new PATH` creates: `PATH/agenda.json` when PATH is a folder, or is the agenda
    /// folder (`$AGENDA_HOME`, else `Agendas`) not made yet, or ends with a slash; else PATH itself.
    ///
    /// So the advice the program gives where it finds no agenda, `agenda new Agendas --title TITLE`,
    /// makes the agenda it will open next time, not a file named `Agendas`.
    static func newFile(at path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let isHome = trimmed == home || (home.hasSuffix("/") && trimmed + "/" == home)
        guard isFolder(path) || path.hasSuffix("/") || (isHome && !FileManager.default.fileExists(atPath: path)) else {
            return path
        }
        return joined(trimmed, newFileName)
    }

    /// Makes the folder a new agenda file goes in, and the folders above it, when they do not exist.
    static func makeFolder(for file: String) throws {
        let folder = (file as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !isFolder(folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(file: folder, strings.format(.fileNothingWritten, strings[.cliCannotMakeFolder]))
        }
    }

    /// A path in a folder.
    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
