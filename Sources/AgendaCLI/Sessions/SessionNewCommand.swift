import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda session new FILE --title T --date D [--item GOAL-ID:MINUTES]... [--topic TEXT:MINUTES]...`.
struct SessionNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: strings[.cmdSessionNewAbstract], discussion: strings[.cmdSessionNewDiscussion])

    @OptionGroup var target: AgendaFileArgument

    @Option(help: ArgumentHelp(.cmdSessionTitle), transform: ValueParsers.nonEmpty)
    var title: String

    @Option(help: ArgumentHelp(.cmdSessionDate, valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var date: Day

    @Option(help: ArgumentHelp(.cmdSessionItem, valueName: "goal-id:minutes"))
    var item: [String] = []

    @Option(help: ArgumentHelp(.cmdSessionTopic, valueName: "text:minutes"))
    var topic: [String] = []

    @Option(help: ArgumentHelp(.cmdSessionPlace))
    var place: String?

    @Option(help: ArgumentHelp(.cmdSessionFacilitator))
    var facilitator: String?

    @Option(help: ArgumentHelp(.cmdSessionLanguage))
    var language: [String] = []

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    /// The items in the order they were given on the command line.
    private func items() throws -> [SessionItem] {
        var entries: [(position: Int, goal: String?, topic: String?, minutes: Int)] = []
        func split(_ text: String, option: String) throws -> (String, Int) {
            guard let colon = text.lastIndex(of: ":"), let minutes = Int(text[text.index(after: colon)...]), minutes > 0,
                  !String(text[..<colon]).trimmingWhitespace.isEmpty
            else {
                throw ValidationError(strings.format(option == "item" ? .cliNotAnItem : .cliNotATopic, text))
            }
            return (String(text[..<colon]).trimmingWhitespace, minutes)
        }
        let arguments = CommandLine.arguments
        var itemIndex = 0
        var topicIndex = 0
        for (position, argument) in arguments.enumerated() {
            if argument == "--item" || argument.hasPrefix("--item="), itemIndex < item.count {
                let (goal, minutes) = try split(item[itemIndex], option: "item")
                entries.append((position, goal, nil, minutes))
                itemIndex += 1
            } else if argument == "--topic" || argument.hasPrefix("--topic="), topicIndex < topic.count {
                let (text, minutes) = try split(topic[topicIndex], option: "topic")
                entries.append((position, nil, text, minutes))
                topicIndex += 1
            }
        }
        // Values not matched to a position (a test calling in-process) keep the items-then-topics order.
        for value in item.dropFirst(itemIndex) {
            let (goal, minutes) = try split(value, option: "item")
            entries.append((Int.max, goal, nil, minutes))
        }
        for value in topic.dropFirst(topicIndex) {
            let (text, minutes) = try split(value, option: "topic")
            entries.append((Int.max, nil, text, minutes))
        }
        return entries.sorted { $0.position < $1.position }.enumerated().map { number, entry in
            SessionItem(id: "I-\(number + 1)", goal: entry.goal, topic: entry.topic, minutes: entry.minutes)
        }
    }

    func validate() throws {
        _ = try items()
    }

    func run() throws {
        let items = try items()
        try reporting {
            let id = try FileAgendaStore.forCommandLine().update(target.file) { (agenda: inout Agenda) throws(AgendaFileError) -> String in
                var random = SystemRandomNumberGenerator()
                let id = Agenda.newSessionID(avoiding: agenda.sessions, using: &random)
                var resolved = items
                for index in resolved.indices {
                    if let goal = resolved[index].goal, let found = agenda.goal(goal) { resolved[index].goal = found.id }
                }
                let session = Session(id: id, title: title, date: date, place: place, facilitator: facilitator,
                                      languages: language, items: resolved)
                try agenda.apply([.createSession(session)], by: editor.who, file: target.file)
                return id
            }
            Console.line(id)
        }
    }
}
