import AgendaModel

/// The readers and the writer as the fuzz checks (`Fuzz/`) call them, to compare on every input a
/// split read with a read in one pass, and the code generated from the goal's layout with the
/// layout's table itself.
extension JSONAgendaFormat {
    /// `decode(_:splitAbove:goalsByTable:)`.
    @_spi(Fuzzing) public func decodeForFuzzing(_ bytes: [UInt8], splitAbove: Int?, goalsByTable: Bool = false)
        throws(JSONSyntaxError) -> Agenda {
        try decode(bytes, splitAbove: splitAbove, goalsByTable: goalsByTable)
    }

    /// `decodeForListing(_:goalsByTable:)`.
    @_spi(Fuzzing) public func decodeForListingForFuzzing(_ bytes: [UInt8], goalsByTable: Bool) throws(JSONSyntaxError) -> Agenda {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> Agenda in
            try decodeForListing(buffer, goalsByTable: goalsByTable)
        }
    }

    /// The file's bytes, the goals written through their layout's table with `goalsByTable`.
    @_spi(Fuzzing) public func encodeForFuzzing(_ agenda: Agenda, goalsByTable: Bool) -> [UInt8] {
        AgendaJSONEncoder.encode(agenda, splitFrom: AgendaJSONEncoder.parallelGoals, goalsByTable: goalsByTable)
    }
}
