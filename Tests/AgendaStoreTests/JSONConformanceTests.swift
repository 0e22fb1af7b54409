import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// The JSON reader against the JSONTestSuite: accept every `y_`, reject every `n_`, survive every `i_`.
@Suite struct JSONConformanceTests {
    static let folder = Paths.fixtures + "/JSONTestSuite/test_parsing"

    static func files(_ prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }

    static func parse(_ name: String) -> Result<JSONValue, JSONSyntaxError> {
        let bytes = [UInt8](FileManager.default.contents(atPath: folder + "/" + name) ?? Data())
        return Result { () throws(JSONSyntaxError) -> JSONValue in
            try JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) -> JSONValue in try reader.readValue() }
        }
    }

    @Test func theSuiteIsThere() {
        #expect(Self.files("y_").count == 95)
        #expect(Self.files("n_").count == 188)
        #expect(Self.files("i_").count == 35)
    }

    @Test(arguments: files("y_"))
    func acceptsValidDocuments(name: String) {
        if case .failure(let error) = Self.parse(name) {
            Issue.record("\(name) was rejected: \(error)")
        }
    }

    @Test(arguments: files("n_"))
    func rejectsInvalidDocuments(name: String) {
        if case .success(let value) = Self.parse(name) {
            Issue.record("\(name) was accepted as \(value)")
        }
    }

    @Test(arguments: files("i_"))
    func survivesImplementationDefinedDocuments(name: String) {
        // Either outcome is allowed; the test is that parsing returns at all (no crash, no hang).
        switch Self.parse(name) {
        case .success: break
        case .failure(let error): #expect(!error.message.isEmpty)
        }
    }

    /// Passing over a document accepts and rejects exactly what reading it does, at the same offset.
    @Test(arguments: files("y_") + files("n_") + files("i_"))
    func skippingChecksAsReadingDoes(name: String) {
        let bytes = [UInt8](FileManager.default.contents(atPath: Self.folder + "/" + name) ?? Data())
        let skipped = Result { () throws(JSONSyntaxError) in
            try JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) in try reader.skipQuickly() }
        }
        switch (Self.parse(name), skipped) {
        case (.success, .success): break
        case (.failure(let read), .failure(let skip)): #expect(read.offset == skip.offset, "\(name): \(read) / \(skip)")
        case (let read, let skip): Issue.record("\(name): reading gave \(read), skipping \(skip)")
        }
    }

    @Test func numbersKeepTheirText() throws {
        let value = try JSONReader.read(Array("[1.50, -0, 1e+400, 12345678901234567890]".utf8)) {
            (reader) throws(JSONSyntaxError) -> JSONValue in try reader.readValue()
        }
        #expect(value == .array([.number("1.50"), .number("-0"), .number("1e+400"), .number("12345678901234567890")]))
    }

    @Test func escapesAndUnicodeDecode() throws {
        let text = #"["a\"b\\c\/d\n\t\u00e1\ud83d\ude00", "Michoacán 日本 👩🏽‍🌾"]"#
        let value = try JSONReader.read(Array(text.utf8)) { (reader) throws(JSONSyntaxError) -> JSONValue in
            try reader.readValue()
        }
        #expect(value == .array([.string("a\"b\\c/d\n\tá😀"), .string("Michoacán 日本 👩🏽‍🌾")]))
    }

    @Test func writerEscapesWhatItMustAndNothingElse() {
        var writer = JSONWriter()
        writer.value(.array([.string("quote \" backslash \\ newline \n tab \t bell \u{7} Michoacán 日本 / 😀")]))
        let text = String(decoding: writer.finish(), as: UTF8.self)
        #expect(text == "[\n  \"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 Michoacán 日本 / 😀\"\n]\n")
    }

    @Test func writerOutputReadsBackToTheSameValue() throws {
        var random = SeededRandom(seed: 99)
        for _ in 0..<200 {
            let value = RandomJSON.value(&random, depth: 0)
            var writer = JSONWriter()
            writer.value(value)
            let bytes = writer.finish()
            let back = try JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) -> JSONValue in try reader.readValue() }
            #expect(back == value)
        }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        #expect(throws: JSONSyntaxError.self) {
            try JSONReader.read(deep) { (reader) throws(JSONSyntaxError) -> JSONValue in try reader.readValue() }
        }
    }
}

/// Random JSON values for round-trip tests.
enum RandomJSON {
    static func value(_ random: inout SeededRandom, depth: Int) -> JSONValue {
        switch random.next(upperBound: UInt64(depth > 3 ? 4 : 6)) {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .number(["0", "-1", "3.25", "1e10", "-0.5E-3", "42"][Int(random.next(upperBound: UInt64(6)))])
        case 3: return .string(string(&random))
        case 4:
            return .array((0..<random.next(upperBound: UInt64(4))).map { _ in value(&random, depth: depth + 1) })
        default:
            return .object((0..<random.next(upperBound: UInt64(4))).map { index in
                JSONMember(string(&random) + "\(index)", value(&random, depth: depth + 1))
            })
        }
    }

    static func string(_ random: inout SeededRandom) -> String {
        let pieces = ["a", "Michoacán", "日本", "👩🏽‍🌾", "\"", "\\", "\n", "\u{1}", " ", "é", "/", "\u{2028}"]
        return (0..<random.next(upperBound: UInt64(6))).map { _ in pieces[Int(random.next(upperBound: UInt64(pieces.count)))] }
            .joined()
    }
}
