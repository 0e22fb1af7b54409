import AgendaLocalization
import AgendaModel

/// How a CSV file is written: for a spreadsheet that people open (the interface's words, formulas
/// neutralized, a byte-order mark), or raw for programs (the file's keys and values, cells untouched).
public struct CSVOptions: Sendable {
    /// The language of the headers and values; nil for the file's keys and values.
    public var words: Strings?
    /// Whether cells that begin like a formula get a leading `'` (`SpreadsheetCell`).
    public var neutralizesFormulas: Bool
    /// Whether the file starts with a UTF-8 byte-order mark.
    public var byteOrderMark: Bool
    /// What a private report leaves out.
    public var redaction: Redaction

    public init(words: Strings?, neutralizesFormulas: Bool, byteOrderMark: Bool, redaction: Redaction = .none) {
        self.words = words
        self.neutralizesFormulas = neutralizesFormulas
        self.byteOrderMark = byteOrderMark
        self.redaction = redaction
    }

    /// For a spreadsheet: words of `strings`, formulas neutralized, a byte-order mark.
    public static func spreadsheet(_ strings: Strings, redaction: Redaction = .none) -> CSVOptions {
        CSVOptions(words: strings, neutralizesFormulas: true, byteOrderMark: true, redaction: redaction)
    }

    /// For programs: the file's keys and values, cells untouched; with a byte-order mark unless told not.
    public static func raw(byteOrderMark: Bool = true, redaction: Redaction = .none) -> CSVOptions {
        CSVOptions(words: nil, neutralizesFormulas: false, byteOrderMark: byteOrderMark, redaction: redaction)
    }
}
