import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The styles of the screens, with and without colour. Meaning is never carried by colour alone:
/// every status also has a word and a symbol, overdue dates a mark.
public struct Theme: Sendable {
    public var hasColor: Bool

    public init(hasColor: Bool) {
        self.hasColor = hasColor
    }

    private func pick(_ color: Style, _ mono: Style) -> Style { hasColor ? color : mono }

    public var plain: Style { .plain }
    public var dim: Style { Style(attributes: .dim) }
    public var bold: Style { Style(attributes: .bold) }
    public var header: Style { pick(Style(foreground: .black, background: .cyan), Style(attributes: .reverse)) }
    public var headerActive: Style { pick(Style(foreground: .white, background: .blue, attributes: .bold), Style(attributes: [.bold])) }
    public var statusLine: Style { pick(Style(foreground: .default, background: .default, attributes: .dim), Style(attributes: .dim)) }
    public var filterActive: Style { pick(Style(foreground: .yellow, attributes: .bold), Style(attributes: .bold)) }
    public var columnHeading: Style { Style(attributes: [.bold, .underline]) }
    public var areaHeading: Style { pick(Style(foreground: .magenta, attributes: .bold), Style(attributes: .bold)) }
    public var selected: Style { Style(attributes: .reverse) }
    public var context: Style { Style(attributes: .dim) }
    public var keyHint: Style { pick(Style(foreground: .black, background: .cyan), Style(attributes: [.reverse, .bold])) }
    public var hintText: Style { .plain }
    public var label: Style { pick(Style(foreground: .cyan), Style(attributes: .bold)) }
    public var overdue: Style { pick(Style(foreground: .red, attributes: .bold), Style(attributes: [.bold, .underline])) }
    public var error: Style { pick(Style(foreground: .red, attributes: .bold), Style(attributes: .bold)) }
    public var frame: Style { .plain }
    public var searchField: Style { Style(attributes: .underline) }
    public var separator: Style { Style(attributes: .dim) }

    /// The style of a status word and symbol.
    public func status(_ status: GoalStatus) -> Style {
        guard hasColor else { return status == .dropped ? Style(attributes: .dim) : .plain }
        switch status {
        case .active: return Style(foreground: .cyan)
        case .blocked: return Style(foreground: .red, attributes: .bold)
        case .achieved: return Style(foreground: .green)
        case .dropped: return Style(attributes: .dim)
        default: return .plain
        }
    }

    /// The style of a review's health word: the word carries the meaning, the colour repeats it.
    public func health(_ health: Health) -> Style {
        guard hasColor else { return health == .offTrack ? Style(attributes: .bold) : .plain }
        switch health {
        case .onTrack: return Style(foreground: .green)
        case .atRisk: return Style(foreground: .yellow, attributes: .bold)
        case .offTrack: return Style(foreground: .red, attributes: .bold)
        default: return .plain
        }
    }

    /// The style of a progress bar.
    public func progress(_ percent: Int) -> Style {
        guard hasColor else { return .plain }
        return percent >= 100 ? Style(foreground: .green) : Style(foreground: .blue)
    }
}
