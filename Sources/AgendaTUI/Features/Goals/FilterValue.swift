import AgendaModel

/// A value a filter criterion can take, as its menu offers it.
public enum FilterValue: Equatable, Sendable {
    case status(GoalStatus)
    case health(Health)
    /// An area, an owner, an organization or a country, by its id or name.
    case text(String)
}
