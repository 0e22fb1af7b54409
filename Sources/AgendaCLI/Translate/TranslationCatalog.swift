import AgendaModel
import Foundation

/// An agenda's texts as a PO file for translators into one language, and back: what `export` writes and
/// what `import` compares with.
///
/// Each text is an entry: `msgctxt` names the record and field (`TextRef.context`), `msgid` is the
/// original as it is now, `msgstr` the translation into the language (its exact tag), empty when there
/// is none. A stale translation is marked fuzzy, with `#| msgid` the original it was made from, as
/// `msgmerge --previous` marks a translation whose source changed.
///
/// Which agenda a file belongs to is checked without adding anything to the agenda file: its header
/// names the agenda's title (`X-Agenda-Title`), and each `msgctxt` must name a text the agenda has.
enum TranslationCatalog {
    /// The header field naming the agenda a PO file was exported from.
    static let titleField = "X-Agenda-Title"

    static func po(_ agenda: Agenda, _ texts: AgendaTexts? = nil, language: String, file: String, at time: Date, version: String)
        -> POFile {
        let texts = (texts ?? AgendaTexts(agenda)).texts
        var header = POEntry(id: "", string: POHeaderField.text(headerFields(agenda, language: language, at: time, version: version)))
        header.translatorComments = TranslateMessages.poIntroduction(
            agenda, language: language, file: URL(fileURLWithPath: file).lastPathComponent, texts: texts.count)
        let place = TextPlace(agenda)
        let entries = texts.map { text in
            var entry = POEntry(context: text.ref.context, id: text.original)
            entry.extractedComments = place.comments(text.ref)
            if let translation = text.translations[language] {
                entry.string = exported(translation.text, original: text.original)
                if translation.isStale(against: text.original) {
                    entry.isFuzzy = true
                    entry.previousID = translation.from
                }
            }
            return entry
        }
        return POFile(header: header, entries: entries)
    }

    /// The header's fields: those GNU gettext's `msgfmt --check` asks for, the language, and the agenda.
    static func headerFields(_ agenda: Agenda, language: String, at time: Date, version: String) -> [POHeaderField] {
        var fields = [
            POHeaderField("Project-Id-Version", agenda.title),
            POHeaderField("PO-Revision-Date", revisionDate(time)),
            POHeaderField("Last-Translator", ""),
            POHeaderField("Language-Team", ""),
            POHeaderField("Language", language),
            POHeaderField("MIME-Version", "1.0"),
            POHeaderField("Content-Type", "text/plain; charset=UTF-8"),
            POHeaderField("Content-Transfer-Encoding", "8bit"),
            POHeaderField("X-Generator", "agenda \(version)"),
        ]
        if let source = agenda.language { fields.append(POHeaderField("X-Source-Language", source)) }
        fields.append(POHeaderField(titleField, agenda.title))
        return fields
    }

    /// A time as PO headers write it: `2026-03-01 14:05+0000`.
    static func revisionDate(_ time: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: time)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(String(format: "%04d", parts.year ?? 0))-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))+0000"
    }

    /// A translation as its entry writes it: with a line break at its start and end where the original
    /// has one and only there, as gettext requires of a translation (`msgfmt --check`). Line breaks at the
    /// ends of a text are not part of what it says.
    static func exported(_ translation: String, original: String) -> String {
        var text = String.UnicodeScalarView(translation.unicodeScalars)
        let breakFirst = original.unicodeScalars.first == "\n", breakLast = original.unicodeScalars.last == "\n"
        if breakFirst && text.first != "\n" { text.insert("\n", at: text.startIndex) }
        if !breakFirst { while text.first == "\n" { text.removeFirst() } }
        if breakLast && text.last != "\n" { text.append("\n") }
        if !breakLast { while text.last == "\n" { text.removeLast() } }
        return String(text)
    }
}
