import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// Edits made with the real `agenda` binary and killed with SIGKILL: half at a random moment of the
/// edit, half at a random moment of its write (after its temp file appears, found with inotify). The
/// file is never corrupted, no acknowledged edit (one whose process exited 0) is lost, and the temp
/// file a kill leaves is gone after the next save.
final class KillDuringSaveTests: XCTestCase {
    func testRandomSIGKILLsDuringSavesCorruptNothingAndLoseNoAcknowledgedEdit() throws {
        let rounds = ReliabilityFigures.rounds(default: 100)
        let folder = TemporaryFolder("agenda-kills")
        let path = folder.file("agenda.json")
        // 300 goals, about 600 KB: an edit reads, checks, encodes and saves in well under a tenth of a second.
        let agenda = AgendaGenerator.agenda(goals: 300, seed: 7)
        try FileAgendaStore().create(agenda, at: path)
        let ids = agenda.goals.map(\.id)
        let watch = try XCTUnwrap(TempFileWatch(folder: folder.path, prefix: ".agenda.json.tmp-"), "inotify")
        var random = SeededRandom(seed: 2026)
        var acknowledged: Set<String> = []

        // How long an edit runs, and how long its temp file lives (the write, flush and rename).
        var durations: [Double] = []
        var writes: [Double] = []
        for run in 0..<5 {
            watch.drain()
            guard let child = ChildProcess.agenda(["note", path, ids[run], "warm-up \(run)"]) else { return XCTFail("spawn") }
            if watch.next(timeout: 30) == .created {
                let created = Date()
                if watch.next(timeout: 30) == .renamed { writes.append(Date().timeIntervalSince(created)) }
            }
            let outcome = child.wait(timeout: 60)
            XCTAssertTrue(outcome.succeeded)
            if outcome.succeeded { acknowledged.insert("warm-up \(run)") }
            durations.append(outcome.seconds)
        }
        let duration = durations.sorted()[2]
        let write = writes.sorted()[writes.count / 2]

        var killedAtRandom = 0, killedInWrite = 0, finishedFirst = 0, failed = 0, killedButSaved = 0
        var corrupted = 0, lost = 0, killsLeavingTemp = 0, tempsFound = 0, tempsAfterNextSave = 0
        for round in 0..<rounds {
            let text = "kill round \(round)"
            let id = ids[Int(random.next(upperBound: UInt64(ids.count)))]
            let aimAtWrite = round % 2 == 1
            let fraction = Double(random.next(upperBound: UInt64(1_000_000))) / 1e6
            watch.drain()
            guard let child = ChildProcess.agenda(["note", path, id, text]) else { return XCTFail("cannot start agenda") }
            if aimAtWrite {
                // From the temp file's creation, anywhere up to a little past its usual rename.
                if watch.next(timeout: 30) == .created { usleep(UInt32(fraction * write * 1.2 * 1e6)) }
            } else {
                usleep(UInt32(fraction * duration * 1.05 * 1e6))
            }
            child.kill()
            let outcome = child.wait()
            if outcome.succeeded {
                finishedFirst += 1
                acknowledged.insert(text)
            } else if outcome.signal == SIGKILL {
                if aimAtWrite { killedInWrite += 1 } else { killedAtRandom += 1 }
            } else {
                failed += 1
                XCTFail("round \(round): the edit failed with status \(outcome.exitStatus ?? -1)")
            }
            let temps = AgendaFileCheck.tempFiles(besides: path)
            if !temps.isEmpty {
                killsLeavingTemp += 1
                tempsFound += temps.count
            }
            switch AgendaFileCheck.read(path) {
            case .success(let agenda):
                let notes = AgendaFileCheck.noteTexts(agenda)
                let missing = acknowledged.subtracting(notes)
                lost += missing.count
                XCTAssertTrue(missing.isEmpty, "round \(round): acknowledged edits lost: \(missing.sorted())")
                if !outcome.succeeded, notes.contains(text) { killedButSaved += 1 }
            case .failure(let error):
                corrupted += 1
                XCTFail("round \(round): the file no longer reads: \(error)")
            }
            // After a kill that left a temp file (and every fifth round), the next save runs to its end:
            // it must succeed and leave no temp file.
            guard !temps.isEmpty || round % 5 == 4 else { continue }
            let next = "after kill \(round)"
            let (saved, output) = ChildProcess.runAgenda(["note", path, id, next], timeout: 60, in: folder)
            XCTAssertTrue(saved.succeeded, "round \(round): the save after the kill failed: \(output)")
            if saved.succeeded { acknowledged.insert(next) }
            let left = AgendaFileCheck.tempFiles(besides: path)
            tempsAfterNextSave += left.count
            XCTAssertEqual(left, [], "round \(round): temp files left after the next save")
        }
        // The last word: the file as the suite leaves it.
        if case .success(let agenda) = AgendaFileCheck.read(path) {
            XCTAssertEqual(acknowledged.subtracting(AgendaFileCheck.noteTexts(agenda)), [])
        } else {
            XCTFail("the file does not read at the end")
        }

        ReliabilityFigures.report("SIGKILL rounds", rounds)
        ReliabilityFigures.report("SIGKILL edit milliseconds (median, from start to exit)", Int(duration * 1000))
        ReliabilityFigures.report("SIGKILL write microseconds (median, temp file created to renamed)", Int(write * 1e6))
        ReliabilityFigures.report("SIGKILL edits killed at a random moment", killedAtRandom)
        ReliabilityFigures.report("SIGKILL edits killed during their write", killedInWrite)
        ReliabilityFigures.report("SIGKILL edits killed after their save landed", killedButSaved)
        ReliabilityFigures.report("SIGKILL edits that finished before the kill", finishedFirst)
        ReliabilityFigures.report("SIGKILL kills that left a temp file", killsLeavingTemp)
        ReliabilityFigures.report("SIGKILL temp files found after kills and cleaned by the next save", tempsFound)
        ReliabilityFigures.report("SIGKILL acknowledged edits", acknowledged.count)
        ReliabilityFigures.report("SIGKILL corrupted files", corrupted)
        ReliabilityFigures.report("SIGKILL acknowledged edits lost", lost)
        ReliabilityFigures.report("SIGKILL temp files left behind after the next save", tempsAfterNextSave)
        XCTAssertEqual(failed, 0)
        XCTAssertGreaterThan(killedAtRandom + killedInWrite, rounds / 2, "most edits should be killed before they end")
        XCTAssertGreaterThan(killsLeavingTemp, rounds / 10, "too few kills landed during a write to prove much")
    }
}
