import AgendaLocalization
import AgendaModel

/// A goal as readable text, for `show`, in the command line's language.
///
/// The agenda's texts read in that language too (`Reading`): a translation when there is one, its
/// original after it as `[en] ...`; the original marked `[en]` when there is none; a stale translation
/// marked as the screen marks it (`[check]`, `[revisar]`).
///
/// Text from the file is shown with its control characters as visible escapes (`<U+001B>`): a field on
/// one line with its line breaks and tabs escaped too, a description, note or comment over its lines.
struct GoalReport {
    let goal: Goal
    let agenda: Agenda
    let today: Day

    private var reading: Reading { Reading(agenda, strings) }

    func render() -> String {
        var lines: [String] = []
        let title = reading.title(goal)
        lines.append(line("\(goal.id)  \(Reading.joined(title))"))
        lines += originalLines(title, original: goal.title, indent: "  ")
        lines.append("")
        lines += fieldLines()
        if !goal.description.isEmpty {
            let description = reading.description(goal)
            lines += ["", heading(.detailDescription)] + block(Reading.joined(description), indent: "  ")
            lines += originalLines(description, original: goal.description, indent: "  ")
        }
        if !goal.organizations.isEmpty {
            lines += ["", heading(.detailOrganizations)]
            for id in goal.organizations {
                if let org = agenda.organization(id) {
                    lines.append(line("  \(reading.name(org)) (\(org.id), \([org.city, org.country].compactMap { $0 }.joined(separator: ", ")))"))
                } else {
                    lines.append(line("  \(id)"))
                }
            }
        }
        let children = agenda.goals.filter { $0.parent == goal.id }
        if !children.isEmpty {
            lines += ["", heading(.detailSubGoals)]
            for child in children {
                let state = "\(GoalText.status(child.status)), \(GoalText.progress(child.progress))"
                lines.append(line("  \(child.id)  \(Reading.joined(reading.title(child)))  [\(state)]"))
            }
        }
        if !goal.notes.isEmpty {
            lines += ["", heading(.detailNotes)]
            for note in goal.notes {
                lines.append(line("  \(GoalText.time(note.time))  \(note.author)"))
                lines += block(note.text, indent: "    ")
            }
        }
        let conflicts = agenda.conflicts.filter { $0.subject == .goal && $0.id == goal.id }
        if !conflicts.isEmpty {
            lines += ["", strings[.cliOpenConflicts]]
            lines += conflicts.map { line("  " + ConflictLine.describe($0)) }
        }
        let reviews = agenda.reviews.filter { $0.goal == goal.id }
        if !reviews.isEmpty {
            lines += ["", heading(.cliReviews)]
            for review in reviews {
                lines.append(line("  \(GoalText.day(review.date))  \(review.reviewer): \(GoalText.health(review.health))"))
                lines += block(review.comment, indent: "    ").filter { !$0.trimmingWhitespace.isEmpty }
            }
        }
        if !goal.history.isEmpty {
            lines += ["", heading(.detailHistory)]
            for change in goal.history {
                lines.append(line("  \(GoalText.time(change.time))  \(change.by): \(ChangeText.describe(change))"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The goal's fields, one per line, their values aligned after their labels.
    private func fieldLines() -> [String] {
        var fields: [(Text, String)] = []
        fields.append((.detailArea, agenda.area(goal.area).map { "\(Reading.joined(reading.name($0))) (\($0.id))" } ?? goal.area))
        if let parent = goal.parent {
            fields.append((.detailParent, agenda.goal(parent).map { "\($0.id)  \(Reading.joined(reading.title($0)))" } ?? parent))
        }
        fields.append((.detailStatus, GoalText.status(goal.status)))
        let rolled = Rollup(agenda).progress(of: goal.id) ?? goal.progress
        fields.append((.detailProgress, GoalText.progress(goal.progress)
            + (rolled != goal.progress ? " (" + strings.format(.detailSubGoalProgress, rolled) + ")" : "")))
        fields.append((.detailPriority, GoalText.priority(goal.priority)))
        if goal.due != nil { fields.append((.detailDue, GoalText.due(goal, today: today))) }
        if let level = goal.level { fields.append((.detailLevel, GoalText.level(level))) }
        if !goal.countries.isEmpty { fields.append((.detailCountries, GoalText.list(goal.countries))) }
        fields.append((.detailOwners, goal.owners.isEmpty ? strings[.detailNone] : GoalText.list(goal.owners)))
        if !goal.tags.isEmpty { fields.append((.detailTags, GoalText.list(goal.tags))) }
        if let source = goal.source { fields.append((.detailSource, source)) }
        fields.append((.detailCreated, GoalText.time(goal.createdAt)))
        fields.append((.detailUpdated, GoalText.time(goal.updatedAt)))
        let labels = fields.map { strings[$0.0] + strings[.cliLabelColon] }
        let labelWidth = labels.map(\.count).max() ?? 0
        return zip(labels, fields).map { label, field in
            label + String(repeating: " ", count: labelWidth - label.count + 1) + line(field.1)
        }
    }

    /// The original under a translation shown in its place, as `[en] ...`, so that the reader can check
    /// it; nothing when the original itself is shown.
    private func originalLines(_ shown: (text: String, mark: String?), original: String, indent: String) -> [String] {
        guard shown.text != original || shown.mark == strings[.markStale] else { return [] }
        return block("[" + (agenda.language ?? "?") + "] " + original, indent: indent)
    }

    /// A section's heading: `Notes:`.
    private func heading(_ key: Text) -> String {
        strings[key] + strings[.cliLabelColon]
    }

    /// Text shown on one line: its control characters, line breaks and tabs too, as visible escapes.
    private func line(_ text: String) -> String {
        text.escapingControls()
    }

    /// Text over several lines, each indented, its control characters other than tabs as visible escapes.
    private func block(_ text: String, indent: String) -> [String] {
        text.escapingControls(multiline: true)
            .split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .map { indent + $0 }
    }
}
