/// A list with one selected row, scrolled so that the selection shows: moving the selection, revealing
/// it, clicks and the mouse wheel, and drawing the rows in view with the selected one marked.
///
/// The list holds no rows: each call says how many there are (`count`) and how many show (`height`),
/// so the same value serves a list of goals, of sessions or of menu items.
public struct SelectableList: Equatable, Sendable {
    /// The selected row.
    public var selection: Int
    /// The rows in view.
    public var viewport: ListViewport

    public init(selection: Int = 0, viewport: ListViewport = ListViewport()) {
        self.selection = selection
        self.viewport = viewport
    }

    /// Moves the selection, by a page of `page` rows for the page movements, and keeps it in a window
    /// of `page` rows (unless `revealing` is false: a list whose window is known only when it is drawn
    /// reveals the selection then); false when the list is empty (nothing moves).
    @discardableResult
    public mutating func move(_ movement: ListMovement, count: Int, page: Int, revealing: Bool = true) -> Bool {
        guard count > 0 else { return false }
        let step = max(1, page - 1)
        switch movement {
        case .up: selection = max(0, selection - 1)
        case .down: selection = min(count - 1, selection + 1)
        case .pageUp: selection = max(0, selection - step)
        case .pageDown: selection = min(count - 1, selection + step)
        case .top: selection = 0
        case .bottom: selection = count - 1
        }
        if revealing { reveal(height: page, count: count) }
        return true
    }

    /// Scrolls as little as needed for the selection to show in a window of `height` rows.
    public mutating func reveal(height: Int, count: Int) {
        viewport.reveal(selection, height: height, count: count)
    }

    /// Selects a row, kept within the list, and reveals it.
    public mutating func select(_ row: Int, height: Int, count: Int) {
        selection = min(max(0, row), max(0, count - 1))
        reveal(height: height, count: count)
    }

    /// Keeps the selection within a list that now has `count` rows.
    public mutating func clamp(count: Int) {
        selection = min(selection, max(0, count - 1))
    }

    /// Starts again at the top: the first row selected and in view.
    public mutating func reset() {
        self = SelectableList()
    }

    /// The rows in view in a window of `height` rows.
    public func visible(height: Int, count: Int) -> Range<Int> {
        viewport.visible(height: height, count: count)
    }

    /// A press of the first button selects the row under it, in a list drawn in `area`; the wheel scrolls
    /// by `step` rows and keeps the selection among the rows in view. True when the selection moved.
    @discardableResult
    public mutating func point(_ mouse: MouseEvent, in area: Rect, count: Int, step: Int = 3) -> Bool {
        let before = selection
        switch mouse.action {
        case .press(button: 1):
            guard area.contains(x: mouse.x, y: mouse.y) else { return false }
            let row = viewport.offset + mouse.y - area.y
            if row < count { selection = row }
        case .scrollDown, .scrollUp:
            viewport.scroll(by: mouse.action == .scrollDown ? step : -step, height: area.height, count: count)
            let shown = visible(height: area.height, count: count)
            if !shown.isEmpty { selection = min(max(selection, shown.lowerBound), shown.upperBound - 1) }
        default:
            return false
        }
        return selection != before
    }

    /// Draws the rows in view in `area`, one per line, through `drawRow` (the row's index, its line and
    /// the buffer); the selected row is then shown in reverse video across the area's width.
    public func draw(
        count: Int, in area: Rect, into buffer: inout ScreenBuffer, markingSelection: Bool = true,
        _ drawRow: (_ index: Int, _ y: Int, _ buffer: inout ScreenBuffer) -> Void
    ) {
        for (line, index) in visible(height: area.height, count: count).enumerated() {
            let y = area.y + line
            drawRow(index, y, &buffer)
            if markingSelection, index == selection {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.with(.reverse) }
            }
        }
    }
}
