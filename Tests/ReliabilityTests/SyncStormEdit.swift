import AgendaModel
import Foundation

/// The edit one copy makes in one round of the sync storm: a field of a goal no other copy touches in
/// that round, set to a value that names the copy and the round, so that it can be found afterwards.
///
/// Round `r` of copy `c` sets field `r % 6` (title, description, a tag, an owner, the source, the due
/// date) of goal `c + copies * (r / 6)`: within six rounds each copy changes each field of its own goal
/// once, and no two edits touch the same field of the same goal.
struct SyncStormEdit {
    let copy: Int
    let round: Int
    let goal: String

    /// The goals a storm of `copies` copies and `rounds` rounds needs.
    static func goalsNeeded(copies: Int, rounds: Int) -> Int {
        copies * ((rounds + 5) / 6)
    }

    /// The edit of `copy` in `round`, on one of `goals` (the agenda's goal ids in file order).
    init(copy: Int, round: Int, copies: Int, goals: [String]) {
        self.copy = copy
        self.round = round
        goal = goals[copy + copies * (round / 6)]
    }

    private var mark: String { "copy \(copy) round \(round)" }

    /// The due date this edit sets: in 2031, a year the sample agenda has no date in.
    private var due: Day {
        Day(year: 2031, month: copy % 12 + 1, day: round / 6 % 28 + 1)!
    }

    /// The arguments of `agenda set FILE` that make the edit.
    var arguments: [String] {
        switch round % 6 {
        case 0: [goal, "--title", "Title of \(mark)"]
        case 1: [goal, "--description", "Description of \(mark)"]
        case 2: [goal, "--add-tag", "copy-\(copy)-round-\(round)"]
        case 3: [goal, "--add-owner", "Owner of \(mark)"]
        case 4: [goal, "--source", "Source of \(mark)"]
        default: [goal, "--due", due.description]
        }
    }

    /// Whether `agenda` holds the edit.
    func isIn(_ agenda: Agenda) -> Bool {
        guard let goal = agenda.goal(goal) else { return false }
        switch round % 6 {
        case 0: return goal.title == "Title of \(mark)"
        case 1: return goal.description == "Description of \(mark)"
        case 2: return goal.tags.contains("copy-\(copy)-round-\(round)")
        case 3: return goal.owners.contains("Owner of \(mark)")
        case 4: return goal.source == "Source of \(mark)"
        default: return goal.due == due
        }
    }
}
