import AgendaLocalization
import AgendaModel
import AgendaStore
import TerminalWidgets
import TextWidth

/// Draws the whole interface for a state: `render(state) -> ScreenBuffer`, with no side effect.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.size.width, height: state.size.height)
        let theme = Theme(hasColor: state.hasColor)
        guard state.size.isUsable else {
            drawTooSmall(state, theme, &buffer)
            return buffer
        }
        let layout = ScreenLayout(size: state.size)
        switch state.screen {
        case .loading(let path):
            drawHeader(title: nil, view: nil, state, theme, &buffer, layout)
            buffer.write(state.strings.format(.loading, path), x: 1, y: layout.body.y + 1, style: theme.dim,
                         limit: state.size.width - 2)
        case .picker(let picker, _):
            drawHeader(title: nil, view: nil, state, theme, &buffer, layout)
            PickerView.draw(picker, state, theme, &buffer, layout)
        case .failed(let error, _):
            drawHeader(title: nil, view: nil, state, theme, &buffer, layout)
            drawFailure(error, state, theme, &buffer, layout)
        case .agenda(let screen):
            // In a session's plan or live mode the title bar names the session.
            let sessionID = screen.live?.session ?? screen.plan?.session
            let title = sessionID.flatMap { screen.document.agenda.session($0)?.title } ?? screen.document.agenda.title
            drawHeader(title: title, view: screen.view, conflicts: screen.document.agenda.conflicts.count, state, theme, &buffer, layout)
            if let form = screen.form {
                FormView.draw(form, state, theme, &buffer, layout)
            } else if let live = screen.live {
                LiveView.draw(live, screen, state, theme, &buffer, layout)
            } else if let plan = screen.plan {
                PlanView.draw(plan, screen, state, theme, &buffer, layout)
            } else if let detail = screen.detail {
                DetailScreenView.draw(detail.target, scroll: detail.scroll, screen, state, theme, &buffer, layout)
            } else {
                switch screen.view {
                case .goals: GoalsView.draw(screen, state, theme, &buffer, layout)
                case .organizations: OrganizationsView.draw(screen, state, theme, &buffer, layout)
                case .sessions: SessionsView.draw(screen, state, theme, &buffer, layout)
                case .dashboard: DashboardView.draw(screen, state, theme, &buffer, layout)
                case .activity: ActivityView.draw(screen, state, theme, &buffer, layout)
                case .conflicts: ConflictsView.draw(screen, state, theme, &buffer, layout)
                }
            }
        }
        drawHints(state, theme, &buffer, layout)
        switch state.overlay {
        case .help(let context, let scroll): drawHelp(context, scroll: scroll, state, theme, &buffer)
        case .menu(let menu): MenuView.draw(menu, state, theme, &buffer)
        case .prompt(let prompt): PromptView.draw(prompt, state, theme, &buffer)
        case .confirm(let confirm): PromptView.draw(confirm, state, theme, &buffer)
        case .conflicts(let conflicts): PromptView.draw(conflicts, state, theme, &buffer)
        case nil: break
        }
        return buffer
    }

    /// The title bar: the program, the agenda's title, and the views with the current one marked.
    static func drawHeader(title: String?, view: AgendaView?, conflicts: Int = 0, _ state: AppState, _ theme: Theme,
                           _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        let row = layout.header.y
        buffer.fill(layout.header, style: theme.header)
        var tabs: [(String, Bool)] = []
        if let view {
            tabs = [("1 " + state.strings[.viewGoals], view == .goals),
                    ("2 " + state.strings[.viewOrganizations], view == .organizations),
                    ("3 " + state.strings[.viewSessions], view == .sessions),
                    ("4 " + state.strings[.viewDashboard], view == .dashboard),
                    ("5 " + state.strings[.viewActivity], view == .activity)]
            // The conflicts view shows among the views only while a merge left conflicts to settle.
            if conflicts > 0 || view == .conflicts {
                tabs.append(("6 " + state.strings[.viewConflicts] + (conflicts > 0 ? " (\(conflicts))" : ""), view == .conflicts))
            }
        }
        func width(_ tabs: [(String, Bool)]) -> Int { tabs.reduce(0) { $0 + DisplayWidth.of($1.0) + 2 } }
        // Where the names do not fit, the other views show as their numbers, then the current one too;
        // the conflicts view keeps its count, which asks for attention.
        func short(_ label: String) -> String {
            label.hasPrefix("6 ") && conflicts > 0 ? "6 (\(conflicts))" : String(label.prefix(1))
        }
        if width(tabs) > state.size.width / 2 {
            tabs = tabs.map { $0.1 ? $0 : (short($0.0), false) }
        }
        if width(tabs) > state.size.width / 2 {
            tabs = tabs.map { (short($0.0), $0.1) }
        }
        let tabsWidth = width(tabs)
        var x = buffer.write(" " + state.strings[.appName], x: 0, y: row, style: theme.header.with(.bold))
        if let title {
            x += buffer.write((" · " + title).truncated(toWidth: max(0, state.size.width - x - tabsWidth - 1)), x: x, y: row,
                              style: theme.header)
        }
        var tabX = state.size.width - tabsWidth
        for (label, active) in tabs {
            tabX += buffer.write(" " + label + " ", x: tabX, y: row, style: active ? theme.headerActive : theme.header) + 0
        }
    }

    /// The bottom line: the hints of the current context's key map, or the message.
    static func drawHints(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        if let message = state.message {
            buffer.fill(layout.hints, style: theme.plain)
            buffer.write(" " + message, x: 0, y: layout.hints.y, style: theme.filterActive, limit: layout.hints.width)
            return
        }
        let all = hints(for: state.keyContext, state.strings)
        let pinned = KeyMaps.bindings(for: state.keyContext).filter { $0.action == .help || $0.action == .quit }
            .compactMap { binding in binding.hint.map { KeyHint(keys: binding.hintKeys, text: state.strings[$0]) } }
        KeyHintBar.draw(all.filter { !pinned.contains($0) }, pinned: pinned, into: &buffer, row: layout.hints.y, x: 0,
                        width: layout.hints.width, keyStyle: theme.keyHint, textStyle: theme.hintText)
    }

    /// The key hints of a context, from its key map, in its order.
    static func hints(for context: KeyContext, _ strings: Strings) -> [KeyHint] {
        KeyMaps.bindings(for: context).compactMap { binding in
            guard let hint = binding.hint else { return nil }
            return KeyHint(keys: binding.hintKeys, text: strings[hint])
        }
    }

    /// The help overlay of a context: every key of its map, by section.
    static func drawHelp(_ context: KeyContext, scroll: Int, _ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let sections = helpSections(context, state.strings)
        let area = helpArea(state.size)
        HelpOverlay.draw(title: state.strings[.helpTitle], sections: sections, footer: state.strings[.helpFooter],
                         into: &buffer, area: area, scroll: scroll, style: theme.plain, keyStyle: theme.label,
                         headingStyle: theme.bold)
    }

    /// The help's sections for a context: its key table by section, and for a form the keys its fields take.
    static func helpSections(_ context: KeyContext, _ strings: Strings) -> [(heading: String, hints: [KeyHint])] {
        let bindings = KeyMaps.bindings(for: context)
        var sections: [(heading: String, hints: [KeyHint])] = []
        for section in [Text.helpSectionMove, .helpSectionView, .helpSectionEdit, .helpSectionSearch, .helpSectionApp] {
            var hints = bindings.filter { $0.section == section }.map {
                KeyHint(keys: $0.keyLabel, text: strings[$0.help])
            }
            if context == .form, section == .helpSectionMove {
                hints += KeyMaps.fieldKeys.map { KeyHint(keys: $0.keys, text: strings[$0.text]) }
            }
            if !hints.isEmpty { sections.append((strings[section], hints)) }
        }
        return sections
    }

    /// Where the help box goes: most of the screen, above the key-hint bar.
    static func helpArea(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(3, size.height - 1))
            .centered(width: min(size.width, 80), height: max(3, size.height - 1))
    }

    /// How far the help of a context can scroll at a size.
    static func helpMaxScroll(_ context: KeyContext, _ state: AppState) -> Int {
        let lines = HelpOverlay.lineCount(helpSections(context, state.strings), area: helpArea(state.size))
        return max(0, lines - (helpArea(state.size).height - 3))
    }

    static func drawTooSmall(_ state: AppState, _ theme: Theme, _ buffer: inout ScreenBuffer) {
        let lines = [
            state.strings[.terminalTooSmall],
            state.strings.format(.terminalTooSmallNeeds, Size.minimum.width, Size.minimum.height, state.size.width,
                                 state.size.height),
            "q: " + state.strings[.hintQuit],
        ]
        let top = max(0, (state.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            buffer.write(line, x: max(0, (state.size.width - width) / 2), y: top + offset,
                         style: offset == 0 ? theme.bold : theme.plain)
        }
    }

    static func drawFailure(_ error: AgendaFileError, _ state: AppState, _ theme: Theme,
                            _ buffer: inout ScreenBuffer, _ layout: ScreenLayout) {
        var builder = DetailBuilder(width: layout.body.width - 2, theme: theme)
        builder.line([Span(state.strings[.loadErrorTitle], theme.error)])
        builder.blank()
        for line in error.lines { builder.paragraph(line) }
        builder.blank()
        let missing = error.items.contains { $0.message.contains("No such file") }
        builder.paragraph(missing ? state.strings.format(.loadErrorMissingHint, error.file) : state.strings[.loadErrorHint],
                          style: theme.dim)
        let area = Rect(x: layout.body.x + 1, y: layout.body.y + 1, width: layout.body.width - 2, height: layout.body.height - 1)
        buffer.draw(builder.lines, in: area, scroll: 0)
    }
}
