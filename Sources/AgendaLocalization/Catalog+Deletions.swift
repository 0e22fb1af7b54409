/// The strings of deleted goals: their trace in Activity, the log and reports, and bringing them back,
/// in every language.
extension Catalog {
    /// The strings of a language.
    static func deletions(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishDeletions
        case .spanish: spanishDeletions
        case .portuguese: portugueseDeletions
        case .french: frenchDeletions
        }
    }

    static let englishDeletions: [Text: String] = [
        .activityDeleted: "Deleted %@ “%@”",
        .activityRestoredBy: "restored by %@",
        .historyRestored: "restored",
        .labelRestored: "restoration of %@ “%@”",
        .confirmRestoreTitle: "Bring this goal back?",
        .confirmRestoreLine: "%@ “%@”, deleted by %@ on %@, comes back as it was then.",
        .confirmRestoreSubGoals: "With it, %d {sub-goal|sub-goals}.",
        .messageAlreadyBack: "%@ is already in the agenda.",
        .hintOpenOrRestore: "open/restore",
        .actionShowOrRestore: "Show the entry's goal or session; on a deleted goal, offer to bring it back with its sub-goals",
    ]

    static let spanishDeletions: [Text: String] = [
        .activityDeleted: "Eliminada %@ «%@»",
        .activityRestoredBy: "recuperada por %@",
        .historyRestored: "recuperada",
        .labelRestored: "recuperación de %@ «%@»",
        .confirmRestoreTitle: "¿Recuperar esta meta?",
        .confirmRestoreLine: "%@ «%@», eliminada por %@ el %@, vuelve tal como estaba.",
        .confirmRestoreSubGoals: "Con ella, %d {submeta|submetas}.",
        .messageAlreadyBack: "%@ ya está en la agenda.",
        .hintOpenOrRestore: "abrir/recuperar",
        .actionShowOrRestore: "Mostrar la meta o la sesión de la entrada; en una meta eliminada, ofrecer recuperarla con sus submetas",
    ]

    static let portugueseDeletions: [Text: String] = [
        .activityDeleted: "Excluída %@ “%@”",
        .activityRestoredBy: "recuperada por %@",
        .historyRestored: "recuperada",
        .labelRestored: "recuperação de %@ “%@”",
        .confirmRestoreTitle: "Recuperar esta meta?",
        .confirmRestoreLine: "%@ “%@”, excluída por %@ em %@, volta como estava.",
        .confirmRestoreSubGoals: "Com ela, %d {submeta|submetas}.",
        .messageAlreadyBack: "%@ já está na agenda.",
        .hintOpenOrRestore: "abrir/recuperar",
        .actionShowOrRestore: "Mostrar a meta ou a sessão da entrada; numa meta excluída, oferecer recuperá-la com suas submetas",
    ]

    static let frenchDeletions: [Text: String] = [
        .activityDeleted: "Supprimé %@ « %@ »",
        .activityRestoredBy: "rétabli par %@",
        .historyRestored: "rétabli",
        .labelRestored: "rétablissement de %@ « %@ »",
        .confirmRestoreTitle: "Rétablir cet objectif ?",
        .confirmRestoreLine: "%@ « %@ », supprimé par %@ le %@, revient tel qu'il était.",
        .confirmRestoreSubGoals: "Avec lui, %d {sous-objectif|sous-objectifs}.",
        .messageAlreadyBack: "%@ est déjà dans l'agenda.",
        .hintOpenOrRestore: "ouvrir/rétablir",
        .actionShowOrRestore: "Afficher l'objectif ou la séance de l'entrée ; sur un objectif supprimé, proposer de le rétablir avec ses sous-objectifs",
    ]
}
