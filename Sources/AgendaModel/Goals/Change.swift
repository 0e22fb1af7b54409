import Foundation

/// One entry of a goal's history: who changed which field, when, from what, to what.
public struct Change: Equatable, Sendable {
    public var time: Date
    public var by: String
    /// The field's name as the file spells it (`status`, `owners`, ...), or `created`.
    public var field: String
    public var from: String?
    public var to: String?
    public var extras: ExtraFields

    public init(
        time: Date, by: String, field: String, from: String? = nil, to: String? = nil,
        extras: ExtraFields = ExtraFields()
    ) {
        self.time = time
        self.by = by
        self.field = field
        self.from = from
        self.to = to
        self.extras = extras
    }
}
