import AgendaModel

/// Reads agenda files in one pass over the bytes, keeping unknown members and refusing duplicates;
/// each object is read by its layout (`ObjectLayout`).
enum AgendaJSONDecoder {
    typealias Reader = JSONReader

    /// The agenda in the bytes; a goals array of more than `splitAbove` bytes is read on two cores. For `listing`,
    /// the goals hold only what a list shows and filters on, and people and sessions are passed over. With
    /// `goalsByTable`, goals are read through their layout rather than the code generated from it.
    static func agenda(_ r: inout Reader, splitAbove: Int? = parallelThreshold, listing: Bool = false, goalsByTable: Bool = false)
        throws(JSONSyntaxError) -> Agenda {
        try r.read(ObjectLayout.agenda(splitAbove: splitAbove, listing: listing, goalsByTable: goalsByTable))
    }
}
