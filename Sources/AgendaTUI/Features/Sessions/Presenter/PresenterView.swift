import AgendaLocalization
import AgendaModel
import AgendaReports
import Foundation
import TerminalWidgets
import TextWidth

/// The presenter screen, for a projector: the item's clock in large digits (red with a `+` when over),
/// the item's title and who presents it, and who has the floor.
enum PresenterView {
    /// Five rows of three cells per character; `#` is a lit cell.
    static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"], "1": ["  #", "  #", "  #", "  #", "  #"],
        "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "], "+": ["   ", " # ", "###", " # ", "   "],
    ]

    /// The large text of a clock reading, as rows; each lit cell is `scale` columns wide.
    static func bigText(_ text: String, scale: Int) -> [String] {
        (0..<5).map { row in
            text.map { character -> String in
                let glyph = glyphs[character] ?? ["   ", "   ", "   ", "   ", "   "]
                return glyph[row].map { $0 == "#" ? String(repeating: "█", count: scale) : String(repeating: " ", count: scale) }
                    .joined() + String(repeating: " ", count: scale)
            }.joined()
        }
    }

    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        guard case .presenter(let live) = screen.mode, let session = screen.agenda.session(live.session) else { return }
        let body = layout.body
        let strings = state.strings
        let agenda = screen.agenda
        guard let index = session.currentItem.flatMap({ session.itemIndex($0) }) ?? (session.items.isEmpty ? nil : 0) else {
            buffer.write(strings[.messageNoItems], x: 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
            return
        }
        let item = session.items[index]
        let spent = item.clock.elapsed(at: state.now)
        let over = spent - TimeInterval(item.minutes * 60)
        let reading = over > 0 ? "+" + Durations.clock(over) : Durations.clock(spent)
        let scale = body.width >= reading.count * 8 + 4 ? 2 : 1
        let big = bigText(reading, scale: scale)
        let width = DisplayWidth.of(big[0])
        let style = over > 0 ? theme.overdue : theme.bold
        let top = body.y + max(0, (body.height - 10) / 2)
        for (row, line) in big.enumerated() where top + row < body.maxY {
            buffer.write(line, x: max(0, (body.width - width) / 2), y: top + row, style: style)
        }
        var lines: [(String, Style)] = []
        if over > 0 { lines.append((strings.format(.liveOver, Durations.clock(over)), theme.overdue)) }
        lines.append((LiveView.itemTitle(item, agenda, strings), theme.bold))
        if let presenter = item.presenter { lines.append((strings[.minutesPresenter] + ": " + presenter, theme.dim)) }
        if let speaker = session.currentSpeaker {
            lines.append(("🎤 " + speaker.name + "  " + Durations.clock(speaker.spoken(at: state.now)), .plain))
        }
        if index + 1 < session.items.count {
            lines.append((strings.format(.liveNext, LiveView.itemTitle(session.items[index + 1], agenda, strings)), theme.dim))
        }
        for (offset, line) in lines.enumerated() where top + 6 + offset < body.maxY {
            let text = line.0.truncated(toWidth: body.width - 2)
            buffer.write(text, x: max(0, (body.width - DisplayWidth.of(text)) / 2), y: top + 6 + offset, style: line.1)
        }
    }
}
