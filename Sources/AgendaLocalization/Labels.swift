import AgendaModel

/// Words and symbols for the model's values, in the interface's language.
public enum Labels {
    /// The symbol that stands beside a status word: ○ proposed, ● active, ■ blocked, ✓ achieved, ✗ dropped.
    public static func symbol(_ status: GoalStatus) -> String {
        switch status {
        case .proposed: "○"
        case .active: "●"
        case .blocked: "■"
        case .achieved: "✓"
        case .dropped: "✗"
        default: "?"
        }
    }

    public static func status(_ status: GoalStatus, _ strings: Strings) -> String {
        switch status {
        case .proposed: strings[.statusProposed]
        case .active: strings[.statusActive]
        case .blocked: strings[.statusBlocked]
        case .achieved: strings[.statusAchieved]
        case .dropped: strings[.statusDropped]
        default: status.rawValue
        }
    }

    /// A count of goals with a status, as running text writes it: `3 propuestas`, `1 activa`.
    public static func count(_ count: Int, _ status: GoalStatus, _ strings: Strings) -> String {
        switch status {
        case .proposed: strings.format(.countProposed, count)
        case .active: strings.format(.countActive, count)
        case .blocked: strings.format(.countBlocked, count)
        case .achieved: strings.format(.countAchieved, count)
        case .dropped: strings.format(.countDropped, count)
        default: "\(count) " + status.rawValue
        }
    }

    public static func priority(_ priority: Priority, _ strings: Strings) -> String {
        switch priority {
        case .low: strings[.priorityLow]
        case .medium: strings[.priorityMedium]
        case .high: strings[.priorityHigh]
        default: priority.rawValue
        }
    }

    public static func level(_ level: GovernmentLevel, _ strings: Strings) -> String {
        switch level {
        case .hemispheric: strings[.levelHemispheric]
        case .binational: strings[.levelBinational]
        case .national: strings[.levelNational]
        case .state: strings[.levelState]
        case .municipal: strings[.levelMunicipal]
        default: level.rawValue
        }
    }

    public static func kind(_ kind: OrganizationKind, _ strings: Strings) -> String {
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

    public static func intervention(_ kind: InterventionKind, _ strings: Strings) -> String {
        switch kind {
        case .newPoint: strings[.interventionNewPoint]
        case .reply: strings[.interventionReply]
        case .clarifyingQuestion: strings[.interventionQuestion]
        case .pointOfOrder: strings[.interventionPointOfOrder]
        default: kind.rawValue
        }
    }

    public static func sessionState(_ state: SessionState, _ strings: Strings) -> String {
        switch state {
        case .planned: strings[.sessionPlanned]
        case .live: strings[.sessionLive]
        case .closed: strings[.sessionClosed]
        default: state.rawValue
        }
    }

    public static func health(_ health: Health, _ strings: Strings) -> String {
        switch health {
        case .onTrack: strings[.healthOnTrack]
        case .atRisk: strings[.healthAtRisk]
        case .offTrack: strings[.healthOffTrack]
        default: health.rawValue
        }
    }

    /// A kind of activity, as the filter lists it (`decisions`, `action items`).
    public static func activityKind(_ kind: Activity.Kind, _ strings: Strings) -> String {
        switch kind {
        case .change: strings[.activityKindChange]
        case .review: strings[.activityKindReview]
        case .session: strings[.activityKindSession]
        case .decision: strings[.activityKindDecision]
        case .vote: strings[.activityKindVote]
        case .action: strings[.activityKindAction]
        }
    }

    /// A country's name in the interface's language, from its ISO code; a code the table does not know
    /// stays as written.
    public static func country(_ code: String, _ strings: Strings) -> String {
        CountryNames.name(code, strings.language)
    }

    /// A community's label in the interface's language, from its key or any of its words (`indígenas` →
    /// Indigenous peoples); a community the vocabulary does not know stays as written.
    public static func community(_ text: String, _ strings: Strings) -> String {
        communityLabels[Communities.key(text)].map { strings[$0] } ?? text
    }

    /// A community's label at the start of a cell or a line: a known community's label starts with a
    /// capital; one the vocabulary does not know stays as written.
    public static func communityCell(_ text: String, _ strings: Strings) -> String {
        Communities.isKnown(text) ? community(text, strings).capitalizingFirstLetter : text
    }

    /// Communities' labels joined for a cell of a table or a list: the first one as `communityCell`
    /// gives it, the others as running text writes them (`Mexicanos, dominicanos`).
    public static func communities(_ communities: [String], _ strings: Strings) -> String {
        communities.enumerated().map { $0.offset == 0 ? communityCell($0.element, strings) : community($0.element, strings) }
            .joined(separator: ", ")
    }

    /// The communities' labels, by key.
    private static let communityLabels: [String: Text] = [
        "afro-latino": .communityAfroLatino, "indigenous": .communityIndigenous, "women": .communityWomen,
        "youth": .communityYouth, "elders": .communityElders, "farmworkers": .communityFarmworkers,
        "domestic-workers": .communityDomesticWorkers, "students": .communityStudents, "lgbtq": .communityLgbtq,
        "mexican": .communityMexican, "guatemalan": .communityGuatemalan, "salvadoran": .communitySalvadoran,
        "honduran": .communityHonduran, "nicaraguan": .communityNicaraguan, "dominican": .communityDominican,
        "cuban": .communityCuban, "haitian": .communityHaitian, "puerto-rican": .communityPuertoRican,
        "colombian": .communityColombian, "venezuelan": .communityVenezuelan, "ecuadorian": .communityEcuadorian,
        "peruvian": .communityPeruvian, "bolivian": .communityBolivian, "brazilian": .communityBrazilian,
    ]

    /// A goal field's name in the interface's language, lowercase, for history and undo labels.
    public static func fieldName(_ name: String, _ strings: Strings) -> String {
        fieldLabel(name).map { strings[$0].lowercased() } ?? name
    }

    /// The text that names a goal field (by its key in `Goal.fields`) in forms and history, or nil.
    public static func fieldLabel(_ name: String) -> Text? {
        let labels: [String: Text] = [
            "title": .fieldTitle, "description": .detailDescription, "status": .detailStatus,
            "progress": .detailProgress, "priority": .detailPriority, "due": .detailDue, "area": .detailArea,
            "parent": .fieldParent, "level": .detailLevel, "countries": .detailCountries, "owners": .detailOwners,
            "organizations": .detailOrganizations, "tags": .detailTags, "source": .detailSource, "notes": .detailNotes,
            "review": .fieldReview,
        ]
        return labels[name]
    }
}

extension String {
    /// The text with its first letter in capitals, as a cell or a line begins.
    public var capitalizingFirstLetter: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
