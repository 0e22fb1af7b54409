import AgendaStore
import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal (tmux): what a committee member sees and does.
@Suite(.serialized) struct BrowserEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }

    @Test func openSearchHelpResizeAndQuit() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda)
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        #expect(tmux.screen().contains("Leadership and organizational strength"))
        // Search for an accented word: each keystroke narrows the list.
        tmux.send("/")
        tmux.send("Michoacán", literal: true)
        #expect(tmux.waitFor("Search: Michoacán"), "\(tmux.screen())")
        #expect(tmux.waitFor("11 of 45 goals"), "\(tmux.screen())")
        tmux.send("Enter")
        #expect(tmux.waitFor("Search “Michoacán”"))
        // Help lists the keys of the goals view.
        tmux.send("?")
        #expect(tmux.waitFor("Fold every area"), "\(tmux.screen())")
        tmux.send("Escape")
        #expect(tmux.waitUntil { !$0.contains("Fold every area") })
        // Resize to 40x12 and back: the screen is redrawn for each size.
        tmux.resize(width: 40, height: 12)
        #expect(tmux.waitUntil { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 12 && lines[11].contains("help") && lines.allSatisfy { $0.count <= 40 }
        }, "\(tmux.screen())")
        tmux.resize(width: 100, height: 30)
        #expect(tmux.waitUntil { $0.contains("1 Goals  2  3  4  5") && $0.contains("Search “Michoacán”") },
                "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitUntil(timeout: 5) { $0.hasSuffix("$ \n") || $0.contains("$ ") && !$0.contains("1 Goals") })
        #expect(tmux.shellAnswers(), "\(tmux.screen())")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda)
        #expect(tmux.waitFor("45 of 45 goals"))
        let pid = try #require(tmux.childPID())
        kill(pid, SIGTERM)
        #expect(tmux.waitUntil(timeout: 5) { !$0.contains("45 of 45 goals") }, "\(tmux.screen())")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")
    }

    @Test func sighupAndCtrlCRestoreTheTerminal() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        tmux.run(agenda)
        #expect(tmux.waitFor("45 of 45 goals"))
        tmux.send("C-c")
        #expect(tmux.waitUntil(timeout: 5) { !$0.contains("45 of 45 goals") })
        #expect(tmux.shellAnswers(), "\(tmux.screen())")
        tmux.run("clear; " + agenda)
        #expect(tmux.waitFor("45 of 45 goals"))
        let pid = try #require(tmux.childPID())
        kill(pid, SIGHUP)
        #expect(tmux.waitUntil(timeout: 5) { !$0.contains("45 of 45 goals") })
        #expect(tmux.shellAnswers(), "\(tmux.screen())")
    }

    @Test func aCrashRestoresTheTerminalAtOnce() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        tmux.run(agenda)
        #expect(tmux.waitFor("45 of 45 goals"))
        let pid = try #require(tmux.childPID())
        let start = Date()
        kill(pid, SIGSEGV)
        #expect(tmux.waitFor("agenda: crashed", timeout: 5), "\(tmux.screen())")
        #expect(Date().timeIntervalSince(start) < 3)
        #expect(tmux.shellAnswers(), "\(tmux.screen())")
    }

    @Test func escapeAnswersAtOnce() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda)
        #expect(tmux.waitFor("45 of 45 goals"))
        tmux.send("/")
        tmux.send("vote", literal: true)
        #expect(tmux.waitFor("Search: vote"))
        let start = Date()
        tmux.send("Escape")
        #expect(tmux.waitUntil(timeout: 2) { $0.contains("45 of 45 goals") && !$0.contains("Search: vote") })
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 0.6, "Escape took \(elapsed) s")
        tmux.send("q")
    }

    @Test func suspendAndResumeRedraws() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda)
        #expect(tmux.waitFor("45 of 45 goals"))
        tmux.send("C-z")
        #expect(tmux.waitUntil(timeout: 5) { !$0.contains("45 of 45 goals") }, "\(tmux.screen())")
        tmux.run("fg")
        #expect(tmux.waitFor("45 of 45 goals"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.waitUntil(timeout: 5) { !$0.contains("45 of 45 goals") })
        #expect(tmux.shellAnswers())
    }

    @Test func aBrokenFileShowsItsLineAndColumnAndStaysUnchanged() throws {
        let folder = TemporaryFolder()
        let broken = folder.write("broken.json", "{\n  \"title\": \"Roto\"\n  \"goals\": []\n}\n")
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda + " '" + broken + "'")
        #expect(tmux.waitFor("broken.json:3:3: expected ',' or '}' after a member"), "\(tmux.screen())")
        #expect(tmux.screen().contains("This agenda could not be opened."))
        tmux.send("q")
        #expect(tmux.shellAnswers())
        #expect(String(decoding: FileManager.default.contents(atPath: broken)!, as: UTF8.self)
            == "{\n  \"title\": \"Roto\"\n  \"goals\": []\n}\n")
    }

    @Test func aFolderOfAgendasShowsThePicker() throws {
        let folder = TemporaryFolder()
        var second = Fixtures.agenda()
        second.title = "Agenda del Comité de Michoacán"
        try FileAgendaStore().create(Fixtures.agenda(), at: folder.file("a.json"))
        try FileAgendaStore().create(second, at: folder.file("b.json"))
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.run(agenda + " '" + folder.path + "'")
        #expect(tmux.waitFor("Agenda del Comité de Michoacán"), "\(tmux.screen())")
        tmux.send("Down")
        tmux.send("Enter")
        #expect(tmux.waitFor("5 of 5 goals"), "\(tmux.screen())")
        #expect(tmux.screen().contains("Agenda del Comité de Michoacán"))
        tmux.send("q")
    }

    @Test func aTerminalThatCannotMoveTheCursorIsRefusedWithWhatToDoInstead() throws {
        // Wide enough that each message stays on one line.
        let tmux = try TmuxSession(width: 250, height: 30)
        tmux.run("clear; TERM=dumb \(agenda); echo \"exit=$?\"; env -u TERM \(agenda); echo \"exit=$?\"")
        // The command typed holds "exit=" twice too: wait for the two lines that start with it.
        #expect(tmux.waitUntil { $0.split(separator: "\n").filter { $0.hasPrefix("exit=") }.count == 2 }, "\(tmux.screen())")
        let screen = tmux.screen()
        #expect(screen.contains("agenda: the terminal type \"dumb\" (TERM) cannot move the cursor, so it cannot show a full screen;"),
                "\(screen)")
        #expect(screen.contains("agenda: TERM is not set, so the terminal type is unknown;"), "\(screen)")
        #expect(screen.components(separatedBy: "use a subcommand instead, such as 'agenda summary'").count == 3, "\(screen)")
        #expect(screen.components(separatedBy: "exit=1").count == 3, "\(screen)")
        // Nothing of the full-screen program was drawn.
        #expect(!screen.contains("Goals") && !screen.contains("? help"), "\(screen)")
    }

    @Test func withoutATerminalItSaysSoAndExits() {
        let result = CommandRunner.agenda([], currentDirectory: Paths.packageRoot)
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a terminal"))
        #expect(result.stdout.isEmpty)
    }
}
