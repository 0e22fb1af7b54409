import AgendaModel
import TerminalWidgets

/// A question in a small box: a line to type (a new goal's title), or a note of several lines.
public struct PromptState: Equatable, Sendable {
    /// What the line under the text says.
    public enum Hint: Equatable, Sendable {
        /// Enter answers, Escape cancels.
        case line
        /// Ctrl-S saves (Enter breaks the line), Escape cancels.
        case note
        /// Enter filters (empty: no filter), Escape cancels.
        case filter
    }

    public var title: String
    public var purpose: Purpose
    public var text: TextArea
    public var hint: Hint
    /// Names that Tab completes what is typed from (people, for a speaker or a presenter); nil when the
    /// prompt completes nothing.
    public var completions: [String]?
    /// The completions of what is typed now, best first.
    public var suggestions: [String] = []
    /// Whether the text is a proposal that the first character typed replaces (a day to filter by).
    public var replacesOnType = false
    /// Whether an empty answer means something (no presenter) rather than nothing typed yet.
    public var acceptsEmpty = false

    public init(title: String, purpose: Purpose, text: String = "", hint: Hint = .line, replacesOnType: Bool = false,
                completions: [String]? = nil, acceptsEmpty: Bool = false) {
        self.title = title
        self.purpose = purpose
        self.text = TextArea(text)
        self.hint = hint
        self.replacesOnType = replacesOnType
        self.completions = completions
        self.acceptsEmpty = acceptsEmpty
    }

    /// Whether Enter breaks a line (notes) rather than answering (a title, a name).
    public var isMultiline: Bool { hint == .note }

    /// Recomputes the suggestions: the first five completions that contain what is typed, ignoring case
    /// and accents, each once.
    mutating func suggest() {
        guard let completions else { return }
        let needle = FoldedNeedle(text.text.trimmingWhitespace)
        guard !needle.isEmpty else {
            suggestions = []
            return
        }
        var seen: Set<String> = []
        suggestions = Array(completions.filter { needle.isFound(in: $0) && seen.insert(TextFolding.fold($0)).inserted }.prefix(5))
    }
}
