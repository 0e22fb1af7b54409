import AgendaModel

/// A part of a report's text in another language than the report's: an original shown where its
/// translation is missing. The renderers write it as the reader needs it: Markdown and CSV with the
/// language as a mark after it (`Train leaders [en]`, as on screen), HTML inside `<span lang="en">` so
/// that screen readers switch language, with the mark beside it for the eye.
///
/// In a document's strings a span is delimited by the interlinear annotation characters (U+FFF9 the
/// language U+FFFA the text U+FFFB), which Unicode keeps out of interchanged text; only a span whose
/// language is a well-formed tag counts as one.
public enum LanguageSpan {
    static let start: Character = "\u{FFF9}"
    static let separator: Character = "\u{FFFA}"
    static let end: Character = "\u{FFFB}"

    /// A text marked as written in a language.
    public static func wrap(_ text: String, language: String) -> String {
        let clean = text.filter { $0 != start && $0 != separator && $0 != end }
        return String(start) + language + String(separator) + clean + String(end)
    }

    /// The parts of a string: plain text (language nil), and spans with their language, in order.
    public static func parts(_ text: String) -> [(text: String, language: String?)] {
        guard text.contains(start) else { return [(text, nil)] }
        var parts: [(text: String, language: String?)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: start) {
            let afterOpen = rest.index(after: open)
            guard let middle = rest[afterOpen...].firstIndex(of: separator),
                  let close = rest[middle...].firstIndex(of: end) else { break }
            let language = String(rest[afterOpen..<middle])
            guard LanguageTag.isWellFormed(language) else {
                parts.append((String(rest[..<afterOpen]), nil))
                rest = rest[afterOpen...]
                continue
            }
            if open > rest.startIndex { parts.append((String(rest[..<open]), nil)) }
            parts.append((String(rest[rest.index(after: middle)..<close]), language))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append((String(rest), nil)) }
        return parts
    }

    /// The text with each span as its text and the mark of its language: `Train leaders [en]`.
    public static func plain(_ text: String) -> String {
        guard text.contains(start) else { return text }
        return parts(text).map { part in part.language.map { part.text + " " + mark($0) } ?? part.text }.joined()
    }

    /// The mark of a language, as the screen writes it: `[en]`.
    static func mark(_ language: String) -> String { "[" + language + "]" }
}
