@testable import AgendaCLI
import Testing

/// The PO reader and writer: what GNU gettext's tools write reads back the same, and mistakes are
/// reported at their line and column.
@Suite struct POFileTests {
    func read(_ text: String) throws -> POFile {
        try POReader.read(Array(text.utf8))
    }

    func error(_ text: String) -> POSyntaxError? {
        do {
            _ = try POReader.read(Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileWrittenReadsBackTheSame() throws {
        var header = POEntry(id: "", string: POHeaderField.text([POHeaderField("Language", "pt"),
                                                                   POHeaderField("Content-Type", "text/plain; charset=UTF-8")]))
        header.translatorComments = ["Translation of the agenda.", "", "Second paragraph."]
        var stale = POEntry(context: "goal G-0001 title", id: "Train migrant and community leaders", string: "Formar líderes")
        stale.extractedComments = ["Title of the goal G-0001", "A sub-goal of G-0000: \"Quoted\""]
        stale.references = ["agenda.json:12"]
        stale.isFuzzy = true
        stale.previousID = "Train migrant leaders"
        stale.previousContext = "goal G-0001 title"
        let long = String(repeating: "Organizaciones migrantes de Michoacán y Zacatecas ", count: 6) + "fin"
        let entries = [
            stale,
            POEntry(context: "goal G-0002 description", id: "First line\nSecond line\n\nFourth, \"quoted\" \\ and\ttab",
                    string: "Primera línea\nSegunda"),
            POEntry(context: "area leadership name", id: long, string: ""),
            POEntry(context: "organization x name", id: "Control \u{1B}[31m, C1 \u{9B}, override \u{202E}, bell \u{07}, DEL \u{7F}",
                    string: "日本語 and emoji 👩🏽‍🌾"),
            POEntry(id: "No context", string: "Sin contexto"),
        ]
        let file = POFile(header: header, entries: entries)
        let text = POWriter.write(file)
        let back = try read(text)
        #expect(back == file, "\(text)")
        #expect(POWriter.write(back) == text)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= POString.width }, "\(text)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control characters are escaped")
    }

    @Test func stringsAreEscapedAsCDoesAndControlCharactersAsOctalBytes() {
        #expect(POString.escape("a\"b\\c\nd\te\r") == #"a\"b\\c\nd\te\r"#)
        #expect(POString.escape("\u{07}\u{08}\u{0C}\u{0B}") == #"\a\b\f\v"#)
        #expect(POString.escape("\u{1B}[0m\u{7F}") == #"\033[0m\177"#)
        #expect(POString.escape("\u{9B}\u{202E}") == #"\302\233\342\200\256"#)
        #expect(POString.escape("Michoacán ñ 👩🏽‍🌾") == "Michoacán ñ 👩🏽‍🌾")
    }

    @Test func everyEscapeGettextKnowsIsRead() throws {
        let file = try read(#"""
            msgid "\a\b\f\v\r\n\t\\\"\'\?"
            msgstr "\101\x42\303\241\xc3\xa9 \0"
            """#)
        #expect(file.entries[0].id == "\u{07}\u{08}\u{0C}\u{0B}\r\n\t\\\"'?")
        #expect(file.entries[0].string == "ABáé \u{0}")
    }

    @Test func multilineStringsAreJoinedAndWrittenAsMsgmergeWrapsThem() throws {
        let file = try read("""
            msgctxt "area leadership description"
            msgid ""
            "Strengthen organizations, invest in our own people and educate leaders who "
            "will push for change."
            msgstr ""
            "Primera línea\\n"
            "Segunda línea"

            """)
        let entry = try #require(file.entries.first)
        #expect(entry.id == "Strengthen organizations, invest in our own people and educate leaders who will push for change.")
        #expect(entry.string == "Primera línea\nSegunda línea")
        // As msgcat wraps it (checked with GNU gettext 0.21): after a line break, and before 80 columns, after a space.
        #expect(POWriter.lines(entry) == [
            #"msgctxt "area leadership description""#,
            #"msgid """#,
            #""Strengthen organizations, invest in our own people and educate leaders who ""#,
            #""will push for change.""#,
            #"msgstr """#,
            #""Primera línea\n""#,
            #""Segunda línea""#,
        ])
        #expect(POString.lines(keyword: "msgid", "Short\n") == [#"msgid "Short\n""#])
        #expect(POString.lines(keyword: "msgid", "") == [#"msgid """#])
    }

    @Test func fuzzyFlagsAndPreviousStringsAreRead() throws {
        let file = try read("""
            # A translator's note
            #. Title of the goal G-1
            #: agenda.json
            #, fuzzy, c-format
            #| msgctxt "goal G-1 title"
            #| msgid "Train "
            #| "migrant leaders"
            msgctxt "goal G-1 title"
            msgid "Train migrant and community leaders"
            msgstr "Formar líderes migrantes"
            """)
        let entry = try #require(file.entries.first)
        #expect(entry.isFuzzy && entry.flags == ["fuzzy", "c-format"])
        #expect(entry.previousID == "Train migrant leaders" && entry.previousContext == "goal G-1 title")
        #expect(entry.translatorComments == ["A translator's note"] && entry.extractedComments == ["Title of the goal G-1"])
        #expect(entry.references == ["agenda.json"])
        #expect(entry.position.line == 1 && entry.position.contextLine == 8 && entry.position.idLine == 9)
        let written = POWriter.lines(entry)
        #expect(written[3] == "#, fuzzy, c-format" && written[4] == #"#| msgctxt "goal G-1 title""#)
        #expect(written[5] == #"#| msgid "Train migrant leaders""#)
    }

    @Test func theHeaderGivesItsFieldsWithTheirLines() throws {
        let file = try read("""
            # Comment
            msgid ""
            msgstr ""
            "Project-Id-Version: Agenda\\n"
            "Language: pt_"
            "BR\\n"
            "Content-Type: text/plain; charset=UTF-8\\n"
            "X-Agenda-Title: Hemispheric Agenda of Latin American Migrant "
            "Organizations\\n"

            msgid "a"
            msgstr "b"
            """)
        #expect(file.header?.translatorComments == ["Comment"])
        #expect(file.entries.count == 1)
        #expect(file.headerField("language") == POHeaderField("Language", "pt_BR", line: 5))
        #expect(file.headerField("Language")?.line == 5)
        #expect(file.headerField("X-Agenda-Title")?.value == "Hemispheric Agenda of Latin American Migrant Organizations")
        #expect(file.headerField("X-Agenda-Title")?.line == 8)
        #expect(file.headerField("Last-Translator") == nil)
        #expect(POHeaderField.text([POHeaderField("X-Agenda-Title", "Two\nlines")]) == "X-Agenda-Title: Two lines\n")
    }

    @Test func obsoleteEntriesAreSkippedWithTheirCommentsAndPluralsAreRead() throws {
        let file = try read("""
            msgid "kept"
            msgstr "guardado"

            # translator comment of the obsolete entry
            #, fuzzy
            #~| msgid "older"
            #~ msgctxt "goal G-9 title"
            #~ msgid "gone"
            #~ msgstr "ido"

            msgid "one file"
            msgid_plural "%d files"
            msgstr[0] "un archivo"
            msgstr[1] "%d archivos"
            """)
        #expect(file.entries.map(\.id) == ["kept", "one file"])
        #expect(file.entries[1].flags.isEmpty && file.entries[1].translatorComments.isEmpty)
        #expect(file.entries[1].idPlural == "%d files" && file.entries[1].pluralStrings == ["un archivo", "%d archivos"])
        #expect(file.entries[1].position.idPluralLine == 12)
    }

    @Test func windowsLineEndsAndAByteOrderMarkAreRead() throws {
        let file = try read("\u{FEFF}msgid \"\"\r\nmsgstr \"\"\r\n\"Language: es\\n\"\r\n\r\nmsgctxt \"c\"\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\n")
        #expect(file.headerField("Language")?.value == "es")
        #expect(file.entries == [POEntry(context: "c", id: "a", string: "b")])
    }

    @Test func mistakesAreReportedAtTheirLineAndColumn() {
        #expect(error("msgid \"a\"\nmsgstr \"open\n") == POSyntaxError("unterminated string: no closing double quote on this line",
                                                                      line: 2, column: 8))
        #expect(error("msgid \"a\"\nmsgstr \"b\"\nmsgtxt \"c\"\n")?.message.hasPrefix("unknown keyword 'msgtxt'") == true)
        #expect(error("msgid \"a\"\nmsgstr \"b\"\nmsgtxt \"c\"\n")?.line == 3)
        #expect(error("msgid \"a\"\nmsgstr \"b\"\n  } \n")?.column == 3)
        #expect(error("msgstr \"b\"\n") == POSyntaxError("msgstr without a msgid before it", line: 1, column: 1))
        #expect(error("# c\nmsgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n") == POSyntaxError("msgid without a msgstr after it", line: 2))
        #expect(error("msgid \"a\"\n") == POSyntaxError("msgid without a msgstr after it", line: 1))
        #expect(error("msgctxt \"x\"\nmsgctxt \"y\"\n")?.line == 2)
        #expect(error("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n") == POSyntaxError("a second msgstr for one msgid", line: 3))
        #expect(error("msgctxt \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"x\"\nmsgid \"a\"\nmsgstr \"c\"\n")
                == POSyntaxError("a second entry with the same msgctxt and msgid (the first is at line 1)", line: 5))
        #expect(error("msgid \"a\" x\nmsgstr \"b\"\n") == POSyntaxError("expected the end of the line", line: 1, column: 11))
        #expect(error("msgid \"a\\q\"\nmsgstr \"\"\n")?.column == 9)
        #expect(error("msgid\nmsgstr \"\"\n")?.message == "expected a string in double quotes after msgid")
        #expect(error("\"floating\"\n")?.message == "a string with no keyword (msgid, msgstr...) before it")
        #expect(error("msgid \"a\"\nmsgstr \"b\"\n# comment\n\"c\"\n")?.line == 4)
        #expect(error("msgid \"a\"\nmsgstr[0] \"b\"\n")?.message == "msgstr[0] without a msgid_plural before it")
        #expect(error("msgid \"\\303\"\nmsgstr \"\"\n")?.message.contains("not UTF-8") == true)
        let latin1 = Array("msgid \"caf".utf8) + [0xE9] + Array("\"\nmsgstr \"\"\n".utf8)
        #expect(throws: POSyntaxError("the file is not UTF-8 here: save it as UTF-8 (msgconv -t UTF-8)", line: 1, column: 11)) {
            try POReader.read(latin1)
        }
        #expect(error("") == nil && error("\n\n# only a comment\n") == nil)
    }
}
