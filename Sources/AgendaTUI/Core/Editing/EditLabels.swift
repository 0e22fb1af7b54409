import AgendaLocalization
import AgendaModel

/// Edits in words, for the undo history and the status line: `status of G-12 active → blocked`.
enum EditLabels {
    /// Describes edits from the history entries they added and the goals they created or removed.
    static func describe(_ edits: [Edit], before: Agenda, after: Agenda, _ strings: Strings) -> String {
        if edits.count == 1, let single = describeOne(edits[0], before: before, after: after, strings) {
            return single
        }
        if let step = meetingStep(edits, before: before, after: after, strings) { return step }
        // A person, an area or an organization changed with what follows from it (owners renamed, goals
        // moved): said as that change.
        if let whole = edits.lazy.filter({ goalID(of: $0) == nil }).compactMap({ describeOne($0, before: before, after: after, strings) }).first {
            return whole
        }
        var goals: [String] = []
        for edit in edits {
            if let id = goalID(of: edit), !goals.contains(id) { goals.append(id) }
        }
        if goals.count == 1 {
            return strings.format(.labelSeveral, edits.count, goals[0])
        }
        return strings.format(.labelSeveral, edits.count, goals.joined(separator: ", "))
    }

    private static func describeOne(_ edit: Edit, before: Agenda, after: Agenda, _ strings: Strings) -> String? {
        switch edit {
        case .createGoal(let goal, _):
            return strings.format(.labelCreated, goal.id, goal.title)
        case .deleteGoal(let id), .removeGoal(let id):
            let title = before.goal(id)?.title ?? ""
            let count = before.subtree(of: id).count - 1
            return count > 0 ? strings.format(.labelDeletedTree, id, title, count) : strings.format(.labelDeleted, id, title)
        case .addOrganization(let org, _):
            return strings.format(.labelOrganizationAdded, org.name)
        case .updateOrganization(let org):
            return strings.format(.labelOrganizationChanged, org.name)
        case .removeOrganization(let id):
            return strings.format(.labelOrganizationRemoved, before.organization(id)?.name ?? id)
        case .addPerson(let person, _):
            return strings.format(.labelPersonAdded, person.name)
        case .updatePerson(let person):
            return strings.format(.labelPersonChanged, before.person(person.id)?.name ?? person.name)
        case .removePerson(let id):
            return strings.format(.labelPersonRemoved, before.person(id)?.name ?? id)
        case .addArea(let area, _):
            return strings.format(.labelAreaAdded, area.name)
        case .updateArea(let area):
            return strings.format(.labelAreaChanged, before.area(area.id)?.name ?? area.name)
        case .moveArea(let id, _):
            return strings.format(.labelAreaMoved, before.area(id)?.name ?? id)
        case .removeArea(let id):
            return strings.format(.labelAreaRemoved, before.area(id)?.name ?? id)
        case .addReview(let review):
            return strings.format(.labelAdded, fieldName("review", strings), review.goal, Labels.health(review.health, strings))
        case .createSession(let session, _):
            return strings.format(.labelSessionCreated, session.title)
        case .deleteSession(let id):
            return strings.format(.labelSessionDeleted, before.session(id)?.title ?? id)
        case .replaceSession(let session):
            return strings.format(.labelSessionChanged, session.title)
        case .changeSession(let id, let change):
            return session(change, before: before.session(id), after: after.session(id), strings)
        case .removeReview(let index):
            guard before.reviews.indices.contains(index) else { return nil }
            let review = before.reviews[index]
            return strings.format(.labelRemoved, fieldName("review", strings), review.goal, Labels.health(review.health, strings))
        default:
            guard let id = goalID(of: edit), let goal = after.goal(id),
                  let old = before.goal(id), goal.history.count == old.history.count + 1,
                  let last = goal.history.last else { return nil }
            return change(last, goal: id, strings)
        }
    }

    /// What undoing and redoing one edit that changed one field of a goal from a value to another say:
    /// "Undid the change of status of G-12 (back to “active”)"; nil for other edits.
    static func sentences(_ edits: [Edit], before: Agenda, after: Agenda, _ strings: Strings) -> (undone: String, redone: String)? {
        guard edits.count == 1, let id = goalID(of: edits[0]), let goal = after.goal(id), let old = before.goal(id),
              goal.history.count == old.history.count + 1, let change = goal.history.last,
              let from = change.from, let to = change.to else { return nil }
        let field = fieldName(change.field, strings)
        return (strings.format(.messageUndidChange, field, id, value(from, of: change, strings)),
                strings.format(.messageRedidChange, field, id, value(to, of: change, strings)))
    }

    /// A history entry's value in words: a status as its word, a long text cut.
    private static func value(_ text: String, of change: Change, _ strings: Strings) -> String {
        if change.field == "status" { return Labels.status(GoalStatus(rawValue: text), strings) }
        if change.field == "progress" { return text + "%" }
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
    }

    /// A history entry in words, naming the goal.
    static func change(_ change: Change, goal: String, _ strings: Strings) -> String {
        let field = fieldName(change.field, strings)
        func value(_ text: String?) -> String { text.map { Self.value($0, of: change, strings) } ?? "—" }
        switch (change.from, change.to) {
        case (nil, let to?): return strings.format(.labelAdded, field, goal, value(to))
        case (let from?, nil): return strings.format(.labelRemoved, field, goal, value(from))
        default: return strings.format(.labelChanged, field, goal, value(change.from), value(change.to))
        }
    }

    /// A field's name in the interface's language.
    static func fieldName(_ name: String, _ strings: Strings) -> String {
        Labels.fieldName(name, strings)
    }

    static func goalID(of edit: Edit) -> String? {
        switch edit {
        case .createGoal(let goal, _): goal.id
        case .deleteGoal(let id), .removeGoal(let id), .restoreGoal(let id, _), .setGoal(let id, _), .moveGoal(let id, _, _): id
        case .addOwner(let id, _), .removeOwner(let id, _), .linkOrganization(let id, _), .unlinkOrganization(let id, _),
             .addNote(let id, _), .removeNote(let id, _): id
        default: nil
        }
    }
}
