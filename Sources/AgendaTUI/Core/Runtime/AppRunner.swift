import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// The event loop: render the state, present it, wait for an event, reduce it, run the effects.
///
/// Saves run on a queue of their own, one at a time, so that a large agenda's save never holds up a
/// keystroke; their results come back as messages the loop picks up between events.
public final class AppRunner {
    /// What the program opens first.
    public enum Start: Sendable {
        /// An agenda file.
        case file(String)
        /// A folder of agendas: the picker, or the agenda itself when the folder holds only one.
        case folder(String)
        /// A session of an agenda file, in live mode.
        case session(file: String, id: String)
    }

    private let backend: any TerminalBackend
    private let effects: EffectRunner
    /// Where saves run, one after another.
    private let saves = DispatchQueue(label: "agenda.saves")
    /// Results of saves, waiting for the loop.
    private let finished = Inbox()
    /// Saves started and not yet picked up.
    private var savesRunning = 0
    /// How often the loop looks for a finished save while one runs.
    private let saveCheckMilliseconds = 15
    private let clock: @Sendable () -> Date
    private let language: Language

    /// How often the loop wakes without input: to move the clock, notice changes on disk, retry saves.
    private let tickMilliseconds = 1_000

    private let who: String

    public init(backend: any TerminalBackend, store: any AgendaStore, language: Language, who: String,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.backend = backend
        effects = EffectRunner(store: store)
        self.clock = clock
        self.language = language
        self.who = who
    }

    /// The first state and effect for a start.
    public static func initial(_ start: Start, size: Size, language: Language, now: Date, hasColor: Bool,
                               who: String = "agenda") -> (AppState, Effect) {
        func state(_ path: String) -> AppState {
            AppState(size: size, language: language, today: Day(now), hasColor: hasColor, screen: .loading(path: path),
                     who: who, now: now)
        }
        switch start {
        case .file(let path):
            return (state(path), .load(path: path))
        case .session(let path, let id):
            var initial = state(path)
            initial.openSession = id
            return (initial, .load(path: path))
        case .folder(let folder):
            let files = EffectRunner.agendaFiles(in: folder)
            if files.count == 1 {
                return (state(files[0]), .load(path: files[0]))
            }
            return (state(folder), .list(folder: folder))
        }
    }

    /// Draws the state and shows it; what the frame's scrolled regions could scroll goes back to the
    /// state (`Message.drawn`), so that the next key scrolls no further than what was drawn.
    private func present(_ state: inout AppState) {
        let frame = Renderer.render(state)
        backend.present(frame)
        let limits = Renderer.scrollLimits(of: frame)
        if limits != state.shell.scrollLimits { _ = Reducer.reduce(&state, .drawn(scrollLimits: limits)) }
    }

    /// Runs until the user quits; returns the process's exit status.
    public func run(_ start: Start) -> Int32 {
        let size = backend.size
        let (initialState, first) = Self.initial(
            start, size: Size(width: size.width, height: size.height), language: language, now: clock(),
            hasColor: backend.hasColor, who: who)
        var state = initialState
        state.utcOffset = TimeZone.current.secondsFromGMT()
        var pending: [Effect] = [first]
        var lastTick = clock()
        while true {
            present(&state)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit {
                    // A save still running finishes before the program ends.
                    saves.sync {}
                    return 0
                }
                if case .save = effect {
                    savesRunning += 1
                    let runner = effects
                    let inbox = finished
                    saves.async { inbox.post(runner.perform(effect)) }
                    continue
                }
                if let message = effects.perform(effect) {
                    pending += Reducer.reduce(&state, message)
                    present(&state)
                }
            }
            let done = finished.take()
            if !done.isEmpty {
                savesRunning -= done.count
                for message in done.compactMap({ $0 }) { pending += Reducer.reduce(&state, message) }
                continue
            }
            guard let event = backend.nextEvent(timeout: savesRunning > 0 ? saveCheckMilliseconds : tickMilliseconds) else {
                // Time passes once a second, also while the loop looks for a save more often.
                let now = clock()
                if savesRunning == 0 || now.timeIntervalSince(lastTick) >= Double(tickMilliseconds) / 1000 {
                    lastTick = now
                    pending += Reducer.reduce(&state, .tick(now: now))
                }
                continue
            }
            if event == .resumed { backend.invalidate() }
            let now = clock()
            state.now = now
            state.today = Day(now)
            pending += Reducer.reduce(&state, .input(event))
        }
    }
}
