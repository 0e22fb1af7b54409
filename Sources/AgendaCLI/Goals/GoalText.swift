import AgendaLocalization
import AgendaModel
import Foundation

/// How goal fields read in the command line's tables and texts, in its language.
enum GoalText {
    /// `40%`.
    static func progress(_ value: Int) -> String { "\(value)%" }

    /// Owners joined for a table cell.
    static func list(_ values: [String]) -> String { values.joined(separator: ", ") }

    /// A day as the language writes it: `Jun 30, 2026`, `30 jun 2026`.
    static func day(_ day: Day) -> String { DateText.day(day, CommandLanguage.current) }

    /// An instant as the language writes it, in local time: `Jun 30, 2026 14:05`.
    static func time(_ date: Date) -> String {
        DateText.time(date, CommandLanguage.current, utcOffset: TimeZone.current.secondsFromGMT(for: date))
    }

    /// A due date, flagged when it has passed and the goal is still open: `Jun 30, 2026 (overdue)`.
    static func due(_ goal: Goal, today: Day) -> String {
        guard let due = goal.due else { return "" }
        return due < today && !goal.status.isClosed ? day(due) + " (" + strings[.overdue] + ")" : day(due)
    }

    static func status(_ status: GoalStatus) -> String { Labels.status(status, strings) }
    static func priority(_ priority: Priority) -> String { Labels.priority(priority, strings) }
    static func level(_ level: GovernmentLevel) -> String { Labels.level(level, strings) }
    static func health(_ health: Health) -> String { Labels.health(health, strings) }
}
