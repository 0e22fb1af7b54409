import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The forms of sessions: their details, an action item, a vote.
enum SessionForms {
    static func details(_ session: Session, _ strings: Strings) -> FormState {
        FormState(purpose: .session(id: session.id), title: strings.format(.editSessionTitle, session.title), fields: [
            FormField("title", .fieldTitle, .text(TextField(session.title))),
            FormField("date", .fieldDate, .text(TextField(session.date.description))),
            FormField("place", .minutesPlace, .text(TextField(session.place ?? ""))),
            FormField("facilitator", .minutesFacilitator, .text(TextField(session.facilitator ?? ""))),
            FormField("languages", .minutesLanguages, .text(TextField(session.languages.joined(separator: ", ")))),
        ])
    }

    static func actionItem(session: String, item: String, _ agenda: Agenda, _ strings: Strings) -> FormState {
        var seen: Set<String> = []
        let owners = (agenda.goals.flatMap(\.owners) + agenda.people.map(\.name)).filter { seen.insert($0).inserted }
            .sorted { TextFolding.fold($0) < TextFolding.fold($1) }
        return FormState(purpose: .actionItem(session: session, item: item), title: strings[.actionItemTitle], fields: [
            FormField("title", .fieldTitle, .text(TextField())),
            FormField("owners", .detailOwners, .multi(options: owners.map { MenuItem(label: $0, value: $0) }, values: [],
                                                      allowsNew: true)),
            FormField("due", .detailDue, .text(TextField())),
        ])
    }

    static func vote(session: String, item: String, _ strings: Strings) -> FormState {
        FormState(purpose: .vote(session: session, item: item), title: strings[.voteTitle], fields: [
            FormField("question", .fieldQuestion, .text(TextField())),
            FormField("consensus", .fieldConsensus, .choice(options: [
                MenuItem(label: strings[.voteCounted], value: ""),
                MenuItem(label: strings[.minutesConsensusReached], value: "yes"),
                MenuItem(label: strings[.minutesConsensusNotReached], value: "no"),
            ], value: "")),
            FormField("for", .fieldFor, .text(TextField("0"))),
            FormField("against", .fieldAgainst, .text(TextField("0"))),
            FormField("abstain", .fieldAbstain, .text(TextField("0"))),
        ])
    }

    static func problem(_ field: FormField, _ form: FormState, _ strings: Strings) -> String? {
        let text = field.text.trimmingWhitespace
        switch (form.purpose, field.name) {
        case (_, "title"), (.vote, "question"):
            return text.isEmpty ? strings[.problemEmpty] : nil
        case (.session, "date"):
            return Day(text) == nil ? strings[.problemDate] : nil
        case (.actionItem, "due"):
            return text.isEmpty || Day(text) != nil ? nil : strings[.problemDate]
        case (.vote, "for"), (.vote, "against"), (.vote, "abstain"):
            guard let value = Int(text), value >= 0 else { return strings[.problemCount] }
            return nil
        default:
            return nil
        }
    }
}

extension SessionForms {
    /// The edits a session form makes: new details, an action item (a goal and its link), a vote.
    static func edits(_ form: FormState, _ agenda: Agenda, _ state: AppState) -> [Edit] {
        func text(_ name: String) -> String { form.field(name)?.text.trimmingWhitespace ?? "" }
        switch form.purpose {
        case .session(let id):
            guard let session = agenda.session(id), let date = Day(text("date")) else { return [] }
            let languages = form.field("languages")?.list ?? []
            let place = text("place").isEmpty ? nil : text("place")
            let facilitator = text("facilitator").isEmpty ? nil : text("facilitator")
            guard text("title") != session.title || date != session.date || place != session.place
                || facilitator != session.facilitator || languages != session.languages else { return [] }
            return [.changeSession(id: id, .setDetails(title: text("title"), date: date, place: place,
                                                       facilitator: facilitator, languages: languages))]
        case .actionItem(let id, let itemID):
            guard let session = agenda.session(id), let item = session.items.first(where: { $0.id == itemID }) else { return [] }
            var generator = GoalIDGenerator()
            let goalID = generator.next(avoiding: Set(agenda.goals.map(\.id)))
            // Under the item's goal when it has one; else in the first area.
            let parent = item.goal.flatMap { agenda.goal($0) }
            let area = parent?.area ?? agenda.areas.first?.id ?? ""
            let goal = Goal(id: goalID, title: text("title"), area: area, owners: form.field("owners")?.list ?? [],
                            status: .active, due: Day(text("due")), parent: parent?.id, createdAt: state.now,
                            source: state.strings.format(.actionSource, session.title, session.date.description),
                            origin: GoalOrigin(session: id, item: itemID))
            return [.createGoal(goal), .changeSession(id: id, .addAction(item: itemID, goal: goalID))]
        case .vote(let id, let itemID):
            let consensus: Bool? = text("consensus").isEmpty ? nil : text("consensus") == "yes"
            let vote = Vote(time: state.now, question: text("question"),
                            inFavor: consensus == nil ? Int(text("for")) ?? 0 : 0,
                            against: consensus == nil ? Int(text("against")) ?? 0 : 0,
                            abstentions: consensus == nil ? Int(text("abstain")) ?? 0 : 0, consensus: consensus)
            return [.changeSession(id: id, .addVote(item: itemID, vote))]
        default:
            return []
        }
    }
}
