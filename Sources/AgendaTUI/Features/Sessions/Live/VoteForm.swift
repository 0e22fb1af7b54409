import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// A vote on a live session's item: the question, and the counts or whether consensus was reached.
enum VoteForm {
    static func make(session: String, item: String, _ strings: Strings) -> FormState {
        FormState(purpose: .live(.vote(session: session, item: item)), title: strings[.voteTitle], fields: [
            FormField("question", .fieldQuestion, .text(TextField())),
            FormField("consensus", .fieldConsensus, .choice(options: [
                FormOption(label: strings[.voteCounted], value: ""),
                FormOption(label: strings[.minutesConsensusReached], value: "yes"),
                FormOption(label: strings[.minutesConsensusNotReached], value: "no"),
            ], value: "")),
            FormField.number("for", .fieldFor, 0),
            FormField.number("against", .fieldAgainst, 0),
            FormField.number("abstain", .fieldAbstain, 0),
        ])
    }

    static func problem(_ field: FormField, _ strings: Strings) -> String? {
        let text = field.text.trimmingWhitespace
        switch field.name {
        case "question": return text.isEmpty ? strings[.problemEmpty] : nil
        case "for", "against", "abstain":
            guard let value = Int(text), value >= 0 else { return strings[.problemCount] }
            return nil
        default: return nil
        }
    }

    /// The vote, recorded on the item.
    static func edits(_ form: FormState, session id: String, item itemID: String, _ state: ShellState) -> [Edit] {
        let consensus: Bool? = form.text("consensus").isEmpty ? nil : form.text("consensus") == "yes"
        func count(_ name: String) -> Int { consensus == nil ? Int(form.text(name)) ?? 0 : 0 }
        let vote = Vote(time: state.now, question: form.text("question"), inFavor: count("for"), against: count("against"),
                        abstentions: count("abstain"), consensus: consensus)
        return [.changeSession(id: id, .addVote(item: itemID, vote))]
    }
}
