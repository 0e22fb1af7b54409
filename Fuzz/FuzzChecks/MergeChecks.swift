import AgendaModel
@_spi(Fuzzing) import AgendaStore

extension FuzzChecks {
    /// Feeds the copies in the bytes to the merge as `agenda merge` does: BASE, OURS and THEIRS
    /// separated by NUL bytes (which no agenda file holds), or two copies A and B for a two-way merge.
    /// OURS and THEIRS must read and be valid, as the command requires; BASE must read, and an empty
    /// BASE (git's add/add case) makes the merge two-way, as in the command.
    ///
    /// - a merge of two valid copies is a valid agenda, which is written and read back the same;
    /// - a three-way merge does not depend on which copy is ours, but for the order of the conflicts;
    /// - the conflicts a merge finds are recorded in the merged agenda;
    /// - the interface draws the merged agenda, its conflicts view too.
    ///
    /// An input with no NUL byte is a program of edits of two copies instead (see `mergeProgram`).
    public static func merge(_ bytes: [UInt8]) throws(FuzzFailure) {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { Array($0) }
        let format = JSONAgendaFormat()
        func valid(_ part: [UInt8]) -> Agenda? {
            guard let agenda = try? format.decodeForFuzzing(part, splitAbove: nil), agenda.validate().isEmpty else { return nil }
            return agenda
        }
        switch parts.count {
        case 2:
            guard let a = valid(parts[0]), let b = valid(parts[1]) else { return }
            try checkMerged(Agenda.mergeTwoWay(a, b), "a two-way merge", format: format)
        case 3:
            guard let ours = valid(parts[1]), let theirs = valid(parts[2]) else { return }
            if parts[0].isEmpty {
                try checkMerged(Agenda.mergeTwoWay(ours, theirs), "a two-way merge (empty base)", format: format)
                return
            }
            guard let base = try? format.decodeForFuzzing(parts[0], splitAbove: nil) else { return }
            let merged = Agenda.merge(base: base, ours: ours, theirs: theirs)
            try checkMerged(merged, "a merge", format: format)
            var a = merged.agenda, b = Agenda.merge(base: base, ours: theirs, theirs: ours).agenda
            a.conflicts.sort { "\($0)" < "\($1)" }
            b.conflicts.sort { "\($0)" < "\($1)" }
            try expect(a == b, "a merge does not depend on which copy is ours", difference(a, b))
        case 1:
            try mergeProgram(bytes)
        default:
            return
        }
    }

    /// What every merge promises of its outcome.
    static func checkMerged(_ outcome: MergeOutcome, _ what: String, format: JSONAgendaFormat) throws(FuzzFailure) {
        let problems = outcome.agenda.validate()
        try expect(problems.isEmpty, "\(what) of two valid copies is valid", "\(problems.map(\.message))")
        for conflict in outcome.conflicts {
            try expect(
                outcome.agenda.conflicts.contains(conflict), "\(what) records the conflicts it finds", "\(conflict)")
        }
        try roundTrip(outcome.agenda, format: format)
        try firstFrames(of: outcome.agenda, problems: nil)
    }
}
