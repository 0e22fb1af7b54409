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

    /// Refuses an area, organization or owner the agenda does not know, naming the known ones closest
    /// to it: a misspelt filter would otherwise list nothing and look like an answer.
    func check(in agenda: Agenda, file: String) throws {
        if let area, agenda.area(area) == nil {
            throw Failure.unknown(EditError.noSuchArea(area).localized, area, among: agenda.areas.map(\.id), file: file)
        }
        if let organization, agenda.organization(organization) == nil {
            throw Failure.unknown(EditError.noSuchOrganization(organization).localized, organization,
                                  among: agenda.organizations.map(\.id), file: file)
        }
        if let owner {
            let names = agenda.goals.flatMap(\.owners) + agenda.people.map(\.name)
            let needle = TextFolding.fold(owner)
            if !names.contains(where: { TextFolding.fold($0).contains(needle) }) {
                throw Failure.unknown(strings.format(.cliNoSuchOwner, owner), owner, among: names, file: file)
            }
        }
    }
}
