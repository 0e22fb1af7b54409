import Foundation

/// Adding, changing and removing the people of the roster.
extension Agenda {
    /// The position of a person in the roster.
    public func personIndex(_ id: String) -> Int? {
        people.firstIndex { $0.id == id }
    }

    /// The person with an id.
    public func person(_ id: String) -> Person? {
        personIndex(id).map { people[$0] }
    }

    /// What names a person: the sessions whose attendance lists them, and the goals they own (by name).
    public func uses(ofPerson id: String) -> (sessions: [String], goals: [String]) {
        guard let person = person(id) else { return ([], []) }
        let name = TextFolding.fold(person.name)
        return (sessions.filter { $0.attendance.people.contains(id) }.map(\.id),
                goals.filter { $0.owners.contains { TextFolding.fold($0) == name } }.map(\.id))
    }

    /// The edits that free a person of what names them, so that `removePerson` can follow: they leave the
    /// goals they own (recorded in each goal's history) and the attendance of the sessions that list them;
    /// a session that has begun keeps them by name (`Attendance.named`), so its record is not rewritten.
    public func unlinking(person id: String) -> [Edit] {
        guard let person = person(id) else { return [] }
        let name = TextFolding.fold(person.name)
        var edits: [Edit] = []
        for goal in goals {
            for owner in goal.owners where TextFolding.fold(owner) == name { edits.append(.removeOwner(goal: goal.id, name: owner)) }
        }
        for session in sessions where session.attendance.people.contains(id) {
            var attendance = session.attendance
            attendance.people.removeAll { $0 == id }
            if session.state != .planned, !attendance.named.contains(person.name) { attendance.named.append(person.name) }
            edits.append(.changeSession(id: session.id, .setAttendance(attendance)))
        }
        return edits
    }

    /// The edits that keep a renamed person the owner of their goals: owners are named by name, so each
    /// goal they own loses the old name and gains the new one (each recorded in the goal's history).
    public func renaming(person id: String, to name: String) -> [Edit] {
        guard let person = person(id), person.name != name else { return [] }
        let old = TextFolding.fold(person.name)
        return goals.flatMap { goal -> [Edit] in
            let named = goal.owners.filter { TextFolding.fold($0) == old }
            guard !named.isEmpty else { return [] }
            return named.map { Edit.removeOwner(goal: goal.id, name: $0) }
                + (goal.owners.contains(name) ? [] : [.addOwner(goal: goal.id, name: name)])
        }
    }

    mutating func addPerson(_ person: Person, at position: Int?) throws(EditError) -> [Edit] {
        try check(person)
        guard personIndex(person.id) == nil else { throw .duplicateID(person.id) }
        people.insert(person, at: min(max(position ?? people.count, 0), people.count))
        return [.removePerson(id: person.id)]
    }

    mutating func updatePerson(_ person: Person) throws(EditError) -> [Edit] {
        guard let index = personIndex(person.id) else { throw .noSuchPerson(person.id) }
        try check(person)
        let old = people[index]
        people[index] = person
        return old == person ? [] : [.updatePerson(old)]
    }

    mutating func removePerson(_ id: String) throws(EditError) -> [Edit] {
        guard let index = personIndex(id) else { throw .noSuchPerson(id) }
        let (sessions, goals) = uses(ofPerson: id)
        guard sessions.isEmpty, goals.isEmpty else { throw .inUse(id, by: sessions + goals) }
        return [.addPerson(people.remove(at: index), at: index)]
    }

    /// A person's id is a slug and their name is not empty; their organization exists.
    private func check(_ person: Person) throws(EditError) {
        guard FieldRules.isSlug(person.id) else {
            throw .invalid(goal: nil, field: "id", message: "'\(person.id)' is not a slug such as rosa-hernandez")
        }
        guard !person.name.trimmingWhitespace.isEmpty else {
            throw .invalid(goal: nil, field: "name", message: "the name is empty")
        }
        if let org = person.organization, organizationIndex(org) == nil { throw .noSuchOrganization(org) }
        if let country = person.country, !FieldRules.isCountryCode(country) {
            throw .invalid(goal: nil, field: "country", message: "'\(country)' is not an ISO 3166 alpha-2 code such as MX")
        }
    }
}
