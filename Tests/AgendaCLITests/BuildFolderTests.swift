@testable import AgendaCLI
import Foundation
import Testing
import TestSupport

/// Which paths are in a SwiftPM build folder, from their names and from SwiftPM's layout on disk.
@Suite struct BuildFolderTests {
    @Test func foldersNamedAsSwiftPMNamesThemAreBuildFolders() {
        for path in [
            "/src/agenda/.build/debug/agenda", "/src/agenda/.build/x86_64-unknown-linux-gnu/release/agenda",
            "/src/agenda/.build-asan/debug/agenda", "/src/agenda/.build_tsan/release/agenda", "/src/agenda/.build/agenda",
        ] {
            #expect(BuildFolder.contains(path), "\(path)")
        }
        for path in [
            "/usr/local/bin/agenda", "/opt/agenda/bin/agenda", "/home/ana/.buildkite/agenda", "/home/ana/build/agenda",
            "/home/ana/debug/agenda", "/srv/x86_64-unknown-linux-gnu/agenda",
        ] {
            #expect(!BuildFolder.contains(path), "\(path)")
        }
    }

    @Test func aScratchFolderOfAnotherNameIsToldByItsLayout() throws {
        let folder = TemporaryFolder("agenda-build-folder")
        let scratch = folder.file("scratch")
        let triple = scratch + "/aarch64-unknown-linux-gnu"
        try FileManager.default.createDirectory(atPath: triple + "/release", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch + "/release", withDestinationPath: triple + "/release")
        #expect(BuildFolder.contains(triple + "/release/agenda"))
        #expect(BuildFolder.contains(scratch + "/release/agenda"))
        #expect(BuildFolder.contains("/elsewhere/arm64-apple-macosx/debug/agenda"))
        // A folder named debug or release with no triple beside it is not one.
        try FileManager.default.createDirectory(atPath: folder.file("tools/release"), withIntermediateDirectories: true)
        #expect(!BuildFolder.contains(folder.file("tools/release/agenda")))
    }

    @Test func aLinkIntoABuildFolderIsInOne() throws {
        let folder = TemporaryFolder("agenda-build-folder")
        let build = folder.file("checkout/.build/release")
        try FileManager.default.createDirectory(atPath: build, withIntermediateDirectories: true)
        folder.write("checkout/.build/release/agenda", "#!/bin/sh\n", mode: 0o755)
        try FileManager.default.createDirectory(atPath: folder.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("bin/agenda"), withDestinationPath: build + "/agenda")
        #expect(BuildFolder.contains(folder.file("bin/agenda")))
        // PATH's agenda is the first one outside any build folder.
        try FileManager.default.createDirectory(atPath: folder.file("installed"), withIntermediateDirectories: true)
        folder.write("installed/agenda", "#!/bin/sh\n", mode: 0o755)
        let path = [folder.file("bin"), build, "relative/bin", folder.file("installed")].joined(separator: ":")
        #expect(BuildFolderNotice.installedAgenda(searchPath: path) == folder.file("installed/agenda"))
        #expect(BuildFolderNotice.installedAgenda(searchPath: folder.file("bin")) == nil)
    }

    @Test func theCommandToRunIsQuotedForTheShellWhenItMustBe() {
        #expect(BuildFolderNotice.shellWord("/usr/local/bin/agenda") == "/usr/local/bin/agenda")
        #expect(BuildFolderNotice.shellWord("Agendas") == "Agendas")
        #expect(BuildFolderNotice.shellWord("My Agendas") == "'My Agendas'")
        #expect(BuildFolderNotice.shellWord("it's") == "'it'\\''s'")
        #expect(BuildFolderNotice.shellWord("") == "''")
    }
}
