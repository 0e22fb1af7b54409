import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda show FILE GOAL-ID`: one goal, whole.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one goal whole: its fields, organizations, sub-goals, notes, reviews and history."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var target: GoalTarget

    @Option(help: "Output format: text or json.", completion: .list(["text", "json"]))
    var format: Format = .text

    func run() throws {
        try reporting {
            let agenda = try FileAgendaStore.forCommandLine().load(target.file)
            guard let goal = agenda.goal(target.goalID) else {
                throw Failure(file: target.file, .noSuchGoal(target.goalID))
            }
            switch format {
            case .json:
                Console.out(bytes: JSONAgendaFormat().encodeGoal(goal))
            case .text:
                Console.out(GoalReport(goal: goal, agenda: agenda, today: Environment.today).render())
            }
        }
    }
}

/// A goal as readable text, for `show`.
///
/// Text from the file is shown with its control characters as visible escapes (`<U+001B>`): a field on
/// one line with its line breaks and tabs escaped too, a description, note or comment over its lines.
struct GoalReport {
    let goal: Goal
    let agenda: Agenda
    let today: Day

    func render() -> String {
        var lines: [String] = []
        lines.append(line("\(goal.id)  \(goal.title)"))
        lines.append("")
        var fields: [(String, String)] = []
        fields.append(("Area", agenda.area(goal.area).map { "\($0.name) (\($0.id))" } ?? goal.area))
        if let parent = goal.parent {
            fields.append(("Parent", agenda.goal(parent).map { "\($0.id)  \($0.title)" } ?? parent))
        }
        fields.append(("Status", goal.status.rawValue))
        let rolled = Rollup(agenda).progress(of: goal.id) ?? goal.progress
        fields.append(("Progress", GoalText.progress(goal.progress)
            + (rolled != goal.progress ? " (sub-goals: \(GoalText.progress(rolled)))" : "")))
        fields.append(("Priority", goal.priority.rawValue))
        if goal.due != nil { fields.append(("Due", GoalText.due(goal, today: today))) }
        if let level = goal.level { fields.append(("Level", level.rawValue)) }
        if !goal.countries.isEmpty { fields.append(("Countries", GoalText.list(goal.countries))) }
        fields.append(("Owners", goal.owners.isEmpty ? "none" : GoalText.list(goal.owners)))
        if !goal.tags.isEmpty { fields.append(("Tags", GoalText.list(goal.tags))) }
        if let source = goal.source { fields.append(("Source", source)) }
        fields.append(("Created", Timestamp.format(goal.createdAt)))
        fields.append(("Updated", Timestamp.format(goal.updatedAt)))
        let labelWidth = fields.map(\.0.count).max() ?? 0
        for (label, value) in fields {
            lines.append(label + ":" + String(repeating: " ", count: labelWidth - label.count + 1) + line(value))
        }
        if !goal.description.isEmpty {
            lines += ["", "Description:"] + block(goal.description, indent: "  ")
        }
        if !goal.organizations.isEmpty {
            lines += ["", "Organizations:"]
            for id in goal.organizations {
                if let org = agenda.organization(id) {
                    lines.append(line("  \(org.name) (\(org.id), \([org.city, org.country].compactMap { $0 }.joined(separator: ", ")))"))
                } else {
                    lines.append(line("  \(id)"))
                }
            }
        }
        let children = agenda.goals.filter { $0.parent == goal.id }
        if !children.isEmpty {
            lines += ["", "Sub-goals:"]
            for child in children {
                lines.append(line("  \(child.id)  \(child.title)  [\(child.status.rawValue), \(GoalText.progress(child.progress))]"))
            }
        }
        if !goal.notes.isEmpty {
            lines += ["", "Notes:"]
            for note in goal.notes {
                lines.append(line("  \(Timestamp.format(note.time))  \(note.author)"))
                lines += block(note.text, indent: "    ")
            }
        }
        let conflicts = agenda.conflicts.filter { $0.subject == .goal && $0.id == goal.id }
        if !conflicts.isEmpty {
            lines += ["", "Open conflicts (settle them in the Conflicts view, key 6):"]
            lines += conflicts.map { line("  " + ConflictLine.describe($0)) }
        }
        let reviews = agenda.reviews.filter { $0.goal == goal.id }
        if !reviews.isEmpty {
            lines += ["", "Reviews:"]
            for review in reviews {
                lines.append(line("  \(review.date)  \(review.reviewer): \(review.health.rawValue)"))
                lines += block(review.comment, indent: "    ").filter { !$0.trimmingWhitespace.isEmpty }
            }
        }
        if !goal.history.isEmpty {
            lines += ["", "History:"]
            for change in goal.history {
                lines.append(line("  \(Timestamp.format(change.time))  \(change.by): \(ChangeText.describe(change))"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text shown on one line: its control characters, line breaks and tabs too, as visible escapes.
    private func line(_ text: String) -> String {
        text.escapingControls()
    }

    /// Text over several lines, each indented, its control characters other than tabs as visible escapes.
    private func block(_ text: String, indent: String) -> [String] {
        text.escapingControls(multiline: true)
            .split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map { indent + $0 }
    }
}

/// One history entry in words: `status: active -> blocked`, `owners: + Legislative Working Group`.
enum ChangeText {
    static func describe(_ change: Change) -> String {
        switch (change.field, change.from, change.to) {
        case ("created", _, let to): return "created" + (to.map { " \"\(oneLine($0))\"" } ?? "")
        case (let field, nil, let to?): return "\(field): + \(oneLine(to))"
        case (let field, let from?, nil): return "\(field): - \(oneLine(from))"
        case (let field, let from?, let to?): return "\(field): \(oneLine(from)) -> \(oneLine(to))"
        case (let field, nil, nil): return field
        }
    }

    /// The text on one line, shortened to 80 characters.
    static func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 80 ? String(flat.prefix(79)) + "…" : flat
    }
}
