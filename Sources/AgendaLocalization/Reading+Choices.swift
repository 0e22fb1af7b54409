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

extension Reading {
    /// An area's name by its id, in the reader's language and marked as `name(_:)` marks it; the id
    /// itself for an area the agenda does not have.
    public func areaName(_ id: String, in agenda: Agenda) -> String {
        agenda.area(id).map { Reading.joined(name($0)) } ?? id
    }
}
