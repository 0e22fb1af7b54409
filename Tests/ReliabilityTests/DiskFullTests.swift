import AgendaModel
import AgendaStore
import Foundation
import TestSupport
import XCTest

/// A full disk at every point of a save: the old file stays whole, the error says the disk is full, and no
/// temp file is left. The disk is a small tmpfs, filled before each save with a file of some size (room
/// for data) and with empty files (room for inodes), so that the save runs out at a different point each
/// time: creating the temp file, writing it, creating the backups folder, linking the backup.
final class DiskFullTests: XCTestCase {
    /// What one save on a nearly full disk did.
    enum Outcome: Hashable {
        /// Refused: the error says the disk is full and names the file; the old file is whole.
        case refused(point: String)
        /// Saved, and the version replaced kept as a backup.
        case savedWithBackup
        /// Saved, and a warning says no backup could be kept because the disk is full.
        case savedWithoutBackup(point: String)
    }

    /// The figures over all cases.
    struct Tally {
        var cases = 0
        var outcomes: [Outcome: Int] = [:]
        var oldFileIntactWhenRefused = 0
        var damaged = 0
        var tempFilesLeft = 0
        var unclearMessages = 0
    }

    let store = FileAgendaStore()
    let format = JSONAgendaFormat()

    func testASaveOnAFullDiskKeepsTheOldFileWholeSaysSoAndLeavesNoTempFile() throws {
        let folder = TemporaryFolder("agenda-disk-full")
        let disk = folder.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        // 2 MiB and 64 inodes: small enough to fill at once, large enough for an agenda and its backups.
        let mounted = CommandRunner.run("/bin/mount", ["-t", "tmpfs", "-o", "size=2m,nr_inodes=64,mode=0755", "tmpfs", disk])
        guard mounted.status == 0 else {
            // No other honest way to get ENOSPC at each point of a save: fail, never skip.
            XCTFail("cannot mount a small tmpfs to fill (this test needs root, as in CI): \(mounted.stderr)")
            return
        }
        defer {
            if CommandRunner.run("/bin/umount", [disk]).status != 0 { _ = CommandRunner.run("/bin/umount", ["-l", disk]) }
        }

        var tally = Tally()
        var failures: [String] = []
        // The old file, the edit's size (the new file needs 1 to 3 more pages), whether a save already made
        // the backups folder, the room left for data (in pages) and for inodes.
        for growth in [100, 5_000, 9_000] {
            for backupsExist in [false, true] {
                for roomPages in [0, 1, 2, 3, 4, 6] {
                    for roomInodes in [0, 1, 2, 3, 4, 8] {
                        try runCase(disk: disk, growth: growth, backupsExist: backupsExist, roomPages: roomPages,
                                    roomInodes: roomInodes, tally: &tally, failures: &failures)
                    }
                }
            }
        }

        ReliabilityFigures.report("disk full: cases tried", tally.cases)
        ReliabilityFigures.report("disk full: refused, old file intact", tally.oldFileIntactWhenRefused)
        ReliabilityFigures.report("disk full: saved, no backup kept, said so",
                                  tally.outcomes.filter { if case .savedWithoutBackup = $0.key { true } else { false } }
                                      .values.reduce(0, +))
        ReliabilityFigures.report("disk full: saved with a backup", tally.outcomes[.savedWithBackup] ?? 0)
        ReliabilityFigures.report("disk full: files damaged", tally.damaged)
        ReliabilityFigures.report("disk full: temp files left", tally.tempFilesLeft)
        ReliabilityFigures.report("disk full: unclear errors", tally.unclearMessages)
        for (outcome, count) in tally.outcomes.sorted(by: { "\($0.key)" < "\($1.key)" }) {
            switch outcome {
            case .refused(let point): ReliabilityFigures.report("disk full: refused at \(point)", count)
            case .savedWithoutBackup(let point): ReliabilityFigures.report("disk full: no backup kept at \(point)", count)
            case .savedWithBackup: continue
            }
        }

        XCTAssertEqual(failures, [], failures.prefix(5).joined(separator: "\n"))
        XCTAssertEqual(tally.damaged, 0)
        XCTAssertEqual(tally.tempFilesLeft, 0)
        XCTAssertEqual(tally.unclearMessages, 0)
        // Every point of a save was reached by some case: the test fills the disk where it means to.
        let points = Set(tally.outcomes.keys)
        for point in ["creating the temp file", "writing"] {
            XCTAssertTrue(points.contains(.refused(point: point)), "no case failed at \(point): \(points)")
        }
        XCTAssertTrue(points.contains(.savedWithoutBackup(point: "creating the backups folder")), "\(points)")
        XCTAssertTrue(points.contains(.savedWithoutBackup(point: "linking the backup")), "\(points)")
        XCTAssertTrue(points.contains(.savedWithBackup), "\(points)")
    }

    /// One save on a disk filled to leave `roomPages` pages and `roomInodes` inodes.
    private func runCase(
        disk: String, growth: Int, backupsExist: Bool, roomPages: Int, roomInodes: Int,
        tally: inout Tally, failures: inout [String]
    ) throws {
        try empty(disk)
        let path = disk + "/a.json"
        try store.create(Fixtures.agenda(), at: path)
        if backupsExist {
            try store.update(path) { (agenda) throws(AgendaFileError) in agenda.description = "saved once" }
        }
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        let backupsBefore = try store.backups(of: path).count
        try fill(disk, leavingPages: roomPages, inodes: roomInodes)
        let label = "growth \(growth), backups \(backupsExist), room \(roomPages) pages \(roomInodes) inodes"
        tally.cases += 1

        var expected: Agenda?
        let result: Result<Modified<Void>, AgendaFileError>
        do throws(AgendaFileError) {
            result = .success(try store.modify(path) { (agenda) throws(AgendaFileError) in
                agenda.description = String(repeating: "x", count: growth)
                expected = agenda
            })
        } catch {
            result = .failure(error)
        }
        switch result {
        case .success(let modified):
            let now = try Data(contentsOf: URL(fileURLWithPath: path))
            if now != Data(format.encode(try XCTUnwrap(expected))) {
                tally.damaged += 1
                failures.append("\(label): saved, but the file is not the new version")
            }
            if let warning = modified.warning {
                let point = warning.description.contains("cannot create the backup folder") ? "creating the backups folder"
                    : warning.description.contains("cannot link it into") ? "linking the backup" : "other: \(warning)"
                tally.outcomes[.savedWithoutBackup(point: point), default: 0] += 1
                if !warning.description.hasPrefix(path + ": saved, but ") || !warning.description.contains("the disk is full") {
                    tally.unclearMessages += 1
                    failures.append("\(label): unclear warning: \(warning)")
                }
            } else {
                tally.outcomes[.savedWithBackup, default: 0] += 1
                let backups = try store.backups(of: path)
                if backups.count != backupsBefore + 1 || (try? Data(contentsOf: URL(fileURLWithPath: backups[0].path))) != old {
                    failures.append("\(label): saved without a warning, but the backup is not the old file")
                }
            }
        case .failure(let error):
            let text = error.description
            let point = text.contains("cannot create a temporary file") ? "creating the temp file"
                : text.contains("cannot write") ? "writing" : "other: \(text)"
            tally.outcomes[.refused(point: point), default: 0] += 1
            if !text.hasPrefix(path + ": ") || !text.contains("the disk is full") || !text.contains("the file was not changed") {
                tally.unclearMessages += 1
                failures.append("\(label): unclear error: \(text)")
            }
            if (try? Data(contentsOf: URL(fileURLWithPath: path))) == old {
                tally.oldFileIntactWhenRefused += 1
            } else {
                tally.damaged += 1
                failures.append("\(label): refused, but the old file changed")
            }
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: disk).filter { $0.hasPrefix(".a.json.tmp-") }
        tally.tempFilesLeft += left.count
        if !left.isEmpty { failures.append("\(label): temp files left: \(left)") }
    }

    /// Removes everything on the disk.
    private func empty(_ disk: String) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: disk) {
            try FileManager.default.removeItem(atPath: disk + "/" + name)
        }
    }

    /// Fills the disk with one file, leaving `pages` pages free, then with empty files, leaving `inodes` free.
    private func fill(_ disk: String, leavingPages pages: Int, inodes: Int) throws {
        var info = statvfs()
        XCTAssertEqual(statvfs(disk, &info), 0)
        let pageSize = Int(info.f_bsize)
        let freePages = Int(info.f_bavail)
        let filler = disk + "/filler"
        let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let chunk = [UInt8](repeating: 0x2e, count: pageSize)
        for _ in 0..<max(0, freePages - pages) {
            let written = chunk.withUnsafeBytes { write(fd, $0.baseAddress, pageSize) }
            if written < pageSize { break }
        }
        close(fd)
        XCTAssertEqual(statvfs(disk, &info), 0)
        XCTAssertEqual(Int(info.f_bavail), min(pages, freePages), "the data room left")
        var index = 0
        while statvfs(disk, &info) == 0, Int(info.f_ffree) > inodes {
            let made = open(disk + "/i\(index)", O_WRONLY | O_CREAT | O_EXCL, 0o600)
            XCTAssertGreaterThanOrEqual(made, 0, "an inode filler")
            if made < 0 { break }
            close(made)
            index += 1
        }
        XCTAssertEqual(Int(info.f_ffree), inodes, "the inode room left")
    }
}
