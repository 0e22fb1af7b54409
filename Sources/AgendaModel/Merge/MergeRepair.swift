/// What a merge of valid copies can still break, mended: records one copy deleted that the other's
/// changes still point to, and parent links that together make a loop.
enum MergeRepair {
    /// Brings back deleted parents, areas and organizations that merged goals and people point to,
    /// and breaks parent loops made by moves in both copies; each mend is recorded as a conflict.
    static func repair(_ agenda: inout Agenda, base: Agenda, ours: Agenda, theirs: Agenda, merger: inout FieldMerger) {
        let copies = [ours, theirs, base]
        restoreParents(&agenda, from: copies, merger: &merger)
        var areaIDs = Set(agenda.areas.map(\.id))
        for goal in agenda.goals where !areaIDs.contains(goal.area) {
            guard let area = copies.lazy.compactMap({ $0.area(goal.area) }).first else { continue }
            agenda.areas.append(area)
            areaIDs.insert(area.id)
            merger.record(RecordMerge.wholeRecordKept(subject: .area, id: area.id, keptBy: nil))
        }
        var orgIDs = Set(agenda.organizations.map(\.id))
        let wanted = agenda.goals.flatMap(\.organizations) + agenda.people.compactMap(\.organization)
        for id in wanted where !orgIDs.contains(id) {
            guard let org = copies.lazy.compactMap({ $0.organizations.first { $0.id == id } }).first else { continue }
            agenda.organizations.append(org)
            orgIDs.insert(id)
            merger.record(RecordMerge.wholeRecordKept(subject: .organization, id: id, keptBy: nil))
        }
        breakLoops(&agenda, base: base, merger: &merger)
    }

    /// Brings back each parent goal a kept goal points to that a copy deleted, up its chain.
    private static func restoreParents(_ agenda: inout Agenda, from copies: [Agenda], merger: inout FieldMerger) {
        var ids = Set(agenda.goals.map(\.id))
        var position = 0
        while position < agenda.goals.count {
            if let parent = agenda.goals[position].parent, !ids.contains(parent) {
                if let found = copies.lazy.compactMap({ $0.goal(parent) }).first {
                    agenda.goals.append(found)
                    ids.insert(parent)
                    merger.record(RecordMerge.wholeRecordKept(subject: .goal, id: parent, keptBy: nil))
                } else {
                    agenda.goals[position].parent = nil
                }
            }
            position += 1
        }
    }

    /// Breaks every loop of parents: the goal of the loop with the smallest id among those that moved
    /// goes back to its parent in the base (or to the top), and the move is recorded as a conflict.
    private static func breakLoops(_ agenda: inout Agenda, base: Agenda, merger: inout FieldMerger) {
        while let loop = firstLoop(agenda.goals) {
            let moved = loop.filter { agenda.goals[$0].parent != base.goal(agenda.goals[$0].id)?.parent }
            guard let index = (moved.isEmpty ? loop : moved).min(by: { agenda.goals[$0].id < agenda.goals[$1].id })
            else { return }
            let goal = agenda.goals[index]
            let back = base.goal(goal.id)?.parent
            let change = GoalMerge.lastChange(of: "parent", in: goal, since: base.goal(goal.id))
            agenda.goals[index].parent = back.flatMap { agenda.goal($0) == nil ? nil : $0 }
            if agenda.goals[index].parent != nil, firstLoop(agenda.goals) == loop { agenda.goals[index].parent = nil }
            merger.record(MergeConflict(
                id: goal.id, field: "parent", kind: merger.kind, base: back,
                sides: MergeConflict.ordered(
                    ConflictSide(value: back), ConflictSide(value: goal.parent, by: change.by, time: change.time))))
        }
    }

    /// The positions of the goals of one loop of parent links, if there is one.
    static func firstLoop(_ goals: [Goal]) -> [Int]? {
        var indexByID: [String: Int] = [:]
        for (index, goal) in goals.enumerated() where indexByID[goal.id] == nil { indexByID[goal.id] = index }
        // 0: not visited, 1: on the current walk, 2: known to reach the top.
        var state = [UInt8](repeating: 0, count: goals.count)
        for start in goals.indices where state[start] == 0 {
            var walk: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == 0 {
                state[index] = 1
                walk.append(index)
                current = goals[index].parent.flatMap { indexByID[$0] }
            }
            if let index = current, state[index] == 1, let from = walk.firstIndex(of: index) {
                return Array(walk[from...])
            }
            for index in walk { state[index] = 2 }
        }
        return nil
    }
}
