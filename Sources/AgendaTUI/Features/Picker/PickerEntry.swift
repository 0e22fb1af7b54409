import AgendaLocalization
import Foundation
import TerminalWidgets

/// One agenda file offered by the picker.
public struct PickerEntry: Equatable, Sendable {
    public var path: String
    /// The agenda's title, or nil when the file could not be read.
    public var title: String?
    public var goals: Int
    /// The latest change to any goal, or the file's modification time.
    public var lastChange: Date?
    /// Why the file could not be read, when it could not.
    public var problem: String?

    public init(path: String, title: String?, goals: Int, lastChange: Date?, problem: String? = nil) {
        self.path = path
        self.title = title
        self.goals = goals
        self.lastChange = lastChange
        self.problem = problem
    }
}
