import AgendaModel
import ArgumentParser

/// The options that choose goals, shared by `list` and other listing commands.
struct GoalFilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only goals with this status (repeat for several).", completion: .known(GoalStatus.self),
            transform: ValueParsers.status)
    var status: [GoalStatus] = []

    @Option(help: "Only goals in this area (its id).")
    var area: String?

    @Option(help: "Only goals with an owner whose name contains this (case and accents ignored).")
    var owner: String?

    @Option(name: .customLong("org"), help: ArgumentHelp("Only goals linked to this organization.", valueName: "org-id"))
    var organization: String?

    @Option(help: "Only goals concerning this country (ISO code), directly or through an organization.",
            transform: ValueParsers.country)
    var country: String?

    @Option(help: "Only goals whose text contains this, ignoring case and accents (michoacan finds Michoacán).")
    var search: String?

    @Option(help: ArgumentHelp("Only open goals with no review on or after this day.", valueName: "YYYY-MM-DD"),
            transform: ValueParsers.day)
    var notReviewedSince: Day?

    @Option(help: ArgumentHelp("Only goals whose latest review says on-track, at-risk or off-track.", valueName: "health"),
            transform: ValueParsers.health)
    var health: Health?

    var filter: GoalFilter {
        GoalFilter(
            statuses: Set(status), area: area, owner: owner, organization: organization, country: country,
            search: search, notReviewedSince: notReviewedSince, health: health)
    }
}
