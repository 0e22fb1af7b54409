import AgendaLocalization
import AgendaModel
import Foundation

/// The minutes of a session, in the interface's language: attendance by country and community, each
/// item with planned and actual time, notes, decisions, votes and action items, and who spoke, how
/// often and how long, by organization and community.
public struct MinutesReport {
    public let session: Session
    public let agenda: Agenda
    public let strings: Strings
    /// The time the clocks are read at (the session's end once it is closed).
    public let now: Date
    /// The local time zone's offset from UTC, in seconds, for the times shown.
    public let utcOffset: Int

    public init(session: Session, agenda: Agenda, strings: Strings, now: Date, utcOffset: Int = 0) {
        self.session = session
        self.agenda = agenda
        self.strings = strings
        self.now = now
        self.utcOffset = utcOffset
    }

    private var organizations: [String: Organization] {
        Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The report as a document, to write as Markdown or HTML.
    public func document() -> ReportDocument {
        let language = strings.language
        let clockTime = session.endedAt ?? now
        var doc = ReportDocument(title: strings.format(.minutesTitle, session.title), language: language.rawValue)
        var facts = [DateText.day(session.date, language)]
        if let place = session.place { facts.append(strings[.minutesPlace] + ": " + place) }
        if let facilitator = session.facilitator { facts.append(strings[.minutesFacilitator] + ": " + facilitator) }
        if !session.languages.isEmpty { facts.append(strings[.minutesLanguages] + ": " + session.languages.joined(separator: ", ")) }
        doc.paragraph(facts.joined(separator: " · "))
        let elapsed = session.elapsed(at: clockTime)
        doc.paragraph(strings.format(.minutesLength, Durations.clock(elapsed), Durations.minutes(session.plannedMinutes))
            + (session.state == .closed ? "" : " · " + strings[.minutesNotClosed]))
        attendance(&doc)
        runOfShow(&doc, at: clockTime)
        speakers(&doc, at: clockTime)
        return doc
    }

    /// Markdown.
    public func markdown() -> String { MarkdownRenderer.render(document()) }

    /// One self-contained HTML file.
    public func html() -> String { HTMLRenderer.render(document()) }

    private func attendance(_ doc: inout ReportDocument) {
        doc.heading(2, strings[.minutesAttendance])
        let orgs = session.attendance.organizations.map { organizations[$0] ?? Organization(id: $0, name: $0, country: "") }
        let people = session.attendance.people.map { id in agenda.people.first { $0.id == id } ?? Person(id: id, name: id) }
        doc.paragraph(strings.format(.minutesAttendanceCount, orgs.count, people.count))
        if !orgs.isEmpty {
            var byCountry: [String: [String]] = [:]
            for org in orgs { byCountry[org.country, default: []].append(org.name) }
            doc.heading(3, strings[.minutesByCountry])
            doc.table([strings[.columnCountry], strings[.columnOrganizations]],
                      byCountry.keys.sorted().map { [$0, byCountry[$0]!.joined(separator: ", ")] })
            var byCommunity: [String: [String]] = [:]
            for org in orgs {
                for community in org.communities.isEmpty ? [""] : org.communities {
                    byCommunity[community, default: []].append(org.name)
                }
            }
            doc.heading(3, strings[.minutesByCommunity])
            doc.table([strings[.columnCommunities], strings[.columnOrganizations]],
                      sortedCommunities(byCommunity.keys).map { [$0.isEmpty ? strings[.minutesNoCommunity] : Labels.communityCell($0, strings),
                                                                 byCommunity[$0]!.joined(separator: ", ")] })
            let missing = ["afro-latino", "indigenous"].filter { byCommunity[$0] == nil }
            if !missing.isEmpty { doc.paragraph(strings.format(.minutesMissingCommunities, communities(missing))) }
        }
        if !people.isEmpty {
            // Each person with their country, organization and communities, by country (none last) then name.
            doc.heading(3, strings[.minutesPeople])
            let rows = people.map { person -> [String] in
                let org = person.organization.flatMap { organizations[$0] }
                return [person.country ?? org?.country ?? "", person.name, org?.name ?? person.organization ?? "",
                        Labels.communities(person.communities, strings)]
            }.sorted { ($0[0].isEmpty ? 1 : 0, $0[0], TextFolding.fold($0[1])) < ($1[0].isEmpty ? 1 : 0, $1[0], TextFolding.fold($1[1])) }
            doc.table([strings[.columnCountry], strings[.columnName], strings[.filterOrganization], strings[.columnCommunities]],
                      rows)
        }
    }

    /// A community's name in the report's language.
    private func community(_ slug: String) -> String { Labels.community(slug, strings) }

    /// Communities' names in the report's language, joined as running text.
    private func communities(_ slugs: [String]) -> String { slugs.map(community).joined(separator: ", ") }

    /// Community slugs in the order of their names in the report's language; none named ("") last.
    private func sortedCommunities(_ slugs: some Sequence<String>) -> [String] {
        slugs.sorted { ($0.isEmpty ? 1 : 0, TextFolding.fold(community($0))) < ($1.isEmpty ? 1 : 0, TextFolding.fold(community($1))) }
    }

    private func runOfShow(_ doc: inout ReportDocument, at time: Date) {
        doc.heading(2, strings[.minutesRunOfShow])
        for (number, item) in session.items.enumerated() {
            let spent = item.clock.elapsed(at: time)
            let planned = TimeInterval(item.minutes * 60)
            var heading = "\(number + 1). " + itemTitle(item)
            heading += " (" + strings.format(.minutesItemTime, Durations.clock(spent), Durations.minutes(item.minutes))
            if spent > planned { heading += ", " + strings.format(.minutesOver, Durations.clock(spent - planned)) }
            heading += ")"
            doc.heading(3, heading)
            if let presenter = item.presenter { doc.paragraph(strings[.minutesPresenter] + ": " + presenter) }
            if !item.notes.trimmingWhitespace.isEmpty {
                doc.paragraph(strings[.minutesNotes] + ":\n" + item.notes)
            }
            if !item.decisions.isEmpty {
                doc.paragraph(strings[.minutesDecisions] + ":")
                doc.list(item.decisions.map(\.text))
            }
            if !item.votes.isEmpty {
                doc.paragraph(strings[.minutesVotes] + ":")
                doc.list(item.votes.map(describe))
            }
            if !item.actions.isEmpty {
                doc.paragraph(strings[.minutesActions] + ":")
                doc.list(item.actions.map { id in
                    guard let goal = agenda.goal(id) else { return id }
                    let owners = goal.owners.isEmpty ? strings[.detailNone] : goal.owners.joined(separator: ", ")
                    let due = goal.due.map { DateText.day($0, strings.language) } ?? strings[.detailNone]
                    return strings.format(.minutesActionLine, goal.id, goal.title, owners, due)
                })
            }
        }
    }

    private func speakers(_ doc: inout ReportDocument, at time: Date) {
        doc.heading(2, strings[.minutesSpeakers])
        let times = session.speakingTimes(at: time)
        guard !times.isEmpty else {
            doc.paragraph(strings[.minutesNobodySpoke])
            return
        }
        doc.table(
            [strings[.columnName], strings[.filterOrganization], strings[.columnCommunities], strings[.minutesTurns],
             strings[.minutesTime]],
            times.map { entry in
                let org = entry.organization.flatMap { organizations[$0] }
                return [entry.name, org?.name ?? entry.organization ?? "", Labels.communities(org?.communities ?? [], strings),
                        String(entry.turns), Durations.clock(entry.seconds)]
            }, alignRight: [3, 4])
        var byOrg: [String: (turns: Int, seconds: TimeInterval)] = [:]
        var byCommunity: [String: (turns: Int, seconds: TimeInterval)] = [:]
        for entry in times {
            let org = entry.organization.flatMap { organizations[$0] }
            let name = org?.name ?? entry.organization ?? strings[.minutesNoOrganization]
            byOrg[name, default: (0, 0)].turns += entry.turns
            byOrg[name, default: (0, 0)].seconds += entry.seconds
            for community in org?.communities ?? [] {
                byCommunity[community, default: (0, 0)].turns += entry.turns
                byCommunity[community, default: (0, 0)].seconds += entry.seconds
            }
        }
        doc.heading(3, strings[.minutesByOrganization])
        doc.table([strings[.filterOrganization], strings[.minutesTurns], strings[.minutesTime]],
                  byOrg.keys.sorted().map { [$0, String(byOrg[$0]!.turns), Durations.clock(byOrg[$0]!.seconds)] },
                  alignRight: [1, 2])
        if !byCommunity.isEmpty {
            doc.heading(3, strings[.minutesByCommunity])
            doc.table([strings[.columnCommunities], strings[.minutesTurns], strings[.minutesTime]],
                      sortedCommunities(byCommunity.keys).map {
                          [Labels.communityCell($0, strings), String(byCommunity[$0]!.turns), Durations.clock(byCommunity[$0]!.seconds)]
                      },
                      alignRight: [1, 2])
        }
    }

    /// An item's title: its goal's, with the goal's id, or its topic.
    public func itemTitle(_ item: SessionItem) -> String {
        Self.itemTitle(item, in: agenda)
    }

    /// An item's title in an agenda: its goal's, with the goal's id, or its topic.
    public static func itemTitle(_ item: SessionItem, in agenda: Agenda) -> String {
        if let id = item.goal {
            return (agenda.goal(id).map { $0.title + " (" + $0.id + ")" }) ?? id
        }
        return item.topic ?? ""
    }

    private func describe(_ vote: Vote) -> String {
        if let consensus = vote.consensus {
            return vote.question + ": " + strings[consensus ? .minutesConsensusReached : .minutesConsensusNotReached]
        }
        return strings.format(.minutesVoteLine, vote.question, vote.inFavor, vote.against, vote.abstentions)
            + ": " + strings[vote.carried ? .minutesCarried : .minutesNotCarried]
    }
}
