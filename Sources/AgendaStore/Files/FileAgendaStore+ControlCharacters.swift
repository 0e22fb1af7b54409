import AgendaModel

extension FileAgendaStore {
    /// Every text value of the file at `file` that holds a control character, each with the line and
    /// column of its first one; empty when the file cannot be read. The file is read once and placed
    /// in one pass, however many such texts it holds.
    public func controlCharacters(in file: String) -> [ControlCharacterFinding] {
        guard let bytes = try? FileIO.readFile(file) else { return [] }
        var findings = format.controlCharacters(in: bytes)
        let positions = SourcePosition.positions(of: findings.map(\.offset), in: bytes)
        for index in findings.indices {
            findings[index].position = positions[index]
        }
        return findings
    }
}
