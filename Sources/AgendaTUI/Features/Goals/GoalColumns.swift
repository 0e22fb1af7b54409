import AgendaLocalization
import AgendaModel
import TextWidth

/// The columns of the goals list for a width: which show, and how wide each is.
///
/// The title always shows. When the list is narrow, the title first gives up what it has beyond 40
/// columns, then columns give way in this order: organizations, owners, half the progress bar, id, due
/// date, the rest of the bar (the percentage stays), the status word (its symbol stays).
struct GoalColumns: Equatable {
    var id: Int?
    var title: Int
    var status: Int?
    var statusWords: Bool
    var progress: Int?
    var progressBar: Bool
    var due: Int?
    var owners: Int?
    var organizations: Int?

    /// The progress bar's width, or nil for the percentage alone.
    var bar: Int?

    static let fullBar = 10
    static let shortBar = 5
    /// The title's width below which other columns give way.
    static let comfortableTitle = 30

    init(width: Int, statusWordWidth: Int, dueWidth: Int, idWidth: Int) {
        id = idWidth
        statusWords = true
        status = 2 + statusWordWidth
        bar = Self.fullBar
        progressBar = true
        progress = Self.fullBar + 5
        due = dueWidth
        owners = 20
        organizations = 22
        // The title wants about half the width; other columns give way until it has that much.
        title = min(70, max(Self.comfortableTitle, width * 45 / 100))
        func used() -> Int {
            let columns = [id, status, progress, due, owners, organizations].compactMap { $0 }
            return columns.reduce(0, +) + columns.count * 2 + title
        }
        let steps: [(inout GoalColumns) -> Void] = [
            { $0.title = max(Self.comfortableTitle, min($0.title, 40)) }, { $0.organizations = nil }, { $0.owners = nil },
            { $0.bar = Self.shortBar; $0.progress = Self.shortBar + 5 }, { $0.id = nil }, { $0.due = nil },
            { $0.bar = nil; $0.progressBar = false; $0.progress = 4 }, { $0.statusWords = false; $0.status = 1 },
            { $0.title = 20 }, { $0.title = 12 }, { $0.progress = nil },
        ]
        for step in steps where used() > width {
            step(&self)
        }
        title = max(4, width - (used() - title))
    }
}
