import AgendaLocalization
import TerminalWidgets
import TextWidth

/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A line of styled text, as detail panes are built before they are scrolled and drawn.
public typealias StyledLine = [Span]
