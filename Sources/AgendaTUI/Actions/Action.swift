/// Every user intent of the interface, named; keys map to actions, and help is generated from them.
public enum Action: String, CaseIterable, Sendable {
    case moveUp = "move-up"
    case moveDown = "move-down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case top
    case bottom
    case open
    case back
    case toggleFold = "toggle-fold"
    case foldAll = "fold-all"
    case unfoldAll = "unfold-all"
    case search
    case filterMenu = "filter-menu"
    case sortMenu = "sort-menu"
    case clearFilters = "clear-filters"
    case nextView = "next-view"
    case showGoals = "show-goals"
    case showOrganizations = "show-organizations"
    case help
    case quit
    case detailUp = "detail-up"
    case detailDown = "detail-down"
    case picker
    case searchKeep = "search-keep"
    case searchClear = "search-clear"
    case menuChoose = "menu-choose"
    case menuClose = "menu-close"

    /// What the action does, as the help screen says it.
    public var help: Text {
        switch self {
        case .moveUp: .actionMoveUp
        case .moveDown: .actionMoveDown
        case .pageUp: .actionPageUp
        case .pageDown: .actionPageDown
        case .top: .actionTop
        case .bottom: .actionBottom
        case .open: .actionOpen
        case .back: .actionBack
        case .toggleFold: .actionToggleFold
        case .foldAll: .actionFoldAll
        case .unfoldAll: .actionUnfoldAll
        case .search: .actionSearch
        case .filterMenu: .actionFilterMenu
        case .sortMenu: .actionSortMenu
        case .clearFilters: .actionClearFilters
        case .nextView: .actionNextView
        case .showGoals: .actionShowGoals
        case .showOrganizations: .actionShowOrganizations
        case .help: .actionHelp
        case .quit: .actionQuit
        case .detailUp: .actionDetailUp
        case .detailDown: .actionDetailDown
        case .picker: .actionPicker
        case .searchKeep: .actionSearchKeep
        case .searchClear: .actionSearchClear
        case .menuChoose: .actionMenuChoose
        case .menuClose: .actionMenuClose
        }
    }
}
