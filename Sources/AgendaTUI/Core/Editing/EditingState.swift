import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// One step of the session's undo history: what it was, and the edits that undo and redo it.
public struct UndoEntry: Equatable, Sendable {
    /// The edit in words: `status of G-12 active → blocked`.
    public var label: String
    public var undo: [Edit]
    public var redo: [Edit]
}

/// The editing side of an open agenda: undo and redo, saves, and the file's version on disk.
public struct EditingState: Sendable {
    public var undo: [UndoEntry] = []
    public var redo: [UndoEntry] = []
    /// Edits made here and not yet on disk (a save failed); they are retried, and quitting warns.
    public var unsaved: [PendingEdit] = []
    /// Why the last save failed, while edits are unsaved.
    public var saveProblem: String?
    /// The last warning a save gave (a backup it could not keep), shown once until it changes.
    public var saveWarning: String?
    /// When the last save finished.
    public var lastSave: Date?
    /// The version of the file the screen shows, to notice changes made by others.
    public var stamp: FileStamp?
    /// The agenda as that version holds it (without the edits not yet saved).
    public var onDisk: Agenda?
    /// How many of the unsaved edits the save now running carries; nil when no save runs.
    public var saving: Int?

    /// The version on disk the screen knows, when it knows one.
    public var known: KnownVersion? {
        guard let onDisk, let stamp else { return nil }
        return KnownVersion(agenda: onDisk, stamp: stamp)
    }
    /// When a failed save was last tried, to retry now and then.
    public var lastAttempt: Date?

    public init() {}
}

/// A question in a small box: a line to type (a new goal's title, a note).
public struct PromptState: Equatable, Sendable {
    /// What the answer is for.
    public enum Purpose: Equatable, Sendable {
        /// A new goal's title, in an area, under a parent when given.
        case newGoal(area: String, parent: String?)
        /// A note on a goal.
        case note(goal: String)
        /// A new session's title.
        case newSession
        /// A free topic for a session's run-of-show.
        case topic(session: String)
        /// A decision on a session's item.
        case decision(session: String, item: String)
        /// Who asks to speak, with names completed from the agenda's people.
        case speaker(session: String)
        /// A session item's notes.
        case itemNotes(session: String, item: String)
        /// The first day of the activity shown.
        case activitySince
        /// The day since which the goals shown have had no review.
        case notReviewedSince
        /// Who presents a session's item, with names completed from the agenda's people; empty clears it.
        case presenter(session: String, item: String)
    }

    public var title: String
    public var purpose: Purpose
    public var text: TextArea
    /// Completions of what is typed (people's names, for a speaker).
    public var suggestions: [String] = []
    /// Whether the text is a proposal that the first character typed replaces (a day to filter by).
    public var replacesOnType = false

    public init(title: String, purpose: Purpose, text: String = "", replacesOnType: Bool = false) {
        self.title = title
        self.purpose = purpose
        self.text = TextArea(text)
        self.replacesOnType = replacesOnType
    }

    /// Whether the answer sets a filter rather than adding something.
    public var isFilter: Bool {
        switch purpose {
        case .activitySince, .notReviewedSince: true
        default: false
        }
    }

    /// Whether Enter breaks a line (notes) rather than answering (a title, a name).
    public var isMultiline: Bool {
        switch purpose {
        case .note, .itemNotes: true
        default: false
        }
    }

    /// Whether Tab completes a name from the agenda's people (a speaker, a presenter).
    public var completesPeople: Bool {
        switch purpose {
        case .speaker, .presenter: true
        default: false
        }
    }

    /// Whether an empty answer means something (no presenter) rather than nothing typed yet.
    public var acceptsEmpty: Bool {
        if case .presenter = purpose { return true }
        return false
    }
}

/// A yes-or-no question before something that cannot be taken back lightly.
public struct ConfirmState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case deleteGoal(id: String)
        case removeOrganization(id: String)
        /// Close the form and lose what was typed.
        case discardForm
        /// Quit with edits not saved.
        case quitUnsaved
        case deleteSession(id: String)
        /// Close a session and write its minutes.
        case endSession(id: String)
    }

    public var title: String
    public var lines: [String]
    public var purpose: Purpose
}
