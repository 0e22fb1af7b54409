import AgendaModel

/// A figure of the dashboard with the goals behind it.
public struct FigureTarget: Equatable, Sendable {
    /// What the figure is about (an area, an organization), when it is about one thing.
    public var subject: String?
    /// The figure in words: `1 overdue`.
    public var figure: String
    public var goals: [String]

    public init(label: String, goals: [String]) {
        self.subject = nil
        self.figure = label
        self.goals = goals
    }

    public init(subject: String, figure: String, goals: [String]) {
        self.subject = subject
        self.figure = figure
        self.goals = goals
    }

    /// The figure with its subject, as the goals view shows it while it filters: `Leadership: 1 overdue`.
    public var label: String { subject.map { $0 + ": " + figure } ?? figure }
}
