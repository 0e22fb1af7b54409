import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A form on the whole screen: its fields, the focused one, and the purpose that checks and saves it.
public struct FormState: Equatable, Sendable {
    /// What the form edits, and so who checks its fields and turns them into edits.
    public var purpose: Purpose
    public var title: String
    public var fields: [FormField]
    /// The fields as the form opened, to know whether anything changed.
    public var original: [FormField]
    public var focus = 0 {
        didSet { if focus != oldValue { typedInFocus = false } }
    }
    /// Whether a key was typed in the focused field since it got the focus.
    public var typedInFocus = false

    public init(purpose: Purpose, title: String, fields: [FormField]) {
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

    /// The text of the field with a name, trimmed; empty when there is no such field.
    public func text(_ name: String) -> String {
        field(name)?.text.trimmingWhitespace ?? ""
    }

    /// The index of the field with a name.
    public func index(of name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }
}
