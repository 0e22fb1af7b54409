import AgendaModel
import AgendaStore
import ArgumentParser
import Foundation

/// Who is making an edit and when: `--by`, else `$AGENDA_USER`, else the login name.
struct EditorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.cmdBy, discussion: .cmdByDiscussion, valueName: "name"))
    var by: String?

    /// The name history records.
    var who: String {
        if let by, !by.trimmingWhitespace.isEmpty { return by.trimmingWhitespace }
        return Environment.user
    }
}

/// What the process learns from its environment: the user, the time, the agenda folder.
enum Environment {
    /// `$AGENDA_USER`, else the login name, else `$USER`, else "unknown".
    static var user: String {
        let env = ProcessInfo.processInfo.environment
        if let name = env["AGENDA_USER"]?.trimmingWhitespace, !name.isEmpty { return name }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            let login = String(decodingCString: name)
            if !login.isEmpty { return login }
        }
        if let name = env["USER"], !name.isEmpty { return name }
        return "unknown"
    }

    /// The current time to the second, or `$AGENDA_NOW` (ISO 8601) when set, for reproducible output.
    static var now: Date {
        if let fixed = ProcessInfo.processInfo.environment["AGENDA_NOW"], let date = Timestamp.parse(fixed) {
            return date
        }
        return Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }

    /// Today's date in UTC, from `now`.
    static var today: Day { Day(now) }
}

extension String {
    /// A string from a NUL-terminated C string.
    init(decodingCString pointer: UnsafePointer<CChar>) {
        self = pointer.withMemoryRebound(to: UInt8.self, capacity: strlen(pointer)) {
            String(decoding: UnsafeBufferPointer(start: $0, count: strlen(pointer)), as: UTF8.self)
        }
    }
}

extension EditorOptions {
    /// Applies edits to the agenda in `file` as this editor, under the file's lock; a refusal names the
    /// file and says that nothing was written.
    func apply(_ edits: [Edit], to file: String) throws {
        try FileAgendaStore.forCommandLine().update(file) { (agenda) throws(AgendaFileError) in
            try agenda.apply(edits, by: who, file: file)
        }
    }
}
