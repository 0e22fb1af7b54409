/// One entry of a gettext PO file: a text to translate (`msgid`), where it is (`msgctxt`), its
/// translation (`msgstr`), and the comments and flags around it.
///
/// The header is an entry too: the one whose `msgid` is empty and that has no `msgctxt`; `POFile` holds
/// it apart. Obsolete entries (`#~`) are not read into entries at all.
struct POEntry: Equatable, Sendable {
    /// Comments by translators (`# ...`), one per line.
    var translatorComments: [String] = []
    /// Comments for translators written by the program that made the file (`#. ...`), one per line.
    var extractedComments: [String] = []
    /// Where the text comes from (`#: ...`), one per line.
    var references: [String] = []
    /// Flags (`#, fuzzy, c-format`), in order.
    var flags: [String] = []
    /// The `msgctxt` the translation was made for, when it has changed (`#| msgctxt`).
    var previousContext: String?
    /// The `msgid` the translation was made from, when it has changed (`#| msgid`).
    var previousID: String?
    /// The `msgctxt`: the entry's context, which tells two equal `msgid`s apart.
    var context: String?
    /// The `msgid`: the original text.
    var id: String
    /// The `msgid_plural`, for a text with plural forms.
    var idPlural: String?
    /// The `msgstr`: the translation, empty when there is none (for a text with plural forms, empty;
    /// see `pluralStrings`).
    var string: String
    /// The `msgstr[0]`, `msgstr[1]`... of a text with plural forms.
    var pluralStrings: [String] = []
    /// Where the entry was read, when it was.
    var position = Position()

    init(context: String? = nil, id: String, string: String = "") {
        self.context = context
        self.id = id
        self.string = string
    }

    /// Whether the translation waits for a translator's check (`#, fuzzy`).
    var isFuzzy: Bool {
        get { flags.contains("fuzzy") }
        set {
            flags.removeAll { $0 == "fuzzy" }
            if newValue { flags.insert("fuzzy", at: 0) }
        }
    }

    /// Whether this is the header entry: an empty `msgid` with no `msgctxt`.
    var isHeader: Bool { context == nil && id.isEmpty }

    /// The lines an entry was read from (1-based; 0 for an entry that was not read).
    ///
    /// Where an entry was read is not part of what it says: any two positions are equal, so that an entry
    /// read back equals the entry written.
    struct Position: Equatable, Sendable {
        /// The entry's first line, a comment's or a keyword's.
        var line = 0
        /// The line of `msgctxt`, else of `msgid`.
        var contextLine = 0
        var idLine = 0
        var idPluralLine = 0
        var stringLine = 0
        /// Each piece of the `msgstr` (one quoted string): its line, and where its text starts in the
        /// `msgstr`, counted in Unicode scalars.
        var stringPieces: [(line: Int, offset: Int)] = []

        static func == (lhs: Position, rhs: Position) -> Bool { true }

        /// The line on which the `msgstr`'s scalar at `offset` was written.
        func stringLine(at offset: Int) -> Int {
            stringPieces.last { $0.offset <= offset }?.line ?? stringLine
        }
    }
}

/// A PO file: its header, then its entries in order.
struct POFile: Equatable, Sendable {
    /// The header entry (`msgid ""`), whose `msgstr` holds the header's fields, and whose translator
    /// comments introduce the file; nil when the file has none.
    var header: POEntry?
    var entries: [POEntry]

    init(header: POEntry? = nil, entries: [POEntry] = []) {
        self.header = header
        self.entries = entries
    }

    /// The header's fields (`Language: pt` ...), in order, with the line each is on.
    var headerFields: [POHeaderField] {
        guard let header else { return [] }
        return POHeaderField.parse(header.string, lines: header.position)
    }

    /// The value of a header field, its name matched ignoring case, with its line; nil when absent.
    func headerField(_ name: String) -> POHeaderField? {
        headerFields.first { $0.name.lowercased() == name.lowercased() }
    }
}

/// One field of a PO file's header, such as `Language: pt`.
struct POHeaderField: Equatable, Sendable {
    var name: String
    var value: String
    /// The line it was read on, or 0.
    var line: Int

    init(_ name: String, _ value: String, line: Int = 0) {
        self.name = name
        self.value = value
        self.line = line
    }

    /// The fields of a header's `msgstr`: one per line, `Name: value`; lines without a colon are skipped.
    static func parse(_ text: String, lines: POEntry.Position) -> [POHeaderField] {
        var fields: [POHeaderField] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.unicodeScalars.count + 1 }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingBlanks()
            guard !name.isEmpty else { continue }
            let value = line[line.index(after: colon)...].trimmingBlanks()
            fields.append(POHeaderField(name, value, line: lines.stringLine(at: offset)))
        }
        return fields
    }

    /// The header's `msgstr` for these fields: `Name: value\n` each.
    static func text(_ fields: [POHeaderField]) -> String {
        fields.map { "\($0.name): \(value($0.value))\n" }.joined()
    }

    /// A value as a header line holds it: on one line, its line breaks made spaces.
    static func value(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}

private extension Substring {
    /// The text without spaces and tabs at its ends.
    func trimmingBlanks() -> String {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
