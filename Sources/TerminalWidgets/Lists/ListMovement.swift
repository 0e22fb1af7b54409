/// A movement of a list's selection, as the movement keys ask for it.
public enum ListMovement: Equatable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
}
