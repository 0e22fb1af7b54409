import AgendaLocalization

extension Failure {
    /// A refusal of a name the agenda does not know (`message`), followed by the known names closest to
    /// the one given, when there are any.
    static func unknown(_ message: String, _ given: String, among known: [String], file: String) -> Failure {
        Failure(file: file, withClosest(message, given, among: known))
    }

    /// The message followed by the known names closest to the one given, when there are any:
    /// `no area with id 'votes'; did you mean 'vote-abroad'?`.
    static func withClosest(_ message: String, _ given: String, among known: [String]) -> String {
        message + closest(to: given, among: known)
    }

    /// The message of a refusal inside a save, `; nothing was written` after it, then the known names
    /// closest to the one given: the question ends the line.
    static func nothingWritten(_ message: String, _ given: String, among known: [String]) -> String {
        strings.format(.fileNothingWritten, message) + closest(to: given, among: known)
    }

    /// `; did you mean 'vote-abroad'?`, or nothing when no known name is close.
    private static func closest(to given: String, among known: [String]) -> String {
        let closest = Closest.names(to: given, among: known)
        guard !closest.isEmpty else { return "" }
        return strings.format(.cliClosest, strings.or(closest.map { strings.format(.cliQuoted, $0) }))
    }
}
