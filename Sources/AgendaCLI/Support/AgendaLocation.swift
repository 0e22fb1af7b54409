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
        guard isFolder(path) else { return path }
        let files = files(in: path)
        if let sample = files.first(where: { $0.hasSuffix("/hemispheric-agenda.json") }) { return sample }
        guard let first = files.first else {
            throw Failure(strings.format(.cliNoAgendaFiles, path, "FILE"))
        }
        return first
    }

    /// A path in a folder.
    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
