import Foundation

extension Activity {
    /// What a session recorded, as entries: planned for its day, its attendance and start, each
    /// decision and vote, and its end. An item's decisions and votes pass the area and organization
    /// criteria by the item's goal; the session's own entries by any of its items' goals or, for an
    /// organization, by its attendance.
    static func sessionEntries(_ session: Session, goals: [String: Goal], filter: Filter, into entries: inout [Entry]) {
        let narrowed = filter.area != nil || filter.organization != nil
        func itemIncluded(_ item: SessionItem) -> Bool {
            guard narrowed else { return true }
            return item.goal.flatMap { goals[$0] }.map(filter.includes) ?? false
        }
        let sessionIncluded = !narrowed || session.items.contains(where: itemIncluded)
            || (filter.area == nil && filter.organization.map(session.attendance.organizations.contains) == true)
        let by = session.facilitator ?? ""
        func entry(_ time: Date, _ event: Event, goal: String? = nil) -> Entry {
            Entry(time: time, by: by, goal: goal, session: session.id, title: session.title, area: nil, event: event)
        }
        if sessionIncluded {
            let day = Date(timeIntervalSince1970: Double(session.date.daysSinceEpoch) * 86_400)
            entries.append(entry(day, .planned(items: session.items.count, minutes: session.plannedMinutes)))
            let attendance = session.attendance
            if !(attendance.people.isEmpty && attendance.organizations.isEmpty && attendance.named.isEmpty) {
                entries.append(entry(session.startedAt ?? day, .attendance(attendance)))
            }
            if let started = session.startedAt { entries.append(entry(started, .started)) }
        }
        for item in session.items where itemIncluded(item) {
            for decision in item.decisions { entries.append(entry(decision.time, .decision(item: item.id, decision), goal: item.goal)) }
            for vote in item.votes { entries.append(entry(vote.time, .vote(item: item.id, vote), goal: item.goal)) }
        }
        if sessionIncluded, let ended = session.endedAt {
            entries.append(entry(ended, .ended(plannedMinutes: session.plannedMinutes, seconds: session.elapsed(at: ended))))
        }
    }
}
