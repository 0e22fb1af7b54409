import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// A file left with git's conflict markers by an unfinished merge is refused with a message that says
/// so, at the first marker, however the markers are laid out.
@Suite struct ConflictMarkerTests {
    func refusal(_ text: String) -> AgendaFileError? {
        let folder = TemporaryFolder()
        let path = folder.write("agenda.json", text)
        do {
            _ = try FileAgendaStore().load(path)
            return nil
        } catch {
            return error
        }
    }

    @Test func markersAreNamedAtTheFirstOneWithTheCountOfConflicts() throws {
        let text = """
            {
              "title": "T",
            <<<<<<< HEAD
              "description": "ours",
            ||||||| base
              "description": "base",
            =======
              "description": "theirs",
            >>>>>>> feature
              "areas": [],
            <<<<<<< HEAD
              "goals": []
            =======
              "goals": [ ]
            >>>>>>> feature
            }
            """
        let error = try #require(refusal(text))
        #expect(error.items.count == 1)
        #expect(error.items[0].position == SourcePosition(line: 3, column: 1))
        #expect(error.items[0].message.hasPrefix("the file has 2 unresolved git conflicts left by a merge"))
    }

    @Test func markersWithWindowsLineEndsAreFound() throws {
        let text = "{\r\n  \"title\": \"T\",\r\n<<<<<<< HEAD\r\n  \"goals\": []\r\n=======\r\n>>>>>>> x\r\n}\r\n"
        let error = try #require(refusal(text))
        #expect(error.items[0].position == SourcePosition(line: 3, column: 1))
        #expect(error.items[0].message.contains("git conflict"))
    }

    @Test func markerTextInsideStringsOrOtherErrorsIsNotTakenForAConflict() throws {
        // Valid: the markers are inside a string.
        #expect(refusal("{\"title\": \"<<<<<<< HEAD\", \"description\": \"=======\"}") == nil)
        // Invalid, but with no marker at a line's start: the usual error.
        let plain = try #require(refusal("{\"title\": \"T\" <<<<<<< x}"))
        #expect(!plain.items[0].message.contains("git conflict"))
        // Six signs are not a marker.
        let six = try #require(refusal("{\n<<<<<< x\n}"))
        #expect(!six.items[0].message.contains("git conflict"))
    }

    @Test func listingReadsSayItToo() throws {
        let folder = TemporaryFolder()
        let path = folder.write("agenda.json", "{\n<<<<<<< HEAD\n  \"title\": \"A\"\n=======\n  \"title\": \"B\"\n>>>>>>> x\n}\n")
        #expect(throws: AgendaFileError.self) { try FileAgendaStore().readForListing(path) }
        do {
            _ = try FileAgendaStore().readForListing(path)
        } catch {
            #expect(error.description.hasPrefix("\(path):2:1: the file has an unresolved git conflict"))
        }
    }
}
