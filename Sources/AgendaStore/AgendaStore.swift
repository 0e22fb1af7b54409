import AgendaModel

/// Where agendas are kept: load, create and change them. The TUI and the command line use only this.
public protocol AgendaStore: Sendable {
    /// Reads and checks the agenda at `path`; the error names the file, line and column of each problem.
    func load(_ path: String) throws(AgendaFileError) -> Agenda
    /// Writes a new agenda file; fails if the file exists.
    func create(_ agenda: Agenda, at path: String) throws(AgendaFileError)
    /// Changes the agenda at `path` under an exclusive lock: reads what is on disk now, lets `change`
    /// modify it, checks the result and writes it atomically when it changed.
    func update<T>(
        _ path: String, _ change: (inout Agenda) throws(AgendaFileError) -> T
    ) throws(AgendaFileError) -> T
}
