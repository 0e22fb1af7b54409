import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The review mark form: the goal's health (as the last review judged it, else on track) and a
/// comment; the reviewer, the day and the time are filled in.
enum ReviewForm {
    static func make(_ goal: Goal, last: Review?, _ strings: Strings) -> FormState {
        FormState(purpose: .goals(.review(goal: goal.id)), title: strings.format(.reviewTitle, goal.id + " " + goal.title), fields: [
            FormField("health", .fieldHealth, .choice(
                options: Health.known.map { FormOption(label: Labels.health($0, strings), value: $0.rawValue) },
                value: (last?.health ?? .onTrack).rawValue)),
            FormField("comment", .fieldComment, .text(TextField())),
        ])
    }

    static func edit(_ form: FormState, goal: String, _ state: ShellState) -> Edit {
        .addReview(Review(goal: goal, reviewer: state.who, date: state.today,
                          health: Health(rawValue: form.field("health")?.text ?? Health.onTrack.rawValue),
                          comment: form.field("comment")?.text.trimmingWhitespace ?? "", time: state.now))
    }
}
