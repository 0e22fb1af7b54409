import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension LiveFeature {
    /// Asks who wants to speak, names completed from the agenda's people and those who already asked.
    static func askSpeaker(_ session: Session, _ agenda: Agenda, _ state: inout ShellState) {
        state.overlay = .prompt(PromptState(title: state.strings[.promptSpeaker], purpose: .live(.speaker(session: session.id)),
                                            completions: agenda.people.map(\.name) + session.speakers.map(\.name)))
    }

    /// The name typed, as the agenda spells it when it is one of its people; then the kind of intervention.
    static func speakerNamed(_ text: String, session id: String, _ agenda: Agenda, _ state: inout ShellState) {
        let typed = text.trimmingWhitespace
        let person = agenda.people.first { TextFolding.fold($0.name) == TextFolding.fold(typed) }
        let name = person?.name ?? typed
        let items = InterventionKind.known.map {
            MenuItem(label: Labels.intervention($0, state.strings), isCurrent: $0 == .newPoint)
        }
        state.overlay = .menu(MenuState(
            title: state.strings.format(.menuSpeakerKind, name), items: items,
            purpose: .live(.speakerKind(session: id, name: name, organization: person?.organization,
                                        language: person?.languages.first, kinds: InterventionKind.known))))
    }

    /// After the kind of intervention: one of the agenda's people joins the queue at once, with their
    /// organization; a guest is first asked which organization they speak for, so their community counts
    /// in the progressive queue and the minutes.
    static func speakerKindChosen(_ kind: InterventionKind, session id: String, name: String, organization: String?,
                                  language: String?, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        let agenda = screen.agenda
        let isPerson = agenda.people.contains { TextFolding.fold($0.name) == TextFolding.fold(name) }
        guard !isPerson, !agenda.organizations.isEmpty, let session = agenda.session(id) else {
            return addSpeaker(name, kind: kind, organization: organization, language: language, session: id, &screen, &state)
        }
        // A guest who spoke before finds their organization already selected: Enter keeps it.
        let earlier = session.speakers.last { TextFolding.fold($0.name) == TextFolding.fold(name) && $0.organization != nil }
        let organizations = agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
        let items = [MenuItem(label: state.strings[.minutesNoOrganization])] + organizations.map {
            MenuItem(label: $0.name + " (" + $0.country + ")", isCurrent: $0.id == earlier?.organization)
        }
        state.overlay = .menu(MenuState(title: state.strings.format(.menuSpeakerOrganization, name), items: items,
                                        purpose: .live(.speakerOrganization(session: id, name: name, kind: kind,
                                                                            organizations: [nil] + organizations.map(\.id))),
                                        searchable: true))
        return []
    }

    /// Puts someone in a session's speaker queue; a guest the roster lacks joins it and the attendance in
    /// the same step, with the organization they speak for.
    static func addSpeaker(_ name: String, kind: InterventionKind, organization: String?, language: String?, session id: String,
                           _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard let session = screen.agenda.session(id) else { return [] }
        let speaker = Speaker(id: SessionsFeature.nextID("P-", after: session.speakers.map(\.id)), name: name,
                              organization: organization, kind: kind, language: language, addedAt: state.now)
        let folded = TextFolding.fold(name)
        let isGuest = !screen.agenda.people.contains { TextFolding.fold($0.name) == folded }
        var joining: [Edit] = []
        if isGuest {
            // Someone asking for the floor is in the room: they join the roster and the attendance.
            let person = Person(id: screen.agenda.newPersonID(for: name), name: name, organization: organization)
            var attendance = session.attendance
            attendance.people.append(person.id)
            if let organization, !attendance.organizations.contains(organization) { attendance.organizations.append(organization) }
            joining = [.addPerson(person), .changeSession(id: id, .setAttendance(attendance))]
        }
        let effects = Editing.commit(joining + [.changeSession(id: id, .addSpeaker(speaker))], &screen, &state)
        if isGuest { state.message = state.strings.format(.messagePersonJoined, name) }
        return effects
    }
}
