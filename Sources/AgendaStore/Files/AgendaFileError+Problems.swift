import AgendaModel

extension AgendaFileError {
    /// The problems found in an agenda, each at its line and column in `bytes`, the file it was read
    /// from (no positions when the bytes are empty). All are placed in one pass over the file, so a
    /// file with thousands of problems is reported as fast as one with a single problem.
    init(file: String, problems: [Problem], in bytes: [UInt8], format: any AgendaFormat) {
        let offsets = bytes.isEmpty
            ? [Int?](repeating: nil, count: problems.count) : format.locate(problems.map(\.path), in: bytes)
        let found = offsets.compactMap { $0 }
        var positions = SourcePosition.positions(of: found, in: bytes)[...]
        var items: [Item] = []
        items.reserveCapacity(problems.count)
        for (problem, offset) in zip(problems, offsets) {
            items.append(Item(problem.message, at: offset == nil ? nil : positions.popFirst()))
        }
        self.init(file: file, items: items)
    }
}
