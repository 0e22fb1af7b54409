import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda set FILE GOAL-ID --field value ...`: changes fields of a goal, all at once or not at all.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change fields of a goal; prints each change.",
        discussion: """
            All the changes are made together, or none when one of them is refused. To move a sub-goal \
            to another area, give --parent none with --area.
            """
    )

    @OptionGroup var target: GoalTarget

    @Option(help: "A new title.", transform: ValueParsers.nonEmpty)
    var title: String?

    @Option(help: "Move the goal (with its sub-goals) to this area.")
    var area: String?

    @Option(help: "proposed, active, blocked, achieved or dropped.", completion: .known(GoalStatus.self), transform: ValueParsers.status)
    var status: GoalStatus?

    @Option(help: "Progress from 0 to 100.", transform: ValueParsers.progress)
    var progress: Int?

    @Option(help: "low, medium or high.", completion: .known(Priority.self), transform: ValueParsers.priority)
    var priority: Priority?

    @Option(help: ArgumentHelp("The due date, or none.", valueName: "YYYY-MM-DD|none"))
    var due: String?

    @Option(help: ArgumentHelp("Make it a sub-goal of this goal, or none for a top goal.", valueName: "goal-id|none"))
    var parent: String?

    @Option(help: "hemispheric, binational, national, state, municipal or none.", completion: .known(GovernmentLevel.self, adding: ["none"]))
    var level: String?

    @Option(help: "A new description.")
    var description: String?

    @Option(help: "Where the goal came from.")
    var source: String?

    @Option(help: "Add an owner (repeat).", transform: ValueParsers.nonEmpty)
    var addOwner: [String] = []

    @Option(help: "Remove an owner (repeat).")
    var removeOwner: [String] = []

    @Option(help: ArgumentHelp("Link an organization (repeat).", valueName: "org-id"))
    var addOrg: [String] = []

    @Option(help: ArgumentHelp("Unlink an organization (repeat).", valueName: "org-id"))
    var removeOrg: [String] = []

    @Option(help: "Add a country, ISO 3166 alpha-2 (repeat).", transform: ValueParsers.country)
    var addCountry: [String] = []

    @Option(help: "Remove a country (repeat).", transform: ValueParsers.country)
    var removeCountry: [String] = []

    @Option(help: "Add a tag (repeat).")
    var addTag: [String] = []

    @Option(help: "Remove a tag (repeat).")
    var removeTag: [String] = []

    @OptionGroup var editor: EditorOptions

    func validate() throws {
        let anything = title != nil || area != nil || status != nil || progress != nil || priority != nil
            || due != nil || parent != nil || level != nil || description != nil || source != nil
            || !addOwner.isEmpty || !removeOwner.isEmpty || !addOrg.isEmpty || !removeOrg.isEmpty
            || !addCountry.isEmpty || !removeCountry.isEmpty || !addTag.isEmpty || !removeTag.isEmpty
        if !anything { throw ValidationError("give at least one field to change, such as --status active") }
        if let due { _ = try ValueParsers.due(due) }
        if let level { _ = try ValueParsers.level(level) }
    }

    func run() throws {
        try reporting {
            let changes = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> [String] in
                guard let goal = agenda.goal(target.goalID) else {
                    throw AgendaFileError(file: target.file, EditError.noSuchGoal(target.goalID).description)
                }
                let edits = try edits(for: goal)
                let before = goal.history.count
                try agenda.apply(edits, by: editor.who, file: target.file)
                return agenda.goal(goal.id).map { $0.history[before...].map(ChangeText.describe) } ?? []
            }
            for change in changes { Console.line("\(target.goalID): \(change)") }
            if changes.isEmpty { Console.line("\(target.goalID): nothing changed") }
        }
    }

    /// The edits the options ask for, in a fixed order.
    private func edits(for goal: Goal) throws(AgendaFileError) -> [Edit] {
        let id = goal.id
        var edits: [Edit] = []
        if let title { edits.append(.setGoal(id: id, .title(title))) }
        if let parent {
            let newParent = parent.lowercased() == "none" ? nil : parent
            edits.append(.moveGoal(id: id, parent: newParent, area: newParent == nil ? (area ?? goal.area) : nil))
            if newParent != nil, area != nil {
                throw AgendaFileError(file: target.file, "a sub-goal takes its parent's area: give --parent or --area, not both")
            }
        } else if let area {
            if let current = goal.parent {
                throw AgendaFileError(
                    file: target.file,
                    "\(id) is a sub-goal of \(current) and shares its area; to move it, add --parent none")
            }
            edits.append(.moveGoal(id: id, parent: nil, area: area))
        }
        if let status { edits.append(.setGoal(id: id, .status(status))) }
        if let progress { edits.append(.setGoal(id: id, .progress(progress))) }
        if let priority { edits.append(.setGoal(id: id, .priority(priority))) }
        do {
            if let due { edits.append(.setGoal(id: id, .due(try ValueParsers.due(due)))) }
            if let level { edits.append(.setGoal(id: id, .level(try ValueParsers.level(level)))) }
        } catch {
            throw AgendaFileError(file: target.file, "\(error)")
        }
        if let description { edits.append(.setGoal(id: id, .description(description))) }
        if let source { edits.append(.setGoal(id: id, .source(source.isEmpty ? nil : source))) }
        edits += addOwner.map { .addOwner(goal: id, name: $0) }
        edits += removeOwner.map { .removeOwner(goal: id, name: $0) }
        edits += addOrg.map { .linkOrganization(goal: id, organization: $0) }
        edits += removeOrg.map { .unlinkOrganization(goal: id, organization: $0) }
        if !addCountry.isEmpty || !removeCountry.isEmpty {
            var countries = goal.countries.filter { !removeCountry.contains($0) }
            for code in addCountry where !countries.contains(code) { countries.append(code) }
            edits.append(.setGoal(id: id, .countries(countries)))
        }
        if !addTag.isEmpty || !removeTag.isEmpty {
            var tags = goal.tags.filter { !removeTag.contains($0) }
            for tag in addTag where !tags.contains(tag) { tags.append(tag) }
            edits.append(.setGoal(id: id, .tags(tags)))
        }
        return edits
    }
}
