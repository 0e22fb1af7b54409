import AgendaModel

/// Writes agenda files: members in the documented order, optional members left out when absent,
/// unknown members kept after the known ones; each object is written by its layout (`ObjectLayout`).
enum AgendaJSONEncoder {
    /// Goal arrays at least this long are written in two halves on two cores.
    static let parallelGoals = 2_000

    /// The goals as elements of the open array, each written by `codec`: in two halves at once when
    /// there are many, joined in order, so the bytes are those of writing them one by one.
    static func writeGoals<Codec: ObjectCodec & Sendable>(
        _ goals: [Goal], _ w: inout JSONWriter, splitFrom: Int? = parallelGoals, _ codec: Codec
    ) where Codec.Record == Goal {
        guard let splitFrom, goals.count >= max(2, splitFrom) else {
            w.writeElements(goals, codec)
            return
        }
        let half = goals.count / 2
        let (first, second) = BothAtOnce.run(
            {
                var part = w.part(startingArray: true, capacity: half * 2_048)
                part.writeElements(goals[..<half], codec)
                return part
            },
            {
                var part = w.part(startingArray: false, capacity: (goals.count - half) * 2_048)
                part.writeElements(goals[half...], codec)
                return part
            })
        w.reserve(first.bytes.count + second.bytes.count)
        w.append(part: first, wroteElements: true)
        w.append(part: second, wroteElements: true)
    }

    static func encode(_ agenda: Agenda, parallel: Bool = true) -> [UInt8] {
        encode(agenda, splitFrom: parallel ? parallelGoals : nil)
    }

    /// The file's bytes, its goals written in two halves when there are at least `splitFrom` of them
    /// (with `goalsByTable`, through the goal's layout rather than the code generated from it).
    static func encode(_ agenda: Agenda, splitFrom: Int?, goalsByTable: Bool = false) -> [UInt8] {
        var w = JSONWriter(capacity: 1024 + agenda.goals.count * 1600)
        w.write(agenda, ObjectLayout.agenda(splitFrom: splitFrom, goalsByTable: goalsByTable))
        return w.finish()
    }
}
