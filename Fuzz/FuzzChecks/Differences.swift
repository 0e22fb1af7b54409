import AgendaModel
import AgendaStore

/// Short accounts of how two outcomes differ, for the failures' details.
extension FuzzChecks {
    /// A read's outcome in a few words.
    static func outcome(_ result: Result<Agenda, JSONSyntaxError>) -> String {
        switch result {
        case .success(let agenda): "an agenda of \(agenda.goals.count) goals"
        case .failure(let error): "\(error)"
        }
    }

    /// The first part in which two agendas differ, with the first different line of their files.
    static func difference(_ a: Agenda, _ b: Agenda) -> String {
        var parts: [String] = []
        if a.schemaVersion != b.schemaVersion { parts.append("schemaVersion") }
        if a.title != b.title || a.description != b.description { parts.append("title or description") }
        if a.areas != b.areas { parts.append("areas") }
        if a.organizations != b.organizations { parts.append("organizations") }
        if a.people != b.people { parts.append("people") }
        if a.goals.count != b.goals.count { parts.append("goals: \(a.goals.count) vs \(b.goals.count)") }
        for (x, y) in zip(a.goals, b.goals) where x != y {
            parts.append("goal \(x.id): created \(x.createdAt.timeIntervalSince1970) vs \(y.createdAt.timeIntervalSince1970), "
                + "updated \(x.updatedAt.timeIntervalSince1970) vs \(y.updatedAt.timeIntervalSince1970)")
            break
        }
        if a.sessions != b.sessions { parts.append("sessions") }
        if a.reviews != b.reviews { parts.append("reviews") }
        if a.extras != b.extras { parts.append("extras") }
        let format = JSONAgendaFormat()
        return "differ in " + parts.joined(separator: "; ") + "; " + firstDifferentLine(format.encode(a), format.encode(b))
    }

    /// The first line on which two files differ, or a note that they are the same.
    static func firstDifferentLine(_ a: [UInt8], _ b: [UInt8]) -> String {
        let left = String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: b, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (x, y)) in zip(left, right).enumerated() where x != y {
            return "line \(number + 1): \(x) vs \(y)"
        }
        return left.count == right.count ? "written the same" : "\(left.count) lines vs \(right.count)"
    }
}
