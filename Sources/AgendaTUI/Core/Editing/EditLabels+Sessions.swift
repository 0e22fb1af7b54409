import AgendaLocalization
import AgendaModel

extension EditLabels {
    /// A change to a session in words, short enough for the status line after "Undid: ": items by their
    /// number in the run-of-show, people by name.
    static func session(_ change: SessionChange, before: Session?, after: Session?, _ strings: Strings) -> String {
        /// An item's number in the run-of-show: as it was (for a removal or a move), else as it is.
        func number(_ item: String, asBefore: Bool = false) -> Int {
            let position = asBefore ? before?.itemIndex(item) : (after?.itemIndex(item) ?? before?.itemIndex(item))
            return (position ?? 0) + 1
        }
        func speaker(_ id: String) -> String {
            (before?.speakers ?? []).first { $0.id == id }?.name ?? id
        }
        switch change {
        case .setDetails: return strings[.labelSessionDetails]
        case .setProgressive: return strings[.labelSessionProgressive]
        case .setAttendance: return strings[.labelSessionAttendance]
        case .addItem(let item, _): return strings.format(.labelItemAdded, number(item.id))
        case .removeItem(let item): return strings.format(.labelItemRemoved, number(item, asBefore: true))
        case .moveItem(let item, _): return strings.format(.labelItemMoved, number(item, asBefore: true))
        case .setTimebox(let item, _): return strings.format(.labelItemTimebox, number(item))
        case .setNotes(let item, _): return strings.format(.labelItemNotes, number(item))
        case .setPresenter(let item, _): return strings.format(.labelItemPresenter, number(item))
        case .startClock(let item): return strings.format(.labelClockStarted, number(item))
        case .pauseClock(let item): return strings.format(.labelClockPaused, number(item))
        case .goTo(let item): return strings.format(.labelItemGoneTo, number(item))
        case .addDecision(let item, _): return strings.format(.labelDecision, number(item))
        case .addVote(let item, _): return strings.format(.labelVote, number(item))
        case .addAction(let item, let goal): return strings.format(.labelActionItem, goal, number(item))
        case .addSpeaker(let added): return strings.format(.labelSpeakerAdded, added.name)
        case .nextSpeaker: return strings[.labelNextSpeaker]
        case .removeSpeaker(let id): return strings.format(.labelSpeakerRemoved, speaker(id))
        case .end: return strings[.labelSessionEnded]
        case .reopen: return strings[.labelSessionReopened]
        }
    }

    /// The change that names a step of several edits made in a meeting: an action item (its goal and its
    /// link), or someone asking for the floor (a guest joining the roster and the attendance too).
    static func meetingStep(_ edits: [Edit], before: Agenda, after: Agenda, _ strings: Strings) -> String? {
        guard edits.count > 1, case .changeSession(let id, let change)? = edits.last else { return nil }
        switch change {
        case .addAction, .addSpeaker: return session(change, before: before.session(id), after: after.session(id), strings)
        default: return nil
        }
    }
}
