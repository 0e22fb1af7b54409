import AgendaModel

/// What a text of an agenda is, in words for a translator: the comments (`#.`) above its PO entry.
///
/// A title is easier to translate knowing its area, a description knowing its goal's title, a decision
/// knowing the meeting that took it. Text from the agenda is shown on one line, control characters as
/// visible escapes, so that a comment stays one comment line.
struct TextPlace {
    let agenda: Agenda
    /// The goals by id, looked up once per text.
    private let goals: [String: Goal]

    init(_ agenda: Agenda) {
        self.agenda = agenda
        goals = Dictionary(agenda.goals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func comments(_ ref: TextRef) -> [String] {
        switch ref {
        case .goal(let id, let field):
            guard let goal = goals[id] else { return [] }
            if field == "description" { return [TranslateMessages.goalDescription(id, line(goal.title))] }
            var comments = [TranslateMessages.goalTitle(id, area: line(agenda.area(goal.area)?.name ?? goal.area))]
            if let parent = goal.parent, let parentGoal = goals[parent] ?? agenda.goal(parent) {
                comments.append(TranslateMessages.subGoal(of: parentGoal.id, line(parentGoal.title)))
            }
            return comments
        case .area(let id, let field):
            guard field == "description" else { return [TranslateMessages.areaName(id)] }
            return [TranslateMessages.areaDescription(id, line(agenda.area(id)?.name ?? id))]
        case .organization(let id):
            let organization = agenda.organization(id)
            let place = [organization?.city, organization?.country].compactMap { $0 }.filter { !$0.isEmpty }
            return [TranslateMessages.organizationName(id, line(place.joined(separator: ", ")))]
        case .session(let id):
            return [TranslateMessages.sessionTitle(id, agenda.session(id)?.date.description ?? "")]
        case .topic(let session, _):
            return [TranslateMessages.topic(session, line(agenda.session(session)?.title ?? ""))]
        case .decision(let session, let item, _):
            let meeting = agenda.session(session)
            var comments = [TranslateMessages.decision(session, line(meeting?.title ?? ""))]
            if let entry = meeting?.items.first(where: { $0.id == item }) {
                if let goal = entry.goal.flatMap({ goals[$0] ?? agenda.goal($0) }) {
                    comments.append(TranslateMessages.decisionOn("\(goal.id) \(line(goal.title))"))
                } else if let topic = entry.topic, !topic.isEmpty {
                    comments.append(TranslateMessages.decisionOn(line(topic)))
                }
            }
            return comments
        }
    }

    /// Text on one line, its control characters (line breaks too) as visible escapes.
    private func line(_ text: String) -> String {
        text.escapingControls()
    }
}
