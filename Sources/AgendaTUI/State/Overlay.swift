import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// What a menu is for, and so what choosing an item does.
public enum MenuPurpose: Equatable, Sendable {
    /// The filter menu's first level: which criterion to set.
    case filterFields
    /// The values of one criterion.
    case filterValues(FilterField)
    /// The sort orders.
    case sort
    /// A goal's new status.
    case status(goal: String)
    /// Where to move a goal: an area (`area:ID`) or a parent goal (`goal:ID`).
    case move(goal: String)
    /// The value of a form's choice field.
    case formChoice(field: Int)
    /// The values of a form's multiple-choice field.
    case formMulti(field: Int)
    /// A goal to add to a session's run-of-show.
    case goalItem(session: String)
    /// The kind of intervention of someone asking to speak.
    case speakerKind(session: String, name: String, organization: String?, language: String?)
    /// The organization a guest speaks for (a name that is not one of the agenda's people).
    case speakerOrganization(session: String, name: String, kind: InterventionKind)
    /// The organizations and people present at a session.
    case attendance(session: String)
    /// The figures of a dashboard line, each leading to its goals.
    case figure([FigureTarget])
    /// The format of a report to write.
    case reportFormat
    /// The activity filter's first level: which criterion.
    case activityFields
    /// The values of one activity criterion.
    case activityValues(String)
    /// The side of a merge conflict to keep; the value is the side's position.
    case conflictSide(MergeConflict)
}

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

/// A criterion of the filter menu.
public enum FilterField: String, CaseIterable, Equatable, Sendable {
    case status, area, owner, organization, country, reviewed, health
}

/// One line of a menu: its label, the value it stands for, and whether it is the current choice.
public struct MenuItem: Equatable, Sendable {
    public var label: String
    public var value: String
    public var isCurrent: Bool

    public init(label: String, value: String, isCurrent: Bool = false) {
        self.label = label
        self.value = value
        self.isCurrent = isCurrent
    }
}

/// A small popup list of choices; a searchable one narrows as you type.
public struct MenuState: Equatable, Sendable {
    public var title: String
    /// Every item.
    public var allItems: [MenuItem]
    /// The items shown: those that match the search text.
    public var items: [MenuItem]
    public var purpose: MenuPurpose
    public var selection = 0
    public var viewport = ListViewport()
    /// The search text of a searchable menu; nil for a short menu that moves with j/k.
    public var filter: TextField?

    public init(title: String, items: [MenuItem], purpose: MenuPurpose, searchable: Bool = false) {
        self.title = title
        allItems = items
        self.items = items
        self.purpose = purpose
        filter = searchable ? TextField() : nil
        selection = items.firstIndex { $0.isCurrent } ?? 0
    }

    /// Narrows the items to those whose label contains the search text, ignoring case and accents.
    public mutating func applyFilter() {
        let needle = FoldedNeedle(filter?.text ?? "")
        items = needle.isEmpty ? allItems : allItems.filter { needle.isFound(in: $0.label) }
        selection = min(selection, max(0, items.count - 1))
    }
}

/// A layer drawn over the screen that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// The help of a context, scrolled.
    case help(KeyContext, scroll: Int)
    case menu(MenuState)
    case prompt(PromptState)
    case confirm(ConfirmState)
    /// Fields both this screen and someone else changed: both values, this screen's kept.
    case conflicts([OverwrittenChange])
}
