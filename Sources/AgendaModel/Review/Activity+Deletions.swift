import Foundation

extension Activity {
    /// The goals deleted, each at the time of its deletion, by who deleted it; the area and
    /// organization criteria look at the deleted goal as it was.
    static func deletionEntries(_ deletions: [Deletion], filter: Filter, into entries: inout [Entry]) {
        for deletion in deletions {
            if let goal = deletion.goals.first(where: { $0.id == deletion.goal }) {
                guard filter.includes(goal) else { continue }
            } else if let area = filter.area, deletion.area != area {
                continue
            }
            entries.append(Entry(time: deletion.time, by: deletion.by, goal: deletion.goal, title: deletion.title,
                                 area: deletion.area, event: .deleted(deletion)))
        }
    }
}

extension Activity {
    /// The deletions `filter` lets through, newest first: what a report of changes lists besides the
    /// goals' own changes.
    public static func deletions(_ agenda: Agenda, filter: Filter) -> [Entry] {
        var entries: [Entry] = []
        deletionEntries(agenda.deletions, filter: filter, into: &entries)
        return entries.filter { filter.includes($0) }.sorted { $0.time > $1.time }
    }
}
