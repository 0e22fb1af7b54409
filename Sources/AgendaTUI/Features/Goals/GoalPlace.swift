/// Where a goal can be moved: to the top of an area, or under another goal.
public enum GoalPlace: Equatable, Sendable {
    case area(String)
    case goal(String)
}
