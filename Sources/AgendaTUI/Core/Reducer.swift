import AgendaLocalization
import AgendaModel
import AgendaStore
import TerminalWidgets

/// The interface's one update function: `reduce(&state, message)` changes the state and returns the
/// effects to run. It does no I/O and reads no clock, so a test is a script of messages.
public enum Reducer {
    /// Applies a message to the state; a search that grew asks for the goals' long texts to be looked
    /// in after the frame that shows it.
    public static func reduce(_ state: inout AppState, _ message: Message) -> [Effect] {
        var effects = apply(message, &state)
        if state.agenda?.goals.wantsBodySearch != nil, let search = GoalsFeature.bodySearch(&state.agenda!) {
            effects.append(search)
        }
        return effects
    }

    /// Applies a message to the state.
    static func apply(_ message: Message, _ state: inout AppState) -> [Effect] {
        switch message {
        case .input(let event):
            return input(event, &state)
        case .loaded(let path, .success(let agenda), let stamp):
            return Loading.loaded(path, agenda, stamp: stamp, &state)
        case .loaded(_, .failure(let error), _):
            Loading.failed(error, &state)
            return []
        case .checked(let path, let problems):
            Loading.checked(path, problems, &state)
            return []
        case .listed(let folder, let entries):
            PickerFeature.listed(folder, entries, &state)
            return []
        case .tick(let now):
            state.now = now
            state.today = Day(now)
            guard case .agenda = state.screen, state.agenda != nil else { return [] }
            return Saving.tick(now, &state.agenda!, state.shell)
        case .saved(let path, let result, let count):
            guard state.agenda != nil else { return [] }
            return Saving.saved(path, result, count: count, &state.agenda!, &state.shell)
        case .changedOnDisk(let path, let agenda, let stamp):
            guard state.agenda != nil else { return [] }
            return Saving.changedOnDisk(path, agenda, stamp: stamp, &state.agenda!, &state.shell)
        case .unreadableOnDisk(_, let error):
            state.message = state.strings.format(.messageUnreadable, error.lines.first ?? "")
            return []
        case .minutesWritten(.success(let path)):
            state.message = state.strings.format(.messageMinutesWritten, path)
            return []
        case .minutesWritten(.failure(let error)):
            state.message = state.strings.format(.messageMinutesFailed, error.lines.first ?? "")
            return []
        case .reportWritten(.success(let path)):
            state.message = state.strings.format(.messageReportWritten, path)
            return []
        case .reportWritten(.failure(let error)):
            state.message = state.strings.format(.messageReportFailed, error.lines.first ?? "")
            return []
        case .drawn(let limits):
            state.shell.scrollLimits = limits
            return []
        case .bodiesSearched(let search, let indices):
            if state.agenda != nil { GoalsFeature.bodiesSearched(search, indices, &state.agenda!) }
            return []
        }
    }

    /// A terminal event: a key, the mouse, a paste, a new size, a signal.
    static func input(_ event: InputEvent, _ state: inout AppState) -> [Effect] {
        switch event {
        case .resize(let width, let height):
            state.size = Size(width: width, height: height)
            revealSelections(&state)
            return []
        case .resumed:
            return []
        case .terminate:
            state.shell.isQuitting = true
            return [.quit]
        case .key(let key):
            state.message = nil
            return handle(key, &state)
        case .mouse(let mouse):
            return Mouse.handle(mouse, &state)
        case .paste(let text):
            state.message = nil
            return Paste.handle(text, &state)
        }
    }

    /// Dispatches a key to what has the keyboard (see `Routing`): quitting and help are the same
    /// everywhere; the rest goes to the route's update.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let context = state.keyContext
        let route = Routing.route(context)
        let action = KeyMaps.action(for: key, in: context, state.strings.language)
        if action == .quit {
            return Quitting.quit(&state)
        }
        if action == .help, state.overlay == nil {
            state.overlay = .help(context, scroll: 0)
            return []
        }
        return route.update(action, key, &state)
    }

    /// Keeps every list's selection in view after the size changed.
    static func revealSelections(_ state: inout AppState) {
        let layout = state.shell.layout
        if state.agenda != nil {
            GoalsFeature.resized(layout, &state.agenda!)
            OrganizationsFeature.resized(layout, &state.agenda!)
            PeopleFeature.resized(layout, &state.agenda!)
        }
        if case .picker(var picker) = state.screen {
            picker.list.reveal(height: layout.listBody.height, count: picker.entries.count)
            state.screen = .picker(picker)
        }
    }
}
