import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda add FILE --title T --area A ...`: adds a goal and prints its id.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: strings[.cmdAddAbstract], discussion: strings[.cmdAddDiscussion])

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(.cmdGoalTitle), transform: ValueParsers.nonEmpty)
    var title: String

    @Option(help: ArgumentHelp(.cmdAddArea))
    var area: String?

    @Option(help: ArgumentHelp(.cmdAddOwner), transform: ValueParsers.nonEmpty)
    var owner: [String] = []

    @Option(name: .customLong("org"), help: ArgumentHelp(.cmdAddOrganization, valueName: "org-id"))
    var organizations: [String] = []

    @Option(help: ArgumentHelp(.cmdStatusValue, valueName: "status"), completion: .known(GoalStatus.self),
            transform: ValueParsers.status)
    var status: GoalStatus = .proposed

    @Option(help: ArgumentHelp(.cmdProgressValue), transform: ValueParsers.progress)
    var progress: Int = 0

    @Option(help: ArgumentHelp(.cmdPriorityValue, valueName: "priority"), completion: .known(Priority.self),
            transform: ValueParsers.priority)
    var priority: Priority = .medium

    @Option(help: ArgumentHelp(.cmdDueDate, valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var due: Day?

    @Option(help: ArgumentHelp(.cmdAddParent, valueName: "goal-id"))
    var parent: String?

    @Option(help: ArgumentHelp(.cmdLevelValue, valueName: "level"), completion: .known(GovernmentLevel.self),
            transform: ValueParsers.knownLevel)
    var level: GovernmentLevel?

    @Option(help: ArgumentHelp(.cmdAddCountry), transform: ValueParsers.country)
    var country: [String] = []

    @Option(help: ArgumentHelp(.cmdAddTag))
    var tag: [String] = []

    @Option(help: ArgumentHelp(.cmdAddDescription))
    var description: String = ""

    @Option(help: ArgumentHelp(.cmdAddSource))
    var source: String?

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            let id = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> String in
                var generator = GoalIDGenerator()
                let id = generator.next(avoiding: Set(agenda.goals.map(\.id)))
                var areaID = area
                if areaID == nil, let parent, let parentGoal = agenda.goal(parent) { areaID = parentGoal.area }
                guard let areaID else { throw AgendaFileError(file: target.file, strings[.cliGiveArea]) }
                let goal = Goal(
                    id: id, title: title, area: areaID, description: description, owners: owner,
                    organizations: organizations, status: status, progress: status == .achieved ? 100 : progress,
                    priority: priority, due: due, parent: parent, countries: country, level: level,
                    tags: tag, createdAt: Environment.now, source: source)
                try agenda.apply([.createGoal(goal)], by: editor.who, file: target.file)
                return id
            }
            Console.line(id)
        }
    }
}
