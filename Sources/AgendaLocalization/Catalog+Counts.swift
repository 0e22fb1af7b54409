/// Goals counted by status in running text, the number first and the status agreeing with it in
/// number and gender, in every language: "3 propuestas, 38 activas".
extension Catalog {
    /// The strings of a language.
    static func counts(_ language: Language) -> [Text: String] {
        switch language {
        case .english: [
            .countProposed: "%d proposed", .countActive: "%d active", .countBlocked: "%d blocked",
            .countAchieved: "%d achieved", .countDropped: "%d dropped",
        ]
        case .spanish: [
            .countProposed: "%d {propuesta|propuestas}", .countActive: "%d {activa|activas}",
            .countBlocked: "%d {bloqueada|bloqueadas}", .countAchieved: "%d {lograda|logradas}",
            .countDropped: "%d {descartada|descartadas}",
        ]
        case .portuguese: [
            .countProposed: "%d {proposta|propostas}", .countActive: "%d {ativa|ativas}",
            .countBlocked: "%d {bloqueada|bloqueadas}", .countAchieved: "%d {alcançada|alcançadas}",
            .countDropped: "%d {descartada|descartadas}",
        ]
        case .french: [
            .countProposed: "%d {proposé|proposés}", .countActive: "%d {actif|actifs}",
            .countBlocked: "%d {bloqué|bloqués}", .countAchieved: "%d {atteint|atteints}",
            .countDropped: "%d {abandonné|abandonnés}",
        ]
        }
    }
}
