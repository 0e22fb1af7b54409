import AgendaModel
import Foundation

/// The layouts of the records deleted goals leave (the `deletions` member) and of their restorations.
extension ObjectLayout where Record == Deletion {
    static let deletion = ObjectLayout(
        { Deletion(time: Date(timeIntervalSince1970: 0), by: "", goal: "", title: "", area: "", goals: []) },
        "a deletion", named: { "the deletion of \($0.goal)" },
        members: [
            .time("time", required: true, { $0.time }, { $0.time = $1 }),
            .text("by", { $0.by }, { $0.by = $1 }),
            .text("goal", required: true, { $0.goal }, { $0.goal = $1 }),
            .text("title", { $0.title }, { $0.title = $1 }),
            .text("area", { $0.area }, { $0.area = $1 }),
            .objects("goals", required: true, ObjectLayout<Goal>.goal, { $0.goals }, { $0.goals = $1 }),
            .optionalText("after", { $0.after }, { $0.after = $1 }),
            .optionalObject("restored", .restoration, { $0.restored }, { $0.restored = $1 }),
        ])
}

extension ObjectLayout where Record == Deletion.Restoration {
    /// Who brought a deleted goal back, and when.
    static let restoration = ObjectLayout(
        { Deletion.Restoration(by: "", time: Date(timeIntervalSince1970: 0)) }, "a restoration",
        members: [
            .time("time", required: true, { $0.time }, { $0.time = $1 }),
            .text("by", { $0.by }, { $0.by = $1 }),
        ])
}

extension Deletion: KeepsUnknownMembers {}
extension Deletion.Restoration: KeepsUnknownMembers {}
