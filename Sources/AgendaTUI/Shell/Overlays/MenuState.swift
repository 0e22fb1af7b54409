import AgendaModel
import TerminalWidgets

/// A small popup list of choices; a searchable one narrows as you type. The menu holds labels only:
/// its answer is the position of the item chosen (or of those ticked), which the purpose that opened
/// it turns back into the value it offered.
public struct MenuState: Equatable, Sendable {
    /// How the items are chosen.
    public enum Choosing: Equatable, Sendable {
        /// Enter chooses one item and closes the menu.
        case one
        /// Enter ticks the selected item (and clears the search), Space too while nothing is typed; a
        /// typed name that is not exactly an item's is offered on a row of its own, where Enter adds it,
        /// ticked. Closing the menu answers with the items ticked. Ticks show as `[x]`.
        case ticks
    }

    public var title: String
    /// The items the menu was opened with, then the names typed into a tick list.
    public private(set) var allItems: [MenuItem]
    /// The positions in `allItems` of the items shown: those that match the search text.
    public private(set) var shown: [Int]
    public var purpose: Purpose
    public var choosing: Choosing
    /// The selection among the shown items, and the scrolling.
    public var list = SelectableList()
    /// The search text of a searchable menu; nil for a short menu that moves with j/k.
    public var filter: TextField?
    /// Whether a tick list offers to add a name typed that no item has.
    public var addsNames = true
    /// How many items the menu was opened with; those after them are names typed.
    public let offered: Int

    public init(title: String, items: [MenuItem], purpose: Purpose, searchable: Bool = false, choosing: Choosing = .one) {
        self.title = title
        allItems = items
        shown = Array(items.indices)
        self.purpose = purpose
        self.choosing = choosing
        offered = items.count
        filter = searchable ? TextField() : nil
        list.selection = items.firstIndex { $0.isCurrent } ?? 0
    }

    /// The items shown.
    public var items: [MenuItem] { shown.map { allItems[$0] } }
    /// The selection among the items shown.
    public var selection: Int { list.selection }
    /// Whether the menu ticks items rather than choosing one.
    public var ticks: Bool { choosing != .one }

    /// The position in `allItems` of the selected item, when one is shown.
    public var selectedItem: Int? {
        shown.indices.contains(list.selection) ? shown[list.selection] : nil
    }

    /// Narrows the items to those whose label or keywords contain the search text, ignoring case and
    /// accents.
    public mutating func applyFilter() {
        let needle = FoldedNeedle(filter?.text ?? "")
        shown = needle.isEmpty ? Array(allItems.indices) : allItems.indices.filter {
            needle.isFound(in: allItems[$0].label) || (!allItems[$0].keywords.isEmpty && needle.isFound(in: allItems[$0].keywords))
        }
        list.clamp(count: rowCount)
    }

    /// The typed name a tick list offers to add: the search text, trimmed, when no item has exactly that
    /// name (ignoring case and accents).
    public var nameToAdd: String? {
        guard ticks, addsNames, let typed = filter?.text.trimmingWhitespace, !typed.isEmpty else { return nil }
        let folded = TextFolding.fold(typed)
        return allItems.contains { TextFolding.fold($0.name) == folded } ? nil : typed
    }

    /// The rows shown: the items, then the row that adds the typed name, when there is one.
    public var rowCount: Int { shown.count + (nameToAdd == nil ? 0 : 1) }

    /// Whether the selection is on the row that adds the typed name.
    public var isOnAddRow: Bool { nameToAdd != nil && list.selection == shown.count }

    /// Ticks or unticks the selected item; with a search typed, clears it, the item still selected, so
    /// that the next name typed starts afresh.
    public mutating func tickSelected() {
        guard let item = selectedItem else { return }
        allItems[item].isCurrent.toggle()
        guard !(filter?.text.isEmpty ?? true) else { return }
        filter = TextField()
        applyFilter()
        list.selection = shown.firstIndex(of: item) ?? 0
    }

    /// Ticks or unticks the selected item.
    public mutating func toggleSelected() {
        guard let item = selectedItem else { return }
        allItems[item].isCurrent.toggle()
    }

    /// Adds a typed name, ticked, clears the search and selects it.
    public mutating func add(_ name: String) {
        allItems.append(MenuItem(label: name, isCurrent: true))
        filter = TextField()
        applyFilter()
        list.selection = shown.count - 1
    }

    /// The answer of a closed tick list: the offered items ticked, and the names added and still ticked.
    public var tickedAnswer: Answer {
        let ticked = allItems.indices.filter { allItems[$0].isCurrent }
        return .ticked(ticked.filter { $0 < offered }, added: ticked.filter { $0 >= offered }.map { allItems[$0].label })
    }
}
