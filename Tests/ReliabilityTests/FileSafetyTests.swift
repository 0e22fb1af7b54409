import AgendaModel
import AgendaStore
import Foundation
import Synchronization
import TestSupport
import XCTest

/// Read-only files and folders, symbolic and hard links, modes: no save overwrites what it must not, breaks
/// a link, changes a file's mode, or creates a file, backup or folder others can read when the agenda is
/// not theirs to read. Every save here is the real `agenda` binary, as a user would run it.
final class FileSafetyTests: XCTestCase {
    /// The figures over all cases.
    struct Tally {
        var cases = 0
        var silentOverwrites = 0
        var brokenLinks = 0
        var modeChanges = 0
        var worldReadableCreated = 0
        var unclearRefusals = 0
        var failures: [String] = []

        mutating func fail(_ text: String) {
            failures.append(text)
        }
    }

    let format = JSONAgendaFormat()
    var text: String { String(decoding: format.encode(Fixtures.agenda()), as: UTF8.self) }

    func testNoSaveOverwritesBreaksALinkChangesAModeOrCreatesAWorldReadableFile() throws {
        var tally = Tally()
        try plainFiles(&tally)
        try readOnlyFiles(&tally)
        try filesThisUserMayNotWrite(&tally)
        try hardLinks(&tally)
        try symbolicLinks(&tally)
        try newFiles(&tally)

        ReliabilityFigures.report("files: permission and link cases", tally.cases)
        ReliabilityFigures.report("files: silent overwrites", tally.silentOverwrites)
        ReliabilityFigures.report("files: broken links", tally.brokenLinks)
        ReliabilityFigures.report("files: mode changes", tally.modeChanges)
        ReliabilityFigures.report("files: world-readable files created", tally.worldReadableCreated)
        ReliabilityFigures.report("files: refusals without a clear reason", tally.unclearRefusals)
        XCTAssertEqual(tally.failures, [], tally.failures.prefix(8).joined(separator: "\n"))
        XCTAssertEqual(tally.silentOverwrites, 0)
        XCTAssertEqual(tally.brokenLinks, 0)
        XCTAssertEqual(tally.modeChanges, 0)
        XCTAssertEqual(tally.worldReadableCreated, 0)
        XCTAssertEqual(tally.unclearRefusals, 0)
        XCTAssertGreaterThanOrEqual(tally.cases, 40)
    }

    /// The temp file of a save exists only while the save runs: watch the folder during saves of a large
    /// agenda and look at the mode of every temp file seen. None may be readable beyond the agenda.
    func testATempFileIsNeverReadableBeyondTheAgendaItSaves() throws {
        let folder = TemporaryFolder()
        let path = folder.file("a.json")
        try FileAgendaStore().create(AgendaGenerator.agenda(goals: 1_000), at: path)
        chmod(path, 0o640)
        let done = Atomic<Bool>(false)
        let saves = 10
        DispatchQueue.global().async {
            for index in 0..<saves {
                try? FileAgendaStore().update(path) { (agenda: inout Agenda) throws(AgendaFileError) in
                    agenda.description = "save \(index)"
                }
            }
            done.store(true, ordering: .releasing)
        }
        var seen: Set<String> = []
        var beyond = 0
        var modes: Set<mode_t> = []
        while !done.load(ordering: .acquiring) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(".a.json.tmp-") {
                var info = stat()
                guard lstat(folder.file(name), &info) == 0 else { continue }
                seen.insert(name)
                modes.insert(info.st_mode & 0o777)
                if info.st_mode & 0o777 & ~0o640 != 0 { beyond += 1 }
            }
        }
        ReliabilityFigures.report("files: temp files seen during \(saves) saves", seen.count)
        ReliabilityFigures.report("files: temp files readable beyond the agenda", beyond)
        print("temp file modes seen: \(modes.map { String($0, radix: 8) }.sorted())")
        XCTAssertGreaterThan(seen.count, 0, "no temp file was seen: the watch proves nothing")
        XCTAssertEqual(beyond, 0)
        XCTAssertEqual(try FileAgendaStore().load(path).description, "save \(saves - 1)")
        XCTAssertEqual(modeOf(path), 0o640)
    }

    /// Saves of files at every usual mode, under a permissive and a strict umask: the mode stays, the
    /// backups have it, the backup folders are 0700.
    private func plainFiles(_ tally: inout Tally) throws {
        for mode: mode_t in [0o600, 0o640, 0o644, 0o660, 0o664, 0o666] {
            for mask in ["000", "077"] {
                let folder = TemporaryFolder()
                let path = folder.write("a.json", text, mode: mode)
                let made = Set(walk(folder.path))
                for progress in [11, 12] {
                    tally.cases += 1
                    let result = agenda(["set", path, "G-0001", "--progress", String(progress)], umask: mask)
                    if result.status != 0 { tally.fail("mode \(octal(mode)) umask \(mask): \(result.stderr)") }
                    if modeOf(path) != mode {
                        tally.modeChanges += 1
                        tally.fail("mode \(octal(mode)) umask \(mask): now \(octal(modeOf(path)))")
                    }
                }
                for backup in try FileAgendaStore().backups(of: path) where modeOf(backup.path) != mode {
                    tally.modeChanges += 1
                    tally.fail("a backup of a file at \(octal(mode)) is at \(octal(modeOf(backup.path)))")
                }
                if try FileAgendaStore().backups(of: path).count != 2 { tally.fail("mode \(octal(mode)): not 2 backups") }
                checkCreated(in: folder.path, before: made, agendaMode: mode, &tally)
            }
        }
    }

    /// Files without any write bit: refused, unchanged, same mode, nothing created.
    private func readOnlyFiles(_ tally: inout Tally) throws {
        for mode: mode_t in [0o444, 0o440, 0o400, 0o555] {
            let folder = TemporaryFolder()
            let path = folder.write("a.json", text, mode: mode)
            try refused(["set", path, "G-0001", "--progress", "1"], file: path, folder: folder, reason: "the file is read-only",
                        &tally)
            // A restore is a save too: give the file a backup, then make it read-only again.
            chmod(path, 0o644)
            XCTAssertEqual(agenda(["set", path, "G-0001", "--progress", "2"]).status, 0)
            chmod(path, mode)
            try refused(["restore", path, "1"], file: path, folder: folder, reason: "the file is read-only", &tally)
        }
    }

    /// A user who may not write the file or its folder: a read-only folder, a folder not theirs, a folder
    /// anyone may write (where a rename could replace another user's file), a sticky folder like /tmp.
    private func filesThisUserMayNotWrite(_ tally: inout Tally) throws {
        let nobody: UInt32 = 65534
        let cases: [(folderMode: mode_t, fileMode: mode_t, fileOwner: UInt32, reason: String)] = [
            (0o555, 0o666, 0, "Permission denied"),
            (0o755, 0o666, 0, "Permission denied"),
            (0o777, 0o644, 0, "you do not have permission to write the file"),
            (0o1777, 0o666, 0, "a sticky folder"),
        ]
        for item in cases {
            let folder = TemporaryFolder()
            let inner = folder.file("shared")
            mkdir(inner, 0o700)
            let path = inner + "/a.json"
            _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
            chown(path, item.fileOwner, item.fileOwner)
            chmod(path, item.fileMode)
            chmod(inner, item.folderMode)
            try refused(["set", path, "G-0001", "--progress", "1"], file: path, folder: folder, reason: item.reason, &tally,
                        user: nobody)
            chmod(inner, 0o755)
        }
    }

    /// A file with a second name, in its folder or another: refused through either name, the link whole.
    private func hardLinks(_ tally: inout Tally) throws {
        for otherFolder in [false, true] {
            let folder = TemporaryFolder()
            let path = folder.write("a.json", text, mode: 0o640)
            if otherFolder { mkdir(folder.file("elsewhere"), 0o755) }
            let other = folder.file(otherFolder ? "elsewhere/b.json" : "b.json")
            XCTAssertEqual(link(path, other), 0)
            for name in [path, other] {
                try refused(["set", name, "G-0001", "--progress", "3"], file: name, folder: folder,
                            reason: "the file has 1 other name (a hard link)", &tally)
                if inode(path) != inode(other) || linkCount(path) != 2 {
                    tally.brokenLinks += 1
                    tally.fail("the hard link \(name) was broken")
                }
            }
        }
    }

    /// Symbolic links, relative and absolute, from the folder or another, through a chain: the save writes
    /// the target, the link stays, the target keeps its mode, the backups go beside the target.
    private func symbolicLinks(_ tally: inout Tally) throws {
        for (linkName, destination) in [("link.json", "real/a.json"), ("other/link.json", "../real/a.json"),
                                        ("other/abs.json", ""), ("chain.json", "link.json")] {
            for mode: mode_t in [0o600, 0o664] {
                let folder = TemporaryFolder()
                mkdir(folder.file("real"), 0o755)
                mkdir(folder.file("other"), 0o755)
                let target = folder.write("real/a.json", text, mode: mode)
                let link = folder.file(linkName)
                let pointsTo = destination.isEmpty ? target : destination
                if linkName == "chain.json" {
                    try FileManager.default.createSymbolicLink(atPath: folder.file("link.json"), withDestinationPath: "real/a.json")
                }
                try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: pointsTo)
                let made = Set(walk(folder.path))
                for arguments in [["set", link, "G-0001", "--progress", "21"], ["restore", link, "1"]] {
                    tally.cases += 1
                    let result = agenda(arguments)
                    if result.status != 0 { tally.fail("\(arguments): \(result.stderr)") }
                    if (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != pointsTo {
                        tally.brokenLinks += 1
                        tally.fail("\(linkName) is no longer a link to \(pointsTo)")
                    }
                    if modeOf(target) != mode {
                        tally.modeChanges += 1
                        tally.fail("the target of \(linkName) changed mode to \(octal(modeOf(target)))")
                    }
                }
                // Saved, then restored: the target holds the original again, with a backup of each version.
                if (try? String(contentsOfFile: target, encoding: .utf8)) != text { tally.fail("\(linkName): restore") }
                let backups = (try? FileAgendaStore().backups(of: link)) ?? []
                if backups.count != 2 || !backups.allSatisfy({ $0.path.hasPrefix(folder.file("real/.agenda-backups/a.json/")) }) {
                    tally.fail("\(linkName): the backups are not beside the target: \(backups.map(\.path))")
                }
                checkCreated(in: folder.path, before: made, agendaMode: mode, &tally)
            }
        }
    }

    /// New agendas, whatever the umask: 0600, and so are the backups of their first edit.
    private func newFiles(_ tally: inout Tally) throws {
        for mask in ["000", "022", "077"] {
            let folder = TemporaryFolder()
            let path = folder.file("new.json")
            tally.cases += 1
            let created = agenda(["new", path, "--title", "Nueva agenda"], umask: mask)
            let edited = agenda(["area", "add", path, "--id", "a", "--name", "A"], umask: mask)
            if created.status != 0 || edited.status != 0 { tally.fail("new with umask \(mask): \(created.stderr)\(edited.stderr)") }
            if modeOf(path) != 0o600 {
                tally.worldReadableCreated += 1
                tally.fail("a new agenda with umask \(mask) is at \(octal(modeOf(path)))")
            }
            checkCreated(in: folder.path, before: [], agendaMode: 0o600, &tally)
        }
    }

    // MARK: - Checks

    /// Runs a save that must be refused: exit 1, the reason and "nothing was written" or "not changed" on
    /// standard error, the file's bytes, mode and inode as they were, nothing new in the folder.
    private func refused(
        _ arguments: [String], file: String, folder: TemporaryFolder, reason: String, _ tally: inout Tally, user: UInt32? = nil
    ) throws {
        tally.cases += 1
        var before = stat()
        stat(file, &before)
        let bytes = FileManager.default.contents(atPath: file)
        let entries = walk(folder.path)
        let result = agenda(arguments, user: user)
        var after = stat()
        stat(file, &after)
        if result.status == 0 || FileManager.default.contents(atPath: file) != bytes || after.st_ino != before.st_ino {
            tally.silentOverwrites += 1
            tally.fail("\(arguments) as \(user.map(String.init) ?? "root"): written (status \(result.status))")
        }
        if after.st_mode != before.st_mode {
            tally.modeChanges += 1
            tally.fail("\(arguments): mode \(octal(before.st_mode)) -> \(octal(after.st_mode))")
        }
        let clear = result.stderr.hasPrefix(file + ": ") && result.stderr.contains(reason)
            && (result.stderr.contains("nothing was written") || result.stderr.contains("the file was not changed"))
        if !clear {
            tally.unclearRefusals += 1
            tally.fail("\(arguments): unclear refusal: \(result.stderr)")
        }
        if walk(folder.path) != entries { tally.fail("\(arguments): left \(Set(walk(folder.path)).subtracting(entries))") }
    }

    /// Counts what the saves created that others could read: a file or folder readable by others in
    /// folders they can all enter, or a file with a permission bit the agenda lacks. Backup folders must be
    /// 0700 and `.gitignore` 0600.
    private func checkCreated(in root: String, before: Set<String>, agendaMode: mode_t, _ tally: inout Tally) {
        for path in walk(root) where !before.contains(path) {
            var info = stat()
            lstat(path, &info)
            let mode = info.st_mode & 0o777
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            if mode & 0o004 != 0, reachableByOthers(path, from: root) {
                tally.worldReadableCreated += 1
                tally.fail("\(path) (\(octal(mode))) is readable by anyone")
            } else if !isFolder, mode & ~agendaMode != 0 {
                tally.worldReadableCreated += 1
                tally.fail("\(path) (\(octal(mode))) has a permission the agenda (\(octal(agendaMode))) has not")
            }
            if isFolder, path.contains("/.agenda-backups"), mode != 0o700 { tally.fail("\(path) is at \(octal(mode)), not 700") }
            if path.hasSuffix("/.gitignore"), mode != 0o600 { tally.fail("\(path) is at \(octal(mode)), not 600") }
        }
    }

    /// Whether every folder from `root` (excluded) down to the entry lets others in.
    private func reachableByOthers(_ path: String, from root: String) -> Bool {
        var folder = (path as NSString).deletingLastPathComponent
        while folder.count > root.count {
            if modeOf(folder) & 0o001 == 0 { return false }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return true
    }

    // MARK: - Helpers

    /// Runs the real binary, with a umask and as a user when given.
    private func agenda(_ arguments: [String], umask mask: String = "022", user: UInt32? = nil) -> CommandResult {
        var environment = ProcessInfo.processInfo.environment
        environment["AGENDA_USER"] = "Test Runner"
        environment.removeValue(forKey: "AGENDA_HOME")
        var command = [Paths.agendaBinary] + arguments
        if let user {
            command = ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--clear-groups"] + command
        }
        return CommandRunner.run("/bin/sh", ["-c", "umask \(mask) && exec \"$@\"", "sh"] + command, environment: environment)
    }

    /// Every path under `root`, links not followed, sorted.
    private func walk(_ root: String) -> [String] {
        var found: [String] = []
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
            let path = root + "/" + name
            found.append(path)
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { found += walk(path) }
        }
        return found.sorted()
    }

    private func modeOf(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode & 0o7777
    }

    private func inode(_ path: String) -> UInt {
        var info = stat()
        lstat(path, &info)
        return UInt(info.st_ino)
    }

    private func linkCount(_ path: String) -> Int {
        var info = stat()
        lstat(path, &info)
        return Int(info.st_nlink)
    }

    private func octal(_ mode: mode_t) -> String {
        String(mode & 0o7777, radix: 8)
    }
}
