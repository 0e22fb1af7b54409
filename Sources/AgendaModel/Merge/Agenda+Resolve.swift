import Foundation

extension Agenda {
    /// Settles a conflict with the value of side `side`: the record gets that value (through the same
    /// edits a person would make, so history records the choice), and the conflict record is removed.
    /// Choosing `deleted` in a conflict about a whole record deletes it.
    mutating func resolveConflict(_ conflict: MergeConflict, side: Int, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let position = conflicts.firstIndex(of: conflict), conflict.sides.indices.contains(side) else {
            throw .noSuchConflict(conflict.subject == .agenda ? conflict.field : "\(conflict.id) \(conflict.field)")
        }
        let value = conflict.sides[side].value
        var undo: [Edit] = []
        var previous: String?
        let wholeRecord = conflict.field == conflict.subject.rawValue
        switch conflict.subject {
        case .goal:
            if let goal = goal(conflict.id) {
                undo = try apply(goalEdits(goal, conflict: conflict, value: value), by: by, at: time)
            }
        case .session:
            if wholeRecord {
                if value == MergeConflict.deleted, sessionIndex(conflict.id) != nil {
                    undo = try apply(.deleteSession(id: conflict.id), by: by, at: time)
                }
            } else if let other = conflict.sides.first(where: { $0.value != value })?.value, sessionIndex(other) != nil {
                // Both versions of the session were kept; the one not chosen goes.
                undo = try apply(.deleteSession(id: other), by: by, at: time)
            }
        case .area, .organization, .person, .agenda:
            if wholeRecord {
                if value == MergeConflict.deleted {
                    switch conflict.subject {
                    case .area: undo = try apply(.removeArea(id: conflict.id), by: by, at: time)
                    case .organization: undo = try apply(.removeOrganization(id: conflict.id), by: by, at: time)
                    default: throw .invalid(goal: nil, field: conflict.field, message: "remove it by hand")
                    }
                }
            } else {
                previous = try setText(conflict, to: value)
            }
        default:
            throw .invalid(goal: nil, field: conflict.field, message: "'\(conflict.subject.rawValue)' is not a record this version knows")
        }
        conflicts.remove(at: position)
        return undo + [.restoreConflict(conflict, at: position, side: side, previous: previous)]
    }

    /// Puts a conflict record back where it was, with the field's value before the choice.
    mutating func restoreConflict(_ conflict: MergeConflict, at position: Int, side: Int, previous: String?) -> [Edit] {
        if conflict.subject != .goal, conflict.subject != .session, conflict.field != conflict.subject.rawValue {
            _ = try? setText(conflict, to: previous)
        }
        conflicts.insert(conflict, at: min(max(position, 0), conflicts.count))
        return [.resolveConflict(conflict, side: side)]
    }

    /// The edits that give a goal the chosen side's value.
    private func goalEdits(_ goal: Goal, conflict: MergeConflict, value: String?) -> [Edit] {
        if conflict.isAboutWholeGoal {
            return value == MergeConflict.deleted ? [.deleteGoal(id: goal.id)] : []
        }
        if conflict.field == "parent" {
            guard goal.parent != value else { return [] }
            return [.moveGoal(id: goal.id, parent: value, area: value == nil ? goal.area : nil)]
        }
        guard let table = Goal.field(conflict.field), table.merge == .value, table.text(of: goal) != value else {
            return []
        }
        var changed = goal
        table.setText(value, on: &changed)
        guard let field = changed.settableField(named: conflict.field) else { return [] }
        return [.setGoal(id: goal.id, field)]
    }

    /// Sets a field of an area, organization, person or the agenda through its text table; returns
    /// the value it held.
    private mutating func setText(_ conflict: MergeConflict, to value: String?) throws(EditError) -> String? {
        func change<Record>(_ record: inout Record, _ table: [RecordField<Record>]) -> String?? {
            guard let field = table.first(where: { $0.name == conflict.field }) else { return nil }
            let old = field.get(record)
            field.set(&record, value)
            return .some(old)
        }
        var old: String??
        switch conflict.subject {
        case .area:
            guard let index = areas.firstIndex(where: { $0.id == conflict.id }) else { throw .noSuchArea(conflict.id) }
            old = change(&areas[index], RecordField.area)
        case .organization:
            guard let index = organizationIndex(conflict.id) else { throw .noSuchOrganization(conflict.id) }
            old = change(&organizations[index], RecordField.organization)
        case .person:
            guard let index = people.firstIndex(where: { $0.id == conflict.id }) else {
                throw .invalid(goal: nil, field: "people", message: "no person with id '\(conflict.id)'")
            }
            old = change(&people[index], RecordField.person)
        default:
            old = change(&self, RecordField.agenda)
        }
        guard let old else {
            throw .invalid(goal: nil, field: conflict.field, message: "not a field this version can set")
        }
        return old
    }
}

extension Agenda {
    /// The value a conflict's field holds now, as its sides spell values: the field's text; for a
    /// conflict about a whole record, `changed` while the record is there and `deleted` once it is
    /// gone; nil for a session both of whose versions are kept.
    public func heldValue(for conflict: MergeConflict) -> String? {
        let wholeRecord = conflict.field == conflict.subject.rawValue
        func exists() -> Bool {
            switch conflict.subject {
            case .goal: goal(conflict.id) != nil
            case .area: area(conflict.id) != nil
            case .organization: organizationIndex(conflict.id) != nil
            case .person: people.contains { $0.id == conflict.id }
            case .session: sessionIndex(conflict.id) != nil
            default: true
            }
        }
        if wholeRecord { return exists() ? MergeConflict.changed : MergeConflict.deleted }
        func text<Record>(_ record: Record?, _ table: [RecordField<Record>]) -> String? {
            guard let record, let field = table.first(where: { $0.name == conflict.field }) else { return nil }
            return field.get(record)
        }
        switch conflict.subject {
        case .goal: return text(goal(conflict.id), RecordField.goal)
        case .area: return text(area(conflict.id), RecordField.area)
        case .organization: return text(organizations.first { $0.id == conflict.id }, RecordField.organization)
        case .person: return text(people.first { $0.id == conflict.id }, RecordField.person)
        case .agenda: return text(self, RecordField.agenda)
        default: return nil
        }
    }
}
