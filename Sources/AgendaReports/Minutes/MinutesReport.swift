import AgendaLocalization
import AgendaModel
import Foundation

/// The minutes of a session, the record the network keeps, in the interface's language: who attended
/// (organizations by country and community, people, those recorded by name), each item with its time
/// planned and taken, notes, decisions, votes and action items, the floor in the order people spoke
/// (with points of order and the progressive stack's reorderings as they happened), and who spoke, how
/// often and how long, by organization and community.
///
/// Countries are named, each community is counted once whatever word was typed for it, and durations
/// are in units (`6 min 43 s of 45 min planned`). Markdown reads as a document; HTML reads on a phone
/// and pastes into an email.
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

    var organizations: [String: Organization] {
        Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    var language: Language { strings.language }

    /// The time the clocks are read at.
    var clockTime: Date { session.endedAt ?? now }

    /// The report as a document, to write as Markdown or HTML.
    public func document() -> ReportDocument {
        var doc = ReportDocument(title: strings.format(.minutesTitle, reading.reportTitle(session)), language: language.rawValue)
        var facts = [DateText.day(session.date, language)]
        if let place = session.place { facts.append(strings[.minutesPlace] + ": " + place) }
        if let facilitator = session.facilitator { facts.append(strings[.minutesFacilitator] + ": " + facilitator) }
        if !session.languages.isEmpty {
            facts.append(strings[.minutesLanguages] + ": " + session.languages.map { LanguageNames.name($0, language) }.joined(separator: ", "))
        }
        doc.paragraph(facts.joined(separator: " · "))
        doc.paragraph(strings.format(.minutesLength, Durations.words(session.elapsed(at: clockTime)),
                                     Durations.words(minutes: session.plannedMinutes))
            + (session.state == .closed ? "" : " · " + strings[.minutesNotClosed]))
        attendance(&doc)
        runOfShow(&doc)
        floor(&doc)
        speakers(&doc)
        return doc
    }

    /// Markdown.
    public func markdown() -> String { MarkdownRenderer.render(document()) }

    /// One self-contained HTML file.
    public func html() -> String { HTMLRenderer.render(document()) }

    /// Attendance: how many, the organizations by country and by community (each community once), the
    /// communities the summit found missing when none of them is there, the people, and those recorded
    /// by name.
    private func attendance(_ doc: inout ReportDocument) {
        doc.heading(2, strings[.minutesAttendance])
        let attendance = session.attendance
        let orgs = attendance.organizations.map { organizations[$0] ?? Organization(id: $0, name: $0, country: "") }
        let people = attendance.people.map { id in agenda.people.first { $0.id == id } ?? Person(id: id, name: id) }
        doc.paragraph(strings.format(.minutesAttendanceCount, orgs.count, people.count + attendance.named.count))
        if !orgs.isEmpty {
            doc.heading(3, strings[.minutesByCountry])
            var byCountry: [String: [String]] = [:]
            for org in orgs { byCountry[org.country, default: []].append(org.name) }
            doc.list(sortedByName(byCountry.keys) { Labels.country($0, strings) }.map { code in
                (code.isEmpty ? "—" : Labels.country(code, strings)) + ": " + byCountry[code]!.joined(separator: ", ")
            })
            doc.heading(3, strings[.minutesByCommunity])
            let groups = CommunityGroups(orgs.map { ($0.communities, $0.name) })
            doc.list(groups.keys(strings).map { key in
                (key.isEmpty ? strings[.minutesNoCommunity] : Labels.communityCell(groups.word[key]!, strings)) + ": "
                    + groups.members[key]!.joined(separator: ", ")
            })
            let missing = Communities.missing.sorted().filter { groups.members[$0] == nil }
            if !missing.isEmpty {
                doc.paragraph(strings.format(.minutesMissingCommunities, missing.map { Labels.community($0, strings) }.joined(separator: ", ")))
            }
        }
        if !people.isEmpty {
            doc.heading(3, strings[.minutesPeople])
            doc.list(people.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }.map(describe))
        }
        if !attendance.named.isEmpty {
            doc.paragraph(strings.format(.minutesNamed, attendance.named.joined(separator: ", ")))
        }
    }

    /// A person present: name, then organization, country and communities where known.
    private func describe(_ person: Person) -> String {
        let org = person.organization.flatMap { organizations[$0] }
        var details: [String] = []
        if let name = org?.name ?? person.organization { details.append(name) }
        if let country = person.country ?? org?.country, !country.isEmpty { details.append(Labels.country(country, strings)) }
        let communities = Labels.communities(person.communities, strings)
        return person.name + (details.isEmpty ? "" : " — " + details.joined(separator: ", "))
            + (communities.isEmpty ? "" : " (" + communities + ")")
    }

    /// Keys in the order of their names in the report's language; the empty key last.
    func sortedByName(_ keys: some Sequence<String>, _ name: (String) -> String) -> [String] {
        keys.sorted { ($0.isEmpty ? 1 : 0, TextFolding.fold(name($0))) < ($1.isEmpty ? 1 : 0, TextFolding.fold(name($1))) }
    }

    /// An item's title: its goal's, with the goal's id, or its topic.
    public func itemTitle(_ item: SessionItem) -> String {
        Self.itemTitle(item, in: agenda, reading: reading)
    }

    /// An item's title in an agenda: its goal's, with the goal's id, or its topic; read in the
    /// reader's language with `reading` (originals as `LanguageSpan`s), else as the file holds it.
    public static func itemTitle(_ item: SessionItem, in agenda: Agenda, reading: Reading? = nil) -> String {
        if let id = item.goal {
            return (agenda.goal(id).map { (reading?.reportTitle($0) ?? $0.title) + " (" + $0.id + ")" }) ?? id
        }
        return reading?.reportTopic(item) ?? item.topic ?? ""
    }

    /// The agenda's texts in the report's language.
    var reading: Reading { Reading(agenda, strings) }
}

/// Members (organizations, speakers) grouped by the communities they serve, each community once by its
/// key (`Communities.key`), whatever word was typed for it; "" for members that name none.
struct CommunityGroups {
    /// Per community key, the members, each once, in the order given.
    var members: [String: [String]] = [:]
    /// Per community key, the first word typed for it, to name it.
    var word: [String: String] = [:]

    init(_ entries: [(communities: [String], member: String)]) {
        for (communities, member) in entries {
            for typed in communities.isEmpty ? [""] : communities {
                let key = typed.isEmpty ? "" : Communities.key(typed)
                guard !(members[key]?.contains(member) ?? false) else { continue }
                members[key, default: []].append(member)
                if word[key] == nil { word[key] = typed }
            }
        }
    }

    /// The keys, in the order of the communities' names in the language; none named ("") last.
    func keys(_ strings: Strings) -> [String] {
        members.keys.sorted { a, b in
            (a.isEmpty ? 1 : 0, TextFolding.fold(Labels.community(word[a] ?? a, strings)))
                < (b.isEmpty ? 1 : 0, TextFolding.fold(Labels.community(word[b] ?? b, strings)))
        }
    }
}
