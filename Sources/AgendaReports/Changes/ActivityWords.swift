import AgendaLocalization
import AgendaModel
import Foundation

/// An entry of Activity in words of the reader's language: a change as `ChangeWords` gives it (an undo
/// as `undone: status: proposed → blocked`), a review with its health, and what a session recorded
/// (`decision: Open the school to young organizers`, `vote: Approve the budget?: 14 for, 3 against, 2
/// abstaining: carried`).
public struct ActivityWords {
    public let changes: ChangeWords
    private let agenda: Agenda
    private let redaction: Redaction

    public init(_ agenda: Agenda, _ strings: Strings, redaction: Redaction = .none) {
        self.agenda = agenda
        self.redaction = redaction
        changes = ChangeWords(agenda, strings, redaction: redaction)
    }

    private var strings: Strings { changes.strings }

    /// The title of what an entry is about, as a reader of the language reads it: its goal's or its
    /// session's as it is now (translated, or marked), else the title the entry recorded (a goal since
    /// deleted).
    public func title(_ entry: Activity.Entry) -> String {
        let reading = Reading(agenda, strings)
        let goal = entry.goal.flatMap { agenda.goal($0) }.map { Reading.joined(reading.title($0)) }
        let session = entry.session.flatMap { agenda.session($0) }.map { Reading.joined(reading.title($0)) }
        switch entry.event {
        case .change, .undo, .redo, .review, .action: return goal ?? session ?? entry.title
        default: return session ?? goal ?? entry.title
        }
    }

    /// What happened, on one line.
    public func describe(_ entry: Activity.Entry) -> String {
        switch entry.event {
        case .change(let change): return changes.describe(change)
        case .undo(_, let original): return strings.format(.activityUndone, changes.describe(original))
        case .redo(_, let original): return strings.format(.activityRedone, changes.describe(original))
        case .review(let review): return changes.describe(review)
        case .deleted(let deletion): return deleted(deletion) + (restored(deletion) ?? "")
        case .planned(let items, let minutes): return strings.format(.activityPlanned, items, Durations.words(minutes: minutes))
        case .started: return strings[.activityStarted]
        case .ended(let planned, let seconds):
            return strings.format(.activityEnded, Durations.words(seconds), Durations.words(minutes: planned))
        case .attendance(let attendance):
            return strings.format(.activityAttendance, attendance.organizations.count,
                                  attendance.people.count + attendance.named.count)
        case .decision(_, let decision): return strings.format(.activityDecision, oneLine(decision.text))
        case .vote(_, let vote): return strings.format(.activityVote, VoteWords.describe(vote, strings, redaction: redaction))
        case .action:
            let goal = entry.goal.flatMap { agenda.goal($0) }
            return strings.format(.activityAction, oneLine(goal?.title ?? entry.title))
        }
    }

    /// A deletion in words, without whether it was restored: `Deleted G-P3SH “title”`.
    public func deleted(_ deletion: Deletion) -> String {
        strings.format(.activityDeleted, deletion.goal, oneLine(deletion.title))
    }

    /// Who brought a deleted goal back, as the end of its entry (` — restored by Ana`); nil while it
    /// stays deleted.
    public func restored(_ deletion: Deletion) -> String? {
        deletion.restored.map { " — " + strings.format(.activityRestoredBy, redaction.person($0.by) ?? "—") }
    }

    /// The goal or session an entry is about, by id.
    public static func subject(_ entry: Activity.Entry) -> String {
        switch entry.event {
        case .change, .undo, .redo, .review, .action, .deleted: entry.goal ?? entry.session ?? ""
        default: entry.session ?? entry.goal ?? ""
        }
    }

    private func oneLine(_ text: String) -> String {
        redaction.text(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// A vote and its outcome in words: `Approve the budget?: 14 for, 3 against and 2 abstentions. Result: carried.`,
/// or for a consensus check `Approve the budget?: consensus reached`.
public enum VoteWords {
    public static func describe(_ vote: Vote, _ strings: Strings, redaction: Redaction = .none) -> String {
        let question = redaction.text(vote.question).split(whereSeparator: \.isNewline).joined(separator: " ")
        if vote.consensus != nil { return withoutColonAfterQuestion(question, question + ": " + outcome(vote, strings)) }
        return withoutColonAfterQuestion(question, strings.format(.voteSentence, question, vote.inFavor, vote.against, vote.abstentions,
                                                     outcome(vote, strings)))
    }

    /// A sentence that starts with a question and a colon, without the colon when the question ends with
    /// its own mark: "¿Aprobar el presupuesto? 14 a favor…", not "…presupuesto?: 14 a favor…".
    private static func withoutColonAfterQuestion(_ question: String, _ sentence: String) -> String {
        guard let last = question.last, "?!.".contains(last) else { return sentence }
        for colon in [question + ":", question + " :", question + "\u{A0}:"] where sentence.hasPrefix(colon) {
            return question + sentence.dropFirst(colon.count)
        }
        return sentence
    }

    /// Whether it carried, or whether consensus was reached, in words.
    public static func outcome(_ vote: Vote, _ strings: Strings) -> String {
        if let consensus = vote.consensus { return strings[consensus ? .minutesConsensusReached : .minutesConsensusNotReached] }
        return strings[vote.carried ? .minutesCarried : .minutesNotCarried]
    }
}
