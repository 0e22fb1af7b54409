import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The goals view: folds, filters, search, sort, the rows they give, the selection and scrolling.
public struct GoalsState: Sendable {
    /// Folded areas (`area:ID`) and folded goals (their ids).
    public var folded: Set<String> = []
    /// Filters chosen from the menu (status, area, owner, organization, country); the search is apart.
    public var filter = GoalFilter()
    /// The search text, kept as a filter once the search line closes.
    public var search = TextField()
    /// Whether the search line is open and takes the keys.
    public var isSearching = false
    public var sort: GoalSort = .file
    /// The rows shown, derived from the above; recomputed when they change.
    public var rows: [ListRow] = []
    /// How many goals match the filters and search.
    public var matching = 0
    /// The goals that matched the last search, to narrow from when the search grows.
    var lastMatches: (filter: GoalFilter, search: String, indices: [Int])?
    /// The goals whose descriptions or notes hold the search (folded as `search`), once they were looked
    /// in; they join the goals whose short texts match.
    var bodyMatches: (search: String, indices: [Int])?
    /// The search whose descriptions and notes are still to be looked in, for the loop to do next.
    var wantsBodySearch: String?
    /// Goals just added or changed here that stay in the list though the filters or the search would
    /// leave them out, until those change: what one just did does not vanish.
    var keptInView: Set<String> = []
    /// The selected row, and the rows in view.
    public var list = SelectableList()
    /// Rows the list shows at the terminal's current size, kept so recomputed rows stay in view.
    public var pageHeight = 20
    /// The filters, search and sort the rows were computed for, to start at the top when they change.
    var shownCriteria: (filter: GoalFilter, search: String, sort: GoalSort)?
    /// Lines scrolled in the detail pane.
    public var detailScroll = 0

    public init() {}

    /// The selected row's position.
    public var selection: Int {
        get { list.selection }
        set { list.selection = newValue }
    }

    /// The rows in view.
    public var viewport: ListViewport {
        get { list.viewport }
        set { list.viewport = newValue }
    }

    /// Whether any filter or search restricts the list.
    public var isFiltered: Bool { !filter.isEmpty || !search.text.isEmpty }

    /// The selected row, if the list has any.
    public var selectedRow: ListRow? {
        rows.indices.contains(selection) ? rows[selection] : nil
    }

    /// Keeps the selection in view.
    mutating func reveal() {
        list.reveal(height: pageHeight, count: rows.count)
    }
}
