import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// One field of a form: what it holds, how it is edited, and the problem with its value, if any.
public struct FormField: Equatable, Sendable {
    /// How a field is edited.
    public enum Kind: Equatable, Sendable {
        /// One line of text.
        case text(TextField)
        /// Several lines of text; Enter breaks a line.
        case multiline(TextArea)
        /// One value from a list, chosen in a menu.
        case choice(options: [FormOption], value: String)
        /// Several values from a list, ticked in a searchable menu, where new names can be typed.
        case multi(options: [FormOption], values: [String])
        /// A translation written beside its original.
        case translation(TranslationField)

        /// Whether the field is one value from a list.
        public var isChoice: Bool {
            if case .choice = self { return true }
            return false
        }
    }

    /// The field's name in the model (`title`, `progress`, ...).
    public var name: String
    public var label: Text
    public var kind: Kind
    /// Why the value cannot be saved, shown beside it.
    public var problem: String?
    /// Whether a `multi` field's list takes names typed that it does not offer (owners do; organizations,
    /// which must exist first, do not).
    public var addsNames = true
    /// Whether the first character typed in the field, each time it gets the focus, replaces its value
    /// (a number such as `0` or `40`) rather than being added to it.
    public var replacesOnType = false
    /// Whether the field holds a day: typed as ISO or as the interface's language writes it, and shown
    /// beside it as it was read (see `DateReading`).
    public var isDate = false

    public init(_ name: String, _ label: Text, _ kind: Kind) {
        self.name = name
        self.label = label
        self.kind = kind
    }

    /// A whole number on one line, which typing replaces.
    static func number(_ name: String, _ label: Text, _ value: Int) -> FormField {
        var field = FormField(name, label, .text(TextField(String(value))))
        field.replacesOnType = true
        return field
    }

    /// A day on one line, empty for none.
    static func date(_ name: String, _ label: Text, _ value: Day?) -> FormField {
        var field = FormField(name, label, .text(TextField(value?.description ?? "")))
        field.isDate = true
        return field
    }

    /// The field's value as text: the text, the chosen value, or the values joined by commas.
    public var text: String {
        switch kind {
        case .text(let field): field.text
        case .multiline(let area): area.text
        case .choice(_, let value): value
        case .multi(_, let values): values.joined(separator: ", ")
        case .translation(let field): field.area.text
        }
    }

    /// The values of a `multi` field, else the comma-separated parts of the text.
    public var list: [String] {
        if case .multi(_, let values) = kind { return values }
        return text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// What the field shows: the chosen option's label, or the text.
    public var display: String {
        switch kind {
        case .choice(let options, let value): options.first { $0.value == value }?.label ?? value
        case .multi(let options, let values):
            values.map { value in options.first { $0.value == value }?.label ?? value }.joined(separator: ", ")
        default: text
        }
    }
}
