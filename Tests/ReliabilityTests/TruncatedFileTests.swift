import AgendaModel
import AgendaStore
import TestSupport
import XCTest

/// A file cut short at any byte gives an error that names the file and a position, never a crash.
final class TruncatedFileTests: XCTestCase {
    func testEveryTruncationOfTheSampleIsRefusedWithAPosition() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Paths.sampleAgenda)))
        let store = FileAgendaStore()
        let folder = TemporaryFolder()
        let path = folder.file("cut.json")
        var refused = 0
        // Every 97th length keeps the test quick while crossing every kind of token.
        for length in stride(from: 0, to: bytes.count - 2, by: 97) {
            try Data(bytes[0..<length]).write(to: URL(fileURLWithPath: path))
            do {
                _ = try store.read(path, checking: true)
                XCTFail("a file cut at byte \(length) loaded")
            } catch {
                XCTAssertTrue(error.description.contains("cut.json"), error.description)
                refused += 1
            }
        }
        ReliabilityFigures.report("truncated files refused", refused)
        XCTAssertGreaterThan(refused, 10)
    }
}
