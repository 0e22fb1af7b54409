import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// A file with many problems has each placed at its line and column in one pass over the file, with the
/// same places as placing them one at a time.
@Suite struct ManyProblemsTests {
    /// The sample with every goal's area, every other goal's progress and one organization's country broken.
    static func broken() -> (Agenda, [UInt8]) {
        var agenda = (try? FileAgendaStore().load(Paths.sampleAgenda)) ?? Agenda(title: "")
        for index in agenda.goals.indices {
            agenda.goals[index].area = "nowhere"
            if index % 2 == 0 { agenda.goals[index].progress = 150 }
        }
        agenda.organizations[0].country = "Mexico"
        return (agenda, JSONAgendaFormat().encode(agenda))
    }

    @Test func placingManyProblemsAtOnceGivesTheSamePlacesAsOneByOne() {
        let (agenda, bytes) = Self.broken()
        let paths = agenda.validate().map(\.path)
            + [[.key("goals"), .index(3), .key("notes"), .index(99)], [.key("nowhere")], [.key("goals"), .index(100_000)], []]
        #expect(paths.count > 60)
        let format = JSONAgendaFormat()
        #expect(format.locate(paths, in: bytes) == paths.map { format.locate($0, in: bytes) })
    }

    @Test func positionsOfManyOffsetsMatchThoseFoundOneByOne() {
        let bytes = Array("{\n  \"title\": \"Michoacán 日本\",\n\n  \"x\": [1, 2]\n}\n".utf8)
        let offsets = [5, 0, bytes.count, 20, 16, 17, 18, 30, 29, -3, bytes.count + 10, 20]
        #expect(SourcePosition.positions(of: offsets, in: bytes) == offsets.map { SourcePosition(offset: $0, in: bytes) })
    }

    @Test func everyProblemOfABrokenFileIsReportedAtItsLine() throws {
        let (agenda, bytes) = Self.broken()
        let folder = TemporaryFolder()
        let path = folder.file("broken.json")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try FileAgendaStore().load(path)
            Issue.record("a broken file loaded")
        } catch {
            let problems = agenda.validate()
            #expect(error.items.map(\.message) == problems.map(\.message))
            // Each where placing it alone puts it.
            let format = JSONAgendaFormat()
            #expect(error.items.map(\.position) == problems.map { problem in
                format.locate(problem.path, in: bytes).map { SourcePosition(offset: $0, in: bytes) }
            })
            #expect(error.items.allSatisfy { $0.position != nil })
        }
    }
}
