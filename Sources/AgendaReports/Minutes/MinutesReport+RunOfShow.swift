import AgendaLocalization
import AgendaModel
import Foundation

extension MinutesReport {
    /// Each item: its time taken of the time planned, who presented it, its notes, decisions, votes
    /// and action items.
    func runOfShow(_ doc: inout ReportDocument) {
        doc.heading(2, strings[.minutesRunOfShow])
        for (number, item) in session.items.enumerated() {
            doc.heading(3, "\(number + 1). " + itemTitle(item))
            let spent = item.clock.elapsed(at: clockTime)
            let planned = TimeInterval(item.minutes * 60)
            var facts = strings[.minutesTime] + ": " + strings.format(.minutesItemTime, Durations.words(spent), Durations.words(planned))
            if spent > planned { facts += ", " + strings.format(.minutesOver, Durations.words(spent - planned)) }
            if let presenter = item.presenter { facts += " · " + strings[.minutesPresenter] + ": " + presenter }
            doc.paragraph(facts)
            if !item.notes.trimmingWhitespace.isEmpty {
                doc.paragraph(strings[.minutesNotes] + ":\n" + item.notes)
            }
            if !item.decisions.isEmpty {
                doc.paragraph(strings[.minutesDecisions] + ":")
                doc.list(item.decisions.map(reading.reportText))
            }
            if !item.votes.isEmpty {
                doc.paragraph(strings[.minutesVotes] + ":")
                doc.list(item.votes.map { VoteWords.describe($0, strings) })
            }
            if !item.actions.isEmpty {
                doc.paragraph(strings[.minutesActions] + ":")
                doc.list(item.actions.map { id in
                    guard let goal = agenda.goal(id) else { return id }
                    let owners = goal.owners.isEmpty ? strings[.detailNone] : goal.owners.joined(separator: ", ")
                    let due = goal.due.map { DateText.day($0, language) } ?? strings[.detailNone]
                    return strings.format(.minutesActionLine, goal.id, reading.reportTitle(goal), owners, due)
                })
            }
        }
    }

    /// Who spoke: a sentence of totals, then per person, per organization and per community (each
    /// community once) the turns and the time.
    func speakers(_ doc: inout ReportDocument) {
        doc.heading(2, strings[.minutesSpeakers])
        let times = session.speakingTimes(at: clockTime)
        guard !times.isEmpty else {
            doc.paragraph(strings[.minutesNobodySpoke])
            return
        }
        let organizations = organizations
        doc.paragraph(strings.format(.minutesSpokeSummary, times.count, times.reduce(0) { $0 + $1.turns },
                                     Durations.words(times.reduce(0) { $0 + $1.seconds })))
        doc.table(ReportDocument.Table(
            header: [strings[.columnName], strings[.filterOrganization], strings[.columnCommunities], strings[.minutesTurns],
                     strings[.minutesTime]],
            rows: times.map { entry in
                let org = entry.organization.flatMap { organizations[$0] }
                return [entry.name, org?.name ?? entry.organization ?? "", Labels.communities(org?.communities ?? [], strings),
                        String(entry.turns), Durations.words(entry.seconds)]
            }, alignRight: [3, 4], layout: .cards, rowHeader: 0, noWrap: [4]))
        var byOrg: [String: (turns: Int, seconds: TimeInterval)] = [:]
        var byCommunity: [String: (turns: Int, seconds: TimeInterval)] = [:]
        var word: [String: String] = [:]
        for entry in times {
            let org = entry.organization.flatMap { organizations[$0] }
            let name = org?.name ?? entry.organization ?? strings[.minutesNoOrganization]
            byOrg[name, default: (0, 0)].turns += entry.turns
            byOrg[name, default: (0, 0)].seconds += entry.seconds
            var counted: Set<String> = []
            for typed in org?.communities ?? [] where counted.insert(Communities.key(typed)).inserted {
                let key = Communities.key(typed)
                if word[key] == nil { word[key] = typed }
                byCommunity[key, default: (0, 0)].turns += entry.turns
                byCommunity[key, default: (0, 0)].seconds += entry.seconds
            }
        }
        doc.heading(3, strings[.minutesByOrganization])
        doc.table(ReportDocument.Table(
            header: [strings[.filterOrganization], strings[.minutesTurns], strings[.minutesTime]],
            rows: byOrg.keys.sorted().map { [$0, String(byOrg[$0]!.turns), Durations.words(byOrg[$0]!.seconds)] },
            alignRight: [1, 2], rowHeader: 0, noWrap: [2]))
        guard !byCommunity.isEmpty else { return }
        doc.heading(3, strings[.minutesByCommunity])
        doc.table(ReportDocument.Table(
            header: [strings[.columnCommunities], strings[.minutesTurns], strings[.minutesTime]],
            rows: sortedByName(byCommunity.keys) { Labels.community(word[$0] ?? $0, strings) }.map { key in
                [Labels.communityCell(word[key] ?? key, strings), String(byCommunity[key]!.turns), Durations.words(byCommunity[key]!.seconds)]
            },
            alignRight: [1, 2], rowHeader: 0, noWrap: [2]))
    }
}
