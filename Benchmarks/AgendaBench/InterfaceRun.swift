import AgendaModel
import AgendaStore
import AgendaTUI
import Foundation
import TerminalWidgets

/// The interface's speed on one agenda: the first frame, and keystrokes through the real reducer and
/// renderer into a screen buffer (everything but the terminal's own drawing).
struct InterfaceRun {
    let agenda: Agenda
    let path: String
    let store: FileAgendaStore

    /// Milliseconds since `start`.
    static func since(_ start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Read the file as the interface does (its syntax checked; the rest is checked after the first
    /// frame), build the index and the rows, render the first frame at 100x30.
    func firstFrame(runs: Int) -> Timing {
        Timing.measure(runs: runs) {
            let loaded = try! store.read(path, checking: false).agenda
            var state = AppState(size: Size(width: 100, height: 30), language: .english, today: Day("2026-11-29")!,
                                 hasColor: true, screen: .loading(path: path))
            _ = Reducer.reduce(&state, .loaded(path: path, .success(loaded)))
            _ = Renderer.render(state)
        }
    }

    /// Per keystroke: reduce one key and render the frame. Moves down the list, pages, then searches
    /// letter by letter and clears the search, again and again; then folds and unfolds areas, sorts by
    /// due date (the sort itself is one of the keystrokes), searches in the sorted list and goes back to
    /// the outline.
    func keystrokes(rounds: Int) -> (move: Timing, search: Timing, other: Timing) {
        var state = AppState(size: Size(width: 100, height: 30), language: .english, today: Day("2026-11-29")!,
                             hasColor: true, screen: .loading(path: path))
        _ = Reducer.reduce(&state, .loaded(path: path, .success(agenda)))
        var moves: [Double] = []
        var searches: [Double] = []
        for _ in 0..<rounds {
            for key in [Key.down, .down, .down, .pageDown, .character("j"), .character("k"), .pageUp, .end, .home] {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Reducer.reduce(&state, .input(.key(key)))
                _ = Renderer.render(state)
                moves.append(Self.since(start))
            }
            _ = Reducer.reduce(&state, .input(.key(.character("/"))))
            for key in "michoacan".map({ Key.character($0) }) + [.backspace, .backspace, .character("a"), .escape] {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Reducer.reduce(&state, .input(.key(key)))
                _ = Renderer.render(state)
                searches.append(Self.since(start))
            }
        }
        var others: [Double] = []
        func timed(_ keys: [Key]) {
            for key in keys {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Reducer.reduce(&state, .input(.key(key)))
                _ = Renderer.render(state)
                others.append(Self.since(start))
            }
        }
        for _ in 0..<rounds {
            timed([.home, .character(" "), .character(" "), .character("z"), .character("Z")])
            // o opens the sort menu; the second item is the due date.
            timed([.character("o"), .down, .enter, .down, .down, .pageDown])
            timed([.character("/")] + "leader".map { Key.character($0) } + [.enter, .character("x")])
            timed([.character("o"), .enter])
        }
        return (Timing(samples: moves), Timing(samples: searches), Timing(samples: others))
    }
}
