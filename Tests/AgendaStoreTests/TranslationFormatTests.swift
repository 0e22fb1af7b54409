import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// Translations in the file: a member of their own beside the texts, left out when there are none, read
/// back as written, unknown languages and members kept, a language given twice refused where it is.
@Suite struct TranslationFormatTests {
    let format = JSONAgendaFormat()
    let time = Fixtures.time

    func translated() throws -> Agenda {
        var agenda = Fixtures.agenda()
        agenda.language = "en"
        agenda.sessions = [Session(id: "S-1", title: "Assembly", date: Day("2026-11-20")!, items: [
            SessionItem(id: "I-1", topic: "Treasury", minutes: 10, decisions: [Decision(time: time, text: "Approve it")]),
        ])]
        let texts: [(TextRef, String, String)] = [
            (.goal("G-0001", field: "title"), "es", "Formar líderes migrantes"),
            (.goal("G-0001", field: "title"), "nah", "Tlamachtilli"),
            (.area("leadership", field: "name"), "pt-BR", "Liderança"),
            (.organization("alianza"), "fr", "Alliance"),
            (.session("S-1"), "es", "Asamblea"),
            (.topic(session: "S-1", item: "I-1"), "es", "Tesorería"),
            (.decision(session: "S-1", item: "I-1", index: 0), "es", "Aprobarlo"),
        ]
        for (ref, language, text) in texts {
            try agenda.apply(.setTranslation(ref, language: language, Translation(text: text, from: agenda.original(ref)!)),
                             by: "Rosa", at: time)
        }
        return agenda
    }

    @Test func translationsRoundTripAndTextsStayPlainStrings() throws {
        let agenda = try translated()
        let bytes = format.encode(agenda)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"language\": \"en\""))
        #expect(text.contains("\"title\": \"Train migrant leaders\""))
        #expect(text.contains("\"translations\": {"))
        #expect(text.contains("\"nah\": {"))
        let read = try format.decode(bytes)
        #expect(read == agenda)
        #expect(format.encode(read) == bytes)
        // A goal with none has no translations member.
        let untouched = try #require(text.range(of: "\"id\": \"G-0004\""))
        let next = try #require(text.range(of: "\"id\": \"G-0005\""))
        #expect(!text[untouched.upperBound..<next.lowerBound].contains("translations"))
    }

    @Test func anAgendaWithoutTranslationsIsWrittenAsBefore() throws {
        let bytes = format.encode(Fixtures.agenda())
        #expect(!String(decoding: bytes, as: UTF8.self).contains("translations"))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("\"language\""))
    }

    @Test func aLanguageGivenTwiceIsRefusedWhereItIs() throws {
        let text = String(decoding: format.encode(try translated()), as: UTF8.self)
        let first = try #require(text.range(of: "\"es\": {"))
        let doubled = text.replacingCharacters(in: first, with: "\"es\": {\"text\": \"x\", \"from\": \"y\"}, \"es\": {")
        #expect {
            try format.decode(Array(doubled.utf8))
        } throws: { error in
            "\(error)".contains("\"es\" appears twice")
        }
    }

    @Test func unknownMembersOfATranslationAreKept() throws {
        let text = String(decoding: format.encode(try translated()), as: UTF8.self)
        let extended = text.replacingOccurrences(of: "\"text\": \"Alliance\"", with: "\"text\": \"Alliance\",\n\"reviewedBy\": \"Luc\"")
        let read = try format.decode(Array(extended.utf8))
        #expect(read.translations(.organization("alianza"))["fr"]?.extras["reviewedBy"] != nil)
        #expect(String(decoding: format.encode(read), as: UTF8.self).contains("\"reviewedBy\": \"Luc\""))
    }
}
