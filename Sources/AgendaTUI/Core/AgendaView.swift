import AgendaLocalization

/// The views of an open agenda, switched with Tab or their numbers; the conflicts view is among them
/// only while a merge left conflicts to settle. Organizations and people share a number: `2` on one
/// shows the other.
public enum AgendaView: Equatable, Sendable, CaseIterable {
    case goals, organizations, people, sessions, dashboard, activity, conflicts

    /// The next view round the tabs, with the conflicts view in the round only while there are conflicts.
    func next(hasConflicts: Bool) -> AgendaView {
        switch self {
        case .goals: .organizations
        case .organizations: .people
        case .people: .sessions
        case .sessions: .dashboard
        case .dashboard: .activity
        case .activity: hasConflicts ? .conflicts : .goals
        case .conflicts: .goals
        }
    }

    /// The view an action shows, for the actions that show one.
    init?(showing action: Action) {
        switch action {
        case .showGoals: self = .goals
        case .showOrganizations: self = .organizations
        case .showPeople: self = .people
        case .showSessions: self = .sessions
        case .showDashboard: self = .dashboard
        case .showActivity: self = .activity
        case .showConflicts: self = .conflicts
        default: return nil
        }
    }

    /// The view's number and name, as the title bar shows it.
    var tabNumber: Int {
        switch self {
        case .goals: 1
        case .organizations, .people: 2
        case .sessions: 3
        case .dashboard: 4
        case .activity: 5
        case .conflicts: 6
        }
    }

    /// The view's name in the interface's language.
    var name: Text {
        switch self {
        case .goals: .viewGoals
        case .organizations: .viewOrganizations
        case .people: .viewPeople
        case .sessions: .viewSessions
        case .dashboard: .viewDashboard
        case .activity: .viewActivity
        case .conflicts: .viewConflicts
        }
    }
}
