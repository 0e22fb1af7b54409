import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport
import TextWidth

/// `agenda list` in its three formats, and its filters.
@Suite struct CLIListTests {
    let folder = TemporaryFolder()

    func fixtureFile() throws -> String {
        let path = folder.file("agenda.json")
        var agenda = Fixtures.agenda()
        agenda.goals[1].title = "日本語の学校 — escuela"
        agenda.goals[3].owners = ["Comité de Finanzas 👩🏽‍🌾"]
        try FileAgendaStore().create(agenda, at: path)
        return path
    }

    @Test func theTableAlignsByDisplayWidth() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["list", path], environment: ["AGENDA_NOW": "2026-11-29T00:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines.count == 6)
        #expect(lines[0].hasPrefix("ID      TITLE"))
        // Every column starts at the same display column on every line.
        for header in ["STATUS", "PROGRESS", "DUE", "AREA"] {
            let start = try #require(lines[0].range(of: header)).lowerBound
            let column = DisplayWidth.of(lines[0][..<start])
            for line in lines.dropFirst() {
                var width = 0
                var found = false
                for (index, character) in zip(line.indices, line) {
                    if width == column {
                        found = index == line.startIndex || line[line.index(before: index)] == " "
                        break
                    }
                    width += DisplayWidth.of(character)
                }
                #expect(found, "column \(header) misaligned in: \(line)")
            }
        }
        #expect(lines[2].contains("  日本語の学校 — escuela"))  // indented under its parent
        #expect(lines[4].contains("Dec 31, 2025 (overdue)"))
    }

    @Test func filtersSelectGoals() throws {
        let path = try fixtureFile()
        func ids(_ arguments: [String]) -> [String] {
            CommandRunner.agenda(["list", path, "--format", "csv"] + arguments).lines.dropFirst()
                .map { String($0.prefix { $0 != "," }) }
        }
        #expect(ids(["--search", "michoacan"]) == ["G-0005"])
        #expect(ids(["--search", "ESCUELA"]) == ["G-0002"])
        #expect(ids(["--status", "active", "--status", "blocked"]) == ["G-0001", "G-0002", "G-0004"])
        #expect(ids(["--area", "vote-abroad"]) == ["G-0005"])
        #expect(ids(["--owner", "comite"]) == ["G-0004", "G-0005"])
        #expect(ids(["--org", "alianza"]) == ["G-0001"])
        #expect(ids(["--country", "MX"]) == ["G-0005"])
        #expect(ids(["--sort", "due"]) == ["G-0004", "G-0001", "G-0002", "G-0003", "G-0005"])
        #expect(ids(["--sort", "progress", "--limit", "2"]) == ["G-0005", "G-0004"])
        #expect(ids(["--limit", "2"]) == ["G-0001", "G-0002"])
        #expect(CommandRunner.agenda(["list", path, "--status", "active", "--count"]).stdout == "2\n")
        #expect(CommandRunner.agenda(["list", path, "--area", "leadership", "--status", "active", "--status", "blocked",
                                      "--count"]).stdout == "3\n")
        let reviewed = CommandRunner.agenda(["review", path, "G-0004", "--health", "at-risk"],
                                            environment: ["AGENDA_NOW": "2026-11-20T12:00:00Z"])
        #expect(reviewed.status == 0, "\(reviewed.stderr)")
        #expect(reviewed.stdout == "G-0004: review: at risk by Test Runner on Nov 20, 2026\n", "\(reviewed.stdout)")
        // Open goals only: G-0003 is achieved.
        #expect(ids(["--not-reviewed-since", "2026-11-01"]) == ["G-0001", "G-0002", "G-0005"])
        #expect(ids(["--not-reviewed-since", "2026-11-21"]) == ["G-0001", "G-0002", "G-0004", "G-0005"])
        #expect(ids(["--health", "at-risk"]) == ["G-0004"])
        #expect(ids(["--health", "on-track"]).isEmpty)
        let bad = CommandRunner.agenda(["list", path, "--not-reviewed-since", "2026-13-01"])
        #expect(bad.status != 0 && bad.stderr.contains("2026-13-01"), "\(bad.stderr)")
    }

    @Test func jsonUsesTheFilesKeyNames() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["list", path, "--format", "json", "--status", "active"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["G-0001", "G-0002"])
        #expect(array[0]["owners"] as? [String] == ["Leadership Committee"])
        #expect(array[0]["organizations"] as? [String] == ["alianza"])
        #expect(array[0]["due"] as? String == "2026-06-30")
        #expect(array[1]["parent"] as? String == "G-0001")
        #expect(array[1]["title"] as? String == "日本語の学校 — escuela")
    }

    @Test func csvIsRFC4180AndParsesBackToEveryGoal() throws {
        let path = try fixtureFile()
        // A title with a comma, a quote and a line break needs quoting.
        #expect(CommandRunner.agenda(["set", path, "G-0003", "--title", "Pilot, \"first\"\ncohort"]).status == 0)
        let result = CommandRunner.agenda(["list", path, "--format", "csv"])
        #expect(result.stdout.hasSuffix("\r\n"))
        let rows = CSVParser.parse(result.stdout)
        #expect(rows[0].prefix(5) == ["id", "title", "area", "parent", "status"])
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        #expect(rows.first { $0[0] == "G-0003" }?[1] == "Pilot, \"first\"\ncohort")
        #expect(rows.first { $0[0] == "G-0004" }?[10] == "Comité de Finanzas 👩🏽‍🌾")
    }
}

/// A small RFC 4180 reader, to check the CSV the program writes.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        return rows
    }
}
