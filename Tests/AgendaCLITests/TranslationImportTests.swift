@testable import AgendaCLI
import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// What importing a PO file makes of each entry (fresh, stale, fuzzy, empty), and what it refuses, on
/// the fixture agenda.
@Suite struct TranslationImportTests {
    let time = Date(timeIntervalSince1970: 1_780_000_000)

    /// A PO file for the fixture agenda, with the given header fields and entries.
    func po(language: String? = "es", title: String = "Test agenda", charset: String = "UTF-8", _ entries: String) throws -> POFile {
        var header = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=\(charset)\\n\"\n"
        if let language { header += "\"Language: \(language)\\n\"\n" }
        header += "\"X-Agenda-Title: \(title)\\n\"\n\n"
        return try POReader.read(Array((header + entries).utf8))
    }

    func plan(_ file: POFile, into agenda: Agenda = Fixtures.agenda()) throws -> TranslationImport {
        try TranslationImport(file, path: "es.po", into: agenda, file: "agenda.json")
    }

    func refusal(_ file: POFile, into agenda: Agenda = Fixtures.agenda()) -> [String] {
        do {
            _ = try plan(file, into: agenda)
            return []
        } catch {
            return (error as? AgendaFileError)?.lines ?? ["\(error)"]
        }
    }

    @Test func freshStaleFuzzyAndEmptyEntriesAreTakenAsTheirTranslatorsMeantThem() throws {
        let file = try po("""
            msgctxt "goal G-0001 title"
            msgid "Train migrant leaders"
            msgstr "Formar líderes migrantes"

            msgctxt "goal G-0002 title"
            msgid "Run a school"
            msgstr "Dirigir una escuela"

            #, fuzzy
            #| msgid "Fund a school"
            msgctxt "goal G-0004 title"
            msgid "Fund the school"
            msgstr "Financiar una escuela"

            #, fuzzy
            msgctxt "goal G-0003 title"
            msgid "Pilot cohort"
            msgstr "Cohorte piloto"

            #, fuzzy
            msgctxt "area leadership name"
            msgid "Leaders"
            msgstr "Liderazgo"

            msgctxt "area leadership description"
            msgid "Educate leaders."
            msgstr "  "
            """)
        let plan = try plan(file)
        #expect(plan.language == "es")
        #expect(plan.counts == TranslationImport.Counts(added: 1, updated: 0, stale: 3, unchanged: 0, empty: 1, fuzzyLeftOut: 1))
        #expect(plan.notes.count == 1 && plan.notes[0].hasPrefix("es.po:22:1: fuzzy, not imported"), "\(plan.notes)")
        var agenda = Fixtures.agenda()
        try agenda.apply(plan.edits, by: "Rosa", at: time)
        #expect(agenda.shown(.goal("G-0001", field: "title"), in: "es").kind == .translation)
        // The msgid is not the original as it is now: made from that msgid, stale.
        #expect(agenda.translations(.goal("G-0002", field: "title"))["es"]?.from == "Run a school")
        // Fuzzy with the original it was made from: made from that one.
        #expect(agenda.translations(.goal("G-0004", field: "title"))["es"]?.from == "Fund a school")
        // Fuzzy, its msgid no longer the original: made from its msgid.
        #expect(agenda.translations(.area("leadership", field: "name"))["es"]?.from == "Leaders")
        #expect(agenda.translations(.goal("G-0003", field: "title")).isEmpty)
        #expect(agenda.translationStatus("es").translated == 1 && agenda.translationStatus("es").stale == 3)
        #expect(agenda.translations(.goal("G-0001", field: "title"))["es"]?.by == "Rosa")
        // The same file again changes nothing.
        let again = try self.plan(file, into: agenda)
        #expect(again.edits.isEmpty && again.counts.unchanged == 4)
    }

    @Test func theHeaderMustNameALanguageOtherThanTheAgendasAndThisAgendaInUTF8() throws {
        let entry = "msgctxt \"goal G-0001 title\"\nmsgid \"Train migrant leaders\"\nmsgstr \"Formar\"\n"
        #expect(try plan(try po(language: "pt_BR", entry)).language == "pt-BR")
        #expect(refusal(try po(language: nil, entry)).first?.hasPrefix("es.po:2:1: the header has no Language") == true)
        #expect(refusal(try po(language: "español de México", entry)).first?.contains("is not a language tag") == true)
        #expect(refusal(try po(title: "Other agenda", entry)).first?.hasPrefix(
            "es.po:5:1: the file was exported from the agenda \"Other agenda\", not from agenda.json (\"Test agenda\")") == true)
        #expect(refusal(try po(charset: "ISO-8859-1", entry)).first?.hasPrefix("es.po:3:1: the file is declared as 'ISO-8859-1'") == true)
        var spanish = Fixtures.agenda()
        spanish.language = "es-MX"
        #expect(refusal(try po(entry), into: spanish).first?.contains("the agenda is written in Spanish (es-MX)") == true)
        #expect(refusal(try POReader.read(Array(entry.utf8))).first?.hasPrefix("es.po:1:1: no header entry") == true)
        #expect(refusal(try po(entry)).isEmpty)
    }

    @Test func entriesThatNameNoTextOfTheAgendaAreAllRefusedAtTheirLines() throws {
        let lines = refusal(try po("""
            msgctxt "goal G-0001 title"
            msgid "Train migrant leaders"
            msgstr "Formar"

            msgctxt "goal G-0001 title"
            msgid "Train leaders"
            msgstr "Formar líderes"

            msgctxt "goal G-9999 title"
            msgid "Gone"
            msgstr "Ido"

            msgctxt "goal G-0001 owners"
            msgid "x"
            msgstr "y"

            msgid "No context"
            msgstr "Sin contexto"

            msgctxt "goal G-0002 title"
            msgid "one"
            msgid_plural "two"
            msgstr[0] "uno"
            msgstr[1] "dos"
            """))
        #expect(lines == [
            "es.po:11:1: a second entry for \"goal G-0001 title\" (the first is at line 7)",
            "es.po:15:1: msgctxt \"goal G-9999 title\" names no text of agenda.json",
            "es.po:19:1: msgctxt \"goal G-0001 owners\" names no text of agenda.json",
            "es.po:23:1: an entry without msgctxt: each text of the agenda is named by its msgctxt (such as goal G-0001 title)",
            "es.po:28:1: plural forms (msgid_plural) are not used by an agenda's texts",
            "es.po: nothing was imported into agenda.json",
        ])
    }

    @Test func aTranslationIsExportedWithItsOriginalsLineBreaksAtItsEndsAndImportsBackUnchanged() throws {
        #expect(TranslationCatalog.exported("Texto", original: "\nText\n") == "\nTexto\n")
        #expect(TranslationCatalog.exported("\nTexto\n\n", original: "Text") == "Texto")
        #expect(TranslationCatalog.exported("Uno\nDos", original: "One\nTwo") == "Uno\nDos")
        var agenda = Fixtures.agenda()
        try agenda.apply(Edit.setGoal(id: "G-0001", .description("Educate leaders.\n")), by: "Ana", at: time)
        try agenda.apply(Edit.setTranslation(.goal("G-0001", field: "description"), language: "es",
                                         Translation(text: "Formar líderes.", from: "Educate leaders.\n")), by: "Ana", at: time)
        let file = TranslationCatalog.po(agenda, language: "es", file: "/tmp/agenda.json", at: time, version: "0.1.0")
        let entry = try #require(file.entries.first { $0.context == "goal G-0001 description" })
        #expect(entry.string == "Formar líderes.\n" && !entry.isFuzzy)
        let written = POWriter.write(file)
        #expect(written.contains("\"PO-Revision-Date: 2026-05-28 20:26+0000\\n\""), "\(written.prefix(900))")
        #expect(written.contains("# Translation of the agenda \"Test agenda\" into Spanish (es).\n"))
        let back = try plan(try POReader.read(Array(written.utf8)), into: agenda)
        #expect(back.edits.isEmpty && back.counts.unchanged == 1, "\(back.counts)")
    }
}
