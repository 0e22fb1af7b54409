import Foundation

extension Agenda {
    /// Applies an edit: checks it, changes the agenda, records history and `updatedAt`.
    ///
    /// - Parameters:
    ///   - edit: the change to make.
    ///   - by: who makes it, as history records it.
    ///   - time: when, as history records it.
    /// - Returns: the edits that undo this one, in the order to apply them.
    /// - Throws: `EditError` when the edit does not fit the agenda; the agenda is then unchanged.
    @discardableResult
    public mutating func apply(_ edit: Edit, by: String, at time: Date) throws(EditError) -> [Edit] {
        switch edit {
        case .createGoal(let goal, let position):
            return try createGoal(goal, at: position, by: by, time: time)
        case .deleteGoal(let id):
            return try deleteGoal(id, by: by, time: time)
        case .removeGoal(let id):
            return try removeGoal(id)
        case .restoreGoal(let id, let deletedAt):
            return try restoreGoal(id, deletedAt: deletedAt, by: by, time: time)
        case .addDeletion(let deletion, let position):
            deletions.insert(deletion, at: min(max(position, 0), deletions.count))
            return [.removeDeletion(goal: deletion.goal, time: deletion.time)]
        case .removeDeletion(let goal, let time):
            guard let position = deletionIndex(goal: goal, time: time) else { throw .noSuchGoal(goal) }
            return [.addDeletion(deletions.remove(at: position), at: position)]
        case .replaceDeletion(let deletion):
            guard let index = deletionIndex(goal: deletion.goal, time: deletion.time) else { throw .noSuchGoal(deletion.goal) }
            let old = deletions[index]
            deletions[index] = deletion
            return old == deletion ? [] : [.replaceDeletion(old)]
        case .setGoal(let id, let field):
            return try setGoal(id, field, by: by, time: time)
        case .addOwner(let id, let name):
            let name = name.trimmingWhitespace
            guard !name.isEmpty else { throw .invalid(goal: id, field: "owners", message: "the name is empty") }
            return try changeList(id, field: "owners", keyPath: \.owners, add: name, by: by, time: time)
        case .removeOwner(let id, let name):
            return try changeList(id, field: "owners", keyPath: \.owners, remove: name, by: by, time: time)
        case .linkOrganization(let id, let org):
            guard organizationIndex(org) != nil else { throw .noSuchOrganization(org) }
            return try changeList(id, field: "organizations", keyPath: \.organizations, add: org, by: by, time: time)
        case .unlinkOrganization(let id, let org):
            return try changeList(
                id, field: "organizations", keyPath: \.organizations, remove: org, by: by, time: time)
        case .addNote(let id, let text):
            return try addNote(id, text: text, by: by, time: time)
        case .removeNote(let id, let index):
            return try removeNote(id, index: index, by: by, time: time)
        case .moveGoal(let id, let parent, let area):
            return try moveGoal(id, parent: parent, area: area, by: by, time: time)
        case .addOrganization(let organization, let position):
            return try addOrganization(organization, at: position)
        case .updateOrganization(let organization):
            guard let index = organizationIndex(organization.id) else { throw .noSuchOrganization(organization.id) }
            try check(organization)
            let old = organizations[index]
            organizations[index] = organization
            return old == organization ? [] : [.updateOrganization(old)]
        case .removeOrganization(let id):
            return try removeOrganization(id, by: by, time: time)
        case .addPerson(let person, let position):
            return try addPerson(person, at: position)
        case .updatePerson(let person):
            return try updatePerson(person)
        case .removePerson(let id):
            return try removePerson(id)
        case .updateArea(let area):
            return try updateArea(area)
        case .moveArea(let id, let position):
            return try moveArea(id, to: position)
        case .addArea(let area, let position):
            guard FieldRules.isSlug(area.id) else {
                throw .invalid(goal: nil, field: "id", message: "'\(area.id)' is not a slug such as leadership")
            }
            guard self.area(area.id) == nil else { throw .duplicateID(area.id) }
            guard !area.name.trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: "name", message: "the name is empty")
            }
            areas.insert(area, at: min(max(position ?? areas.count, 0), areas.count))
            return [.removeArea(id: area.id)]
        case .removeArea(let id):
            guard let index = areas.firstIndex(where: { $0.id == id }) else { throw .noSuchArea(id) }
            let users = goals.filter { $0.area == id }.map(\.id)
            guard users.isEmpty else { throw .inUse(id, by: users) }
            let removed = areas.remove(at: index)
            return [.addArea(removed, at: index)]
        case .createSession(let session, let position):
            guard !session.id.isEmpty, sessionIndex(session.id) == nil else { throw .duplicateID(session.id) }
            guard !session.title.trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: "title", message: "the title is empty")
            }
            for item in session.items { if let goal = item.goal, goalIndex(goal) == nil { throw .noSuchGoal(goal) } }
            sessions.insert(session, at: min(max(position ?? sessions.count, 0), sessions.count))
            return [.deleteSession(id: session.id)]
        case .deleteSession(let id):
            guard let index = sessionIndex(id) else { throw .noSuchSession(id) }
            let removed = sessions.remove(at: index)
            return [.createSession(removed, at: index)]
        case .replaceSession(let session):
            guard let index = sessionIndex(session.id) else { throw .noSuchSession(session.id) }
            let old = sessions[index]
            guard old != session else { return [] }
            sessions[index] = session
            return [.replaceSession(old)]
        case .changeSession(let id, let change):
            return try apply(change, to: id, at: time)
        case .addReview(let review):
            guard let index = goalIndex(review.goal) else { throw .noSuchGoal(review.goal) }
            guard review.health.isKnown else {
                throw .invalid(goal: review.goal, field: "health", message: "'\(review.health.rawValue)' is not one of \(Health.knownList)")
            }
            var review = review
            review.goal = goals[index].id
            reviews.append(review)
            return [.removeReview(at: reviews.count - 1)]
        case .removeReview(let position):
            guard reviews.indices.contains(position) else {
                throw .invalid(goal: nil, field: "reviews", message: "no review number \(position + 1)")
            }
            let removed = reviews.remove(at: position)
            return [.addReview(removed)]
        case .setPersonOrganization(let id, let org):
            guard let index = people.firstIndex(where: { $0.id == id }) else { throw .noSuchPerson(id) }
            if let org, organizationIndex(org) == nil { throw .noSuchOrganization(org) }
            let old = people[index].organization
            guard old != org else { return [] }
            people[index].organization = org
            return [.setPersonOrganization(person: id, organization: old)]
        case .setTranslation(let ref, let language, let translation):
            return try setTranslation(ref, language: language, translation, by: by, time: time)
        case .resolveConflict(let conflict, let side):
            return try resolveConflict(conflict, side: side, by: by, time: time)
        case .restoreConflict(let conflict, let position, let side, let previous):
            return restoreConflict(conflict, at: position, side: side, previous: previous)
        }
    }

    /// Applies edits in order; if one fails, the agenda is left as it was before the first.
    @discardableResult
    public mutating func apply(_ edits: [Edit], by: String, at time: Date) throws(EditError) -> [Edit] {
        var copy = self
        var undo: [Edit] = []
        for edit in edits {
            undo.insert(contentsOf: try copy.apply(edit, by: by, at: time), at: 0)
        }
        self = copy
        return undo
    }

    // MARK: - Goals

    private mutating func createGoal(_ goal: Goal, at position: Int?, by: String, time: Date) throws(EditError) -> [Edit] {
        guard !goal.id.isEmpty, goalIndex(goal.id) == nil else { throw .duplicateID(goal.id) }
        if let problem = FieldRules.problem(with: .title(goal.title)) {
            throw .invalid(goal: goal.id, field: "title", message: problem)
        }
        for field in [GoalField.status(goal.status), .progress(goal.progress), .priority(goal.priority),
                      .level(goal.level), .countries(goal.countries)] {
            if let problem = FieldRules.problem(with: field) {
                throw .invalid(goal: goal.id, field: field.name, message: problem)
            }
        }
        guard area(goal.area) != nil else { throw .noSuchArea(goal.area) }
        if let parent = goal.parent, goalIndex(parent) == nil { throw .noSuchGoal(parent) }
        for org in goal.organizations where organizationIndex(org) == nil { throw .noSuchOrganization(org) }
        var goal = goal
        if let parent = goal.parent, let parentGoal = self.goal(parent) {
            goal.parent = parentGoal.id
        }
        if goal.history.isEmpty {
            goal.createdAt = time
            goal.updatedAt = time
            goal.history = [Change(time: time, by: by, field: "created", to: goal.title)]
        }
        goals.insert(goal, at: min(max(position ?? goals.count, 0), goals.count))
        return [.removeGoal(id: goal.id)]
    }

    private mutating func setGoal(_ id: String, _ field: GoalField, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        if let problem = FieldRules.problem(with: field) {
            throw .invalid(goal: goals[index].id, field: field.name, message: problem)
        }
        if field.name == "area", case .text(let area) = field.value, self.area(area) == nil { throw .noSuchArea(area) }
        let old = goals[index].current(field)
        guard old != field else { return [] }
        goals[index].assign(field)
        record(index, field: field.name, from: old.text, to: field.text, by: by, time: time)
        return [.setGoal(id: goals[index].id, old)]
    }

    private mutating func changeList(
        _ id: String, field: String, keyPath: WritableKeyPath<Goal, [String]>, add value: String,
        by: String, time: Date
    ) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        guard !goals[index][keyPath: keyPath].contains(value) else { return [] }
        goals[index][keyPath: keyPath].append(value)
        record(index, field: field, from: nil, to: value, by: by, time: time)
        let goalID = goals[index].id
        return [field == "owners" ? .removeOwner(goal: goalID, name: value)
                : .unlinkOrganization(goal: goalID, organization: value)]
    }

    private mutating func changeList(
        _ id: String, field: String, keyPath: WritableKeyPath<Goal, [String]>, remove value: String,
        by: String, time: Date
    ) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        guard let position = goals[index][keyPath: keyPath].firstIndex(of: value) else {
            throw .invalid(goal: goals[index].id, field: field, message: "'\(value)' is not in the list")
        }
        goals[index][keyPath: keyPath].remove(at: position)
        record(index, field: field, from: value, to: nil, by: by, time: time)
        let goalID = goals[index].id
        return [field == "owners" ? .addOwner(goal: goalID, name: value)
                : .linkOrganization(goal: goalID, organization: value)]
    }

    private mutating func addNote(_ id: String, text: String, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        guard !text.trimmingWhitespace.isEmpty else {
            throw .invalid(goal: goals[index].id, field: "notes", message: "the note is empty")
        }
        goals[index].notes.append(Note(author: by, time: time, text: text))
        record(index, field: "notes", from: nil, to: text, by: by, time: time)
        return [.removeNote(goal: goals[index].id, index: goals[index].notes.count - 1)]
    }

    private mutating func removeNote(_ id: String, index noteIndex: Int, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        guard goals[index].notes.indices.contains(noteIndex) else {
            throw .invalid(goal: goals[index].id, field: "notes", message: "no note number \(noteIndex + 1)")
        }
        let note = goals[index].notes.remove(at: noteIndex)
        record(index, field: "notes", from: note.text, to: nil, by: by, time: time)
        return [.addNote(goal: goals[index].id, text: note.text)]
    }

    private mutating func moveGoal(
        _ id: String, parent: String?, area newArea: String?, by: String, time: Date
    ) throws(EditError) -> [Edit] {
        guard let index = goalIndex(id) else { throw .noSuchGoal(id) }
        let goalID = goals[index].id
        var parentID: String?
        var targetArea = newArea ?? goals[index].area
        if let parent {
            guard let parentIndex = goalIndex(parent) else { throw .noSuchGoal(parent) }
            parentID = goals[parentIndex].id
            let family = subtree(of: goalID)
            guard !family.contains(parentID!) else { throw .cycle(goal: goalID, parent: parentID!) }
            targetArea = goals[parentIndex].area
        }
        guard area(targetArea) != nil else { throw .noSuchArea(targetArea) }
        let oldParent = goals[index].parent
        let oldArea = goals[index].area
        guard oldParent != parentID || oldArea != targetArea else { return [] }
        if oldParent != parentID {
            goals[index].parent = parentID
            record(index, field: "parent", from: oldParent, to: parentID, by: by, time: time)
        }
        if oldArea != targetArea {
            for member in subtree(of: goalID) {
                guard let memberIndex = goalIndex(member), goals[memberIndex].area != targetArea else { continue }
                let before = goals[memberIndex].area
                goals[memberIndex].area = targetArea
                record(memberIndex, field: "area", from: before, to: targetArea, by: by, time: time)
            }
        }
        return [.moveGoal(id: goalID, parent: oldParent, area: oldArea)]
    }

    /// Appends a history entry to a goal and stamps its `updatedAt`.
    private mutating func record(_ index: Int, field: String, from: String?, to: String?, by: String, time: Date) {
        goals[index].history.append(Change(time: time, by: by, field: field, from: from, to: to))
        goals[index].updatedAt = time
    }

    // MARK: - Organizations

    private func check(_ organization: Organization) throws(EditError) {
        guard FieldRules.isSlug(organization.id) else {
            throw .invalid(goal: nil, field: "id", message: "'\(organization.id)' is not a slug such as alianza")
        }
        guard !organization.name.trimmingWhitespace.isEmpty else {
            throw .invalid(goal: nil, field: "name", message: "the name is empty")
        }
        guard FieldRules.isCountryCode(organization.country) else {
            throw .invalid(
                goal: nil, field: "country",
                message: "'\(organization.country)' is not an ISO 3166 alpha-2 code such as MX")
        }
        guard organization.kind.isKnown else {
            throw .invalid(
                goal: nil, field: "kind",
                message: "'\(organization.kind.rawValue)' is not a kind (\(OrganizationKind.knownList))")
        }
    }

    private mutating func addOrganization(_ organization: Organization, at position: Int?) throws(EditError) -> [Edit] {
        try check(organization)
        guard organizationIndex(organization.id) == nil else { throw .duplicateID(organization.id) }
        organizations.insert(organization, at: min(max(position ?? organizations.count, 0), organizations.count))
        return [.removeOrganization(id: organization.id)]
    }

    private mutating func removeOrganization(_ id: String, by: String, time: Date) throws(EditError) -> [Edit] {
        guard let orgIndex = organizationIndex(id) else { throw .noSuchOrganization(id) }
        var undo: [Edit] = [.addOrganization(organizations[orgIndex], at: orgIndex)]
        for index in goals.indices {
            guard let position = goals[index].organizations.firstIndex(of: id) else { continue }
            goals[index].organizations.remove(at: position)
            record(index, field: "organizations", from: id, to: nil, by: by, time: time)
            undo.append(.linkOrganization(goal: goals[index].id, organization: id))
        }
        // People of the organization belong to none now, so no person points at a missing record.
        for index in people.indices where people[index].organization == id {
            people[index].organization = nil
            undo.append(.setPersonOrganization(person: people[index].id, organization: id))
        }
        organizations.remove(at: orgIndex)
        return undo
    }
}
