import Foundation

/// Deleting goals, with the record a deletion leaves, and bringing deleted goals back.
extension Agenda {
    /// Deletes a goal and its sub-goals and records the deletion; the undo puts the goals back where
    /// they were and removes the record.
    mutating func deleteGoal(_ id: String, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        let goal = goals[index]
        let byID = Dictionary(goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let family = subtree(of: goal.id)
        let deleted = family.compactMap { byID[$0] }
        let doomed = Set(family)
        let after = goals[..<index].last { !doomed.contains($0.id) }?.id
        var undo = try removeGoal(goal.id)
        deletions.append(Deletion(time: time, by: by, goal: goal.id, title: goal.title, area: goal.area, goals: deleted,
                                  after: after))
        undo.append(.removeDeletion(goal: goal.id, time: time))
        return undo
    }

    /// Removes a goal and its sub-goals, leaving no record; the undo creates them again where they were.
    mutating func removeGoal(_ id: String) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        let doomed = Set(subtree(of: goals[index].id))
        var undo: [Edit] = []
        var kept: [Goal] = []
        kept.reserveCapacity(goals.count - doomed.count)
        for (position, goal) in goals.enumerated() {
            if doomed.contains(goal.id) {
                undo.append(.createGoal(goal, at: position))
            } else {
                kept.append(goal)
            }
        }
        goals = kept
        return undo
    }

    /// Brings back a deleted goal with its sub-goals where it was: after the goal that came before it,
    /// else first if it was first, else at the end; under its parent if the parent is still there, else
    /// at the top of its area. The goal's history records the restore, and
    /// the deletion record says who restored it and when.
    mutating func restoreGoal(_ id: String, deletedAt: Date, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let index = deletionIndex(goal: id, time: deletedAt) else { throw .noSuchGoal(id) }
        let deletion = deletions[index]
        guard var restored = deletion.goals.first(where: { $0.id == deletion.goal }) else { throw .noSuchGoal(id) }
        if let taken = deletion.goals.first(where: { goalIndex($0.id) != nil }) { throw .duplicateID(taken.id) }
        guard area(restored.area) != nil else { throw .noSuchArea(restored.area) }
        if let parent = restored.parent, goalIndex(parent) == nil { restored.parent = nil }
        restored.history.append(Change(time: time, by: by, field: "restored", to: restored.title))
        restored.updatedAt = time
        var position = goals.count
        if let after = deletion.after {
            if let index = goalIndex(after) { position = index + 1 }
        } else {
            position = 0
        }
        for var goal in deletion.goals {
            if goal.id == restored.id { goal = restored }
            goal.organizations.removeAll { organizationIndex($0) == nil }
            goals.insert(goal, at: position)
            position += 1
        }
        deletions[index].restored = Deletion.Restoration(by: by, time: time)
        return [.removeGoal(id: restored.id), .replaceDeletion(deletion)]
    }
}
