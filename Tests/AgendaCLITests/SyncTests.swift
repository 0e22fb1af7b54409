import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda sync` with real git: a bare repository and two clones on this machine.
@Suite struct SyncTests {
    let store = FileAgendaStore()

    /// The agenda folder's file as the report names it, from a clone's top.
    let reported = "Agendas/hemispheric-agenda.json"

    @Test func twoClonesKeepEveryEditAndRecordTheOneRealConflict() throws {
        let clones = try GitClones()
        let (ana, beto) = (clones.first, clones.second)
        // Ana and Beto both change G-SEYX's status (the real conflict), change G-27G0 in different
        // fields, and each changes a goal the other leaves alone.
        #expect(clones.edit(ana, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)
        #expect(clones.edit(ana, "set", "G-27G0", "--progress", "70", by: "Ana").status == 0)
        #expect(clones.edit(ana, "note", "G-27G0", "Cohort two confirmed", by: "Ana").status == 0)
        #expect(clones.edit(beto, "set", "G-SEYX", "--status", "achieved", by: "Beto").status == 0)
        #expect(clones.edit(beto, "set", "G-27G0", "--due", "2026-12-31", by: "Beto").status == 0)
        #expect(clones.edit(beto, "set", "G-J53W", "--add-owner", "Jesús Martínez Saldaña", by: "Beto").status == 0)

        let first = clones.sync(ana)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("pushed 2 commits to origin/main"))
        let second = clones.sync(beto)
        #expect(second.status == 3, "\(second.stdout)\(second.stderr)")
        // Both clones commit the same .gitattributes as the same test identity: within one second the two
        // commits are the same commit, so Beto merges one or two commits, and Ana later pulls two or three.
        #expect(second.stdout.contains(#/merged [12] commits? from origin/main; merged goal by goal: /#),
                "\(second.stdout)")
        #expect(second.stdout.contains("merged goal by goal: \(reported)"))
        #expect(second.stdout.contains(
            "1 open conflict in \(reported); settle it in the Conflicts view (agenda \(reported), key 6), then sync again"))
        let back = clones.sync(ana)
        #expect(back.status == 3, "\(back.stdout)\(back.stderr)")
        #expect(back.stdout.contains(#/pulled [23] commits from origin/main/#), "\(back.stdout)")

        // Both copies hold every edit, and the same bytes.
        let anaFile = try Data(contentsOf: URL(fileURLWithPath: clones.agenda(in: ana)))
        let betoFile = try Data(contentsOf: URL(fileURLWithPath: clones.agenda(in: beto)))
        #expect(anaFile == betoFile)
        let merged = try store.load(clones.agenda(in: beto))
        let cohort = try #require(merged.goal("G-27G0"))
        #expect(cohort.progress == 70 && cohort.due == Day("2026-12-31"))
        #expect(cohort.notes.contains { $0.text == "Cohort two confirmed" && $0.author == "Ana" })
        #expect(merged.goal("G-J53W")?.owners.contains("Jesús Martínez Saldaña") == true)
        let conflict = try #require(merged.conflicts.first)
        #expect(merged.conflicts.count == 1)
        #expect(conflict.id == "G-SEYX" && conflict.field == "status" && conflict.base == "active")
        #expect(Set(conflict.sides.compactMap(\.value)) == ["blocked", "achieved"])
        #expect(Set(conflict.sides.compactMap(\.by)) == ["Ana", "Beto"])
        #expect(["blocked", "achieved"].contains(merged.goal("G-SEYX")?.status.rawValue))

        // validate lists it; git is not left mid-merge anywhere.
        let validate = clones.agenda(beto, ["validate", clones.agenda(in: beto)])
        #expect(validate.status == 1)
        #expect((validate.stdout + validate.stderr).contains("conflict: goal G-SEYX status: changed differently in both copies"))
        for clone in [ana, beto] {
            #expect(clones.git(clone, ["status", "--porcelain"]).stdout.isEmpty)
            #expect(clones.git(clone, ["rev-parse", "--verify", "--quiet", "MERGE_HEAD"]).status != 0)
        }

        // A third sync has nothing to do; the conflict still waits.
        let head = clones.commit(beto)
        let third = clones.sync(beto)
        #expect(third.status == 3)
        #expect(third.stdout.contains("up to date with origin/main"))
        #expect(!third.stdout.contains("committed"))
        #expect(clones.commit(beto) == head && clones.remoteMain == head)

        // Settled in one copy (as the Conflicts view does), synced both ways: clean everywhere.
        try store.update(clones.agenda(in: ana)) { (agenda) throws(AgendaFileError) in
            do {
                _ = try agenda.apply([.resolveConflict(agenda.conflicts[0], side: 0)], by: "Ana", at: Date())
            } catch {
                throw AgendaFileError(file: "", "\(error)")
            }
        }
        let settled = clones.sync(ana)
        #expect(settled.status == 0, "\(settled.stdout)\(settled.stderr)")
        #expect(settled.stdout.contains("1 conflict settled"))
        #expect(clones.sync(beto).status == 0)
        let last = clones.sync(beto)
        #expect(last.status == 0)
        #expect(last.stdout == "up to date with origin/main\n")
        #expect(try store.load(clones.agenda(in: beto)).conflicts.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: clones.agenda(in: ana)))
            == Data(contentsOf: URL(fileURLWithPath: clones.agenda(in: beto))))
    }

    @Test func theDriverIsSetUpOnceAndOnlyForTheAgendaFolder() throws {
        let clones = try GitClones()
        let clone = clones.first
        let setUp = clones.sync(clone)
        #expect(setUp.status == 0, "\(setUp.stderr)")
        #expect(setUp.stdout.contains("merge driver set up"))
        #expect(setUp.stdout.contains("added to .gitattributes and committed: /Agendas/*.json merge=agenda"))
        let attributes = try String(contentsOfFile: clone + "/.gitattributes", encoding: .utf8)
        let driver = clones.git(clone, ["config", "--local", "--get-all", "merge.agenda.driver"]).stdout
        #expect(driver == "'\(Paths.agendaBinary)' merge --no-backup %O %A %B\n")
        #expect(clones.git(clone, ["config", "--local", "--get", "merge.agenda.name"]).stdout == "agenda merge driver\n")
        #expect(clones.git(clone, ["log", "-1", "--format=%s"]).stdout == "agenda: merge agenda files with the agenda merge driver\n")
        #expect(clones.git(clone, ["status", "--porcelain"]).stdout.isEmpty)

        // The agenda files get the driver; other JSON files of the repository keep git's own merge.
        let check = clones.git(clone, ["check-attr", "merge", "--", "Agendas/hemispheric-agenda.json", "package.json", "Agendas/sub/x.json"])
        #expect(check.stdout == """
            Agendas/hemispheric-agenda.json: merge: agenda
            package.json: merge: unspecified
            Agendas/sub/x.json: merge: unspecified

            """)

        let commits = clones.git(clone, ["rev-list", "--count", "HEAD"]).stdout
        let again = clones.sync(clone)
        #expect(again.status == 0)
        #expect(again.stdout == "up to date with origin/main\n")
        #expect(try String(contentsOfFile: clone + "/.gitattributes", encoding: .utf8) == attributes)
        #expect(clones.git(clone, ["config", "--local", "--get-all", "merge.agenda.driver"]).stdout == driver)
        #expect(clones.git(clone, ["rev-list", "--count", "HEAD"]).stdout == commits)
        #expect(attributes.components(separatedBy: "merge=agenda").count == 2)
    }

    @Test func offlineItCommitsAndPushesOnTheNextSync() throws {
        let clones = try GitClones()
        let clone = clones.first
        #expect(clones.sync(clone).status == 0)
        #expect(clones.edit(clone, "set", "G-EVAY", "--progress", "35", by: "Ana").status == 0)
        try clones.disconnect()
        let offline = clones.sync(clone)
        #expect(offline.status == 2, "\(offline.stdout)\(offline.stderr)")
        #expect(offline.stdout.contains("committed Agendas/hemispheric-agenda.json: agenda: 1 goal changed (G-EVAY progress 30→35)"))
        #expect(offline.stdout.contains("could not reach origin"))
        #expect(offline.stdout.contains("the edits are committed here, and the push will happen on the next sync"))
        #expect(clones.git(clone, ["status", "--porcelain"]).stdout.isEmpty)
        let local = clones.commit(clone)

        try clones.reconnect()
        #expect(clones.remoteMain != local)
        let online = clones.sync(clone)
        #expect(online.status == 0, "\(online.stdout)\(online.stderr)")
        #expect(online.stdout == "pushed 1 commit to origin/main\n")
        #expect(clones.remoteMain == local)
    }

    @Test func outsideAGitWorkingTreeItSaysSo() throws {
        let clones = try GitClones()
        let plain = clones.folder.file("plain")
        try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.sampleAgenda, toPath: plain + "/agenda.json")
        let result = clones.agenda(plain, ["sync", "."])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("agenda: . is not in a git working tree"))
        #expect(result.stderr.contains("clone the shared repository (git clone URL) or make one here (git init)"))
        #expect(!FileManager.default.fileExists(atPath: plain + "/.gitattributes"))
        let missing = clones.agenda(clones.first, ["sync", "Nowhere"])
        #expect(missing.status == 1 && missing.stderr == "agenda: no folder Nowhere\n")
    }

    @Test func theCommitMessageSumsUpTheEdits() throws {
        let clones = try GitClones()
        let clone = clones.first
        #expect(clones.edit(clone, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)
        #expect(clones.edit(clone, "set", "G-27G0", "--progress", "70", "--add-owner", "Comité de Michoacán", by: "Ana").status == 0)
        #expect(clones.edit(clone, "note", "G-J53W", "Report sent", by: "Beto").status == 0)
        let added = clones.edit(clone, "add", "--title", "Voting rights abroad", "--area", "leadership", by: "Beto")
        #expect(added.status == 0, "\(added.stderr)")
        let newID = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = clones.sync(clone)
        #expect(result.status == 0, "\(result.stderr)")
        let message = clones.git(clone, ["log", "-1", "--format=%B"]).stdout
        let lines = message.components(separatedBy: "\n")
        #expect(lines[0] == "agenda: 2 goals changed (G-SEYX status active→blocked, G-27G0 progress 65→70, "
            + "G-27G0 owner +Comité de Michoacán), 1 added, 1 note")
        #expect(lines[1] == "")
        #expect(lines[2] == "Agendas/hemispheric-agenda.json:")
        #expect(lines.contains { $0.hasPrefix("- \(newID) added: \"Voting rights abroad\" (Beto, ") })
        #expect(lines.contains { $0.hasPrefix("- G-SEYX status: active → blocked (Ana, ") })
        #expect(lines.contains { $0.hasPrefix("- G-27G0 owners: + Comité de Michoacán (Ana, ") })
        #expect(lines.contains { $0.hasPrefix("- G-J53W note: \"Report sent\" (Beto, ") })
        #expect(clones.git(clone, ["log", "-1", "--format=%an <%ae>"]).stdout == "Sync Test <sync-test@example.org>\n")
    }

    @Test func withNoGitIdentityTheAgendaUserCommits() throws {
        let clones = try GitClones()
        let clone = clones.first
        #expect(clones.edit(clone, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)
        let result = clones.sync(clone, ["--by", "Ana Pérez"], identity: false)
        #expect(result.status == 0, "\(result.stderr)")
        let author = clones.git(clone, ["log", "-1", "--format=%an|%cn|%ae"], identity: false).stdout
        let parts = author.trimmingCharacters(in: .newlines).components(separatedBy: "|")
        #expect(parts.count == 3 && parts[0] == "Ana Pérez" && parts[1] == "Ana Pérez" && parts[2].contains("@"))
    }

    @Test func onlyTheAgendaFilesAreCommitted() throws {
        let clones = try GitClones()
        let clone = clones.first
        try "notes of mine\n".write(toFile: clone + "/notes.txt", atomically: true, encoding: .utf8)
        try "staged\n".write(toFile: clone + "/staged.txt", atomically: true, encoding: .utf8)
        #expect(clones.git(clone, ["add", "staged.txt"]).status == 0)
        try #"{"name": "not an agenda"}"#.write(toFile: clone + "/Agendas/settings.json", atomically: true, encoding: .utf8)
        #expect(clones.edit(clone, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)
        let result = clones.sync(clone)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("left out Agendas/settings.json: not a valid agenda"))
        let files = clones.git(clone, ["show", "--name-only", "--format=", "HEAD"]).stdout
        #expect(files == "Agendas/hemispheric-agenda.json\n")
        #expect(clones.git(clone, ["status", "--porcelain"]).stdout == "A  staged.txt\n?? Agendas/settings.json\n?? notes.txt\n")
    }

    @Test func aBrokenAgendaStopsTheSyncBeforeAnyCommit() throws {
        let clones = try GitClones()
        let clone = clones.first
        #expect(clones.sync(clone).status == 0)
        let head = clones.commit(clone)
        var text = try String(contentsOfFile: clones.agenda(in: clone), encoding: .utf8)
        text.removeLast(20)
        try text.write(toFile: clones.agenda(in: clone), atomically: true, encoding: .utf8)
        let result = clones.sync(clone)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Agendas/hemispheric-agenda.json:"))
        #expect(result.stderr.contains("is not a valid agenda now; fix it (agenda validate Agendas/hemispheric-agenda.json tells where), then sync again; nothing was committed"))
        #expect(clones.commit(clone) == head)
    }

    @Test func aConflictInAnotherFileIsLeftToTheUser() throws {
        let clones = try GitClones()
        let (ana, beto) = (clones.first, clones.second)
        try "Ana's words\n".write(toFile: ana + "/README.txt", atomically: true, encoding: .utf8)
        try "Beto's words\n".write(toFile: beto + "/README.txt", atomically: true, encoding: .utf8)
        for (clone, name) in [(ana, "Ana"), (beto, "Beto")] {
            #expect(clones.git(clone, ["add", "README.txt"]).status == 0)
            #expect(clones.git(clone, ["commit", "--quiet", "-m", "README by \(name)"]).status == 0)
        }
        #expect(clones.edit(beto, "set", "G-SEYX", "--status", "blocked", by: "Beto").status == 0)
        #expect(clones.sync(ana).status == 0)
        let result = clones.sync(beto)
        #expect(result.status == 1)
        #expect(result.stderr.contains("agenda: git could not merge this file from origin/main: README.txt"))
        #expect(result.stderr.contains("the merge is left as git stopped it"))
        #expect(clones.git(beto, ["rev-parse", "--verify", "--quiet", "MERGE_HEAD"]).status == 0)
        let again = clones.sync(beto)
        #expect(again.status == 1)
        #expect(again.stderr.contains("git is in the middle of a merge"))
    }

    @Test func theDriverRunsFromAPathTheShellAndGitWouldMisread() throws {
        let clones = try GitClones()
        let (ana, beto) = (clones.first, clones.second)
        // The program git runs is the one that synced, here through a link in an awkward folder.
        let odd = clones.folder.file("bin/it's 100% $HOME")
        try FileManager.default.createDirectory(atPath: odd, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: odd + "/agenda", withDestinationPath: Paths.agendaBinary)
        let sync = { (clone: String) in
            CommandRunner.run(odd + "/agenda", ["sync"], environment: clones.environment(), currentDirectory: clone)
        }
        #expect(clones.edit(ana, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)
        #expect(clones.edit(beto, "set", "G-SEYX", "--status", "achieved", by: "Beto").status == 0)
        #expect(sync(ana).status == 0)
        let merged = sync(beto)
        #expect(merged.status == 3, "\(merged.stdout)\(merged.stderr)")
        let driver = clones.git(beto, ["config", "--get", "merge.agenda.driver"]).stdout
        #expect(driver == "'\(odd)/agenda' merge --no-backup %O %A %B\n".replacingOccurrences(of: "'s", with: "'\\''s")
            .replacingOccurrences(of: "%", with: "%%").replacingOccurrences(of: "%%O %%A %%B", with: "%O %A %B"))
        #expect(try store.load(clones.agenda(in: beto)).conflicts.count == 1)
    }

    /// The agenda under test twice over, in the clones' folder: as a build in a checkout's `.build`
    /// (a link) and as an installed copy in `prefix/bin` (a hard link, else a copy: a link would
    /// lead back to wherever the binary was built); and a folder holding git alone, for a `PATH`
    /// with no other `agenda` on it.
    func builtAndInstalled(in clones: GitClones) throws -> (built: String, installed: String, gitOnly: String) {
        let manager = FileManager.default
        let built = clones.folder.file("checkout/.build/release/agenda")
        let installed = clones.folder.file("prefix/bin/agenda")
        let gitOnly = clones.folder.file("git-only")
        for folder in [built, installed, gitOnly + "/git"] {
            try manager.createDirectory(atPath: (folder as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        try manager.createSymbolicLink(atPath: built, withDestinationPath: Paths.agendaBinary)
        if link(Paths.agendaBinary, installed) != 0 { try manager.copyItem(atPath: Paths.agendaBinary, toPath: installed) }
        try manager.createSymbolicLink(atPath: gitOnly + "/git", withDestinationPath: "/usr/bin/git")
        return (built, installed, gitOnly)
    }

    @Test func aDriverInABuildFolderIsSaidOnceWithTheInstalledAgendaToPointItAt() throws {
        let clones = try GitClones()
        let clone = clones.first
        let (built, installed, gitOnly) = try builtAndInstalled(in: clones)
        var environment = clones.environment()
        environment["PATH"] = (installed as NSString).deletingLastPathComponent + ":" + gitOnly
        let run = { (program: String) in CommandRunner.run(program, ["sync"], environment: environment, currentDirectory: clone) }

        // The build's sync registers itself, and says once where the driver should point instead.
        let first = run(built)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("merge driver set up in the repository's config: merge.agenda.driver = '\(built)' merge"))
        let notice = "the merge driver runs \(built), in a SwiftPM build folder: `swift package clean` removes it, "
            + "and git then cannot merge agenda files in this clone; \(installed) is installed: "
            + "run `\(installed) sync Agendas` once to point the driver at it\n"
        #expect(first.stdout.contains(notice))
        #expect(first.stdout.components(separatedBy: "SwiftPM build folder").count == 2)
        #expect(first.stderr.isEmpty)
        let driver = { clones.git(clone, ["config", "--local", "--get", "merge.agenda.driver"]).stdout }
        #expect(driver() == "'\(built)' merge --no-backup %O %A %B\n")
        #expect(run(built).stdout == "up to date with origin/main\n")

        // The installed agenda's sync takes the driver over, and says nothing of build folders.
        let moved = run(installed)
        #expect(moved.status == 0, "\(moved.stdout)\(moved.stderr)")
        #expect(moved.stdout == "merge driver set up in the repository's config: merge.agenda.driver = "
            + "'\(installed)' merge --no-backup %O %A %B (it ran \(built), in a build folder)\nup to date with origin/main\n")
        #expect(driver() == "'\(installed)' merge --no-backup %O %A %B\n")
        // A build's sync leaves it there.
        #expect(run(built).stdout == "up to date with origin/main\n")
        #expect(driver() == "'\(installed)' merge --no-backup %O %A %B\n")
    }

    @Test func aDriverInABuildFolderWithNoAgendaInstalledSaysHowToInstallOne() throws {
        let clones = try GitClones()
        let clone = clones.first
        let (built, installed, gitOnly) = try builtAndInstalled(in: clones)
        var environment = clones.environment()
        environment["PATH"] = gitOnly
        let first = CommandRunner.run(built, ["sync", "Agendas"], environment: environment, currentDirectory: clone)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("the merge driver runs \(built), in a SwiftPM build folder: `swift package clean` removes it, "
            + "and git then cannot merge agenda files in this clone; install agenda (make install puts it in /usr/local/bin), "
            + "then run the installed `agenda sync Agendas` once to point the driver at it\n"))
        #expect(clones.git(clone, ["config", "--local", "--get", "merge.agenda.driver"]).stdout == "'\(built)' merge --no-backup %O %A %B\n")
        // An agenda outside any build folder has nothing to say of it.
        let other = clones.second
        let plain = CommandRunner.run(installed, ["sync"], environment: environment, currentDirectory: other)
        #expect(plain.status == 0, "\(plain.stdout)\(plain.stderr)")
        #expect(plain.stdout.contains("merge driver set up"))
        #expect(!plain.stdout.contains("build folder"))
    }

    @Test func aFolderWithNoAgendaNamesTheFolderWhoseAgendasChanged() throws {
        let clones = try GitClones()
        let clone = clones.first
        #expect(clones.sync(clone).status == 0)
        let (head, remote) = (clones.commit(clone), clones.remoteMain)
        #expect(clones.edit(clone, "set", "G-SEYX", "--status", "blocked", by: "Ana").status == 0)

        // At the top, where no agenda lives (a JSON file that is not one changed there too): it says
        // which folder to sync, and does nothing.
        try #"{"name": "a package"}"#.write(toFile: clone + "/package.json", atomically: true, encoding: .utf8)
        let top = clones.agenda(clone, ["sync", "."])
        #expect(top.status == 1, "\(top.stdout)\(top.stderr)")
        #expect(top.stdout.isEmpty)
        #expect(top.stderr == "agenda: . holds no agenda file, but Agendas/hemispheric-agenda.json has changes not committed; "
            + "sync the folder that holds it: agenda sync Agendas (nothing was done)\n")
        #expect(clones.commit(clone) == head && clones.remoteMain == remote)
        #expect(clones.git(clone, ["status", "--porcelain"]).stdout == " M Agendas/hemispheric-agenda.json\n?? package.json\n")

        // From another folder, as the user would name it from there; a new agenda elsewhere counts too.
        try FileManager.default.createDirectory(atPath: clone + "/docs/Old", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.sampleAgenda, toPath: clone + "/docs/Old/2025 agenda.json")
        try #"{"name": "not an agenda"}"#.write(toFile: clone + "/docs/settings.json", atomically: true, encoding: .utf8)
        let docs = CommandRunner.run(Paths.agendaBinary, ["sync", "."], environment: clones.environment(), currentDirectory: clone + "/docs")
        #expect(docs.status == 1)
        #expect(docs.stderr == "agenda: . holds no agenda file, but ../Agendas/hemispheric-agenda.json and Old/2025 agenda.json "
            + "have changes not committed; sync the folders that hold them: agenda sync ../Agendas, then agenda sync Old "
            + "(nothing was done)\n")
        try FileManager.default.removeItem(atPath: clone + "/docs")

        // The folder named syncs the edit.
        let agendas = clones.agenda(clone, ["sync", "Agendas"])
        #expect(agendas.status == 0, "\(agendas.stdout)\(agendas.stderr)")
        #expect(agendas.stdout.contains("pushed 1 commit to origin/main"))
        #expect(clones.remoteMain == clones.commit(clone))

        // A folder that holds an agenda syncs it; an agenda elsewhere is the user's own business.
        try FileManager.default.createDirectory(atPath: clone + "/Archive", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.sampleAgenda, toPath: clone + "/Archive/old.json")
        #expect(clones.edit(clone, "set", "G-SEYX", "--status", "achieved", by: "Ana").status == 0)
        let again = clones.agenda(clone, ["sync", "Agendas"])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(clones.git(clone, ["status", "--porcelain"]).stdout == "?? Archive/\n?? package.json\n")
    }

    @Test func theFirstPushToAnEmptyRemoteSetsTheUpstream() throws {
        let clones = try GitClones()
        let empty = clones.folder.file("empty.git")
        let fresh = clones.folder.file("fresh")
        #expect(clones.git(clones.folder.path, ["init", "--quiet", "--bare", "--initial-branch=main", empty]).status == 0)
        #expect(clones.git(clones.folder.path, ["clone", "--quiet", empty, fresh]).status == 0)
        try FileManager.default.createDirectory(atPath: fresh + "/Agendas", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.sampleAgenda, toPath: fresh + "/Agendas/hemispheric-agenda.json")
        let result = clones.sync(fresh)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("committed Agendas/hemispheric-agenda.json: agenda: new agenda hemispheric-agenda.json (45 goals)"))
        #expect(result.stdout.contains("pushed 2 commits to origin/main"))
        #expect(clones.git(fresh, ["rev-parse", "--abbrev-ref", "main@{upstream}"]).stdout == "origin/main\n")
        #expect(clones.sync(fresh).stdout == "up to date with origin/main\n")
    }

    @Test func withNoRemoteItCommitsAndSaysSo() throws {
        let clones = try GitClones()
        let lone = clones.folder.file("lone")
        #expect(clones.git(clones.folder.path, ["init", "--quiet", "--initial-branch=main", lone]).status == 0)
        try FileManager.default.copyItem(atPath: Paths.sampleAgenda, toPath: lone + "/hemispheric-agenda.json")
        try #"{"name": "a package"}"#.write(toFile: lone + "/package.json", atomically: true, encoding: .utf8)
        let result = clones.sync(lone)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("added to .gitattributes and committed: /hemispheric-agenda.json merge=agenda"))
        #expect(result.stdout.contains("no remote to sync with: the edits are committed here only"))
        #expect(clones.git(lone, ["log", "--format=%s"]).stdout
            == "agenda: new agenda hemispheric-agenda.json (45 goals)\nagenda: merge agenda files with the agenda merge driver\n")
        #expect(clones.git(lone, ["check-attr", "merge", "--", "package.json"]).stdout == "package.json: merge: unspecified\n")
    }

    @Test func whenSomeonePushesFirstItFetchesAndMergesAgain() throws {
        let clones = try GitClones()
        let (ana, beto) = (clones.first, clones.second)
        #expect(clones.sync(ana).status == 0)
        #expect(clones.edit(beto, "set", "G-27G0", "--progress", "70", by: "Beto").status == 0)
        #expect(clones.sync(beto).status == 0)
        // Beto has one more commit ready; Ana's merge sets it off, so her push finds the remote moved.
        #expect(clones.edit(beto, "set", "G-J53W", "--add-tag", "second-try", by: "Beto").status == 0)
        #expect(clones.git(beto, ["commit", "--quiet", "--all", "--message", "Beto's tag"]).status == 0)
        let flag = clones.folder.file("pushed-once")
        let hook = ana + "/.git/hooks/post-merge"
        try """
            #!/bin/sh
            [ -e '\(flag)' ] && exit 0
            touch '\(flag)'
            unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
            exec git -C '\(beto)' push --quiet origin HEAD:refs/heads/main
            """.write(toFile: hook, atomically: true, encoding: .utf8)
        #expect(chmod(hook, 0o755) == 0)
        #expect(clones.edit(ana, "set", "G-EVAY", "--progress", "35", by: "Ana").status == 0)
        let result = clones.sync(ana, ["--verbose"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("origin/main moved meanwhile; fetching again"))
        // --verbose tells the random wait, the try it comes before, and the bound.
        #expect(result.stderr.contains(/\+ wait 0\.[0-9]{2} s before try 2 \(random, up to 0\.50 s; no try starts after 30 s\)/))
        #expect(FileManager.default.fileExists(atPath: flag))
        #expect(clones.remoteMain == clones.commit(ana))
        let agenda = try store.load(clones.agenda(in: ana))
        #expect(agenda.goal("G-27G0")?.progress == 70 && agenda.goal("G-EVAY")?.progress == 35)
        #expect(agenda.goal("G-J53W")?.tags.contains("second-try") == true)
    }
}
