import AgendaModel
import Foundation
import Testing
import TestSupport

/// Properties of the three-way merge on random agendas and random edit sequences, 10,000 seeded cases:
/// a copy merged with an unchanged base gives the copy; the merge is symmetric; both sides'
/// non-conflicting edits are all present; the result is a valid agenda.
@Suite struct MergePropertyTests {
    static let cases = 10_000

    /// One case: a small generated agenda and two copies edited by different people.
    struct Case {
        let base: Agenda
        let ours: Agenda
        let theirs: Agenda

        init(seed: UInt64) {
            var base = AgendaGenerator.agenda(goals: 8, seed: seed)
            base.people = [Person(id: "ana", name: "Ana", organization: "org-1")]
            var random = SeededRandom(seed: seed &* 31 &+ 7)
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            var a = RandomEdits(random: SeededRandom(seed: random.next()), who: "Ana", clock: start)
            var b = RandomEdits(random: SeededRandom(seed: random.next()), who: "Luis", clock: start.addingTimeInterval(0.5))
            var ours = base, theirs = base
            a.apply(Int(random.next(upperBound: UInt64(8))), to: &ours)
            b.apply(Int(random.next(upperBound: UInt64(8))), to: &theirs)
            self.base = base
            self.ours = ours
            self.theirs = theirs
        }
    }

    /// The cases in four parts, which run at once on a machine with several cores.
    @Test(arguments: 0..<4) func everyPropertyHoldsOnTenThousandRandomCases(part: Int) {
        var failures: [String] = []
        var conflicted = 0
        let share = Self.cases / 4
        for seed in UInt64(part * share + 1)...UInt64((part + 1) * share) {
            let c = Case(seed: seed)
            failures += check(c, seed: seed, conflicted: &conflicted)
            if failures.count > 10 { break }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
        // The random edits do make conflicts, so the cases exercise them.
        #expect(conflicted > share / 20, "only \(conflicted) cases had a conflict")
    }

    func check(_ c: Case, seed: UInt64, conflicted: inout Int) -> [String] {
        var failures: [String] = []
        func fail(_ what: String) { failures.append("seed \(seed): \(what)") }
        if Agenda.merge(base: c.base, ours: c.ours, theirs: c.base).agenda != c.ours { fail("ours with an unchanged base") }
        if Agenda.merge(base: c.base, ours: c.base, theirs: c.theirs).agenda != c.theirs { fail("theirs with an unchanged base") }
        let merged = Agenda.merge(base: c.base, ours: c.ours, theirs: c.theirs)
        let swapped = Agenda.merge(base: c.base, ours: c.theirs, theirs: c.ours)
        if !merged.conflicts.isEmpty { conflicted += 1 }
        var a = merged.agenda, b = swapped.agenda
        a.conflicts.sort { "\($0)" < "\($1)" }
        b.conflicts.sort { "\($0)" < "\($1)" }
        if a != b { fail("not symmetric") }
        let problems = merged.agenda.validate()
        if !problems.isEmpty { fail("invalid: \(problems.map(\.message))") }
        failures += editsPresent(c, merged.agenda, seed: seed)
        return failures
    }

    /// Every field one copy changed and the other left alone has that copy's value; every owner,
    /// organization, tag and note either copy added is there; nothing either copy removed is.
    func editsPresent(_ c: Case, _ merged: Agenda, seed: UInt64) -> [String] {
        var failures: [String] = []
        let conflicted = Set(merged.conflicts.map { "\($0.id)/\($0.field)" })
        for (mine, other) in [(c.ours, c.theirs), (c.theirs, c.ours)] {
            for goal in mine.goals {
                guard let before = c.base.goal(goal.id), let result = merged.goal(goal.id) else {
                    // A goal new in this copy is in the result, under its id or a new one.
                    if c.base.goal(goal.id) == nil, !merged.goals.contains(where: { $0.title == goal.title && $0.createdAt == goal.createdAt }) {
                        failures.append("seed \(seed): new goal \(goal.id) lost")
                    }
                    continue
                }
                let untouched = other.goal(goal.id)
                for (name, value, was, now, theirs) in [
                    ("status", goal.status.rawValue, before.status.rawValue, result.status.rawValue, untouched?.status.rawValue),
                    ("progress", "\(goal.progress)", "\(before.progress)", "\(result.progress)", untouched.map { "\($0.progress)" }),
                    ("title", goal.title, before.title, result.title, untouched?.title),
                    ("priority", goal.priority.rawValue, before.priority.rawValue, result.priority.rawValue, untouched?.priority.rawValue),
                ] where value != was && theirs == was && !conflicted.contains("\(goal.id)/\(name)") && now != value {
                    failures.append("seed \(seed): \(goal.id) \(name) \(value) lost (now \(now))")
                }
                for owner in goal.owners where !before.owners.contains(owner) && !result.owners.contains(owner) {
                    failures.append("seed \(seed): \(goal.id) owner \(owner) lost")
                }
                for owner in before.owners where !goal.owners.contains(owner) && result.owners.contains(owner)
                    && !(other.goal(goal.id)?.owners.contains(owner) == true && !before.owners.contains(owner)) {
                    failures.append("seed \(seed): \(goal.id) owner \(owner) removed but back")
                }
                for note in goal.notes where !result.notes.contains(note) {
                    failures.append("seed \(seed): \(goal.id) note lost")
                }
                for org in goal.organizations where !before.organizations.contains(org) && !result.organizations.contains(org) {
                    failures.append("seed \(seed): \(goal.id) organization \(org) lost")
                }
            }
            // A goal this copy deleted and the other left as it was is gone.
            for goal in c.base.goals where mine.goal(goal.id) == nil && other.goal(goal.id) == goal {
                if merged.goal(goal.id) != nil, !merged.conflicts.contains(where: { $0.id == goal.id }) {
                    failures.append("seed \(seed): deleted goal \(goal.id) is back without a conflict")
                }
            }
        }
        return failures
    }
}
