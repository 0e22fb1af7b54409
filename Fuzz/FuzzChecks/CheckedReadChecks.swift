import AgendaModel
import AgendaStore

extension FuzzChecks {
    /// The checked read the store opens files with refuses what the read refuses and the agendas
    /// with problems, one item per problem, each at a line and column inside the file. Returns the
    /// problems of a readable agenda, as the interface shows them once it has checked it.
    @discardableResult
    static func checkedRead(_ bytes: [UInt8], whole: Result<Agenda, JSONSyntaxError>) throws(FuzzFailure) -> AgendaFileError? {
        let store = FileAgendaStore(format: JSONAgendaFormat())
        let checked = Result { () throws(AgendaFileError) -> Agenda in try store.decodeAndCheck(bytes, file: fileName) }
        switch (whole, checked) {
        case (.failure(let error), .success):
            throw FuzzFailure("the checked read refuses what the read refuses", "read: \(error); checked read: accepted")
        case (.failure(let error), .failure(let refusal)):
            try expect(
                refusal.items == [AgendaFileError.Item(error.fullMessage, at: SourcePosition(offset: error.offset, in: bytes))],
                "the checked read reports the read's error at its place", "read: \(error); checked read: \(refusal)")
            try checkPositions(refusal, in: bytes)
            return nil
        case (.success(let agenda), .success(let accepted)):
            try expect(accepted == agenda, "the checked read holds what the read holds", difference(accepted, agenda))
            let problems = agenda.validate()
            try expect(problems.isEmpty, "the checked read refuses an invalid agenda", "accepted with \(problems)")
            try validViews(of: agenda)
            return nil
        case (.success(let agenda), .failure(let refusal)):
            let problems = agenda.validate()
            try expect(
                refusal.items.map(\.message) == problems.map(\.message), "the checked read lists every problem",
                "problems: \(problems); checked read: \(refusal)")
            try expect(
                refusal.items.allSatisfy { $0.position != nil }, "a problem of a readable file has a line and column",
                "\(refusal)")
            try checkPositions(refusal, in: bytes)
            for problem in problems {
                let offset = JSONAgendaFormat().locate(problem.path, in: bytes)
                try expect(
                    offset.map { (0..<max(bytes.count, 1)).contains($0) } ?? false, "a problem is found in the file",
                    "\(problem.path) at \(String(describing: offset)) in \(bytes.count) bytes")
            }
            return refusal
        }
    }

    /// Every position of the error is a line of the file and a column of that line (or just past its end).
    static func checkPositions(_ error: AgendaFileError, in bytes: [UInt8]) throws(FuzzFailure) {
        try expect(error.description.hasPrefix(fileName + ":"), "an error names the file", error.description)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for item in error.items {
            guard let position = item.position else { continue }
            try expect(
                (1...lines.count).contains(position.line), "a problem's line is in the file",
                "line \(position.line) of \(lines.count): \(item.message)")
            let line = lines[position.line - 1]
            let characters = line.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            try expect(
                (1...characters + 1).contains(position.column), "a problem's column is in its line",
                "column \(position.column) of \(characters) on line \(position.line): \(item.message)")
        }
    }
}
