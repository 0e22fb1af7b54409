import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// Broken and invalid files get errors that name the file, the line and the column.
@Suite struct ErrorPositionTests {
    /// A valid small file, one member per line, to break in known places.
    static let valid = """
        {
          "schemaVersion": 1,
          "title": "Agenda",
          "areas": [
            {"id": "leadership", "name": "Leadership"}
          ],
          "goals": [
            {
              "id": "G-1",
              "title": "Michoacán",
              "area": "leadership",
              "progress": 10,
              "due": "2027-01-31",
              "createdAt": "2026-01-01T00:00:00Z"
            }
          ]
        }

        """

    func error(_ text: String) throws -> AgendaFileError {
        let folder = TemporaryFolder()
        let path = folder.write("agenda.json", text)
        do {
            _ = try FileAgendaStore().load(path)
        } catch {
            return AgendaFileError(file: "agenda.json", items: error.items)
        }
        Issue.record("the file loaded")
        return AgendaFileError(file: "", items: [])
    }

    @Test func theValidFileLoads() throws {
        let folder = TemporaryFolder()
        let agenda = try FileAgendaStore().load(folder.write("agenda.json", Self.valid))
        #expect(agenda.goals.first?.title == "Michoacán")
    }

    @Test(arguments: [
        ("\"progress\": 10,", "\"progress\": 10", "agenda.json:13:7: expected ',' or '}' after a member, found '\"'"),
        ("\"progress\": 10,", "\"progress\": \"10\",", "agenda.json:12:19: \"progress\": expected a whole number, found a string"),
        ("\"progress\": 10,", "\"progress\": 10.5,", "agenda.json:12:19: \"progress\": expected a whole number, found a fraction"),
        ("\"due\": \"2027-01-31\"", "\"due\": \"2027-02-30\"", "agenda.json:13:14: \"due\": '2027-02-30' is not a date in the form YYYY-MM-DD"),
        ("\"title\": \"Michoacán\",", "\"title\": \"Michoacán\", \"title\": \"Again\",", "agenda.json:10:38: the member \"title\" appears twice in one object"),
        ("\"area\": \"leadership\",", "\"area\": \"leadership\",,", "agenda.json:11:28: expected a member name in double quotes, found ','"),
        ("\"title\": \"Michoacán\",", "\"title\": \"Michoacán,", "agenda.json:10:27: \"title\": line break inside a string: a closing quote is missing, or write the break as \\n"),
        ("\"createdAt\": \"2026-01-01T00:00:00Z\"", "\"createdAt\": \"yesterday\"", "agenda.json:14:20: \"createdAt\": 'yesterday' is not a date and time in ISO 8601 UTC form such as 2026-11-29T03:31:46Z"),
        ("\"schemaVersion\": 1,", "\"schemaVersion\": 7,", "agenda.json:2:20: \"schemaVersion\": the file has schema version 7, newer than this program reads (1); update agenda to open it"),
        ("\"id\": \"G-1\",\n", "", "agenda.json:8:5: a goal has no \"id\""),
    ])
    func syntaxAndTypeErrorsHavePositions(find: String, replace: String, expected: String) throws {
        let broken = Self.valid.replacingOccurrences(of: find, with: replace)
        #expect(broken != Self.valid)
        #expect(try error(broken).description == expected)
    }

    @Test func validationProblemsPointAtTheValue() throws {
        let broken = Self.valid
            .replacingOccurrences(of: "\"area\": \"leadership\"", with: "\"area\": \"nowhere\"")
            .replacingOccurrences(of: "\"progress\": 10", with: "\"progress\": 150")
        #expect(try error(broken).lines == [
            "agenda.json:11:15: goal G-1: area 'nowhere' does not exist",
            "agenda.json:12:19: goal G-1: progress 150 is out of range 0-100",
        ])
    }

    @Test func truncatedFilesSayWhereTheyEnd() throws {
        let text = String(Self.valid.prefix(200))
        let message = try error(text).description
        #expect(message.hasPrefix("agenda.json:"))
        #expect(message.contains("end of file") || message.contains("unterminated"))
    }

    @Test(arguments: [
        ("", "agenda.json:1:1: expected an object, found end of file"),
        ("\u{FEFF}", "agenda.json:1:2: expected an object, found end of file"),
        ("[]", "agenda.json:1:1: expected an object, found an array"),
        ("{\"title\": \"a\u{0}b\"}", "agenda.json:1:13: \"title\": control character in a string; write it as an escape such as \\n or \\u0000"),
        ("<<<<<<< HEAD\n{}", "agenda.json:1:1: the file has an unresolved git conflict left by a merge (lines <<<<<<<, "
            + "======= and >>>>>>>; the first is here): edit the file to keep what each side wants and remove the marker "
            + "lines, then try again"),
        ("{\"title\": \"T\"} {", "agenda.json:1:16: unexpected '{' after the end of the document"),
        ("{}", "agenda.json:1:1: the agenda has no \"title\""),
    ])
    func hostileShapes(text: String, expected: String) throws {
        #expect(try error(text).description == expected)
    }

    @Test func invalidUTF8IsRefusedAtItsByte() throws {
        let folder = TemporaryFolder()
        let path = folder.file("agenda.json")
        var bytes = Array("{\"title\": \"Michoac".utf8)
        bytes += [0xE1, 0x6E]  // Latin-1 "án", not UTF-8
        bytes += Array("\"}".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        #expect(throws: AgendaFileError(file: path, "\"title\": invalid UTF-8 in a string", at: SourcePosition(line: 1, column: 19))) {
            _ = try FileAgendaStore().load(path)
        }
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let folder = TemporaryFolder()
        let agenda = try FileAgendaStore().load(folder.write("agenda.json", "\u{FEFF}" + Self.valid))
        #expect(agenda.title == "Agenda")
    }

    @Test func columnsCountCharactersNotBytes() {
        let bytes = Array("ab\nMichoacán: x".utf8)
        let offset = bytes.firstIndex(of: UInt8(ascii: "x"))!
        #expect(SourcePosition(offset: offset, in: bytes) == SourcePosition(line: 2, column: 12))
    }
}
