import AgendaModel
import Foundation

/// The layout of a goal, made from the goal's field table (`Goal.fields`): each field's member read
/// and written by its kind, in the table's order. Files are read and written by the codec generated
/// from it (`GoalCodec`), which the tests compare with it.
extension ObjectLayout where Record == Goal {
    /// A goal, every member read.
    static let goal = goal(listing: false)

    /// A goal as a listing reads it: only what a list of goals shows and filters on, the rest
    /// (description, notes, history, source, origin, times, unknown members) checked and passed over.
    static let listedGoal = goal(listing: true)

    private static func goal(listing: Bool) -> ObjectLayout<Goal> {
        ObjectLayout(
            { .blank }, "a goal", named: { "goal \($0.id)" },
            unknown: listing ? .skip : .keep,
            members: Goal.fields.map { field in
                listing && !field.isListed ? member(field).passedOver : member(field)
            },
            finish: setTimesLeftOut)
    }

    /// Gives the times a file leaves out: those of the goal's first and last history entries.
    @inline(__always)
    static func setTimesLeftOut(_ goal: inout Goal, _ seen: MemberSet) {
        if !seen.contains(GoalMember.createdAt) { goal.createdAt = goal.history.first?.time ?? goal.createdAt }
        if !seen.contains(GoalMember.updatedAt) { goal.updatedAt = goal.history.last?.time ?? goal.createdAt }
    }

    /// The member of one field of the table, read and written as its kind says.
    private static func member(_ field: GoalFieldDescriptor) -> Member {
        let key = field.key
        switch field.kind {
        case .text(let value, _): return .text(key, required: field.isRequired, value.get, value.set)
        case .optionalText(let value): return .optionalText(key, value.get, value.set)
        case .prose(let value): return .prose(key, value.get, value.set)
        case .int(let value): return .int(key, value.get, value.set)
        case .day(let value): return .optionalDay(key, value.get, value.set)
        case .list(let value): return .texts(key, value.get, value.set)
        case .time(let value): return .time(key, value.get, value.set)
        case .notes(let value): return Member(key, .notes(value.get, value.set))
        case .history(let value): return Member(key, .history(value.get, value.set))
        case .origin(let value): return Member(key, .origin(value.get, value.set))
        case .translations(let value): return .translations(key, value.get, value.set)
        }
    }
}

/// The numbers of the goal's members a reader looks at once every member is read.
private enum GoalMember {
    static let createdAt = Goal.fields.firstIndex { $0.key == "createdAt" }!
    static let updatedAt = Goal.fields.firstIndex { $0.key == "updatedAt" }!
}

extension ObjectLayout where Record == GoalOrigin {
    /// The session item that created a goal.
    static let origin = ObjectLayout(
        { .blank }, "a goal's origin", namesMembers: false,
        members: [
            .text("session", { $0.session }, { $0.session = $1 }),
            .text("item", { $0.item }, { $0.item = $1 }),
        ])
}

extension Goal: BlankRecord {
    /// The goal a reader starts from: a new box each time, so goals read on two cores share none.
    static var blank: Goal { Goal(id: "", title: "", area: "", createdAt: Date(timeIntervalSince1970: 0)) }
}

extension GoalOrigin: BlankRecord {
    /// The origin a reader starts from.
    static var blank: GoalOrigin { GoalOrigin(session: "", item: "") }
}
