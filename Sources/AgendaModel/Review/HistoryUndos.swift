import Foundation

/// Which entries of a goal's history undo or redo an earlier one.
///
/// The rule: an entry undoes the latest earlier entry of the same field that nothing has undone yet
/// (passing over undos and redos above it, as an editor's undo does) when it is that entry reversed (its `from` is the other's `to` and its `to` the other's `from`: an
/// addition and the removal of the same value too), by the same person, within `window` of it. Undoing
/// an undo is a redo of the change the undo reversed, and undoing a redo undoes that change again; so
/// set, undo, redo reads as one change, its undo and its redo, each naming the change it is about.
public struct HistoryUndos: Equatable, Sendable {
    /// What an entry does to an earlier change, given by its position in the history.
    public enum Role: Equatable, Sendable {
        case undo(of: Int)
        case redo(of: Int)
    }

    /// How long after a change its reversal by the same person counts as an undo: an hour. A reversal
    /// later than that is a change of its own.
    public static let window: TimeInterval = 3_600

    /// The role of each entry that undoes or redoes another, by position.
    public let roles: [Int: Role]

    public init(_ history: [Change], window: TimeInterval = HistoryUndos.window) {
        var roles: [Int: Role] = [:]
        var open: [String: [Int]] = [:]  // per field, the entries nothing has undone, oldest first
        for (index, change) in history.enumerated() where change.field != "created" {
            defer { open[change.field, default: []].append(index) }
            // The latest open entry this one reverses; undos and redos above it are passed over, as an
            // editor's undo passes over them to the change before.
            var found: Int?
            for (position, candidate) in (open[change.field] ?? []).enumerated().reversed() {
                let earlier = history[candidate]
                if earlier.from == change.to, earlier.to == change.from, earlier.by == change.by,
                   change.time.timeIntervalSince(earlier.time) <= window {
                    found = position
                    break
                }
                if roles[candidate] == nil { break }
            }
            guard let found, let previous = open[change.field]?.remove(at: found) else { continue }
            switch roles[previous] {
            case .undo(let original)?: roles[index] = .redo(of: original)
            case .redo(let original)?: roles[index] = .undo(of: original)
            case nil: roles[index] = .undo(of: previous)
            }
        }
        self.roles = roles
    }
}
