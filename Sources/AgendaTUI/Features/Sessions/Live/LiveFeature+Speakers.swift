import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// After the kind of intervention: one of the agenda's people joins the queue at once, with their
    /// organization; a guest is first asked which organization they speak for, so their community counts
    /// in the progressive queue and the minutes.
    static func speakerKindChosen(_ kind: InterventionKind, session id: String, name: String, organization: String?,
                                  language: String?, _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        let agenda = screen.document.agenda
        let isPerson = agenda.people.contains { TextFolding.fold($0.name) == TextFolding.fold(name) }
        guard !isPerson, !agenda.organizations.isEmpty, let session = agenda.session(id) else {
            return addSpeaker(name, kind: kind, organization: organization, language: language, session: id, &screen, &state)
        }
        // A guest who spoke before finds their organization already selected: Enter keeps it.
        let earlier = session.speakers.last { TextFolding.fold($0.name) == TextFolding.fold(name) && $0.organization != nil }
        let organizations = agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
        let items = [MenuItem(label: state.strings[.minutesNoOrganization], value: "")] + organizations.map {
            MenuItem(label: $0.name + " (" + $0.country + ")", value: $0.id, isCurrent: $0.id == earlier?.organization)
        }
        state.overlay = .menu(MenuState(title: state.strings.format(.menuSpeakerOrganization, name), items: items,
                                        purpose: .speakerOrganization(session: id, name: name, kind: kind), searchable: true))
        return []
    }

    /// Puts someone in a session's speaker queue.
    static func addSpeaker(_ name: String, kind: InterventionKind, organization: String?, language: String?, session id: String,
                           _ screen: inout AgendaScreen, _ state: inout AppState) -> [Effect] {
        guard let session = screen.document.agenda.session(id) else { return [] }
        let speaker = Speaker(id: nextSpeakerID(session), name: name, organization: organization, kind: kind, language: language,
                              addedAt: state.now)
        return commit([.changeSession(id: id, .addSpeaker(speaker))], &screen, &state)
    }
}
