import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// `agenda translate status|export|import`, as a translator's round trip runs them: the PO file that
/// `export` writes passes GNU gettext's `msgfmt --check`, a filled-in file imports, and a changed
/// original makes its translation stale, exported as fuzzy.
@Suite struct CLITranslateTests {
    let folder = TemporaryFolder()

    /// The summit's sample agenda with none of its translations: where a network starts translating.
    static func untranslated() throws -> Agenda {
        var agenda = try FileAgendaStore().load(Paths.sampleAgenda)
        for index in agenda.areas.indices { agenda.areas[index].translations = Translations() }
        for index in agenda.goals.indices { agenda.goals[index].translations = Translations() }
        return agenda
    }

    /// A copy of the sample agenda, untranslated.
    func sample() throws -> String {
        let path = folder.file("hemispheric-agenda.json")
        try FileAgendaStore().create(try Self.untranslated(), at: path)
        return path
    }

    func text(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// Runs `msgfmt --check` on a PO file; fails (not skips) when GNU gettext is not installed.
    func checkWithMsgfmt(_ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        let found = folders.map { $0 + "/msgfmt" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        let msgfmt = try #require(found, """
            msgfmt is missing, so the PO file cannot be checked with GNU gettext: install it with \
            `sudo apt-get install gettext` (.ci/run installs it when it is missing)
            """, sourceLocation: sourceLocation)
        let check = CommandRunner.run(msgfmt, ["--check", "-o", "/dev/null", file])
        #expect(check.status == 0, "msgfmt --check \(file): \(check.stderr)", sourceLocation: sourceLocation)
    }

    /// The PO text with the `msgstr` of the entry `context` set (the entry's `msgid` on one line).
    func fill(_ po: String, _ context: String, with translation: String) throws -> String {
        let lines = po.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "msgctxt \"\(context)\""), "no entry \(context)")
        let string = try #require(lines[start...].firstIndex { $0.hasPrefix("msgstr ") })
        var end = string + 1
        while end < lines.count, lines[end].hasPrefix("\"") { end += 1 }
        return (lines[..<string] + ["msgstr \"\(translation)\""] + lines[end...]).joined(separator: "\n")
    }

    /// The number of the first line of `text` that is `line`.
    func lineNumber(of line: String, in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex(of: line).map { $0 + 1 }
    }

    /// Exports the sample for Portuguese, fills three entries and imports them.
    func translatedSample() throws -> (agenda: String, po: String) {
        let path = try sample()
        let po = folder.file("pt.po")
        let export = CommandRunner.agenda(["translate", "export", path, "--to", "pt", "--output", po])
        #expect(export.status == 0, "\(export.stderr)")
        var filled = try text(po)
        filled = try fill(filled, "goal G-SEYX title", with: "Formar uma nova geração de líderes migrantes")
        filled = try fill(filled, "area leadership name", with: "Liderança e força organizativa")
        filled = try fill(filled, "goal G-SEYX description", with: "Fortalecer as organizações, \\\"investir\\\" em nossa gente\\n"
                          + "e formar líderes.")
        folder.write("pt.po", filled)
        let imported = CommandRunner.agenda(["translate", "import", path, po, "--by", "Ana Souza"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 translations added, 0 updated, 0 imported as stale, 0 unchanged"), "\(imported.stdout)")
        return (path, po)
    }

    @Test func anExportedFilePassesMsgfmtAndItsTranslationsImportAsPortuguese() throws {
        let (path, po) = try translatedSample()
        try checkWithMsgfmt(po)
        let exported = try text(po)
        #expect(exported.contains("\"Language: pt\\n\"") && exported.contains("\"Content-Type: text/plain; charset=UTF-8\\n\""))
        #expect(exported.contains("\"X-Agenda-Title: Hemispheric Agenda of Latin American Migrant Organizations\\n\""))
        #expect(exported.contains("\"PO-Revision-Date: ") && exported.contains("\"Project-Id-Version: "))
        #expect(exported.contains("""
            #. Title of the goal G-SEYX, in the area: Leadership and organizational strength
            msgctxt "goal G-SEYX title"
            msgid "Train a new generation of migrant leaders"
            """), "a translator sees where each text is")
        #expect(Set(folder.names()).isSubset(of: [".agenda-backups", "hemispheric-agenda.json", "pt.po"]), "no temporary file is left")

        let agenda = try FileAgendaStore().load(path)
        let title = agenda.shown(.goal("G-SEYX", field: "title"), in: "pt")
        #expect(title.text == "Formar uma nova geração de líderes migrantes" && title.kind == .translation)
        #expect(agenda.shown(.goal("G-SEYX", field: "description"), in: "pt-BR").text
                == "Fortalecer as organizações, \"investir\" em nossa gente\ne formar líderes.")
        #expect(agenda.shown(.area("leadership", field: "name"), in: "pt").text == "Liderança e força organizativa")
        #expect(agenda.translations(.goal("G-SEYX", field: "title"))["pt"]?.by == "Ana Souza")
        let shown = CommandRunner.agenda(["show", path, "G-SEYX", "--format", "json"])
        #expect(shown.stdout.contains("\"text\": \"Formar uma nova geração de líderes migrantes\""), "\(shown.stdout)")

        let status = CommandRunner.agenda(["translate", "status", path, "--format", "json"])
        #expect(status.status == 0, "\(status.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["languages"] as? [[String: Any]])
        let texts = try #require(json["texts"] as? Int)
        #expect(rows.count == 1 && rows[0]["language"] as? String == "pt" && rows[0]["name"] as? String == "Portuguese")
        #expect(rows[0]["translated"] as? Int == 3 && rows[0]["stale"] as? Int == 0 && rows[0]["missing"] as? Int == texts - 3)
        let table = CommandRunner.agenda(["translate", "status", path])
        #expect(table.lines.count == 3 && table.lines[1].hasPrefix("LANGUAGE"), "\(table.stdout)")
        #expect(table.lines[2].hasPrefix("pt        Portuguese") && table.lines[2].hasSuffix("3      0      \(texts - 3)  \(300 / texts)%"),
                "\(table.stdout)")
        let again = CommandRunner.agenda(["translate", "import", path, po])
        #expect(again.stdout.contains("0 translations added, 0 updated, 0 imported as stale, 3 unchanged, \(texts - 3) left empty"),
                "\(again.stdout)")
    }

    @Test func aChangedOriginalMakesItsTranslationStaleAndExportMarksItFuzzy() throws {
        let (path, _) = try translatedSample()
        let set = CommandRunner.agenda(["set", path, "G-SEYX", "--title", "Train a new generation of migrant and community leaders"])
        #expect(set.status == 0, "\(set.stderr)")
        let status = CommandRunner.agenda(["translate", "status", path, "--to", "pt"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.lines.count == 4 && status.lines[2].contains("Portuguese           2      1"), "\(status.stdout)")
        #expect(status.lines[3].hasPrefix("Stale:"))

        let export = CommandRunner.agenda(["translate", "export", path, "--to", "pt"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("""
            #, fuzzy
            #| msgid "Train a new generation of migrant leaders"
            msgctxt "goal G-SEYX title"
            msgid "Train a new generation of migrant and community leaders"
            msgstr "Formar uma nova geração de líderes migrantes"
            """), "\(export.stdout)")
        let stale = folder.write("stale.po", export.stdout)
        try checkWithMsgfmt(stale)

        // Imported as it was exported, nothing changes, and the file is not written.
        let before = try bytes(path)
        let unchanged = CommandRunner.agenda(["translate", "import", path, stale])
        #expect(unchanged.status == 0 && unchanged.stdout.contains("0 translations added, 0 updated, 0 imported as stale, 3 unchanged"),
                "\(unchanged.stdout)\(unchanged.stderr)")
        #expect(try bytes(path) == before)

        // The translator updates it and removes the fuzzy mark, as Poedit does: a translation of the new original.
        let updated = export.stdout.replacingOccurrences(of: """
            #, fuzzy
            #| msgid "Train a new generation of migrant leaders"
            msgctxt "goal G-SEYX title"
            msgid "Train a new generation of migrant and community leaders"
            msgstr "Formar uma nova geração de líderes migrantes"
            """, with: """
            msgctxt "goal G-SEYX title"
            msgid "Train a new generation of migrant and community leaders"
            msgstr "Formar uma nova geração de líderes migrantes e comunitários"
            """)
        let confirmed = CommandRunner.agenda(["translate", "import", path, folder.write("updated.po", updated)])
        #expect(confirmed.stdout.contains("0 translations added, 1 updated, 0 imported as stale, 2 unchanged"), "\(confirmed.stdout)")
        let shown = try FileAgendaStore().load(path).shown(.goal("G-SEYX", field: "title"), in: "pt")
        #expect(shown.text == "Formar uma nova geração de líderes migrantes e comunitários" && shown.kind == .translation)
    }

    @Test func aTranslationOfAnOriginalThatChangedSinceTheExportIsImportedAsStale() throws {
        let path = try sample()
        let export = CommandRunner.agenda(["translate", "export", path, "--to", "fr"])
        let filled = try fill(export.stdout, "goal G-SEYX title", with: "Former une nouvelle génération de leaders migrants")
        #expect(CommandRunner.agenda(["set", path, "G-SEYX", "--title", "Train migrant leaders"]).status == 0)
        let imported = CommandRunner.agenda(["translate", "import", path, folder.write("fr.po", filled)])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 translations added, 0 updated, 1 imported as stale"), "\(imported.stdout)")
        let agenda = try FileAgendaStore().load(path)
        #expect(agenda.shown(.goal("G-SEYX", field: "title"), in: "fr").kind == .stale)
        #expect(agenda.translations(.goal("G-SEYX", field: "title"))["fr"]?.from == "Train a new generation of migrant leaders")
        #expect(agenda.translationStatus("fr").stale == 1 && agenda.translationStatus("fr").translated == 0)
    }

    @Test func importRefusesAFileWithAnUnknownTextNamingItsLineAndWritesNothing() throws {
        let path = try sample()
        let export = CommandRunner.agenda(["translate", "export", path, "--to", "pt"])
        var po = try fill(export.stdout, "goal G-SEYX title", with: "Formar líderes")
        po = po.replacingOccurrences(of: "msgctxt \"goal G-27G0 title\"", with: "msgctxt \"goal G-GONE title\"")
        let line = try #require(lineNumber(of: "msgctxt \"goal G-GONE title\"", in: po))
        let file = folder.write("unknown.po", po)
        let before = try bytes(path)
        let names = folder.names()
        let refused = CommandRunner.agenda(["translate", "import", path, file])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(file):\(line):1: msgctxt \"goal G-GONE title\" names no text of \(path)\n"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("\(file): nothing was imported into \(path)"))
        #expect(try bytes(path) == before)
        #expect(folder.names() == names)
    }

    @Test func importRefusesAFileForAnotherAgendaOrWithoutLanguage() throws {
        let path = try sample()
        let export = CommandRunner.agenda(["translate", "export", path, "--to", "pt"])
        let po = try fill(export.stdout, "goal G-SEYX title", with: "Formar líderes")
        let before = try bytes(path)

        let other = po.replacingOccurrences(of: "\"X-Agenda-Title: Hemispheric Agenda of Latin American Migrant Organizations\\n\"",
                                            with: "\"X-Agenda-Title: Agenda de la Red Binacional\\n\"")
        let otherLine = try #require(lineNumber(of: "\"X-Agenda-Title: Agenda de la Red Binacional\\n\"", in: other))
        let otherFile = folder.write("other.po", other)
        let refused = CommandRunner.agenda(["translate", "import", path, otherFile])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("\(otherFile):\(otherLine):1: the file was exported from the agenda \"Agenda de la Red Binacional\""),
                "\(refused.stderr)")

        let untitled = folder.write("untitled.po", po.replacingOccurrences(of: "\"X-Agenda-Title: ", with: "\"X-Other: "))
        #expect(CommandRunner.agenda(["translate", "import", path, untitled]).stderr.contains("the header has no X-Agenda-Title"))

        let noLanguage = folder.write("no-language.po", po.replacingOccurrences(of: "\"Language: pt\\n\"\n", with: ""))
        let withoutLanguage = CommandRunner.agenda(["translate", "import", path, noLanguage])
        #expect(withoutLanguage.status == 1)
        #expect(withoutLanguage.stderr.hasPrefix("\(noLanguage):"), "\(withoutLanguage.stderr)")
        #expect(withoutLanguage.stderr.contains("the header has no Language:"), "\(withoutLanguage.stderr)")

        let broken = folder.write("broken.po", po.replacingOccurrences(of: "msgstr \"Formar líderes\"", with: "msgstr \"Formar líderes"))
        let line = try #require(lineNumber(of: "msgstr \"Formar líderes", in: try text(broken)))
        let syntax = CommandRunner.agenda(["translate", "import", path, broken])
        #expect(syntax.status == 1)
        #expect(syntax.stderr.hasPrefix("\(broken):\(line):8: unterminated string"), "\(syntax.stderr)")
        #expect(try bytes(path) == before)
    }

    @Test func theAgendasOwnLanguageIsRefusedAndALanguageWithNothingTranslatedIsAllMissing() throws {
        let agenda = try Self.untranslated()
        #expect(agenda.language == "en")
        let path = folder.file("english.json")
        try FileAgendaStore().create(agenda, at: path)
        for arguments in [["status", path, "--to", "en"], ["export", path, "--to", "en-GB"]] {
            let refused = CommandRunner.agenda(["translate"] + arguments)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("the agenda is written in English (en)"), "\(refused.stderr)")
        }
        let po = CommandRunner.agenda(["translate", "export", path, "--to", "es"]).stdout
        #expect(po.contains("\"X-Source-Language: en\\n\""))
        let english = folder.write("en.po", po.replacingOccurrences(of: "\"Language: es\\n\"", with: "\"Language: en_US\\n\""))
        #expect(CommandRunner.agenda(["translate", "import", path, english]).stderr.contains("the agenda is written in English (en)"))

        let status = CommandRunner.agenda(["translate", "status", path, "--to", "español"])
        let texts = agenda.translatableTexts.count
        #expect(status.lines.first == "Originals in English (en); \(texts) texts to translate.", "\(status.stdout)")
        #expect(status.lines.last?.hasPrefix("es        Spanish") == true && status.lines.last?.hasSuffix("0      0      \(texts)  0%") == true,
                "\(status.stdout)")
        let none = CommandRunner.agenda(["translate", "status", path])
        #expect(none.stdout.contains("No translations yet"))
        #expect(CommandRunner.agenda(["translate", "export", path, "--to", "not a tag"]).status == 64)
        let before = try bytes(path)
        let overwrite = CommandRunner.agenda(["translate", "export", path, "--to", "es", "--output", folder.path + "/./english.json"])
        #expect(overwrite.status == 1 && overwrite.stderr.contains("is the agenda file itself"), "\(overwrite.stderr)")
        #expect(try bytes(path) == before)
    }

    @Test func textsHoldingControlCharactersAreExportedEscapedAndImportBackExactly() throws {
        var agenda = Fixtures.agenda()
        let title = "Fund \(HostileFixtures.windowTitle)the \(HostileFixtures.c1Sequence)school \(HostileFixtures.rightToLeftOverride)now"
        try agenda.apply(Edit.setGoal(id: "G-0004", .title(title)), by: "Ana", at: Date(timeIntervalSince1970: 1_780_000_000))
        agenda.areas[0].name = "Leadership\(HostileFixtures.bell)\(HostileFixtures.leftToRightIsolate)"
        let path = folder.file("hostile.json")
        try FileAgendaStore().create(agenda, at: path)
        let export = CommandRunner.agenda(["translate", "export", path, "--to", "es"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(!export.stdout.unicodeScalars.contains { HostileFixtures.forbiddenScalars.contains($0.value) }, "\(export.stdout)")
        #expect(export.stdout.contains(#"msgid "Fund \033]0;pwned\athe \302\23331m"#), "\(export.stdout)")
        #expect(export.stdout.contains("#. Title of the goal G-0004, in the area: Leadership<U+0007><U+2066>\n"), "comments show escapes")
        let filled = try fill(export.stdout, "goal G-0004 title", with: #"Financiar \033[2J la escuela"#)
        let po = folder.write("hostile.po", filled)
        try checkWithMsgfmt(po)
        let imported = CommandRunner.agenda(["translate", "import", path, po])
        #expect(imported.status == 0, "\(imported.stderr)")
        let translation = try FileAgendaStore().load(path).translations(.goal("G-0004", field: "title"))["es"]
        #expect(translation?.from == title && translation?.text == "Financiar \u{1B}[2J la escuela")
    }
}
