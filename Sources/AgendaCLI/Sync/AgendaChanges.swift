import AgendaModel
import Foundation

/// What changed in one agenda file between the last commit and now, for the commit message.
///
/// Goals tell their own changes: the history entries a goal has now and did not have at the last
/// commit are the edits made since. Other records (organizations, areas, sessions, reviews) are
/// counted.
struct AgendaChanges {
    /// The file's path from the top of the repository.
    var path: String
    /// How the file itself changed.
    var file: FileChange
    /// Goals added since, in file order.
    var added: [Goal] = []
    /// Goals deleted since, in the old file's order.
    var deleted: [Goal] = []
    /// Goals changed since, in file order, with the history entries recorded since (notes aside);
    /// an empty list when the goal changed without a history entry (an edit by hand).
    var changed: [(goal: Goal, changes: [Change])] = []
    /// Notes added since, with the goal they are on.
    var notes: [(goal: String, change: Change)] = []
    /// Conflicts the file had and no longer has.
    var settled = 0
    /// Conflicts the file has and did not have (a merge left them).
    var opened = 0
    /// Other records that changed, as countable phrases: "2 organizations", "1 session".
    var records: [(count: Int, noun: String)] = []
    /// Whether the agenda's title or description changed.
    var retitled = false

    enum FileChange: Equatable {
        case created
        case deleted
        case modified
    }

    /// The changes from `old` (nil when the file is new) to `new` (nil when the file was deleted).
    init(path: String, old: Agenda?, new: Agenda?) {
        self.path = path
        switch (old, new) {
        case (nil, let new?):
            file = .created
            added = new.goals
        case (let old?, nil):
            file = .deleted
            deleted = old.goals
        case (let old?, let new?):
            file = .modified
            compare(old, new)
        case (nil, nil):
            file = .modified
        }
    }

    /// Whether anything the message tells changed.
    var isEmpty: Bool {
        file == .modified && added.isEmpty && deleted.isEmpty && changed.isEmpty && notes.isEmpty && settled == 0
            && opened == 0 && records.isEmpty && !retitled
    }

    private mutating func compare(_ old: Agenda, _ new: Agenda) {
        var oldGoals: [String: Goal] = [:]
        for goal in old.goals { oldGoals[goal.id] = goal }
        let newIDs = Set(new.goals.map(\.id))
        for goal in new.goals {
            guard let before = oldGoals[goal.id] else {
                added.append(goal)
                continue
            }
            guard before != goal else { continue }
            let known = Set(before.history.map(AgendaChanges.key))
            let since = goal.history.filter { !known.contains(AgendaChanges.key($0)) }
            let fieldChanges = since.filter { $0.field != "notes" || $0.to == nil }
            for change in since where change.field == "notes" && change.to != nil {
                notes.append((goal.id, change))
            }
            if !fieldChanges.isEmpty || since.isEmpty {
                changed.append((goal, fieldChanges))
            }
        }
        deleted = old.goals.filter { !newIDs.contains($0.id) }
        settled = max(0, old.conflicts.count - new.conflicts.count)
        opened = max(0, new.conflicts.count - old.conflicts.count)
        retitled = old.title != new.title || old.description != new.description
        count(old.organizations, new.organizations, "organization")
        count(old.areas, new.areas, "area")
        count(old.people, new.people, "person")
        count(old.sessions, new.sessions, "session")
        if new.reviews != old.reviews {
            records.append((max(1, abs(new.reviews.count - old.reviews.count)), "review"))
        }
    }

    /// Counts the records of one kind added, removed or changed.
    private mutating func count<Record: Identifiable & Equatable>(_ old: [Record], _ new: [Record], _ noun: String)
    where Record.ID == String {
        var before: [String: Record] = [:]
        for record in old { before[record.id] = record }
        let now = Set(new.map(\.id))
        let differing = new.filter { before[$0.id] != $0 }.count + old.filter { !now.contains($0.id) }.count
        if differing > 0 { records.append((differing, noun)) }
    }

    /// A key that tells history entries apart.
    private static func key(_ change: Change) -> String {
        "\(change.time.timeIntervalSince1970)\u{1}\(change.by)\u{1}\(change.field)\u{1}\(change.from ?? "\u{2}")\u{1}\(change.to ?? "\u{2}")"
    }
}
