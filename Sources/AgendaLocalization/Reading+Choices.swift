import AgendaModel

extension Reading {
    /// A goal as a list to choose from names it: its id and its title in the reader's language, marked
    /// when that is the original or a stale translation.
    public func choiceLabel(_ goal: Goal) -> String {
        goal.id + "  " + Reading.joined(title(goal))
    }

    /// The words a list to choose from also finds a goal by: its original title and every translation
    /// of it, so that typing in any of the agenda's languages finds it.
    public static func searchWords(_ goal: Goal) -> String {
        ([goal.title] + goal.translations.of("title").values.map(\.text)).joined(separator: " ")
    }

    /// The words a list also finds an area by: its original name and every translation of it.
    public static func searchWords(_ area: Area) -> String {
        ([area.name] + area.translations.of("name").values.map(\.text)).joined(separator: " ")
    }
}
