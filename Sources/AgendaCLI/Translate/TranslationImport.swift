import AgendaModel
import AgendaStore
import Foundation

/// What importing a PO file does to an agenda: the edits that set its translations, and what they are.
///
/// The file must be for this agenda (its `X-Agenda-Title`), name its language (`Language:`), not the
/// agenda's own, and every entry's `msgctxt` must name a text the agenda has; otherwise the import is
/// refused with each problem at its line of the file, and nothing is changed.
///
/// Per entry, with a translation in `msgstr` (empty ones are skipped):
/// - `msgid` is the original as it is now: a translation of it.
/// - `msgid` is another text (the original changed since the export): a stale translation, made from
///   that `msgid`, shown marked until someone updates or confirms it.
/// - the entry is fuzzy: its translator did not confirm it. It is a stale translation, made from the
///   original it names as previous (`#| msgid`), else from its `msgid`; when that is the original as it
///   is now, it cannot be stale, and it is left out with a note.
struct TranslationImport {
    struct Counts: Equatable {
        var added = 0
        var updated = 0
        var stale = 0
        var unchanged = 0
        var empty = 0
        var fuzzyLeftOut = 0
    }

    /// The language the translations are in, from the file's header.
    var language: String
    var edits: [Edit] = []
    var counts = Counts()
    /// Notes on entries left out, each as `PO-FILE:LINE:COLUMN: message`.
    var notes: [String] = []

    /// Plans the import of `po` (read from `path`) into `agenda` (the file `file`).
    init(_ po: POFile, path: String, into agenda: Agenda, file: String) throws(AgendaFileError) {
        func refusal(_ message: String, line: Int) -> AgendaFileError {
            AgendaFileError(file: path, items: [.init(message, at: SourcePosition(line: max(line, 1), column: 1)),
                                                .init(TranslateMessages.nothingImported(into: file))])
        }
        guard let header = po.header else { throw refusal(TranslateMessages.noHeader, line: 1) }
        let headerLine = header.position.stringLine
        if let type = po.headerField("Content-Type"), let charset = Self.charset(type.value), charset.lowercased() != "utf-8" {
            throw refusal(TranslateMessages.charset(charset), line: type.line)
        }
        guard let field = po.headerField("Language"), !field.value.isEmpty else {
            throw refusal(TranslateMessages.noLanguage, line: headerLine)
        }
        guard let language = TranslateLanguage.tag(field.value) else {
            throw refusal(TranslateMessages.badLanguage(field.value), line: field.line)
        }
        if TranslateLanguage.isOriginal(language, of: agenda) {
            throw refusal("Language: " + TranslateMessages.ownLanguage(agenda.language ?? language), line: field.line)
        }
        guard let title = po.headerField(TranslationCatalog.titleField) else {
            throw refusal(TranslateMessages.noTitle, line: headerLine)
        }
        let agendaTitle = POHeaderField.value(agenda.title).trimmingWhitespace
        guard title.value == agendaTitle else {
            throw refusal(TranslateMessages.otherAgenda(title.value, agendaTitle: agendaTitle, file: file), line: title.line)
        }
        self.language = language
        for (entry, text) in try Self.texts(po, path: path, in: AgendaTexts(agenda), file: file) {
            plan(entry, text, path: path)
        }
    }

    /// Each entry with the text it names, or the problems of all those that name none.
    private static func texts(_ po: POFile, path: String, in agenda: AgendaTexts, file: String)
        throws(AgendaFileError) -> [(POEntry, AgendaTexts.Text)] {
        var problems: [AgendaFileError.Item] = []
        var texts: [(POEntry, AgendaTexts.Text)] = []
        var seen: [TextRef: Int] = [:]
        for entry in po.entries {
            let position = SourcePosition(line: entry.position.contextLine, column: 1)
            guard entry.idPlural == nil else {
                problems.append(.init(TranslateMessages.plural, at: SourcePosition(line: entry.position.idPluralLine, column: 1)))
                continue
            }
            guard let context = entry.context else {
                problems.append(.init(TranslateMessages.noContext, at: position))
                continue
            }
            guard let ref = TextRef(context: context), let text = agenda[ref] else {
                problems.append(.init(TranslateMessages.unknownText(context, file: file), at: position))
                continue
            }
            if let first = seen[ref] {
                problems.append(.init(TranslateMessages.secondEntry(context, first: first), at: position))
                continue
            }
            seen[ref] = position.line
            texts.append((entry, text))
        }
        guard problems.isEmpty else {
            throw AgendaFileError(file: path, items: problems + [.init(TranslateMessages.nothingImported(into: file))])
        }
        return texts
    }

    /// The edit for one entry, if it changes anything, and what it counts as.
    private mutating func plan(_ entry: POEntry, _ text: AgendaTexts.Text, path: String) {
        guard !entry.string.trimmingWhitespace.isEmpty else {
            counts.empty += 1
            return
        }
        let original = text.original
        let from = entry.isFuzzy ? (entry.previousID ?? entry.id) : entry.id
        if entry.isFuzzy && from == original {
            counts.fuzzyLeftOut += 1
            notes.append("\(path):\(entry.position.contextLine):1: " + TranslateMessages.fuzzyLeftOut)
            return
        }
        let existing = text.translations[language]
        if let existing, existing.from == from,
           existing.text == entry.string || TranslationCatalog.exported(existing.text, original: original) == entry.string {
            counts.unchanged += 1
            return
        }
        let translation = Translation(text: entry.string, from: from)
        edits.append(.setTranslation(text.ref, language: language, translation))
        if translation.isStale(against: original) {
            counts.stale += 1
        } else if existing == nil {
            counts.added += 1
        } else {
            counts.updated += 1
        }
    }

    /// The charset a `Content-Type` value names (`text/plain; charset=UTF-8` → `UTF-8`), if any.
    static func charset(_ contentType: String) -> String? {
        guard let range = contentType.range(of: "charset=", options: .caseInsensitive) else { return nil }
        let rest = contentType[range.upperBound...]
        return String(rest.prefix { $0 != ";" && $0 != " " })
    }
}
