import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// An area shown whole: its description, counts by status and progress.
enum AreaDetail {
    static func lines(_ id: String, _ document: Document, _ state: ShellState, _ theme: Theme, width: Int) -> [StyledLine] {
        let strings = state.strings
        var builder = DetailBuilder(width: width, theme: theme)
        let area = document.index.areaByID[id]
        let reading = Reading(document.agenda, strings)
        if let area {
            builder.reading(reading.name(area), original: area.name, reading, style: theme.bold)
        } else {
            builder.paragraph(id, style: theme.bold)
        }
        builder.line([Span(id, theme.dim)])
        if let area, !area.description.isEmpty {
            builder.blank()
            builder.reading(reading.description(area), original: area.description, reading)
        }
        if let summary = document.index.areaSummary[id] {
            builder.blank()
            builder.line([Span(ProgressBar.text(percent: summary.progress, width: GoalColumns.fullBar), theme.progress(summary.progress)),
                          Span(" \(summary.progress)%")])
            builder.blank()
            for status in GoalStatus.known {
                builder.line([Span(Labels.symbol(status) + " " + Labels.status(status, strings), theme.status(status)),
                              Span(": \(summary.count(status))")])
            }
        }
        return builder.lines
    }
}
