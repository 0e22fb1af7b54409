import AgendaModel

extension FileAgendaStore {
    /// The line and column in the file at `file` where the value at `path` starts, for messages that
    /// point into the file; nil when the file cannot be read or has no such value.
    public func position(of path: [PathComponent], in file: String) -> SourcePosition? {
        guard let bytes = try? FileIO.readFile(file), let offset = format.locate(path, in: bytes) else { return nil }
        return SourcePosition(offset: offset, in: bytes)
    }
}
