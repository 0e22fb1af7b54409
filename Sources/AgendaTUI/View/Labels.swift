import AgendaModel

/// Words and symbols for the model's values, in the interface's language.
enum Labels {
    /// The symbol that stands beside a status word: ○ proposed, ● active, ■ blocked, ✓ achieved, ✗ dropped.
    static func symbol(_ status: GoalStatus) -> String {
        switch status {
        case .proposed: "○"
        case .active: "●"
        case .blocked: "■"
        case .achieved: "✓"
        case .dropped: "✗"
        default: "?"
        }
    }

    static func status(_ status: GoalStatus, _ strings: Strings) -> String {
        switch status {
        case .proposed: strings[.statusProposed]
        case .active: strings[.statusActive]
        case .blocked: strings[.statusBlocked]
        case .achieved: strings[.statusAchieved]
        case .dropped: strings[.statusDropped]
        default: status.rawValue
        }
    }

    static func priority(_ priority: Priority, _ strings: Strings) -> String {
        switch priority {
        case .low: strings[.priorityLow]
        case .medium: strings[.priorityMedium]
        case .high: strings[.priorityHigh]
        default: priority.rawValue
        }
    }

    static func level(_ level: GovernmentLevel, _ strings: Strings) -> String {
        switch level {
        case .hemispheric: strings[.levelHemispheric]
        case .binational: strings[.levelBinational]
        case .national: strings[.levelNational]
        case .state: strings[.levelState]
        case .municipal: strings[.levelMunicipal]
        default: level.rawValue
        }
    }

    static func kind(_ kind: OrganizationKind, _ strings: Strings) -> String {
        switch kind {
        case .federation: strings[.kindFederation]
        case .hometownAssociation: strings[.kindHometownAssociation]
        case .ngo: strings[.kindNGO]
        case .faithBased: strings[.kindFaithBased]
        case .union: strings[.kindUnion]
        case .legislature: strings[.kindLegislature]
        case .governmentOffice: strings[.kindGovernmentOffice]
        case .academic: strings[.kindAcademic]
        case .other: strings[.kindOther]
        default: kind.rawValue
        }
    }
}
