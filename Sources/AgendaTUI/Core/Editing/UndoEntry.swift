import AgendaModel

/// One step of the session's undo history: what it was, and the edits that undo and redo it.
public struct UndoEntry: Equatable, Sendable {
    /// The edit in words: `status of G-12 active → blocked`.
    public var label: String
    public var undo: [Edit]
    public var redo: [Edit]
}
