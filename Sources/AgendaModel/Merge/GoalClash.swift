/// Goals both copies added under the same id: both are kept, the later one under a new id.
enum GoalClash {
    /// Gives a new id to each goal that both copies added under one id with different content, in the
    /// copy whose goal sorts later; that copy's own new sub-goals and reviews of it follow the goal.
    ///
    /// `same` tells whether two goals under one id are the same goal: equal, in a three-way merge; in
    /// a two-way merge, created at the same moment (their other fields may have changed since).
    static func separate(
        base: Agenda, _ ours: inout Agenda, _ theirs: inout Agenda, same: (Goal, Goal) -> Bool = { $0 == $1 }
    ) -> [GoalRename] {
        let baseIDs = Set(base.goals.map(\.id))
        var theirsByID: [String: Goal] = [:]
        for goal in theirs.goals where !baseIDs.contains(goal.id) { theirsByID[goal.id] = goal }
        var taken = baseIDs.union(ours.goals.map(\.id)).union(theirs.goals.map(\.id))
        var renames: [GoalRename] = []
        for mine in ours.goals where !baseIDs.contains(mine.id) {
            guard let other = theirsByID[mine.id], !same(mine, other) else { continue }
            let oursIsLater = precedes(other, mine)
            var generator = GoalIDGenerator(random: SeededRandom(seed: seed(oursIsLater ? mine : other)))
            let new = generator.next(avoiding: taken)
            taken.insert(new)
            if oursIsLater {
                rename(mine.id, to: new, in: &ours, keeping: baseIDs)
            } else {
                rename(mine.id, to: new, in: &theirs, keeping: baseIDs)
            }
            renames.append(GoalRename(from: mine.id, to: new))
        }
        return renames
    }

    /// Whether goal `a` sorts before `b` among goals new to both copies: by creation, then content.
    static func precedes(_ a: Goal, _ b: Goal) -> Bool {
        if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
        if a.id != b.id { return a.id < b.id }
        if a.title != b.title { return a.title < b.title }
        return contentKey(a) < contentKey(b)
    }

    /// Every other field of a goal as text, so that two different goals created at one moment under one
    /// id and title still sort the same way whichever copy holds which. (`String(describing:)` of a goal
    /// shows only its shared box, the same text for every goal: the copy called ours always lost.)
    private static func contentKey(_ goal: Goal) -> String {
        let fields: [String] = [
            goal.area, goal.description, "\(goal.owners)", "\(goal.organizations)", goal.status.rawValue, String(goal.progress),
            goal.priority.rawValue, goal.due?.description ?? "", goal.parent ?? "", "\(goal.countries)",
            goal.level?.rawValue ?? "", "\(goal.tags)", "\(goal.notes)", "\(goal.history)",
            String(goal.updatedAt.timeIntervalSince1970), goal.source ?? "", "\(String(describing: goal.origin))", "\(goal.extras)",
        ]
        return fields.joined(separator: "\u{1F}")
    }

    /// Renames a new goal in one copy, with the copy's new sub-goals under it and reviews of it.
    private static func rename(_ id: String, to new: String, in agenda: inout Agenda, keeping baseIDs: Set<String>) {
        for index in agenda.goals.indices where !baseIDs.contains(agenda.goals[index].id) {
            if agenda.goals[index].id == id { agenda.goals[index].id = new }
            if agenda.goals[index].parent == id { agenda.goals[index].parent = new }
        }
        for index in agenda.reviews.indices where agenda.reviews[index].goal == id {
            agenda.reviews[index].goal = new
        }
    }

    /// A seed from the goal's id and title, so the new id is the same whichever copy is ours.
    private static func seed(_ goal: Goal) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (goal.id + "\u{1F}" + goal.title).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
