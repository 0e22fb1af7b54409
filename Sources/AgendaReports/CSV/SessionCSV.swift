import AgendaLocalization
import AgendaModel
import Foundation

/// What sessions recorded, as CSV: one row per session (its facts, attendance counts, planned and taken
/// time, what came of it), per decision or vote, or per action item with its goal's status now.
///
/// With words (`CSVOptions.words`), headers and values in the interface's language, times as
/// spreadsheets read them; without, the file's keys and values (minutes, seconds and ISO 8601 times).
struct SessionCSV {
    let agenda: Agenda
    let sessions: [(session: Session, items: [SessionItem])]
    let options: CSVOptions

    private var words: Strings? { options.words }

    /// With words, the agenda's texts in their language, each original marked `[en]` where its
    /// translation is missing; without, nil: the file's texts.
    private var reading: Reading? { words.map { Reading(agenda, $0) } }

    /// A text read in the words' language, as one plain cell.
    private func read(_ original: String, _ translated: (Reading) -> String) -> String {
        reading.map { LanguageSpan.plain(translated($0)) } ?? original
    }

    /// One row per session.
    func sessionRows() -> String {
        var csv = CSVWriter(options)
        if let words {
            csv.append([words[.columnID], words[.columnDate], words[.columnTitle], words[.minutesPlace], words[.minutesFacilitator],
                        words[.columnState], words[.minutesLanguages], words[.csvOrganizationsPresent], words[.csvPeoplePresent],
                        words[.columnItems], words[.csvPlannedTime], words[.csvTimeTaken], words[.minutesDecisions],
                        words[.minutesVotes], words[.minutesActions]])
        } else {
            csv.append(["id", "date", "title", "place", "facilitator", "state", "languages", "organizations", "people", "items",
                        "plannedMinutes", "takenSeconds", "decisions", "votes", "actions"])
        }
        for (session, items) in sessions {
            let redaction = options.redaction
            let taken = session.elapsed(at: session.endedAt ?? session.lastClockTime)
            let languages = session.languages.map { code in words.map { LanguageNames.name(code, $0.language) } ?? code }
            csv.append([
                session.id, session.date.description, redaction.text(read(session.title) { $0.reportTitle(session) }), redaction.text(session.place ?? ""),
                session.facilitator.flatMap(redaction.person) ?? "",
                words.map { Labels.sessionState(session.state, $0) } ?? session.state.rawValue,
                languages.joined(separator: "; "), String(session.attendance.organizations.count),
                String(session.attendance.people.count + session.attendance.named.count), String(items.count),
                words == nil ? String(session.plannedMinutes) : Durations.spreadsheet(TimeInterval(session.plannedMinutes * 60)),
                words == nil ? String(Int(taken.rounded(.down))) : Durations.spreadsheet(taken),
                String(items.reduce(0) { $0 + $1.decisions.count }), String(items.reduce(0) { $0 + $1.votes.count }),
                String(items.reduce(0) { $0 + $1.actions.count }),
            ])
        }
        return csv.text
    }

    /// One row per decision and per vote, in the order they were taken.
    func decisionRows() -> String {
        var csv = CSVWriter(options)
        if let words {
            csv.append([words[.csvSession], words[.columnDate], words[.csvItem], words[.activityKind], words[.csvText],
                        words[.fieldFor], words[.fieldAgainst], words[.fieldAbstain], words[.csvOutcome], words[.csvRecordedAt]])
        } else {
            csv.append(["session", "date", "item", "kind", "text", "for", "against", "abstain", "outcome", "time"])
        }
        let redaction = options.redaction
        for (session, items) in sessions {
            for item in items {
                var rows: [(Date, [String])] = item.decisions.map { decision in
                    (decision.time, [words.map { $0[.csvDecision] } ?? "decision", redaction.text(read(decision.text) { $0.reportText(decision) }), "", "", "", ""])
                }
                rows += item.votes.map { vote in
                    let counted = vote.consensus == nil
                    return (vote.time, [words.map { $0[.csvVote] } ?? "vote", redaction.text(vote.question),
                                        counted ? String(vote.inFavor) : "", counted ? String(vote.against) : "",
                                        counted ? String(vote.abstentions) : "", outcome(vote)])
                }
                for (time, cells) in rows.sorted(by: { $0.0 < $1.0 }) {
                    csv.append([session.id, session.date.description, itemName(item, of: session)] + cells + [self.time(time)])
                }
            }
        }
        return csv.text
    }

    /// One row per action item, with its goal's owners, due day, status and progress now.
    func actionRows() -> String {
        var csv = CSVWriter(options)
        if let words {
            csv.append([words[.csvSession], words[.columnDate], words[.csvItem], words[.columnID], words[.columnTitle],
                        words[.columnOwners], words[.columnDue], words[.columnStatus], words[.columnProgress]])
        } else {
            csv.append(["session", "date", "item", "goal", "title", "owners", "due", "status", "progress"])
        }
        for (session, items) in sessions {
            for item in items {
                for goal in item.actions.compactMap({ agenda.goal($0) }) {
                    csv.append([session.id, session.date.description, itemName(item, of: session), goal.id,
                                options.redaction.text(read(goal.title) { $0.reportTitle(goal) }), goal.owners.joined(separator: "; "), goal.due?.description ?? "",
                                words.map { Labels.status(goal.status, $0) } ?? goal.status.rawValue, String(goal.progress)])
                }
            }
        }
        return csv.text
    }

    /// An item: its number and title in words, its id raw.
    private func itemName(_ item: SessionItem, of session: Session) -> String {
        guard words != nil else { return item.id }
        let number = (session.itemIndex(item.id) ?? 0) + 1
        return "\(number). " + options.redaction.text(LanguageSpan.plain(MinutesReport.itemTitle(item, in: agenda, reading: reading)))
    }

    /// A vote's outcome in words, or as a key: `carried`, `not-carried`, `consensus`, `no-consensus`.
    private func outcome(_ vote: Vote) -> String {
        if let words { return VoteWords.outcome(vote, words) }
        if let consensus = vote.consensus { return consensus ? "consensus" : "no-consensus" }
        return vote.carried ? "carried" : "not-carried"
    }

    private func time(_ date: Date) -> String {
        words == nil ? Timestamp.format(date) : SpreadsheetTime.text(date)
    }
}
