/// A thing shown whole on the screen, in place of the views: a goal or an organization.
public enum DetailTarget: Equatable, Sendable {
    case goal(index: Int)
    case organization(id: String)
}
