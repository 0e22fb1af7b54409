import AgendaLocalization
import AgendaModel

/// One row of the dashboard as content: what it shows, in words and figures but with no style, and the
/// figures on it that lead to goals. The update moves among the rows that have figures; the view styles
/// each row.
struct DashboardRow {
    /// What a row shows.
    enum Content {
        case blank
        case heading(Text)
        /// An area's progress, counts by status, overdue and stale goals; its name padded to `nameWidth`.
        case area(Dashboard.AreaFigures, name: String, nameWidth: Int)
        /// A line of the legend of the areas' marks.
        case legend(String)
        /// One row of the burn-up chart, from the top (`row` counts down to 0), with its axis label.
        case burnUp(row: Int, label: String, points: [Dashboard.BurnUpPoint], maximum: Int)
        case burnUpLegend
        /// The grid's heading: the levels of government.
        case gridLevels([String])
        /// A country's row of the grid: per level, its goals and progress, or nil.
        case gridCountry(String, cells: [String?])
        /// How many open goals and sessions have no Afro-Latino or indigenous organization.
        case unrepresented(String, isZero: Bool)
        /// Which communities an area's organizations serve.
        case serves(name: String, nameWidth: Int, text: String)
        /// The goals not reviewed since a day.
        case unreviewed(String)
        /// How the latest reviews judged the open goals, by health.
        case health([(health: Health, text: String, isEmpty: Bool)])
        /// How much of the agenda is translated into a language: its name, the share and the counts.
        case translation(name: String, nameWidth: Int, percent: Int, text: String)
        /// An organization's goals linked, achieved and overdue.
        case organization(name: String, nameWidth: Int, linked: String, achieved: String, overdue: String, hasOverdue: Bool)
    }

    var content: Content
    /// The figures on the row that lead to goals; none for a row that is only read.
    var targets: [FigureTarget]

    init(_ content: Content, _ targets: [FigureTarget] = []) {
        self.content = content
        self.targets = targets.filter { !$0.goals.isEmpty }
    }
}
