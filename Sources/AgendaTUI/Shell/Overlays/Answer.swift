/// How an overlay was answered, as the purpose that opened it receives it.
public enum Answer: Equatable, Sendable {
    /// A menu's item chosen: its position among the items the menu was opened with.
    case chosen(Int)
    /// A tick list closed: the positions of the items ticked, and the names typed that were not among
    /// them (ticked too), in the order they were added.
    case ticked([Int], added: [String])
    /// A prompt answered: the text as typed.
    case text(String)
    /// Yes to a confirmation.
    case confirmed
    /// A menu closed without a choice (Escape).
    case dismissed
}
