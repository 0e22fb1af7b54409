import AgendaLocalization
import AgendaModel
import Foundation
import TerminalWidgets

extension Reducer {
    /// Live mode: the clock, the run-of-show, the speaker queue, and what the meeting decides.
    static func handleLive(_ action: Action?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard var live = screen.live, let session = screen.document.agenda.session(live.session) else {
            screen.live = nil
            return []
        }
        defer { if screen.live != nil { screen.live = live } }
        let strings = state.strings
        let current = session.currentItem.flatMap { session.itemIndex($0) } ?? (session.items.isEmpty ? nil : 0)
        let item = current.map { session.items[$0] }
        func change(_ change: SessionChange) -> [Effect] {
            commit([.changeSession(id: session.id, change)], &screen, &state)
        }
        switch action {
        case .back:
            screen.live = nil
        case .presenter:
            live.presenter.toggle()
        case .startPause:
            guard let item else {
                state.message = strings[.messageNoItems]
                return []
            }
            return change(item.clock.isRunning ? .pauseClock(item: item.id) : .startClock(item: item.id))
        case .nextItem, .previousItem:
            guard let current else { return [] }
            let target = current + (action == .nextItem ? 1 : -1)
            guard session.items.indices.contains(target) else { return [] }
            return change(.goTo(item: session.items[target].id))
        case .addSpeaker:
            state.overlay = .prompt(PromptState(title: strings[.promptSpeaker], purpose: .speaker(session: session.id)))
        case .nextSpeaker:
            guard session.currentSpeaker != nil || !session.speakers.filter(\.isWaiting).isEmpty else {
                state.message = strings[.messageNoSpeakers]
                return []
            }
            return change(.nextSpeaker)
        case .recordDecision:
            guard let item else { return [] }
            state.overlay = .prompt(PromptState(title: strings[.promptDecision], purpose: .decision(session: session.id, item: item.id)))
        case .recordAction:
            guard let item else { return [] }
            screen.form = SessionForms.actionItem(session: session.id, item: item.id, screen.document.agenda, strings)
        case .recordVote:
            guard let item else { return [] }
            screen.form = SessionForms.vote(session: session.id, item: item.id, strings)
        case .editNotes:
            guard let item else { return [] }
            state.overlay = .prompt(PromptState(title: strings[.promptItemNotes], purpose: .itemNotes(session: session.id, item: item.id),
                                                text: item.notes))
        case .progressiveQueue:
            let effects = change(.setProgressive(!session.progressive))
            state.message = strings[session.progressive ? .messageQueueInOrder : .messageQueueProgressive]
            return effects
        case .endSession:
            state.overlay = .confirm(ConfirmState(title: strings[.confirmEndSessionTitle],
                                                  lines: [session.title, strings[.confirmEndSessionLine]],
                                                  purpose: .endSession(id: session.id)))
        case .undo:
            return undo(&screen, &state)
        case .redo:
            return redo(&screen, &state)
        default:
            break
        }
        return []
    }
}
