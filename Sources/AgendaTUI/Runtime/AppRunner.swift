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
    }

    private let backend: any TerminalBackend
    private let effects: EffectRunner
    private let clock: @Sendable () -> Date
    private let language: Language

    /// How often the loop wakes without input, to move the date on.
    private let tickMilliseconds = 60_000

    public init(backend: any TerminalBackend, store: any AgendaStore, language: Language,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.backend = backend
        effects = EffectRunner(store: store)
        self.clock = clock
        self.language = language
    }

    /// The first state and effect for a start.
    public static func initial(_ start: Start, size: Size, language: Language, today: Day, hasColor: Bool)
        -> (AppState, Effect) {
        switch start {
        case .file(let path):
            return (AppState(size: size, language: language, today: today, hasColor: hasColor, screen: .loading(path: path)),
                    .load(path: path))
        case .folder(let folder):
            let files = EffectRunner.agendaFiles(in: folder)
            if files.count == 1 {
                return (AppState(size: size, language: language, today: today, hasColor: hasColor,
                                 screen: .loading(path: files[0])), .load(path: files[0]))
            }
            return (AppState(size: size, language: language, today: today, hasColor: hasColor, screen: .loading(path: folder)),
                    .list(folder: folder))
        }
    }

    /// Runs until the user quits; returns the process's exit status.
    public func run(_ start: Start) -> Int32 {
        let size = backend.size
        let (initialState, first) = Self.initial(
            start, size: Size(width: size.width, height: size.height), language: language, today: Day(clock()),
            hasColor: backend.hasColor)
        var state = initialState
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
                pending += Reducer.reduce(&state, .tick(today: Day(clock())))
                continue
            }
            if event == .resumed { backend.invalidate() }
            pending += Reducer.reduce(&state, .input(event))
        }
    }
}
