import Foundation

/// A note on a goal: who wrote it, when, and what it says.
public struct Note: Equatable, Sendable {
    public var author: String
    public var time: Date
    public var text: String
    public var extras: ExtraFields

    public init(author: String, time: Date, text: String, extras: ExtraFields = ExtraFields()) {
        self.author = author
        self.time = time
        self.text = text
        self.extras = extras
    }
}
