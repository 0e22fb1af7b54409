import AgendaLocalization
import TerminalWidgets

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
    case unfold
    case foldOrParent = "fold-or-parent"
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
    case menuToggle = "menu-toggle"
    case newGoal = "new-goal"
    case newSubGoal = "new-sub-goal"
    case edit
    case view
    case setStatus = "set-status"
    case progressUp = "progress-up"
    case progressDown = "progress-down"
    case addNote = "add-note"
    case delete
    case move
    case undo
    case redo
    case newOrganization = "new-organization"
    case showOrganizationGoals = "show-organization-goals"
    case showPeople = "show-people"
    case newPerson = "new-person"
    case newArea = "new-area"
    case translate
    case confirmTranslation = "confirm-translation"
    case nextField = "next-field"
    case previousField = "previous-field"
    case save
    case cancel
    case answer
    case confirmYes = "confirm-yes"
    case confirmNo = "confirm-no"
    case showSessions = "show-sessions"
    case newSession = "new-session"
    case goLive = "go-live"
    case addGoalItem = "add-goal-item"
    case addTopicItem = "add-topic-item"
    case longerTimebox = "longer-timebox"
    case shorterTimebox = "shorter-timebox"
    case moveItemUp = "move-item-up"
    case moveItemDown = "move-item-down"
    case attendance
    case startPause = "start-pause"
    case nextItem = "next-item"
    case previousItem = "previous-item"
    case addSpeaker = "add-speaker"
    case nextSpeaker = "next-speaker"
    case recordDecision = "record-decision"
    case recordAction = "record-action"
    case recordVote = "record-vote"
    case editNotes = "edit-notes"
    case presenter
    case progressiveQueue = "progressive-queue"
    case endSession = "end-session"
    case writeMinutes = "write-minutes"
    case reopenSession = "reopen-session"
    case showDashboard = "show-dashboard"
    case showActivity = "show-activity"
    case review
    case writeReport = "write-report"
    case showFigure = "show-figure"
    case activityFilter = "activity-filter"
    case setPresenter = "set-presenter"
    case showConflicts = "show-conflicts"
    case chooseSide = "choose-side"

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
        case .unfold: .actionUnfold
        case .foldOrParent: .actionFoldOrParent
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
        case .menuToggle: .actionMenuToggle
        case .newGoal: .actionNewGoal
        case .newSubGoal: .actionNewSubGoal
        case .edit: .actionEdit
        case .view: .actionView
        case .setStatus: .actionSetStatus
        case .progressUp: .actionProgressUp
        case .progressDown: .actionProgressDown
        case .addNote: .actionAddNote
        case .delete: .actionDelete
        case .move: .actionMove
        case .undo: .actionUndo
        case .redo: .actionRedo
        case .newOrganization: .actionNewOrganization
        case .showOrganizationGoals: .actionShowOrganizationGoals
        case .showPeople: .actionShowPeople
        case .newPerson: .actionNewPerson
        case .newArea: .actionNewArea
        case .translate: .actionTranslate
        case .confirmTranslation: .actionConfirmTranslation
        case .nextField: .actionNextField
        case .previousField: .actionPreviousField
        case .save: .actionSave
        case .cancel: .actionCancel
        case .answer: .actionAnswer
        case .confirmYes: .actionConfirmYes
        case .confirmNo: .actionConfirmNo
        case .showSessions: .actionShowSessions
        case .newSession: .actionNewSession
        case .goLive: .actionGoLive
        case .addGoalItem: .actionAddGoalItem
        case .addTopicItem: .actionAddTopicItem
        case .longerTimebox: .actionLongerTimebox
        case .shorterTimebox: .actionShorterTimebox
        case .moveItemUp: .actionMoveItemUp
        case .moveItemDown: .actionMoveItemDown
        case .attendance: .actionAttendance
        case .startPause: .actionStartPause
        case .nextItem: .actionNextItem
        case .previousItem: .actionPreviousItem
        case .addSpeaker: .actionAddSpeaker
        case .nextSpeaker: .actionNextSpeaker
        case .recordDecision: .actionRecordDecision
        case .recordAction: .actionRecordAction
        case .recordVote: .actionRecordVote
        case .editNotes: .actionEditNotes
        case .presenter: .actionPresenter
        case .progressiveQueue: .actionProgressiveQueue
        case .endSession: .actionEndSession
        case .writeMinutes: .actionWriteMinutes
        case .reopenSession: .actionReopenSession
        case .showDashboard: .actionShowDashboard
        case .showActivity: .actionShowActivity
        case .review: .actionReview
        case .writeReport: .actionWriteReport
        case .showFigure: .actionShowFigure
        case .activityFilter: .actionActivityFilter
        case .setPresenter: .actionSetPresenter
        case .showConflicts: .actionShowConflicts
        case .chooseSide: .actionChooseSide
        }
    }
}

extension Action {
    /// The movement of a list's selection this action asks for, if it is one of the movement actions.
    var listMovement: ListMovement? {
        switch self {
        case .moveUp: .up
        case .moveDown: .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .top: .top
        case .bottom: .bottom
        default: nil
        }
    }
}
