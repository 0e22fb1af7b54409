import AgendaLocalization
import AgendaModel
import AgendaStore
import AgendaTUI
import TerminalWidgets
import TextWidth

extension FuzzChecks {
    /// The sizes the first frames are drawn at: the detail pane and owners' column from 120x40, a
    /// small terminal, and the smallest one the interface lays out.
    static let screenSizes = [Size(width: 120, height: 40), Size(width: 40, height: 12)]

    /// The frames the interface draws of a file as soon as it is read: its goals view before the
    /// checks, then what the checks' outcome shows; for an agenda without problems, every view in turn.
    /// Each frame must fill the screen exactly.
    static func firstFrames(of agenda: Agenda, problems: AgendaFileError?) throws(FuzzFailure) {
        for size in screenSizes {
            var state = AppState(
                size: size, language: .spanish, today: today, hasColor: true, screen: .loading(path: fileName), who: "fuzz")
            _ = Reducer.reduce(&state, .loaded(path: fileName, .success(agenda)))
            try checkFrame(state, "the goals view before the checks")
            _ = Reducer.reduce(&state, .checked(path: fileName, problems))
            try checkFrame(state, "the screen after the checks")
            guard problems == nil else { continue }
            for (key, view) in [("2", "organizations"), ("3", "sessions"), ("4", "dashboard"), ("5", "activity"),
                                ("6", "conflicts"), ("1", "goals")] {
                _ = Reducer.reduce(&state, .input(.key(.character(Character(key)))))
                try checkFrame(state, "the \(view) view")
            }
        }
    }

    /// Draws a state and checks that the frame has the screen's size, and no row is wider than the screen.
    static func checkFrame(_ state: AppState, _ what: String) throws(FuzzFailure) {
        let frame = Renderer.render(state)
        try expect(
            frame.width == state.size.width && frame.height == state.size.height, "\(what) has the screen's size",
            "\(frame.width)x\(frame.height) at \(state.size.width)x\(state.size.height)")
        for row in 0..<frame.height {
            let line = frame.line(row)
            try expect(
                DisplayWidth.of(line) <= frame.width, "\(what) fits in the screen's width",
                "row \(row) is \(DisplayWidth.of(line)) columns wide: \(line)")
        }
    }
}
