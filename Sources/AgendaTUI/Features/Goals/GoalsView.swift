import AgendaLocalization
import AgendaModel
import TerminalWidgets
import TextWidth

/// The goals view: the status line, the list with its columns, and the detail pane.
enum GoalsView {
    static func draw(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                     _ layout: ScreenLayout) {
        GoalsStatusLine.draw(screen, state, theme, &buffer, layout)
        drawList(screen, state, theme, &buffer, layout)
        if let detail = layout.detail {
            drawSeparator(layout, theme, &buffer)
            if case .goal(let index, _, _, _)? = screen.goals.selectedRow {
                let lines = GoalDetail.lines(index, screen.document, state, theme, width: detail.width)
                buffer.draw(lines, in: detail, scroll: screen.goals.detailScroll, indicators: theme.dim, region: .detailPane)
            } else if case .area(let id, _, _)? = screen.goals.selectedRow {
                let lines = AreaDetail.lines(id, screen.document, state, theme, width: detail.width)
                buffer.draw(lines, in: detail, scroll: screen.goals.detailScroll, region: .detailPane)
            }
        }
    }

    static func drawSeparator(_ layout: ScreenLayout, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        guard let detail = layout.detail else { return }
        if layout.detailBeside {
            for row in detail.y..<detail.maxY { buffer.write("│", x: detail.x - 1, y: row, style: theme.separator) }
        } else {
            buffer.write(String(repeating: "─", count: detail.width), x: detail.x, y: detail.y - 1, style: theme.separator)
        }
    }

    static func drawList(_ screen: AgendaScreen, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                         _ layout: ScreenLayout) {
        let strings = state.strings
        let agenda = screen.agenda
        let list = layout.list
        let statusWordWidth = GoalStatus.known.map { DisplayWidth.of(Labels.status($0, strings)) }.max() ?? 8
        let dueWidth = DateText.widestDay(strings.language) + 1
        let columns = GoalColumns(width: list.width, statusWordWidth: statusWordWidth, dueWidth: dueWidth, idWidth: 6)
        // Column headings.
        var headings: [(Int?, String)] = [(columns.id, strings[.columnID]), (columns.title, strings[.columnTitle]),
                                          (columns.status, strings[.columnStatus]), (columns.progress, strings[.columnProgress]),
                                          (columns.due, strings[.columnDue]), (columns.owners, strings[.columnOwners]),
                                          (columns.organizations, strings[.columnOrganizations])]
        if !columns.statusWords { headings[2].1 = "" }
        if !columns.progressBar { headings[3].1 = "   %" }
        var x = list.x
        for (width, label) in headings {
            guard let width else { continue }
            buffer.write(label.truncated(toWidth: width), x: x, y: list.y, style: theme.columnHeading)
            x += width + 2
        }
        let body = layout.listBody
        let rows = screen.goals.rows
        if rows.isEmpty {
            let text = agenda.goals.isEmpty ? strings[.noGoals] : strings[.noGoalsMatch]
            for (offset, line) in TextWrap.wrap(text, width: max(1, body.width - 2)).prefix(max(0, body.height - 1)).enumerated() {
                buffer.write(line, x: body.x + 1, y: body.y + 1 + offset, style: theme.dim)
            }
            return
        }
        screen.goals.list.draw(count: rows.count, in: body, into: &buffer) { rowIndex, y, buffer in
            switch rows[rowIndex] {
            case .area(let id, let matching, let total):
                drawArea(id, matching: matching, total: total, filtered: screen.goals.isFiltered, screen, columns,
                         state, theme, &buffer, x: body.x, y: y, width: body.width)
            case .goal(let index, let depth, let hasChildren, let isContext):
                drawGoal(agenda.goals[index], depth: depth, hasChildren: hasChildren, isContext: isContext,
                         folded: screen.goals.folded.contains(agenda.goals[index].id), screen, columns, state, theme,
                         &buffer, x: body.x, y: y)
            }
        }
    }

    static func drawArea(_ id: String, matching: Int, total: Int, filtered: Bool, _ screen: AgendaScreen,
                         _ columns: GoalColumns, _ state: ShellState, _ theme: Theme, _ buffer: inout ScreenBuffer,
                         x: Int, y: Int, width: Int) {
        let area = screen.document.index.areaByID[id]
        let name = area.map { Reading.joined(Reading(screen.agenda, state.strings).name($0)) } ?? id
        let marker = screen.goals.folded.contains("area:" + id) ? "▸ " : "▾ "
        let count = filtered ? " (\(matching)/\(total))" : " (\(total))"
        let progressX = x + (columns.id.map { $0 + 2 } ?? 0) + columns.title + 2 + (columns.status.map { $0 + 2 } ?? 0)
        let limit = columns.progress != nil ? progressX - x - 1 : width
        let written = buffer.write((marker + name).truncated(toWidth: max(2, limit - DisplayWidth.of(count))), x: x, y: y,
                                   style: theme.areaHeading)
        buffer.write(count, x: x + written, y: y, style: theme.dim)
        if let progressWidth = columns.progress, let summary = screen.document.index.areaSummary[id] {
            drawProgress(summary.progress, width: progressWidth, bar: columns.bar, theme, &buffer, x: progressX, y: y)
        }
    }

    /// A text in a column with its mark after it, dim: the text gives way to the width, the mark does not.
    static func drawMarked(_ prefix: String, _ shown: (text: String, mark: String?), width: Int, style: Style, _ theme: Theme,
                           _ buffer: inout ScreenBuffer, x: Int, y: Int) {
        guard let mark = shown.mark, DisplayWidth.of(mark) + 8 < width else {
            buffer.write((prefix + shown.text).truncated(toWidth: width), x: x, y: y, style: style)
            return
        }
        let room = width - DisplayWidth.of(mark) - 1
        let written = buffer.write((prefix + shown.text).truncated(toWidth: room), x: x, y: y, style: style)
        buffer.write(mark, x: x + written + 1, y: y, style: theme.dim)
    }

    static func drawGoal(_ goal: Goal, depth: Int, hasChildren: Bool, isContext: Bool, folded: Bool,
                         _ screen: AgendaScreen, _ columns: GoalColumns, _ state: ShellState, _ theme: Theme,
                         _ buffer: inout ScreenBuffer, x: Int, y: Int) {
        let strings = state.strings
        var x = x
        let base: Style = isContext ? theme.context : theme.plain
        if let width = columns.id {
            buffer.write(goal.id, x: x, y: y, style: theme.dim, limit: width)
            x += width + 2
        }
        let indent = String(repeating: "  ", count: min(depth, 12))
        // Sorted lists are flat: no fold markers.
        let marker = screen.goals.sort != .file ? "" : hasChildren ? (folded ? "▸ " : "▾ ") : "  "
        let title = Reading(screen.agenda, strings).title(goal)
        drawMarked(indent + marker, title, width: columns.title, style: base, theme, &buffer, x: x, y: y)
        x += columns.title + 2
        if let width = columns.status {
            let text = columns.statusWords ? Labels.symbol(goal.status) + " " + Labels.status(goal.status, strings)
                : Labels.symbol(goal.status)
            buffer.write(text, x: x, y: y, style: isContext ? base : theme.status(goal.status), limit: width)
            x += width + 2
        }
        if let width = columns.progress {
            drawProgress(goal.progress, width: width, bar: columns.bar, theme, &buffer, x: x, y: y)
            x += width + 2
        }
        if let width = columns.due {
            if let due = goal.due {
                let late = due < state.today && !goal.status.isClosed
                buffer.write((late ? "!" : " ") + DateText.day(due, strings.language), x: x, y: y,
                             style: late ? theme.overdue : base, limit: width)
            }
            x += width + 2
        }
        if let width = columns.owners {
            buffer.write(goal.owners.joined(separator: ", ").truncated(toWidth: width), x: x, y: y, style: base)
            x += width + 2
        }
        if let width = columns.organizations {
            let names = goal.organizations.map { screen.document.index.organizationByID[$0]?.name ?? $0 }
            buffer.write(names.joined(separator: ", ").truncated(toWidth: width), x: x, y: y, style: base)
        }
    }

    /// A progress cell: `█████▌···· 55%`, or just `55%` when narrow.
    static func drawProgress(_ percent: Int, width: Int, bar: Int?, _ theme: Theme, _ buffer: inout ScreenBuffer, x: Int, y: Int) {
        let number = String(percent) + "%"
        let padded = String(repeating: " ", count: max(0, 4 - number.count)) + number
        if let bar {
            buffer.write(ProgressBar.text(percent: percent, width: bar), x: x, y: y, style: theme.progress(percent))
            buffer.write(" " + padded, x: x + bar, y: y)
        } else {
            buffer.write(padded, x: x, y: y, limit: width)
        }
    }
}
