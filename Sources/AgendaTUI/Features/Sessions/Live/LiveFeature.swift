import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A session run live: the item's clock, moving through the run-of-show, the speaker queue, and what
/// the meeting decides, votes and agrees to do; its presenter screen for a second display.
public enum LiveFeature {
    /// A live session's questions.
    public enum Purpose: Equatable, Sendable {
        /// Who asks to speak, with names completed from the agenda's people and the session's speakers.
        case speaker(session: String)
        /// The kind of intervention of someone asking to speak, from the kinds offered.
        case speakerKind(session: String, name: String, organization: String?, language: String?, kinds: [InterventionKind])
        /// The organization a guest speaks for, from those offered (nil: none).
        case speakerOrganization(session: String, name: String, kind: InterventionKind, organizations: [String?])
        /// A decision on an item.
        case decision(session: String, item: String)
        /// An item's notes.
        case itemNotes(session: String, item: String)
        /// Closing the session and writing its minutes.
        case end(session: String)
        /// An action item agreed on an item, in a form.
        case actionItem(session: String, item: String)
        /// A vote on an item, in a form.
        case vote(session: String, item: String)
    }

    /// Keys of a live session and of its presenter screen.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let live: LiveState
        switch screen.mode {
        case .live(let running), .presenter(let running): live = running
        default: return []
        }
        guard let session = screen.agenda.session(live.session) else {
            screen.mode = .browsing
            return []
        }
        if let effects = Editing.history(action, &screen, &state) { return effects }
        let current = session.currentItem.flatMap { session.itemIndex($0) } ?? (session.items.isEmpty ? nil : 0)
        switch action {
        case .back:
            screen.mode = .browsing
        case .presenter:
            if case .presenter = screen.mode { screen.mode = .live(live) } else { screen.mode = .presenter(live) }
        case .startPause, .nextItem, .previousItem, .nextSpeaker, .progressiveQueue:
            return run(action!, session, current: current, &screen, &state)
        case .addSpeaker:
            askSpeaker(session, screen.agenda, &state)
        case .attendance:
            AttendanceFeature.open(session, screen.agenda, &state)
        case .endSession:
            state.overlay = .confirm(ConfirmState(title: state.strings[.confirmEndSessionTitle],
                                                  lines: [session.title, state.strings[.confirmEndSessionLine]],
                                                  purpose: .live(.end(session: session.id))))
        default:
            if let current { record(action, session, session.items[current], &screen, &state) }
        }
        return []
    }

    /// Running the meeting: the clock, the items, the floor, the order of the queue.
    private static func run(_ action: Action, _ session: Session, current: Int?, _ screen: inout AgendaScreen,
                            _ state: inout ShellState) -> [Effect] {
        func change(_ change: SessionChange) -> [Effect] {
            Editing.commit([.changeSession(id: session.id, change)], &screen, &state)
        }
        switch action {
        case .startPause:
            guard let current else {
                state.message = state.strings[.messageNoItems]
                return []
            }
            let item = session.items[current]
            return change(item.clock.isRunning ? .pauseClock(item: item.id) : .startClock(item: item.id))
        case .nextItem, .previousItem:
            guard let current else { return [] }
            let target = current + (action == .nextItem ? 1 : -1)
            guard session.items.indices.contains(target) else { return [] }
            return change(.goTo(item: session.items[target].id))
        case .nextSpeaker:
            guard session.currentSpeaker != nil || !session.speakers.filter(\.isWaiting).isEmpty else {
                state.message = state.strings[.messageNoSpeakers]
                return []
            }
            let effects = change(.nextSpeaker)
            if let now = screen.agenda.session(session.id) { AttendanceFeature.offerToMarkPresent(now, screen.agenda, &state) }
            return effects
        case .progressiveQueue:
            let effects = change(.setProgressive(!session.progressive))
            state.message = state.strings[session.progressive ? .messageQueueInOrder : .messageQueueProgressive]
            return effects
        default:
            return []
        }
    }

    /// Recording what the meeting does on the current item: a decision, an action item, a vote, notes.
    private static func record(_ action: Action?, _ session: Session, _ item: SessionItem, _ screen: inout AgendaScreen,
                               _ state: inout ShellState) {
        let strings = state.strings
        switch action {
        case .recordDecision:
            state.overlay = .prompt(PromptState(title: strings[.promptDecision],
                                                purpose: .live(.decision(session: session.id, item: item.id))))
        case .recordAction:
            screen.open(ActionItemForm.make(session: session.id, item: item.id, screen.agenda, strings))
        case .recordVote:
            screen.open(VoteForm.make(session: session.id, item: item.id, strings))
        case .editNotes:
            state.overlay = .prompt(PromptState(title: strings[.promptItemNotes], purpose: .live(.itemNotes(session: session.id, item: item.id)),
                                                text: item.notes, hint: .note))
        default:
            break
        }
    }
}
