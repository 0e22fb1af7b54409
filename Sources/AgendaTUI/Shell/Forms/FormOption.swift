/// One value a form's list field offers: what it shows, and the value it stands for in the form.
public struct FormOption: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }

    /// An option that shows its value.
    public init(_ value: String) {
        self.init(label: value, value: value)
    }
}
