import AgendaModel

/// A search of the goals' descriptions and notes, for the loop to run after the frame that shows the
/// goals whose short texts match: typing never waits for the long texts.
public struct BodySearch: Equatable, Sendable {
    /// The search, folded.
    public let search: String
    let index: AgendaIndex
    /// The goals to look in (those a shorter search found), or nil for all.
    let among: [Int]?

    /// The goals whose long texts hold the search.
    func run() -> [Int] {
        index.bodies.goals(matching: FoldedNeedle(search), among: among)
    }

    public static func == (lhs: BodySearch, rhs: BodySearch) -> Bool {
        lhs.search == rhs.search && lhs.among == rhs.among
    }
}
