import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// A reader reads and decodes the file in a loop, both ways the program reads (whole and checked, as
/// the interface and editing commands do; mapped for listing, as `list` does), while the real binary
/// saves it 1,000 times (two processes at a time taking turns): no read is torn, and none sees an older
/// version than the one before it.
final class ReaderDuringSavesTests: XCTestCase {
    func testAReaderDuringAThousandSavesNeverSeesATornFile() throws {
        let saves = 1_000
        let folder = TemporaryFolder("agenda-reader")
        let path = folder.file("agenda.json")
        // The sample: about 100 KB, so each save writes a file that takes many reads' time to copy.
        let sample = try FileAgendaStore().load(Paths.sampleAgenda)
        try FileAgendaStore().create(sample, at: path)
        let goal = try XCTUnwrap(sample.goals.first).id
        let before = AgendaFileCheck.noteTexts(sample).count

        // Two writers take turns at the file's lock, so that the saves come as fast as processes start.
        let writers = 2
        let writerDone = Flag()
        let failures = Counter()
        let group = DispatchGroup()
        for writer in 0..<writers {
            group.enter()
            Thread.detachNewThread {
                for save in stride(from: writer, to: saves, by: writers) {
                    let (outcome, output) = ChildProcess.runAgenda(["note", path, goal, "save \(save)"], timeout: 60, in: folder)
                    if !outcome.succeeded { failures.add("save \(save): \(output)") }
                }
                group.leave()
            }
        }
        Thread.detachNewThread {
            group.wait()
            writerDone.set()
        }

        var reads = 0, torn = 0, backwards = 0
        var lastCount = 0
        var tornMessages: [String] = []
        let store = FileAgendaStore()
        while !writerDone.isSet {
            let count: Int
            do throws(AgendaFileError) {
                if reads % 2 == 0 {
                    count = try store.read(path, checking: true).agenda.goals.reduce(0) { $0 + $1.notes.count }
                } else {
                    // A listing read passes over notes: it is whole when it has every goal.
                    count = try store.readForListing(path).goals.count
                }
            } catch {
                torn += 1
                if tornMessages.count < 5 { tornMessages.append(error.description) }
                reads += 1
                continue
            }
            if reads % 2 == 0 {
                if count < lastCount { backwards += 1 }
                lastCount = count
            } else if count != sample.goals.count {
                torn += 1
            }
            reads += 1
        }
        XCTAssertEqual(failures.items, [])
        XCTAssertEqual(torn, 0, tornMessages.joined(separator: "\n"))
        XCTAssertEqual(backwards, 0)
        let final = try store.load(path)
        XCTAssertEqual(AgendaFileCheck.noteTexts(final).count, before + saves)

        ReliabilityFigures.report("reader saves", saves - failures.items.count)
        ReliabilityFigures.report("reader reads during the saves", reads)
        ReliabilityFigures.report("reader torn reads", torn)
        ReliabilityFigures.report("reader reads older than the one before", backwards)
        XCTAssertGreaterThan(reads, saves, "the reader should read more often than the file is saved")
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
