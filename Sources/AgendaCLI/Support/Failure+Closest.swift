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
        let closest = Closest.names(to: given, among: known)
        guard !closest.isEmpty else { return message }
        return message + strings.format(.cliClosest, strings.or(closest.map { strings.format(.cliQuoted, $0) }))
    }
}
