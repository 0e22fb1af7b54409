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
        case choice(options: [MenuItem], value: String)
        /// Several values from a list, ticked in a searchable menu; new ones can be typed when allowed.
        case multi(options: [MenuItem], values: [String], allowsNew: Bool)

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

    public init(_ name: String, _ label: Text, _ kind: Kind) {
        self.name = name
        self.label = label
        self.kind = kind
    }

    /// The field's value as text: the text, the chosen value, or the values joined by commas.
    public var text: String {
        switch kind {
        case .text(let field): field.text
        case .multiline(let area): area.text
        case .choice(_, let value): value
        case .multi(_, let values, _): values.joined(separator: ", ")
        }
    }

    /// The values of a `multi` field, else the comma-separated parts of the text.
    public var list: [String] {
        if case .multi(_, let values, _) = kind { return values }
        return text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    }

    /// What the field shows: the chosen option's label, or the text.
    public var display: String {
        switch kind {
        case .choice(let options, let value): options.first { $0.value == value }?.label ?? value
        case .multi(let options, let values, _):
            values.map { value in options.first { $0.value == value }?.label ?? value }.joined(separator: ", ")
        default: text
        }
    }
}

/// What a form edits.
public enum FormPurpose: Equatable, Sendable {
    /// A goal, by id.
    case goal(id: String)
    /// An organization, by id, or a new one.
    case organization(id: String?)
    /// A session's details, by id.
    case session(id: String)
    /// An action item of a session's item: it becomes a goal.
    case actionItem(session: String, item: String)
    /// A vote on a session's item.
    case vote(session: String, item: String)
    /// A review mark on a goal.
    case review(goal: String)
}

/// A form on the whole screen: its fields, the focused one, and where it is scrolled.
public struct FormState: Equatable, Sendable {
    public var purpose: FormPurpose
    public var title: String
    public var fields: [FormField]
    /// The fields as the form opened, to know whether anything changed.
    public var original: [FormField]
    public var focus = 0

    public init(purpose: FormPurpose, title: String, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        original = fields
    }

    /// Whether any field differs from what the form opened with.
    public var isDirty: Bool {
        zip(fields, original).contains { $0.text != $1.text }
    }

    /// The field with a name.
    public func field(_ name: String) -> FormField? {
        fields.first { $0.name == name }
    }

    /// The index of the field with a name.
    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }
}
