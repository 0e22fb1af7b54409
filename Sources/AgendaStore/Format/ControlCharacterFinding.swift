import AgendaModel

/// A text value of an agenda file that holds control characters (see `ControlCharacter`): where it
/// is, the first such character in it and where that one is in the file, and how many it holds.
///
/// `agenda validate` warns about each one: the file stays valid, but the characters would act on a
/// terminal if printed raw, so the command line shows them as visible escapes.
public struct ControlCharacterFinding: Equatable, Sendable {
    /// The path of the text value, as problems name it: `goals[3].title`.
    public var path: [PathComponent]
    /// The first control character in the text.
    public var character: ControlCharacter
    /// How many control characters the text holds, the first included.
    public var count: Int
    /// The byte offset in the file of the first one (of its `\u001b` escape, or of its UTF-8 bytes).
    public var offset: Int
    /// The line and column of `offset`, once the store has placed it.
    public var position: SourcePosition?

    public init(path: [PathComponent], character: ControlCharacter, count: Int, offset: Int, position: SourcePosition? = nil) {
        self.path = path
        self.character = character
        self.count = count
        self.offset = offset
        self.position = position
    }
}
