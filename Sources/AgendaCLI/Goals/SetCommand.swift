import AgendaLocalization
import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda set FILE GOAL-ID --field value ...`: changes fields of a goal, all at once or not at all.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: strings[.cmdSetAbstract], discussion: strings[.cmdSetDiscussion])

    @OptionGroup var target: GoalTarget

    @Option(help: ArgumentHelp(.cmdSetTitle), transform: ValueParsers.nonEmpty)
    var title: String?

    @Option(help: ArgumentHelp(.cmdSetArea))
    var area: String?

    @Option(help: ArgumentHelp(.cmdStatusValue, valueName: "status"), completion: .known(GoalStatus.self),
            transform: ValueParsers.status)
    var status: GoalStatus?

    @Option(help: ArgumentHelp(.cmdProgressValue), transform: ValueParsers.progress)
    var progress: Int?

    @Option(help: ArgumentHelp(.cmdPriorityValue, valueName: "priority"), completion: .known(Priority.self),
            transform: ValueParsers.priority)
    var priority: Priority?

    @Option(help: ArgumentHelp(.cmdSetDue, valueName: "YYYY-MM-DD|none"))
    var due: String?

    @Option(help: ArgumentHelp(.cmdSetParent, valueName: "goal-id|none"))
    var parent: String?

    @Option(help: ArgumentHelp(.cmdSetLevel, valueName: "level|none"), completion: .known(GovernmentLevel.self, adding: ["none"]))
    var level: String?

    @Option(help: ArgumentHelp(.cmdSetDescription))
    var description: String?

    @Option(help: ArgumentHelp(.cmdSetSource))
    var source: String?

    @Option(help: ArgumentHelp(.cmdSetAddOwner), transform: ValueParsers.nonEmpty)
    var addOwner: [String] = []

    @Option(help: ArgumentHelp(.cmdSetRemoveOwner))
    var removeOwner: [String] = []

    @Option(help: ArgumentHelp(.cmdSetAddOrganization, valueName: "org-id"))
    var addOrg: [String] = []

    @Option(help: ArgumentHelp(.cmdSetRemoveOrganization, valueName: "org-id"))
    var removeOrg: [String] = []

    @Option(help: ArgumentHelp(.cmdSetAddCountry), transform: ValueParsers.country)
    var addCountry: [String] = []

    @Option(help: ArgumentHelp(.cmdSetRemoveCountry), transform: ValueParsers.country)
    var removeCountry: [String] = []

    @Option(help: ArgumentHelp(.cmdSetAddTag))
    var addTag: [String] = []

    @Option(help: ArgumentHelp(.cmdSetRemoveTag))
    var removeTag: [String] = []

    @Option(name: .customLong("in"), help: ArgumentHelp(.cmdSetIn, valueName: "language"), transform: TextLanguage.option)
    var textLanguage: String?

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func validate() throws {
        let anything = title != nil || area != nil || status != nil || progress != nil || priority != nil
            || due != nil || parent != nil || level != nil || description != nil || source != nil
            || !addOwner.isEmpty || !removeOwner.isEmpty || !addOrg.isEmpty || !removeOrg.isEmpty
            || !addCountry.isEmpty || !removeCountry.isEmpty || !addTag.isEmpty || !removeTag.isEmpty
        if !anything { throw ValidationError(strings[.cliGiveAField]) }
        if textLanguage != nil, title == nil, description == nil { throw ValidationError(strings[.cliInNeedsText]) }
        if let due { _ = try ValueParsers.due(due) }
        if let level { _ = try ValueParsers.level(level) }
    }

    func run() throws {
        try reporting {
            // The goal as the file names it: `g-mzsw` on the command line is `G-MZSW`.
            let (id, changes) = try FileAgendaStore.forCommandLine().update(target.file) {
                (agenda) throws(AgendaFileError) -> (String, [String]) in
                guard let goal = agenda.goal(target.goalID) else {
                    throw AgendaFileError(file: target.file, EditError.noSuchGoal(target.goalID).localized)
                }
                let edits = try edits(for: goal, in: agenda)
                let translated = TextLanguage.changes(edits, label: { Labels.fieldName($0, strings) }, in: agenda)
                let before = goal.history.count
                try agenda.apply(edits, by: editor.who, file: target.file)
                return (goal.id, translated + (agenda.goal(goal.id).map { $0.history[before...].map(ChangeText.describe) } ?? []))
            }
            for change in changes { Console.line("\(id): \(change)") }
            if changes.isEmpty { Console.line(strings.format(.cliNothingChanged, id)) }
        }
    }

    /// The edits the options ask for, in a fixed order.
    private func edits(for goal: Goal, in agenda: Agenda) throws(AgendaFileError) -> [Edit] {
        let id = goal.id
        var edits: [Edit] = []
        // With `--in` another language than the agenda's, the title and description given are translations.
        let translation = TextLanguage.isOriginal(textLanguage, of: agenda) ? nil : textLanguage
        if let title, let translation {
            edits += [TextLanguage.edit(.goal(id, field: "title"), into: translation, title, in: agenda)].compactMap { $0 }
        } else if let title {
            edits.append(.setGoal(id: id, .title(title)))
        }
        if let parent {
            let newParent = ValueParsers.isNone(parent) ? nil : parent
            edits.append(.moveGoal(id: id, parent: newParent, area: newParent == nil ? (area ?? goal.area) : nil))
            if newParent != nil, area != nil {
                throw AgendaFileError(file: target.file, strings[.cliParentOrArea])
            }
        } else if let area {
            if let current = goal.parent {
                throw AgendaFileError(file: target.file, strings.format(.cliSubGoalArea, id, current))
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
        if let description, let translation {
            edits += [TextLanguage.edit(.goal(id, field: "description"), into: translation, description, in: agenda)].compactMap { $0 }
        } else if let description {
            edits.append(.setGoal(id: id, .description(description)))
        }
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
