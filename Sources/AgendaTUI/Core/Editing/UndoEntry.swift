import AgendaModel

/// One step of the session's undo history: what it was, and the edits that undo and redo it.
public struct UndoEntry: Equatable, Sendable {
    /// The edit in words: `status of G-12 active → blocked`.
    public var label: String
    public var undo: [Edit]
    public var redo: [Edit]
    /// What undoing and redoing it say, for a change of one field that reads better whole ("Undid the
    /// change of status of G-12 (back to “active”)"); nil where the label says it.
    public var sentences: (undone: String, redone: String)?

    public init(label: String, undo: [Edit], redo: [Edit], sentences: (undone: String, redone: String)? = nil) {
        self.label = label
        self.undo = undo
        self.redo = redo
        self.sentences = sentences
    }

    public static func == (lhs: UndoEntry, rhs: UndoEntry) -> Bool {
        lhs.label == rhs.label && lhs.undo == rhs.undo && lhs.redo == rhs.redo
            && lhs.sentences?.undone == rhs.sentences?.undone && lhs.sentences?.redone == rhs.sentences?.redone
    }
}
