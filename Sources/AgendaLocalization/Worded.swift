import AgendaModel

/// A value of a vocabulary that has a word in each language of the interface (statuses, priorities,
/// levels of government, kinds of organization, healths), so that people can type it in their own.
public protocol Worded: KnownValue {
    /// The value's word in the interface's language, as tables and messages show it.
    static func word(_ value: Self, _ strings: Strings) -> String
    /// Other forms of the value's word people type in a language, beside `word`: the other gender of an
    /// adjective (`activo` for `activa`), as the sentence they have in mind may need it.
    static func variants(_ value: Self, _ language: Language) -> [String]
}

extension GoalStatus: Worded {
    public static func word(_ value: GoalStatus, _ strings: Strings) -> String { Labels.status(value, strings) }

    public static func variants(_ value: GoalStatus, _ language: Language) -> [String] {
        let forms: [Language: [GoalStatus: [String]]] = [
            .spanish: [.proposed: ["propuesto"], .active: ["activo"], .blocked: ["bloqueado"],
                       .achieved: ["logrado", "alcanzada", "alcanzado", "cumplida", "cumplido"], .dropped: ["descartado"]],
            .portuguese: [.proposed: ["proposto"], .active: ["ativo"], .blocked: ["bloqueado"],
                          .achieved: ["alcançado", "atingida", "atingido"], .dropped: ["descartado"]],
            .french: [.proposed: ["proposée"], .active: ["active"], .blocked: ["bloquée"], .achieved: ["atteinte"],
                      .dropped: ["abandonnée"]],
        ]
        return forms[language]?[value] ?? []
    }
}

extension Priority: Worded {
    public static func word(_ value: Priority, _ strings: Strings) -> String { Labels.priority(value, strings) }

    public static func variants(_ value: Priority, _ language: Language) -> [String] {
        let forms: [Language: [Priority: [String]]] = [
            .spanish: [.low: ["bajo"], .medium: ["medio"], .high: ["alto"]],
            .portuguese: [.low: ["baixo"], .medium: ["médio"], .high: ["alto"]],
            .french: [.low: ["bas"], .medium: ["moyen"], .high: ["haut"]],
        ]
        return forms[language]?[value] ?? []
    }
}

extension GovernmentLevel: Worded {
    public static func word(_ value: GovernmentLevel, _ strings: Strings) -> String { Labels.level(value, strings) }

    public static func variants(_ value: GovernmentLevel, _ language: Language) -> [String] {
        let forms: [Language: [GovernmentLevel: [String]]] = [
            .spanish: [.hemispheric: ["hemisférica"]],
            .portuguese: [.hemispheric: ["hemisférica"]],
            .french: [.binational: ["binationale"], .national: ["nationale"], .municipal: ["municipale"]],
        ]
        return forms[language]?[value] ?? []
    }
}

extension OrganizationKind: Worded {
    public static func word(_ value: OrganizationKind, _ strings: Strings) -> String { Labels.kind(value, strings) }

    public static func variants(_ value: OrganizationKind, _ language: Language) -> [String] {
        let forms: [Language: [OrganizationKind: [String]]] = [
            .spanish: [.hometownAssociation: ["asociación de oriundos"], .faithBased: ["religioso"],
                       .governmentOffice: ["dependencia de gobierno"], .academic: ["académico"], .other: ["otro"]],
            .portuguese: [.faithBased: ["religioso"], .academic: ["acadêmico"], .other: ["outro"]],
            .french: [.faithBased: ["religieuse"]],
        ]
        return forms[language]?[value] ?? []
    }
}

extension Health: Worded {
    public static func word(_ value: Health, _ strings: Strings) -> String { Labels.health(value, strings) }

    public static func variants(_ value: Health, _ language: Language) -> [String] {
        let forms: [Language: [Health: [String]]] = [
            .spanish: [.onTrack: ["encaminado", "en camino"], .offTrack: ["desviado"]],
            .portuguese: [.onTrack: ["no caminho"], .offTrack: ["fora do caminho"]],
        ]
        return forms[language]?[value] ?? []
    }
}

extension SessionState: Worded {
    public static func word(_ value: SessionState, _ strings: Strings) -> String { Labels.sessionState(value, strings) }

    public static func variants(_ value: SessionState, _ language: Language) -> [String] {
        let forms: [Language: [SessionState: [String]]] = [
            .spanish: [.planned: ["planificado", "prevista"], .closed: ["cerrado"]],
            .portuguese: [.planned: ["planejado", "prevista"], .closed: ["encerrado"]],
            .french: [.planned: ["prévu"], .closed: ["clos", "fermée"]],
        ]
        return forms[language]?[value] ?? []
    }
}
