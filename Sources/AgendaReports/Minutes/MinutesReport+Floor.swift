import AgendaLocalization
import AgendaModel
import Foundation

extension MinutesReport {
    /// The floor in the order people had it: when each turn began, who, for which organization, what
    /// kind of intervention, how long; a point of order or the progressive stack that put someone
    /// before people who had asked earlier, as it happened; and who was still waiting.
    func floor(_ doc: inout ReportDocument) {
        let turns = session.speakers.filter { $0.startedAt != nil }.sorted { $0.startedAt! < $1.startedAt! }
        let waiting = session.speakers.filter(\.isWaiting)
        guard !turns.isEmpty || !waiting.isEmpty else { return }
        doc.heading(2, strings[.minutesFloor])
        doc.list(turns.map(turn))
        if !waiting.isEmpty {
            doc.paragraph(strings.format(.minutesStillWaiting, waiting.map { speaker in
                speaker.name + (speaker.kind == .newPoint ? "" : " (" + Labels.intervention(speaker.kind, strings) + ")")
            }.joined(separator: ", ")))
        }
    }

    /// One turn: `14:05 Lucía Hernández (Diócesis católicas), new point, 2 min — progressive stack: spoke
    /// before Jesús, who asked earlier (first time speaking)`.
    private func turn(_ speaker: Speaker) -> String {
        let start = speaker.startedAt!
        let org = speaker.organization.map { organizations[$0]?.name ?? $0 }
        var line = clock(start) + " " + speaker.name + (org.map { " (" + $0 + ")" } ?? "") + ", "
            + Labels.intervention(speaker.kind, strings) + ", " + Durations.words(speaker.spoken(at: clockTime))
        // Those who asked before this speaker and were still waiting when they took the floor.
        let passed = session.speakers.filter { other in
            other.id != speaker.id && other.addedAt < speaker.addedAt && other.addedAt <= start
                && (other.startedAt.map { $0 > start } ?? true)
        }
        guard !passed.isEmpty else { return line }
        let names = passed.map(\.name).joined(separator: ", ")
        if speaker.kind == .pointOfOrder {
            line += " — " + strings.format(.minutesAheadPointOfOrder, names)
        } else if session.progressive {
            line += " — " + strings.format(.minutesAheadProgressive, names, reasons(speaker, at: start))
        }
        return line
    }

    /// Why the progressive stack put a speaker first at an instant: their first time speaking, a
    /// community not yet heard, or both.
    private func reasons(_ speaker: Speaker, at time: Date) -> String {
        let organizations = organizations
        let before = session.speakers.filter { $0.startedAt.map { $0 < time } ?? false }
        let spoken = Set(before.map { TextFolding.fold($0.name) })
        let heard = Set(before.flatMap { Communities.keys($0.organization.flatMap { organizations[$0]?.communities } ?? []) })
        let own = Communities.keys(speaker.organization.flatMap { organizations[$0]?.communities } ?? [])
        var reasons: [String] = []
        if !spoken.contains(TextFolding.fold(speaker.name)) { reasons.append(strings[.minutesReasonFirstTime]) }
        if own.contains(where: { !heard.contains($0) }) { reasons.append(strings[.minutesReasonUnheard]) }
        return reasons.joined(separator: ", ")
    }

    /// The local time of day, `14:05`.
    private func clock(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffset
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let (hours, minutes) = (secondOfDay / 3600, secondOfDay / 60 % 60)
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
