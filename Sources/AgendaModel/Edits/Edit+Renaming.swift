/// Edits with one goal id replaced by another: when a goal added on one copy meets another goal of the
/// same id on the other, it takes a new id, and every edit that names it follows.
extension Edit {
    /// This edit with every mention of the goal `old` (as the goal edited, a parent, an action item)
    /// naming `new` instead.
    public func renamingGoal(_ old: String, to new: String) -> Edit {
        func id(_ value: String) -> String { value == old ? new : value }
        switch self {
        case .createGoal(var goal, let position):
            goal.id = id(goal.id)
            goal.parent = goal.parent.map(id)
            return .createGoal(goal, at: position)
        case .deleteGoal(let goal): return .deleteGoal(id: id(goal))
        case .removeGoal(let goal): return .removeGoal(id: id(goal))
        case .restoreGoal(let goal, let time): return .restoreGoal(id: id(goal), deletedAt: time)
        case .removeDeletion(let goal, let time): return .removeDeletion(goal: id(goal), time: time)
        case .setGoal(let goal, let field): return .setGoal(id: id(goal), field)
        case .addOwner(let goal, let name): return .addOwner(goal: id(goal), name: name)
        case .removeOwner(let goal, let name): return .removeOwner(goal: id(goal), name: name)
        case .linkOrganization(let goal, let org): return .linkOrganization(goal: id(goal), organization: org)
        case .unlinkOrganization(let goal, let org): return .unlinkOrganization(goal: id(goal), organization: org)
        case .addNote(let goal, let text): return .addNote(goal: id(goal), text: text)
        case .removeNote(let goal, let index): return .removeNote(goal: id(goal), index: index)
        case .moveGoal(let goal, let parent, let area): return .moveGoal(id: id(goal), parent: parent.map(id), area: area)
        case .changeSession(let session, .addAction(let item, let goal)):
            return .changeSession(id: session, .addAction(item: item, goal: id(goal)))
        case .setTranslation(.goal(let goal, let field), let language, let translation):
            return .setTranslation(.goal(id(goal), field: field), language: language, translation)
        case .addReview(var review):
            review.goal = id(review.goal)
            return .addReview(review)
        case .addOrganization, .updateOrganization, .removeOrganization, .addArea, .removeArea, .createSession,
             .deleteSession, .replaceSession, .changeSession, .removeReview,
             .resolveConflict, .restoreConflict, .setPersonOrganization, .addPerson, .updatePerson, .removePerson,
             .updateArea, .moveArea, .setTranslation, .addDeletion, .replaceDeletion:
            return self
        }
    }
}
