import AgendaLocalization
import AgendaModel
import AgendaReports
import TerminalWidgets
import TextWidth

/// A goal shown whole: its fields, description, organizations with their countries, sub-goals, notes,
/// reviews and history (newest first).
enum GoalDetail {
    static func lines(_ index: Int, _ document: Document, _ state: ShellState, _ theme: Theme, width: Int) -> [StyledLine] {
        let goal = document.agenda.goals[index]
        var builder = DetailBuilder(width: width, theme: theme)
        let reading = Reading(document.agenda, state.strings)
        builder.reading(reading.title(goal), original: goal.title, reading, style: theme.bold)
        builder.line([Span(goal.id, theme.dim)])
        openConflicts(goal, document.agenda, state.strings, theme, &builder)
        builder.blank()
        fields(goal, document, state, theme, &builder)
        if !goal.description.isEmpty {
            builder.heading(state.strings[.detailDescription])
            builder.reading(reading.description(goal), original: goal.description, reading)
        }
        organizations(goal, document, state.strings, theme, &builder)
        subGoals(index, document, state.strings, theme, &builder)
        notesAndReviews(goal, document.agenda, state, theme, &builder)
        if !goal.history.isEmpty {
            builder.heading(state.strings[.detailHistory])
            let words = ChangeWords(document.agenda, state.strings)
            for change in goal.history.reversed() {
                builder.line([Span(DateText.time(change.time, state.strings.language, utcOffset: state.utcOffset) + " · " + change.by,
                                   theme.dim)])
                builder.paragraph(words.describe(change), indent: 2)
            }
        }
        return builder.lines
    }

    /// Open merge conflicts first: they ask for a choice (in the conflicts view, key 6).
    private static func openConflicts(_ goal: Goal, _ agenda: Agenda, _ strings: Strings, _ theme: Theme,
                                      _ builder: inout DetailBuilder) {
        let conflicts = agenda.conflicts.filter { $0.subject == .goal && $0.id == goal.id }
        guard !conflicts.isEmpty else { return }
        let fields = conflicts.map { $0.isAboutWholeGoal ? "—" : Labels.fieldName($0.field, strings) }.joined(separator: ", ")
        builder.paragraph("⚠ " + strings.format(.conflictsInHeader, conflicts.count) + ": " + fields + " (6)", style: theme.filterActive)
    }

    /// The labelled fields: area, parent, status, progress, priority, due date, level, countries, owners,
    /// tags, source, and when the goal was created and last changed.
    private static func fields(_ goal: Goal, _ document: Document, _ state: ShellState, _ theme: Theme,
                               _ builder: inout DetailBuilder) {
        let strings = state.strings
        let language = strings.language
        let labels: [Text] = [.detailArea, .detailParent, .detailStatus, .detailProgress, .detailPriority, .detailDue,
                              .detailLevel, .detailCountries, .detailOwners, .detailTags, .detailSource, .detailCreated,
                              .detailUpdated]
        let labelWidth = min(16, labels.map { DisplayWidth.of(strings[$0]) }.max() ?? 10)
        func field(_ label: Text, _ spans: [Span]) { builder.field(strings[label], spans, labelWidth: labelWidth) }
        let reading = Reading(document.agenda, state.strings)
        field(.detailArea, [Span(document.index.areaByID[goal.area].map { reading.name($0).text } ?? goal.area)])
        if let parent = goal.parent, let parentIndex = document.index.goalByID[parent] {
            field(.detailParent, [Span(parent + " " + reading.title(document.agenda.goals[parentIndex]).text)])
        }
        field(.detailStatus, [Span(Labels.symbol(goal.status) + " " + Labels.status(goal.status, strings), theme.status(goal.status))])
        var progress = [Span(ProgressBar.text(percent: goal.progress, width: GoalColumns.fullBar), theme.progress(goal.progress)),
                        Span(" \(goal.progress)%")]
        if let rolled = document.index.rollup.progress(of: goal.id), rolled != goal.progress {
            progress.append(Span(" · " + strings.format(.detailSubGoalProgress, rolled), theme.dim))
        }
        field(.detailProgress, progress)
        field(.detailPriority, [Span(Labels.priority(goal.priority, strings))])
        if let due = goal.due {
            let late = due < state.today && !goal.status.isClosed
            field(.detailDue, [Span(DateText.day(due, language), late ? theme.overdue : .plain)]
                + (late ? [Span(" " + strings[.overdue], theme.overdue)] : []))
        }
        if let level = goal.level { field(.detailLevel, [Span(Labels.level(level, strings))]) }
        if !goal.countries.isEmpty { field(.detailCountries, [Span(goal.countries.joined(separator: ", "))]) }
        field(.detailOwners, [Span(goal.owners.isEmpty ? strings[.noOne] : goal.owners.joined(separator: ", "))])
        if !goal.tags.isEmpty { field(.detailTags, [Span(goal.tags.joined(separator: ", "))]) }
        if let source = goal.source { field(.detailSource, [Span(source)]) }
        field(.detailCreated, [Span(DateText.time(goal.createdAt, language, utcOffset: state.utcOffset), theme.dim)])
        field(.detailUpdated, [Span(DateText.time(goal.updatedAt, language, utcOffset: state.utcOffset), theme.dim)])
    }

    /// The organizations linked, with their place and the communities they serve; a flag when an open
    /// goal has no Afro-Latino or indigenous organization.
    private static func organizations(_ goal: Goal, _ document: Document, _ strings: Strings, _ theme: Theme,
                                      _ builder: inout DetailBuilder) {
        if !goal.organizations.isEmpty {
            builder.heading(strings[.detailOrganizations])
            for id in goal.organizations {
                guard let org = document.index.organizationByID[id] else {
                    builder.paragraph("• " + id)
                    continue
                }
                let place = [org.city, org.country].compactMap { $0 }.joined(separator: ", ")
                builder.paragraph("• " + org.name + (place.isEmpty ? "" : " (" + place + ")"), indent: 0)
                if !org.communities.isEmpty {
                    builder.paragraph(strings.format(.dashboardServes, org.communities.map { Labels.community($0, strings) }
                                                       .joined(separator: ", ")), indent: 2, style: theme.dim)
                }
            }
        }
        let served = goal.organizations.flatMap { document.index.organizationByID[$0]?.communities ?? [] }
        if !goal.status.isClosed && !Dashboard.represents(served) {
            builder.blank()
            builder.paragraph("⚑ " + strings[.flagGoalUnrepresented], style: theme.filterActive)
        }
    }

    /// The sub-goals, each with its status and progress; the action items not started apart, since they
    /// do not count in the goal's progress yet.
    private static func subGoals(_ index: Int, _ document: Document, _ strings: Strings, _ theme: Theme,
                                 _ builder: inout DetailBuilder) {
        let rollup = document.index.rollup
        let children = document.index.children(of: index)
        let notStarted = children.filter { rollup.isNotStartedActionItem(document.agenda.goals[$0]) }
        let reading = Reading(document.agenda, strings)
        func list(_ indices: [Int]) {
            for child in indices {
                let sub = document.agenda.goals[child]
                builder.line([Span(Labels.symbol(sub.status) + " ", theme.status(sub.status)),
                              Span(sub.id + " ", theme.dim), Span(Reading.joined(reading.title(sub))), Span(" \(sub.progress)%", theme.dim)])
            }
        }
        let counted = children.filter { !notStarted.contains($0) }
        if !counted.isEmpty {
            builder.heading(strings[.detailSubGoals])
            list(counted)
        }
        if !notStarted.isEmpty {
            builder.heading(strings[.detailNotStarted])
            list(notStarted)
        }
    }

    /// The notes and the reviews, newest first.
    private static func notesAndReviews(_ goal: Goal, _ agenda: Agenda, _ state: ShellState, _ theme: Theme,
                                        _ builder: inout DetailBuilder) {
        let strings = state.strings
        if !goal.notes.isEmpty {
            builder.heading(strings[.detailNotes])
            for note in goal.notes.reversed() {
                builder.line([Span(DateText.time(note.time, strings.language, utcOffset: state.utcOffset) + " · " + note.author,
                                   theme.dim)])
                builder.paragraph(note.text, indent: 2)
            }
        }
        let reviews = agenda.reviews.filter { $0.goal == goal.id }
        if !reviews.isEmpty {
            builder.heading(strings[.dashboardReviews])
            for review in reviews.reversed() {
                builder.line([Span(Labels.health(review.health, strings), theme.health(review.health)),
                              Span(" · " + DateText.day(review.date, strings.language) + " · " + review.reviewer, theme.dim)])
                if !review.comment.isEmpty { builder.paragraph(review.comment, indent: 2) }
            }
        }
    }
}
