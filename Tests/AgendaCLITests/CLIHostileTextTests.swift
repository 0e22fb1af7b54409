import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport
import TextWidth

/// Text that would act on a terminal (ESC sequences, C1 controls, DEL, BEL, bidirectional overrides)
/// never reaches standard output or standard error raw: human text shows it as `<U+001B>`, JSON
/// escapes it, CSV keeps it exactly, and `validate` warns about it at its line and column.
@Suite struct CLIHostileTextTests {
    let folder = TemporaryFolder()
    /// A day after G-0004's due date, so the summary lists it as overdue.
    let now = ["AGENDA_NOW": "2026-01-20T12:00:00Z"]

    func fixtureFile(_ name: String = "agenda.json") throws -> String {
        let path = folder.file(name)
        try FileAgendaStore().create(HostileFixtures.agenda(), at: path)
        return path
    }

    /// Expects the output to succeed, hold no raw control character and show `escapes`.
    func expectEscaped(
        _ result: CommandResult, _ escapes: [String], _ what: String, allowingTabs: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 0, "\(what): \(result.stderr)", sourceLocation: sourceLocation)
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let raw = HostileFixtures.rawControls(in: text, allowingTabs: allowingTabs)
            #expect(raw.isEmpty, "\(what) wrote \(raw) raw on \(stream)", sourceLocation: sourceLocation)
        }
        for escape in escapes {
            #expect(result.stdout.contains(escape), "\(what) does not show \(escape)", sourceLocation: sourceLocation)
        }
    }

    @Test func listShowsControlCharactersAsEscapesAndStillLinesUp() throws {
        let path = try fixtureFile()
        let result = CommandRunner.agenda(["list", path], environment: now)
        expectEscaped(result, ["<U+001B>]0;pwned<U+0007> leaders <U+001B>[2J", "<U+202E>", "<U+2066>", "<U+007F>"], "list")
        let lines = result.lines
        #expect(lines.count == 7)
        // Each column starts at the same display column on every line, the escapes' width counted.
        for header in ["STATUS", "PROGRESS", "DUE", "AREA", "OWNERS"] {
            let start = try #require(lines[0].range(of: header)).lowerBound
            let column = DisplayWidth.of(lines[0][..<start])
            for line in lines.dropFirst() where DisplayWidth.of(line) > column {
                var width = 0
                var found = false
                for (index, character) in zip(line.indices, line) {
                    if width == column {
                        found = line[line.index(before: index)] == " "
                        break
                    }
                    width += DisplayWidth.of(character)
                }
                #expect(found, "column \(header) misaligned in: \(line)")
            }
        }
    }

    @Test func showEscapesItsTextAndItsJSONKeepsTheExactText() throws {
        let path = try fixtureFile()
        let text = CommandRunner.agenda(["show", path, "G-0001"], environment: now)
        expectEscaped(text, ["<U+001B>", "<U+009B>", "<U+202E>", "<U+2066>", "<U+0007>"], "show")
        #expect(text.lines.first == "G-0001  Train <U+001B>]0;pwned<U+0007> leaders <U+001B>[2J")
        // The description keeps its line break, each line indented; the break is not escaped.
        #expect(text.stdout.contains("  Clear the screen <U+001B>[2J\n  then the clipboard <U+001B>]52;c;cHduZWQ=<U+0007>\n"))
        #expect(text.stdout.contains("    Red <U+009B>31m text"))
        #expect(text.stdout.contains("Owners:   Ana <U+202E>lived<U+2066>"))
        #expect(text.stdout.contains("Alianza <U+001B>]0;pwned<U+0007> (alianza"))

        let json = CommandRunner.agenda(["show", path, "G-0001", "--format", "json"])
        expectEscaped(json, [], "show --format json")
        #expect(json.stdout.contains(#""title": "Train \u001b]0;pwned\u0007 leaders \u001b[2J""#))
        #expect(json.stdout.contains(#""Ana \u202elived\u2066""#))
        let goal = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(goal["title"] as? String == HostileFixtures.goalTitle)
        #expect(goal["description"] as? String == HostileFixtures.goalDescription)
        #expect(goal["owners"] as? [String] == [HostileFixtures.owner])
        let notes = try #require(goal["notes"] as? [[String: Any]])
        #expect(notes.first?["text"] as? String == HostileFixtures.noteText)
    }

    @Test func listJSONRoundTripsTheExactTextAndCSVHoldsIt() throws {
        let path = try fixtureFile()
        let json = CommandRunner.agenda(["list", path, "--format", "json"])
        expectEscaped(json, [], "list --format json")
        let goals = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(goals.first?["title"] as? String == HostileFixtures.goalTitle)
        #expect(goals.first { $0["id"] as? String == "G-0004" }?["title"] as? String == HostileFixtures.overdueTitle)

        let csv = CommandRunner.agenda(["list", path, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.contains(HostileFixtures.goalTitle))
        #expect(csv.stdout.contains(HostileFixtures.overdueTitle))
        #expect(csv.stdout.contains("\"" + HostileFixtures.goalDescription + "\""))
        #expect(!csv.stdout.contains("<U+"))

        let orgs = CommandRunner.agenda(["org", "list", path, "--format", "csv"])
        #expect(orgs.stdout.contains(HostileFixtures.organizationName))
        let orgsJSON = CommandRunner.agenda(["org", "list", path, "--format", "json"])
        expectEscaped(orgsJSON, [], "org list --format json")
        let organizations = try #require(try JSONSerialization.jsonObject(with: Data(orgsJSON.stdout.utf8)) as? [[String: Any]])
        #expect(organizations.first?["name"] as? String == HostileFixtures.organizationName)
    }

    @Test func summaryAndTheListsOfOrganizationsSessionsAndAreasEscape() throws {
        let path = try fixtureFile()
        let summary = CommandRunner.agenda(["summary", path], environment: now)
        expectEscaped(summary, ["Leadership <U+202E>reversed", "Fund <U+2066>the school<U+007F> <U+0007>"], "summary")
        expectEscaped(CommandRunner.agenda(["org", "list", path]), ["Alianza <U+001B>]0;pwned<U+0007>"], "org list")
        expectEscaped(CommandRunner.agenda(["session", "list", path]), ["Asamblea <U+001B>]52;c;cHduZWQ=<U+0007>"],
                      "session list")
        expectEscaped(CommandRunner.agenda(["area", "list", path]), ["Leadership <U+202E>reversed"], "area list")
    }

    @Test func minutesAndReportsInMarkdownAndHTMLEscape() throws {
        let path = try fixtureFile()
        let markdown = CommandRunner.agenda(["minutes", path, "S-0001", "--lang", "es"], environment: now)
        // Markdown escapes its own special characters (`\]`), and leaves the visible escapes as they are.
        expectEscaped(markdown, [#"Asamblea <U+001B>\]52;c;cHduZWQ=<U+0007> <U+009B>31m"#, #"<U+001B>\]0;pwned<U+0007>"#],
                      "minutes")
        let html = CommandRunner.agenda(["minutes", path, "S-0001", "--format", "html"], environment: now)
        expectEscaped(html, ["Asamblea &lt;U+001B&gt;]52;c;cHduZWQ=&lt;U+0007&gt; &lt;U+009B&gt;31m"], "minutes --format html")
        for format in ["md", "html"] {
            let output = folder.file("minutes.\(format)")
            let written = CommandRunner.agenda(["minutes", path, "S-0001", "--format", format, "--output", output], environment: now)
            #expect(written.status == 0, "\(written.stderr)")
            let text = try String(contentsOfFile: output, encoding: .utf8)
            #expect(HostileFixtures.rawControls(in: text).isEmpty, "minutes.\(format) holds \(HostileFixtures.rawControls(in: text))")
            #expect(text.contains(format == "md" ? "<U+009B>" : "&lt;U+009B&gt;"))
        }
        let report = CommandRunner.agenda(["report", path], environment: now)
        expectEscaped(report, ["<U+202E>", "<U+001B>"], "report")
        let reportHTML = CommandRunner.agenda(["report", path, "--format", "html"], environment: now)
        expectEscaped(reportHTML, ["&lt;U+202E&gt;", "&lt;U+001B&gt;"], "report --format html")
        let reportCSV = CommandRunner.agenda(["report", path, "--format", "csv"], environment: now)
        #expect(reportCSV.stdout.contains(HostileFixtures.goalTitle))
    }

    @Test func errorMessagesEscapeTheGoalIdsValuesAndFileNamesTheyQuote() throws {
        let path = try fixtureFile()
        let goal = CommandRunner.agenda(["show", path, "G-" + HostileFixtures.windowTitle])
        #expect(goal.status == 1)
        #expect(HostileFixtures.rawControls(in: goal.stderr).isEmpty, "\(goal.stderr)")
        #expect(goal.stderr.contains("no goal with id 'G-<U+001B>]0;pwned<U+0007>'"), "\(goal.stderr)")

        let status = CommandRunner.agenda(["list", path, "--status", HostileFixtures.clearScreen + HostileFixtures.c1Sequence])
        #expect(status.status == 64)
        #expect(HostileFixtures.rawControls(in: status.stderr).isEmpty, "\(status.stderr)")
        #expect(status.stderr.contains("'<U+001B>[2J<U+009B>31m' is not a status"), "\(status.stderr)")

        let missing = folder.file("gone" + HostileFixtures.clipboard + ".json")
        let open = CommandRunner.agenda(["list", missing])
        #expect(open.status == 1)
        #expect(HostileFixtures.rawControls(in: open.stderr).isEmpty, "\(open.stderr)")
        #expect(open.stderr.contains("gone<U+001B>]52;c;cHduZWQ=<U+0007>.json"), "\(open.stderr)")

        let named = try fixtureFile("named" + HostileFixtures.rightToLeftOverride + ".json")
        let valid = CommandRunner.agenda(["validate", named])
        expectEscaped(valid, ["named<U+202E>.json: ok, 6 goals"], "validate of a file with U+202E in its name")
    }

    /// The line and column of the text after `prefix` on the file's only line holding `prefix`.
    func place(after prefix: String, in file: String) throws -> String {
        let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(prefix) })
        #expect(lines.filter { $0.contains(prefix) }.count == 1, "\(prefix) is on several lines")
        let line = lines[index]
        let start = try #require(line.range(of: prefix)).upperBound
        return "\(index + 1):\(line[..<start].unicodeScalars.count + 1)"
    }

    @Test func validateWarnsAtEachControlCharacterAndTheFileStaysValid() throws {
        let path = try fixtureFile()
        let file = try String(contentsOfFile: path, encoding: .utf8)
        let result = CommandRunner.agenda(["validate", path])
        expectEscaped(result, [], "validate")
        let warnings = result.lines.filter { $0.contains(": warning: ") }
        #expect(warnings.count == 9, "\(result.stdout)")
        #expect(result.lines.last == "\(path): ok, 6 goals")
        let expected = [
            "\(try place(after: #""title": "Train "#, in: file)): warning: goal G-0001 title holds a control character "
                + "(ESC, U+001B) that terminals obey; it is shown as <U+001B> (and 2 more such characters in this text)",
            "\(try place(after: #""text": "Red "#, in: file)): warning: goal G-0001 note 1 text holds a control character "
                + "(CSI, U+009B) that terminals obey; it is shown as <U+009B>",
            "\(try place(after: #""Ana "#, in: file)): warning: goal G-0001 owner 1 holds a bidirectional control "
                + "(RLO, U+202E) that reorders the text around it on screen; it is shown as <U+202E> "
                + "(and 1 more such character in this text)",
            "\(try place(after: #""name": "Alianza "#, in: file)): warning: organization alianza name holds a control "
                + "character (ESC, U+001B) that terminals obey; it is shown as <U+001B> (and 1 more such character in this text)",
            "\(try place(after: #""name": "Leadership "#, in: file)): warning: area leadership name holds a bidirectional "
                + "control (RLO, U+202E) that reorders the text around it on screen; it is shown as <U+202E>",
            "\(try place(after: #""title": "Asamblea "#, in: file)): warning: session S-0001 title holds a control "
                + "character (ESC, U+001B) that terminals obey; it is shown as <U+001B> (and 2 more such characters in this text)",
        ]
        for line in expected {
            #expect(warnings.contains("\(path):" + line), "missing: \(line)\nin:\n\(result.stdout)")
        }
    }
}
