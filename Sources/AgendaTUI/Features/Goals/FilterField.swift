/// A criterion of the filter menu.
public enum FilterField: String, CaseIterable, Equatable, Sendable {
    case status, area, owner, organization, country, reviewed, health, translation
}
