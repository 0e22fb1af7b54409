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
}

/// A criterion of the filter menu.
public enum FilterField: String, CaseIterable, Equatable, Sendable {
    case status, area, owner, organization, country
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

/// A small popup list of choices.
public struct MenuState: Equatable, Sendable {
    public var title: String
    public var items: [MenuItem]
    public var purpose: MenuPurpose
    public var selection = 0
    public var viewport = ListViewport()

    public init(title: String, items: [MenuItem], purpose: MenuPurpose) {
        self.title = title
        self.items = items
        self.purpose = purpose
        selection = items.firstIndex { $0.isCurrent } ?? 0
    }
}

/// A layer drawn over the screen that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// The help of a context, scrolled.
    case help(KeyContext, scroll: Int)
    case menu(MenuState)
}
