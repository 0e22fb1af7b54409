import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// The organizations view: each organization with its country, kind, communities and goals, the
/// selected one's detail beside or below; adding, editing and removing organizations.
public enum OrganizationsFeature {
    /// The organizations view's questions.
    public enum Purpose: Equatable, Sendable {
        /// The organization editor, on an organization (by id) or a new one.
        case edit(organization: String?)
        /// Removing an organization (its goals are unlinked).
        case remove(organization: String)
    }

    /// Keys of the organizations view.
    static func update(_ action: Action?, _ key: Key, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let height = state.layout.listBody.height
        let count = screen.agenda.organizations.count
        if let movement = action?.listMovement {
            if screen.organizations.list.move(movement, count: count, page: height) { screen.organizations.detailScroll = 0 }
            return []
        }
        if let action, screen.organizations.scrollDetail(action, state) { return [] }
        if let effects = Editing.history(action, &screen, &state) { return effects }
        let selected = screen.agenda.organizations.indices.contains(screen.organizations.selection)
            ? screen.agenda.organizations[screen.organizations.selection] : nil
        switch action {
        case .newOrganization:
            screen.open(OrganizationForm.make(nil, state.strings))
        case .edit:
            if let selected { screen.open(OrganizationForm.make(selected, state.strings)) }
        case .delete:
            if let selected { askRemove(selected, screen, &state) }
        case .translate:
            if let selected { TranslationsFeature.open([.organization(selected.id)], name: selected.name, &screen, &state) }
        case .showOrganizationGoals:
            // The goals of the organization: the goals view, filtered by it.
            guard let selected else { break }
            screen.goals.filter.organization = selected.id
            screen.view = .goals
            GoalsFeature.refreshRows(&screen)
        default:
            break
        }
        screen.organizations.list.reveal(height: height, count: count)
        return []
    }

    /// Asks before removing an organization, naming the goals linked to it.
    private static func askRemove(_ organization: Organization, _ screen: AgendaScreen, _ state: inout ShellState) {
        let agenda = screen.agenda
        let linked = (screen.document.index.goalsOfOrganization[organization.id] ?? []).map { agenda.goals[$0].id }
        var lines = [organization.name]
        if !linked.isEmpty {
            lines.append(state.strings.format(.confirmLinkedGoals, linked.count,
                                              linked.prefix(6).joined(separator: ", ") + (linked.count > 6 ? ", …" : "")))
        }
        state.overlay = .confirm(ConfirmState(title: state.strings[.confirmRemoveOrganizationTitle], lines: lines,
                                              purpose: .organizations(.remove(organization: organization.id))))
    }

    /// After the agenda changed: the selection stays on the same organization.
    static func follow(from old: Document, _ screen: inout AgendaScreen) {
        let organizations = screen.agenda.organizations
        let selected = old.agenda.organizations.indices.contains(screen.organizations.selection)
            ? old.agenda.organizations[screen.organizations.selection].id : nil
        if let selected, let index = screen.agenda.organizationIndex(selected) {
            screen.organizations.selection = index
        } else {
            screen.organizations.list.clamp(count: organizations.count)
        }
    }

    /// After a resize: the selection stays in view.
    static func resized(_ layout: ScreenLayout, _ screen: inout AgendaScreen) {
        screen.organizations.list.reveal(height: layout.listBody.height, count: screen.agenda.organizations.count)
    }
}

extension OrganizationsFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        guard case .remove(let id) = self, answer == .confirmed else { return [] }
        return Editing.commit([.removeOrganization(id: id)], &screen, &state)
    }

    func problem(_ field: FormField, in form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> String? {
        OrganizationForm.problem(field, state.strings, agenda: screen.agenda)
    }

    func edits(_ form: FormState, _ screen: AgendaScreen, _ state: ShellState) -> [Edit] {
        guard case .edit(let id) = self else { return [] }
        let base = id.flatMap { screen.agenda.organization($0) }
        let organization = OrganizationForm.organization(form, base: base)
        if base == nil { return [.addOrganization(organization)] }
        return organization != base ? [.updateOrganization(organization)] : []
    }
}
