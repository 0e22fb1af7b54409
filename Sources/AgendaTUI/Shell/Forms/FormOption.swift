/// One value a form's list field offers: what it shows, and the value it stands for in the form.
public struct FormOption: Equatable, Sendable {
    public var label: String
    public var value: String
    /// Words the field's menu also finds the option by, not shown.
    public var keywords: String = ""
}

extension FormOption {
    /// An option that shows its value.
    init(_ value: String) {
        self.init(label: value, value: value)
    }
}
