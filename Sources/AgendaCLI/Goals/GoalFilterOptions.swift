import AgendaModel
import ArgumentParser

/// The options that choose goals, shared by `list` and other listing commands.
struct GoalFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(.cmdListStatus, valueName: "status"), completion: .known(GoalStatus.self),
            transform: ValueParsers.status)
    var status: [GoalStatus] = []

    @Option(help: ArgumentHelp(.cmdListArea))
    var area: String?

    @Option(help: ArgumentHelp(.cmdListOwner))
    var owner: String?

    @Option(name: .customLong("org"), help: ArgumentHelp(.cmdListOrganization, valueName: "org-id"))
    var organization: String?

    @Option(help: ArgumentHelp(.cmdListCountry), transform: ValueParsers.country)
    var country: String?

    @Option(help: ArgumentHelp(.cmdListSearch))
    var search: String?

    @Option(help: ArgumentHelp(.cmdListNotReviewedSince, valueName: "YYYY-MM-DD"), transform: ValueParsers.day)
    var notReviewedSince: Day?

    @Option(help: ArgumentHelp(.cmdListHealth, valueName: "health"), completion: .known(Health.self),
            transform: ValueParsers.health)
    var health: Health?

    var filter: GoalFilter {
        GoalFilter(
            statuses: Set(status), area: area, owner: owner, organization: organization, country: country,
            search: search, notReviewedSince: notReviewedSince, health: health)
    }
}
