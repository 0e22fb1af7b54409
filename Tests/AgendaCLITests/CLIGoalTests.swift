import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The command line as a user runs it: the real binary, its output, its exit status, and the file.
@Suite struct CLIGoalTests {
    let folder = TemporaryFolder()

    /// A copy of the fixture agenda in the test's folder.
    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        try FileAgendaStore().create(Fixtures.agenda(), at: path)
        return path
    }

    func load(_ path: String) throws -> Agenda {
        try FileAgendaStore().load(path)
    }

    @Test func newCreatesAnAgendaWithTheSummitsAreas() throws {
        let path = folder.file("nueva.json")
        let result = CommandRunner.agenda(["new", path, "--title", "Agenda de Michoacán"])
        #expect(result.status == 0, "\(result.stderr)")
        let agenda = try load(path)
        #expect(agenda.title == "Agenda de Michoacán")
        #expect(agenda.areas.map(\.id).contains("leadership"))
        #expect(CommandRunner.agenda(["new", path, "--title", "Again"]).status == 1)
        let empty = folder.file("empty.json")
        #expect(CommandRunner.agenda(["new", empty, "--title", "E", "--no-areas"]).status == 0)
        #expect(try load(empty).areas.isEmpty)
    }

    @Test func addPrintsTheNewIdAlone() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda([
            "add", path, "--title", "Consulta en Michoacán 🇲🇽", "--area", "vote-abroad", "--owner", "Comité de Organización",
            "--org", "michoacan-congress", "--status", "active", "--progress", "20", "--due", "2027-03-31",
            "--country", "mx", "--tag", "vote", "--level", "state", "--source", "Jesús Martínez Saldaña",
        ], environment: ["AGENDA_NOW": "2026-11-29T10:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == 1)
        let id = result.lines[0]
        #expect(id.hasPrefix("G-") && id.count == 6)
        let goal = try #require(try load(path).goal(id))
        #expect(goal.title == "Consulta en Michoacán 🇲🇽")
        #expect(goal.owners == ["Comité de Organización"])
        #expect(goal.organizations == ["michoacan-congress"])
        #expect(goal.status == .active && goal.progress == 20 && goal.due == Day("2027-03-31"))
        #expect(goal.countries == ["MX"] && goal.level == .state && goal.tags == ["vote"])
        #expect(goal.history == [Change(time: Timestamp.parse("2026-11-29T10:00:00Z")!, by: "Test Runner", field: "created",
                                        to: "Consulta en Michoacán 🇲🇽")])
    }

    @Test func aSubGoalTakesItsParentsArea() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["add", path, "--title", "Second cohort", "--parent", "g-0002"])
        #expect(result.status == 0, "\(result.stderr)")
        let goal = try #require(try load(path).goal(result.lines[0]))
        #expect(goal.parent == "G-0002" && goal.area == "leadership")
    }

    @Test func addRefusesBadInputAndWritesNothing() throws {
        let path = try fixtureFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let cases: [([String], Int32, String)] = [
            (["--title", "X", "--area", "nowhere"], 1, "no area with id 'nowhere'"),
            (["--title", "X", "--area", "leadership", "--org", "ghost"], 1, "no organization with id 'ghost'"),
            (["--title", "X", "--area", "leadership", "--parent", "G-NONE"], 1, "no goal with id 'G-NONE'"),
            (["--title", "X", "--area", "leadership", "--progress", "150"], 64, "'150' is not a progress from 0 to 100"),
            (["--title", "X", "--area", "leadership", "--due", "2027-02-30"], 64, "'2027-02-30' is not a date"),
            (["--title", "X", "--area", "leadership", "--status", "done"], 64, "'done' is not a status"),
            (["--title", "X"], 1, "give the goal's area"),
            (["--title", "  ", "--area", "leadership"], 64, "the value is empty"),
        ]
        for (arguments, status, message) in cases {
            let result = CommandRunner.agenda(["add", path] + arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func setChangesSeveralFieldsAtOnceAndPrintsEachChange() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda([
            "set", path, "G-0004", "--status", "active", "--progress", "35", "--due", "none", "--add-owner", "Comité",
            "--remove-owner", "Finance Committee", "--add-org", "diocesis", "--title", "Fund the school 🏫",
            "--by", "Ana María",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines == [
            "G-0004: title: Fund the school → Fund the school 🏫", "G-0004: status: blocked → active",
            "G-0004: progress: 10 → 35", "G-0004: due: − Dec 31, 2025", "G-0004: owners: + Comité",
            "G-0004: owners: − Finance Committee", "G-0004: organizations: + diocesis",
        ])
        let goal = try #require(try load(path).goal("G-0004"))
        #expect(goal.status == .active && goal.progress == 35 && goal.due == nil)
        #expect(goal.owners == ["Comité"] && goal.organizations == ["diocesis"])
        #expect(goal.history.dropFirst().allSatisfy { $0.by == "Ana María" })
    }

    @Test func setIsAllOrNothing() throws {
        let path = try fixtureFile()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = CommandRunner.agenda(["set", path, "G-0004", "--progress", "35", "--add-org", "ghost"])
        #expect(result.status == 1)
        #expect(result.stderr == "\(path): no organization with id 'ghost'; nothing was written\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func setMovesGoalsBetweenParentsAndAreas() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["set", path, "G-0002", "--area", "vote-abroad"]).stderr
            .contains("G-0002 is a sub-goal of G-0001"))
        let moved = CommandRunner.agenda(["set", path, "G-0002", "--parent", "none", "--area", "vote-abroad"])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try load(path).goal("G-0003")?.area == "vote-abroad")
        let cycle = CommandRunner.agenda(["set", path, "G-0002", "--parent", "G-0003"])
        #expect(cycle.status == 1)
        #expect(cycle.stderr.contains("which is its own sub-goal"))
    }

    @Test func whoComesFromByThenEnvironment() throws {
        let path = try fixtureFile()
        _ = CommandRunner.agenda(["set", path, "G-0001", "--progress", "41"], environment: ["AGENDA_USER": "Lucía"])
        _ = CommandRunner.agenda(["set", path, "G-0001", "--progress", "42", "--by", "Comité"], environment: ["AGENDA_USER": "Lucía"])
        // With no --by and an empty AGENDA_USER, the login name of the account running it.
        _ = CommandRunner.agenda(["set", path, "G-0001", "--progress", "43"], environment: ["AGENDA_USER": ""])
        let history = try #require(try load(path).goal("G-0001")).history
        let login = String(cString: getpwuid(geteuid()).pointee.pw_name)
        #expect(!login.isEmpty)
        #expect(history.suffix(3).map(\.by) == ["Lucía", "Comité", login])
    }

    @Test func noteAndDelete() throws {
        let path = try fixtureFile()
        #expect(CommandRunner.agenda(["note", path, "G-0005", "Reunión con diputados de Michoacán\nsegunda línea"]).status == 0)
        #expect(try load(path).goal("G-0005")?.notes.first?.text == "Reunión con diputados de Michoacán\nsegunda línea")
        let refused = CommandRunner.agenda(["delete", path, "G-0001"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("G-0001 has 2 sub-goals (G-0002, G-0003); add --with-subgoals"))
        #expect(try load(path).goals.count == 5)
        let leaf = CommandRunner.agenda(["delete", path, "G-0004"])
        #expect(leaf.lines == ["deleted G-0004"])
        let tree = CommandRunner.agenda(["delete", path, "G-0001", "--with-subgoals"])
        #expect(tree.lines == ["deleted G-0001, G-0002, G-0003"])
        #expect(try load(path).goals.map(\.id) == ["G-0005"])
    }

    @Test func showPrintsTheWholeGoal() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["show", path, "G-0001"], environment: ["AGENDA_NOW": "2026-11-29T00:00:00Z"])
        #expect(result.status == 0)
        #expect(result.lines.first == "G-0001  Train migrant leaders")
        #expect(result.stdout.contains("Due:      Jun 30, 2026 (overdue)"))
        #expect(result.stdout.contains("Progress: 40% (100% from sub-goals)"))
        #expect(result.stdout.contains("Alianza (alianza, New York, US)"))
        #expect(result.stdout.contains("G-0002  Run a leadership school  [active, 60%]"))
        #expect(result.stdout.contains("Jan 15, 2026 12:00  Fixture: created “Train migrant leaders”"))
        let json = CommandRunner.agenda(["show", path, "G-0001", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "G-0001")
        #expect(object["progress"] as? Int == 40)
        #expect(CommandRunner.agenda(["show", path, "G-NONE"]).stderr == "\(path): no goal with id 'G-NONE'\n")
        // A review, recorded by id in any case, shows with its comment.
        let review = CommandRunner.agenda(["review", path, "g-0001", "--health", "off-track", "--comment", "Sin sede en Morelia"],
                                          environment: ["AGENDA_NOW": "2026-11-29T10:00:00Z"])
        #expect(review.status == 0, "\(review.stderr)")
        let shown = CommandRunner.agenda(["show", path, "G-0001"]).stdout
        #expect(shown.contains("Reviews:\n  Nov 29, 2026  Test Runner: off track\n    Sin sede en Morelia\n"), "\(shown)")
    }
}
