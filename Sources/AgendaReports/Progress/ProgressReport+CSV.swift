import AgendaModel

/// What a report's CSV file holds: one row per goal, session, decision or vote, or action item.
public enum CSVKind: String, CaseIterable, Sendable {
    case goals, sessions, decisions, actions
}

extension ProgressReport {
    /// The report as CSV: the goals it covers, or the sessions it covers, their decisions and votes, or
    /// their action items.
    public func csv(_ kind: CSVKind, _ options: CSVOptions) -> String {
        var options = options
        if isPrivate { options.redaction = redaction }
        let sessions = SessionCSV(agenda: agenda, sessions: meetingsCovered.map { ($0.session, $0.items) }, options: options)
        switch kind {
        case .goals: return GoalCSV.render(goals, reviews: agenda.latestReviews, agenda: agenda, options: options)
        case .sessions: return sessions.sessionRows()
        case .decisions: return sessions.decisionRows()
        case .actions: return sessions.actionRows()
        }
    }
}
