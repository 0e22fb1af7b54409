import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda add FILE --title T --area A ...`: adds a goal and prints its id.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a goal; prints its new id alone on standard output.",
        discussion: "A sub-goal (--parent) takes its parent's area unless --area is given."
    )

    @OptionGroup var target: AgendaFileArgument

    @Option(help: "The goal's title.", transform: ValueParsers.nonEmpty)
    var title: String

    @Option(help: "The area's id (see 'agenda area list').")
    var area: String?

    @Option(help: "An owner: a person or committee (repeat for several).", transform: ValueParsers.nonEmpty)
    var owner: [String] = []

    @Option(name: .customLong("org"), help: ArgumentHelp("A linked organization's id (repeat).", valueName: "org-id"))
    var organizations: [String] = []

    @Option(help: "proposed, active, blocked, achieved or dropped.", completion: .known(GoalStatus.self), transform: ValueParsers.status)
    var status: GoalStatus = .proposed

    @Option(help: "Progress from 0 to 100.", transform: ValueParsers.progress)
    var progress: Int = 0

    @Option(help: "low, medium or high.", completion: .known(Priority.self), transform: ValueParsers.priority)
    var priority: Priority = .medium

    @Option(help: ArgumentHelp("The due date.", valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var due: Day?

    @Option(help: ArgumentHelp("Make it a sub-goal of this goal.", valueName: "goal-id"))
    var parent: String?

    @Option(help: "hemispheric, binational, national, state or municipal.", completion: .known(GovernmentLevel.self), transform: ValueParsers.knownLevel)
    var level: GovernmentLevel?

    @Option(help: "A country concerned, ISO 3166 alpha-2 such as MX (repeat).", transform: ValueParsers.country)
    var country: [String] = []

    @Option(help: "A tag (repeat).")
    var tag: [String] = []

    @Option(help: "A longer description.")
    var description: String = ""

    @Option(help: "Where the goal came from, such as who raised it.")
    var source: String?

    @OptionGroup var editor: EditorOptions

    func run() throws {
        try reporting {
            let id = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> String in
                var generator = GoalIDGenerator()
                let id = generator.next(avoiding: Set(agenda.goals.map(\.id)))
                var areaID = area
                if areaID == nil, let parent, let parentGoal = agenda.goal(parent) { areaID = parentGoal.area }
                guard let areaID else {
                    throw AgendaFileError(file: target.file, "give the goal's area with --area (or a --parent)")
                }
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
