import Foundation

/// One change to an agenda, as a value: the TUI, the command line, undo and merge all go through it.
///
/// `Agenda.apply(_:by:at:)` is the one function that carries an edit out, records it in the goal's
/// history and `updatedAt`, and returns the edits that undo it.
public enum Edit: Equatable, Sendable {
    /// Adds a goal, at a position in the file when given (undo uses it), else at the end.
    case createGoal(Goal, at: Int? = nil)
    /// Deletes a goal and all its sub-goals, and leaves a record of it (`Agenda.deletions`) by which
    /// it can be brought back.
    case deleteGoal(id: String)
    /// Removes a goal and all its sub-goals and leaves no record (undo of `createGoal` and `restoreGoal`).
    case removeGoal(id: String)
    /// Brings back the goal deleted at `deletedAt`, with its sub-goals, and marks the record restored.
    case restoreGoal(id: String, deletedAt: Date)
    /// Adds a deletion record at a position (undo of `removeDeletion`).
    case addDeletion(Deletion, at: Int)
    /// Removes the record of `goal`'s deletion at `time` (undo of `deleteGoal`): named by goal and time,
    /// so that a save onto a version with other deletions removes this one.
    case removeDeletion(goal: String, time: Date)
    /// Puts back a deletion record as it was, found by its goal and time (undo of `restoreGoal`).
    case replaceDeletion(Deletion)
    /// Sets one field of a goal.
    case setGoal(id: String, GoalField)
    case addOwner(goal: String, name: String)
    case removeOwner(goal: String, name: String)
    case linkOrganization(goal: String, organization: String)
    case unlinkOrganization(goal: String, organization: String)
    case addNote(goal: String, text: String)
    /// Removes a note by its position (undo of `addNote` uses it).
    case removeNote(goal: String, index: Int)
    /// Moves a goal (with its sub-goals) under another parent, or to the top of an area.
    case moveGoal(id: String, parent: String?, area: String?)
    case addOrganization(Organization, at: Int? = nil)
    /// Replaces an organization's details; its id stays.
    case updateOrganization(Organization)
    /// Removes an organization, unlinks it from every goal, and leaves its people with none.
    case removeOrganization(id: String)
    /// Sets the organization a person belongs to, or none (undo of `removeOrganization` uses it).
    case setPersonOrganization(person: String, organization: String?)
    /// Adds a person to the roster, at a position when given (undo uses it), else at the end.
    case addPerson(Person, at: Int? = nil)
    /// Replaces a person's details; the id stays.
    case updatePerson(Person)
    /// Removes a person no session's attendance and no goal's owners name (see `Agenda.unlinking(person:)`).
    case removePerson(id: String)
    case addArea(Area, at: Int? = nil)
    /// Replaces an area's name and description; its id and goals stay.
    case updateArea(Area)
    /// Moves an area to a position among the areas.
    case moveArea(id: String, to: Int)
    /// Removes an area that no goal uses.
    case removeArea(id: String)
    case createSession(Session, at: Int? = nil)
    case deleteSession(id: String)
    /// Puts a whole session back as it was (undo of a session change).
    case replaceSession(Session)
    /// Changes a session: its plan, or the meeting as it runs.
    case changeSession(id: String, SessionChange)
    /// Records a review mark on a goal.
    case addReview(Review)
    /// Removes the review mark at a position (undo of `addReview`).
    case removeReview(at: Int)
    /// Sets the translation of a text into a language, or removes it (nil); a translation given with
    /// no `by` or `at` takes the edit's.
    case setTranslation(TextRef, language: String, Translation?)
    /// Settles a merge conflict with the value of one of its sides (by position in `sides`), and
    /// removes its record. The conflict is named whole, so the edit finds it in another version too.
    case resolveConflict(MergeConflict, side: Int)
    /// Puts back a conflict record at a position, and for records other than goals the field's value
    /// it held before side `side` was chosen (undo of `resolveConflict`).
    case restoreConflict(MergeConflict, at: Int, side: Int, previous: String?)
}

/// Why an edit could not be applied; nothing was changed.
public enum EditError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchGoal(String)
    case noSuchArea(String)
    case noSuchOrganization(String)
    case noSuchPerson(String)
    case duplicateID(String)
    case invalid(goal: String?, field: String, message: String)
    case cycle(goal: String, parent: String)
    case inUse(String, by: [String])
    case noSuchSession(String)
    case noSuchItem(String)
    case noSuchConflict(String)
    case noSuchText(String)

    public var description: String {
        switch self {
        case .noSuchGoal(let id): "no goal with id '\(id)'"
        case .noSuchArea(let id): "no area with id '\(id)'"
        case .noSuchOrganization(let id): "no organization with id '\(id)'"
        case .noSuchPerson(let id): "no person with id '\(id)'"
        case .noSuchSession(let id): "no session with id '\(id)'"
        case .noSuchItem(let id): "no item '\(id)' in the session's run-of-show"
        case .noSuchConflict(let what): "no open conflict on \(what); someone may have settled it already"
        case .noSuchText(let context): "no text to translate at '\(context)'"
        case .duplicateID(let id): "the id '\(id)' is already used"
        case .invalid(let goal?, let field, let message): "goal \(goal): \(field): \(message)"
        case .invalid(nil, let field, let message): "\(field): \(message)"
        case .cycle(let goal, let parent): "goal \(goal) cannot move under \(parent), which is its own sub-goal"
        case .inUse(let id, let users):
            "'\(id)' is used by \(users.count) goal\(users.count == 1 ? "" : "s"): "
                + users.prefix(10).joined(separator: ", ") + (users.count > 10 ? ", ..." : "")
        }
    }
}
