/// A yes-or-no question before something that cannot be taken back lightly.
public struct ConfirmState: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var purpose: Purpose

    public init(title: String, lines: [String], purpose: Purpose) {
        self.title = title
        self.lines = lines
        self.purpose = purpose
    }
}
