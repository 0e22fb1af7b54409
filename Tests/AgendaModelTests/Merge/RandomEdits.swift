import AgendaModel
import Foundation

/// Random edits of a small agenda, the way people make them: fields, owners, organizations, notes,
/// new goals, deletions and moves; edits that do not fit the agenda are left out.
struct RandomEdits {
    var random: SeededRandom
    let who: String
    var clock: Date

    mutating func pick<T>(_ list: [T]) -> T { list[Int(random.next(upperBound: UInt64(list.count)))] }
    mutating func chance(_ percent: UInt64) -> Bool { random.next(upperBound: UInt64(100)) < percent }

    /// Applies `count` random edits to the agenda, each a moment after the last.
    mutating func apply(_ count: Int, to agenda: inout Agenda) {
        for _ in 0..<count {
            clock = clock.addingTimeInterval(Double(1 + random.next(upperBound: UInt64(90))))
            guard let edit = next(agenda) else { continue }
            _ = try? agenda.apply(edit, by: who, at: clock)
        }
    }

    mutating func next(_ agenda: Agenda) -> Edit? {
        guard !agenda.goals.isEmpty else { return nil }
        let goal = pick(agenda.goals)
        switch random.next(upperBound: UInt64(14)) {
        case 0: return .setGoal(id: goal.id, .status(pick(GoalStatus.known)))
        case 1: return .setGoal(id: goal.id, .progress(Int(random.next(upperBound: UInt64(11))) * 10))
        case 2: return .setGoal(id: goal.id, .title(pick(["Voto en el exterior", "Escuela de líderes", "Alianza 日本", "Reforma"])))
        case 3: return .setGoal(id: goal.id, .priority(pick(Priority.known)))
        case 4: return .setGoal(id: goal.id, .due(chance(20) ? nil : Day(daysSinceEpoch: 20_000 + Int(random.next(upperBound: UInt64(400))))))
        case 5: return .addOwner(goal: goal.id, name: pick(["Ana", "Luis", "Comité de Alianzas", "Eva"]))
        case 6:
            guard let owner = goal.owners.first else { return nil }
            return .removeOwner(goal: goal.id, name: owner)
        case 7: return .linkOrganization(goal: goal.id, organization: pick(agenda.organizations).id)
        case 8:
            guard let org = goal.organizations.first else { return nil }
            return .unlinkOrganization(goal: goal.id, organization: org)
        case 9: return .addNote(goal: goal.id, text: pick(["Seguimiento", "Acordado en sesión", "Pendiente"]) + " \(who)")
        case 10:
            var id = "G-"
            for _ in 0..<4 { id.append(pick(Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))) }
            // Now and then both copies pick the same new id.
            if chance(15) { id = "G-SAME" }
            let parent: Goal? = chance(40) ? goal : nil
            return .createGoal(Goal(id: id, title: "Nueva meta " + id, area: parent?.area ?? pick(agenda.areas).id,
                                    parent: parent?.id, createdAt: clock))
        case 11: return chance(50) ? .deleteGoal(id: goal.id) : nil
        case 12:
            let other = pick(agenda.goals)
            return .moveGoal(id: goal.id, parent: chance(30) ? nil : other.id, area: nil)
        default: return .setGoal(id: goal.id, .tags([pick(["school", "vote", "census"])]))
        }
    }
}
