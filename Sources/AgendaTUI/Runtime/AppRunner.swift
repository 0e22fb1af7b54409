import AgendaLocalization
import AgendaModel
import AgendaStore
import Foundation
import TerminalWidgets

/// The event loop: render the state, present it, wait for an event, reduce it, run the effects.
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

    /// Runs until the user quits; returns the process's exit status.
    public func run(_ start: Start) -> Int32 {
        let size = backend.size
        let (initialState, first) = Self.initial(
            start, size: Size(width: size.width, height: size.height), language: language, now: clock(),
            hasColor: backend.hasColor, who: who)
        var state = initialState
        state.utcOffset = TimeZone.current.secondsFromGMT()
        var pending: [Effect] = [first]
        while true {
            backend.present(Renderer.render(state))
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                if effect == .quit { return 0 }
                if let message = effects.perform(effect) {
                    pending += Reducer.reduce(&state, message)
                    backend.present(Renderer.render(state))
                }
            }
            guard let event = backend.nextEvent(timeout: tickMilliseconds) else {
                pending += Reducer.reduce(&state, .tick(now: clock()))
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
