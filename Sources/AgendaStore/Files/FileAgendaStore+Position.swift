import AgendaModel

extension FileAgendaStore {
    /// The line and column in the file at `file` where the value at `path` starts, for messages that
    /// point into the file; nil when the file cannot be read or has no such value.
    public func position(of path: [PathComponent], in file: String) -> SourcePosition? {
        guard let bytes = try? FileIO.readFile(file), let offset = format.locate(path, in: bytes) else { return nil }
        return SourcePosition(offset: offset, in: bytes)
    }

    /// The line and column of each value at `paths` in the file at `file`, all found in one pass over
    /// it: a file with thousands of conflicts is not read once per conflict.
    public func positions(of paths: [[PathComponent]], in file: String) -> [SourcePosition?] {
        guard let bytes = try? FileIO.readFile(file) else { return paths.map { _ in nil } }
        let offsets = format.locate(paths, in: bytes)
        var found = SourcePosition.positions(of: offsets.compactMap { $0 }, in: bytes).makeIterator()
        return offsets.map { $0 == nil ? nil : found.next() }
    }
}
