import AgendaModel
import AgendaStore
import Foundation

extension FuzzChecks {
    /// The merge's promises on two copies edited from one small agenda (an input with no NUL byte): a
    /// copy merged with an unchanged base is the copy; the merge does not depend on which copy is ours;
    /// the result is valid, reads back the same and draws; merging it with itself changes nothing;
    /// every conflict it records can be settled, one side or the other, leaving a valid agenda with no
    /// conflict; the two-way merge of the copies is valid, and of a copy with itself is the copy.
    static func mergeProgram(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let (base, ours, theirs) = MergeProgram.edits(bytes) else { return }
        let format = JSONAgendaFormat()
        try expect(Agenda.merge(base: base, ours: ours, theirs: base).agenda == ours, "ours with an unchanged base is ours", "")
        try expect(Agenda.merge(base: base, ours: base, theirs: theirs).agenda == theirs, "theirs with an unchanged base is theirs", "")
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        try checkMerged(outcome, "a merge of edited copies", format: format)
        var a = outcome.agenda, b = Agenda.merge(base: base, ours: theirs, theirs: ours).agenda
        a.conflicts.sort { "\($0)" < "\($1)" }
        b.conflicts.sort { "\($0)" < "\($1)" }
        try expect(a == b, "a merge of edited copies does not depend on which copy is ours", difference(a, b))
        let again = Agenda.merge(base: base, ours: outcome.agenda, theirs: outcome.agenda)
        try expect(again.agenda == outcome.agenda && again.conflicts.isEmpty, "merging a merge with itself changes nothing", "")
        var settled = outcome.agenda
        for (index, conflict) in outcome.agenda.conflicts.enumerated() {
            do {
                try settled.apply(.resolveConflict(conflict, side: index % max(1, conflict.sides.count)), by: "fuzz",
                                  at: Date(timeIntervalSince1970: 2_000_000_000))
            } catch {
                // Removing an area or organization still in use is refused, as in the interface; so is
                // the side of a parent conflict that would close the loop the merge broke.
                switch error {
                case .inUse, .cycle: break
                default: throw FuzzFailure("a conflict can be settled", "\(conflict): \(error)")
                }
            }
        }
        try expect(settled.validate().isEmpty, "settling the conflicts leaves a valid agenda", "\(settled.validate().map(\.message))")
        try checkMerged(Agenda.mergeTwoWay(ours, theirs), "a two-way merge of edited copies", format: format)
        try expect(Agenda.mergeTwoWay(ours, ours).agenda == ours, "a copy merged two-way with itself is itself", "")
    }
}

/// An input with no NUL byte read as a program of edits: a small agenda, and two copies of it changed
/// by the edits the bytes spell, as two committees would.
enum MergeProgram {
    /// A small agenda built from the first bytes, and two copies changed by the edits the rest spells:
    /// four bytes an edit (whose copy, what, which goal, which value).
    static func edits(_ bytes: [UInt8]) -> (Agenda, Agenda, Agenda)? {
        guard bytes.count >= 2 else { return nil }
        let base = agenda(goals: 1 + Int(bytes[0] % 10), shape: bytes[1])
        var ours = base, theirs = base
        var position = 2
        var step = 0
        let start = Date(timeIntervalSince1970: 1_900_000_000)
        while position + 4 <= bytes.count, step < 64 {
            let (who, what, which, value) = (bytes[position], bytes[position + 1], bytes[position + 2], bytes[position + 3])
            position += 4
            step += 1
            // Now and then both copies' edits carry one time, so ties are tried too.
            let time = start.addingTimeInterval(Double(step) + (who & 2 == 0 ? 0 : 0.5))
            if who & 1 == 0 {
                apply(what, which, value, to: &ours, by: "Ana", at: time)
            } else {
                apply(what, which, value, to: &theirs, by: "Luis", at: time)
            }
        }
        return (base, ours, theirs)
    }

    static func agenda(goals count: Int, shape: UInt8) -> Agenda {
        let created = Date(timeIntervalSince1970: 1_800_000_000)
        let areas = [Area(id: "leadership", name: "Leadership"), Area(id: "vote-abroad", name: "Vote abroad")]
        let orgs = [
            Organization(id: "alianza", name: "Alianza", country: "US", kind: .ngo, communities: ["afro-latino"]),
            Organization(id: "congreso", name: "Congreso de Michoacán", country: "MX", kind: .legislature),
            Organization(id: "diocesis", name: "Diócesis", country: "MX", kind: .faithBased, communities: ["indigenous"]),
        ]
        var goals: [Goal] = []
        for index in 0..<count {
            // The shape's bits say which goals are sub-goals of the one before.
            let parent = index > 0 && shape & (1 << UInt8(index % 8)) != 0 ? goals[index - 1] : nil
            goals.append(Goal(
                id: "G-\(index)", title: "Meta \(index)", area: parent?.area ?? areas[index % 2].id,
                owners: index % 3 == 0 ? ["Comité"] : [], organizations: index % 2 == 0 ? ["alianza"] : [],
                status: .active, progress: index * 10 % 100, parent: parent?.id,
                history: [Change(time: created, by: "Semilla", field: "created", to: "Meta \(index)")], createdAt: created))
        }
        return Agenda(title: "Fuzz", areas: areas, organizations: orgs,
                      people: [Person(id: "ana", name: "Ana", organization: "congreso")], goals: goals)
    }

    /// One edit of a copy; edits that do not fit the copy are left out, as a person's would be refused.
    static func apply(_ what: UInt8, _ which: UInt8, _ value: UInt8, to agenda: inout Agenda, by: String, at time: Date) {
        guard !agenda.goals.isEmpty else { return }
        // Every organization may have been removed by earlier edits: those edits then fall to a status.
        let orgs = agenda.organizations
        let what = orgs.isEmpty && [6, 13, 14].contains(what % 16) ? 0 : what
        let goal = agenda.goals[Int(which) % agenda.goals.count]
        let other = agenda.goals[Int(value) % agenda.goals.count]
        let words = ["Voto", "Escuela", "Alianza 日本", "Reforma 🌎", ""]
        let edit: Edit
        switch what % 16 {
        case 0: edit = .setGoal(id: goal.id, .status(GoalStatus.known[Int(value) % GoalStatus.known.count]))
        case 1: edit = .setGoal(id: goal.id, .progress(Int(value) % 11 * 10))
        case 2: edit = .setGoal(id: goal.id, .title(words[Int(value) % 4] + " \(value)"))
        case 3: edit = .setGoal(id: goal.id, .due(value % 5 == 0 ? nil : Day(daysSinceEpoch: 20_000 + Int(value))))
        case 4: edit = .addOwner(goal: goal.id, name: ["Ana", "Luis", "Comité", "Eva"][Int(value) % 4])
        case 5: edit = .removeOwner(goal: goal.id, name: goal.owners.first ?? "")
        case 6: edit = .linkOrganization(goal: goal.id, organization: orgs[Int(value) % orgs.count].id)
        case 7: edit = .unlinkOrganization(goal: goal.id, organization: goal.organizations.first ?? "")
        case 8: edit = .addNote(goal: goal.id, text: words[Int(value) % words.count] + " nota")
        case 9:
            let id = "G-N\(value % 8)"
            edit = .createGoal(Goal(id: id, title: "Nueva \(value)", area: value & 1 == 0 ? goal.area : "vote-abroad",
                                    parent: value & 1 == 0 ? goal.id : nil, createdAt: time))
        case 10: edit = .deleteGoal(id: goal.id)
        case 11: edit = .moveGoal(id: goal.id, parent: value % 3 == 0 ? nil : other.id, area: value % 3 == 0 ? "leadership" : nil)
        case 12: edit = .setGoal(id: goal.id, .tags(value % 3 == 0 ? [] : [words[Int(value) % 4]]))
        case 13:
            var org = orgs[Int(value) % orgs.count]
            org.city = value & 1 == 0 ? nil : "Ciudad \(value)"
            edit = .updateOrganization(org)
        case 14: edit = .removeOrganization(id: orgs[Int(value) % orgs.count].id)
        default: edit = .setGoal(id: goal.id, .priority(Priority.known[Int(value) % Priority.known.count]))
        }
        _ = try? agenda.apply(edit, by: by, at: time)
    }
}
