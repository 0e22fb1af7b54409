import AgendaLocalization
import TerminalWidgets

/// Where the parts of the screen go for a terminal size: pure geometry, computed once per size and kept
/// in the state, so that the views draw where the update pages and neither asks the other.
public struct ScreenLayout: Equatable, Sendable {
    /// The terminal's size.
    public var size: Size
    /// The title bar with the views.
    public var header: Rect
    /// The line of counts, active filters, search and sort.
    public var status: Rect
    /// The list.
    public var list: Rect
    /// The detail pane, beside or below the list, or nil when the terminal is too small for one.
    public var detail: Rect?
    /// Whether the detail pane is beside the list (else below it).
    public var detailBeside: Bool
    /// The key-hint bar.
    public var hints: Rect

    public init(size: Size) {
        self.size = size
        let whole = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, rest) = whole.splitTop(1)
        let (status, middle) = rest.splitTop(1)
        let (body, hints) = middle.splitBottom(1)
        self.header = header
        self.status = status
        self.hints = hints
        if body.width >= 140 {
            let listWidth = body.width * 58 / 100
            let (left, right) = body.splitLeft(listWidth)
            list = left
            detail = Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height)
            detailBeside = true
        } else if body.height >= 20 {
            let listHeight = body.height * 55 / 100
            let (top, bottom) = body.splitTop(listHeight)
            list = top
            detail = Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1)
            detailBeside = false
        } else {
            list = body
            detail = nil
            detailBeside = false
        }
    }

    /// The list's rows below its column headings.
    public var listBody: Rect {
        Rect(x: list.x, y: list.y + 1, width: list.width, height: list.height - 1)
    }

    /// The area for full-screen content (detail, picker, errors).
    public var body: Rect {
        Rect(x: 0, y: status.y, width: header.width, height: hints.y - status.y)
    }

    /// A list as wide as the screen, from below the status line to the key-hint bar, headings included
    /// (the activity view, the picker's list when no pane is beside it).
    public var wideList: Rect {
        Rect(x: 0, y: list.y, width: header.width, height: hints.y - list.y)
    }

    /// The rows of `wideList` below its headings.
    public var wideListBody: Rect {
        Rect(x: 0, y: list.y + 1, width: header.width, height: max(0, hints.y - list.y - 1))
    }

    /// Rows of a session's run-of-show that show at once in its plan.
    public var planPage: Int { body.height - 4 }

    /// The help box: most of the screen, above the key-hint bar.
    public var helpArea: Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(3, size.height - 1))
            .centered(width: min(size.width, 80), height: max(3, size.height - 1))
    }

    /// The width a form's fields give their text, for wrapping and for moving by line.
    public var formTextWidth: Int {
        max(8, size.width - 2 - min(18, size.width / 3))
    }

    /// The width of a prompt's text.
    public var promptTextWidth: Int {
        max(10, min(size.width - 6, 70))
    }
}
