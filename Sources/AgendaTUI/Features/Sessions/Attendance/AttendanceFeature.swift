import AgendaLocalization
import AgendaModel
import TerminalWidgets

/// Who is present at a session, from its plan or live (`w`): the agenda's organizations and people
/// ticked in one list, where a name typed that is not in the roster joins it (then its organization
/// is asked, `Esc` for none); and, when the floor goes to someone not marked present, the offer to mark
/// them.
public enum AttendanceFeature {
    /// The questions about who is present.
    public enum Purpose: Equatable, Sendable {
        /// Who is present: the organizations then the people offered (by id), ticked.
        case present(session: String, organizations: [String], people: [String])
        /// The organization of someone who just joined the roster, from those offered (nil: none); the
        /// others who joined with them are asked next.
        case newcomerOrganization(session: String, person: String, next: [String], organizations: [String?])
        /// Marking present someone given the floor.
        case markPresent(session: String, person: String)
    }

    /// Opens the list of who is present at a session.
    static func open(_ session: Session, _ agenda: Agenda, _ state: inout ShellState) {
        var items = agenda.organizations.map {
            MenuItem(label: $0.name + " (" + $0.country + ")", isCurrent: session.attendance.organizations.contains($0.id),
                     name: $0.name)
        }
        items += agenda.people.map {
            MenuItem(label: "👤 " + $0.name, isCurrent: session.attendance.people.contains($0.id), name: $0.name)
        }
        var menu = MenuState(title: state.strings[.menuAttendance], items: items,
                             purpose: .attendance(.present(session: session.id, organizations: agenda.organizations.map(\.id),
                                                           people: agenda.people.map(\.id))),
                             searchable: true, choosing: .ticks)
        menu.list.selection = 0
        state.overlay = .menu(menu)
    }

    /// Records who is ticked; names typed that the roster lacks join it in the same step, and the first
    /// of them is asked their organization.
    static func record(_ ticked: [Int], added: [String], session id: String, organizations: [String], people: [String],
                       _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect] {
        guard let session = screen.agenda.session(id) else { return [] }
        var roster = screen.agenda
        var joined: [Person] = []
        var present = ticked.filter { $0 >= organizations.count }.map { people[$0 - organizations.count] }
        for name in added {
            let folded = TextFolding.fold(name)
            if let person = roster.people.first(where: { TextFolding.fold($0.name) == folded }) {
                if !present.contains(person.id) { present.append(person.id) }
                continue
            }
            let person = Person(id: roster.newPersonID(for: name), name: name)
            roster.people.append(person)
            joined.append(person)
            present.append(person.id)
        }
        var attendance = session.attendance
        attendance.people = present
        attendance.organizations = ticked.filter { $0 < organizations.count }.map { organizations[$0] }
        let edits = joined.map { Edit.addPerson($0) } + [.changeSession(id: id, .setAttendance(attendance))]
        let effects = Editing.commit(edits, &screen, &state)
        if let first = joined.first {
            state.message = joined.count == 1 ? state.strings.format(.messagePersonJoined, first.name)
                : state.strings.format(.messagePeopleJoined, joined.count, joined.map(\.name).joined(separator: ", "))
            askOrganization(of: first.id, next: joined.dropFirst().map(\.id), session: id, screen.agenda, &state)
        }
        return effects
    }

    /// Asks which organization someone who just joined the roster is with.
    static func askOrganization(of person: String, next: [String], session: String, _ agenda: Agenda,
                                _ state: inout ShellState) {
        guard !agenda.organizations.isEmpty, let name = agenda.person(person)?.name else { return }
        let organizations = agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }
        let items = [MenuItem(label: state.strings[.noOrganization], isCurrent: true)]
            + organizations.map { MenuItem(label: $0.name + " (" + $0.country + ")") }
        state.overlay = .menu(MenuState(
            title: state.strings.format(.menuPersonOrganization, name), items: items,
            purpose: .attendance(.newcomerOrganization(session: session, person: person, next: next,
                                                       organizations: [nil] + organizations.map(\.id))),
            searchable: true))
    }

    /// After the floor went to someone: when they are in the roster and not marked present, offers to
    /// mark them.
    static func offerToMarkPresent(_ session: Session, _ agenda: Agenda, _ state: inout ShellState) {
        guard let speaker = session.currentSpeaker else { return }
        let folded = TextFolding.fold(speaker.name)
        guard let person = agenda.people.first(where: { TextFolding.fold($0.name) == folded }),
              !session.attendance.people.contains(person.id) else { return }
        state.overlay = .confirm(ConfirmState(title: state.strings[.confirmMarkPresentTitle],
                                              lines: [state.strings.format(.confirmMarkPresentLine, person.name)],
                                              purpose: .attendance(.markPresent(session: session.id, person: person.id))))
    }
}

extension AttendanceFeature.Purpose: FeaturePurpose {
    func answer(_ answer: Answer, _ screen: inout AgendaScreen, _ state: inout ShellState) -> [Effect]? {
        switch (self, answer) {
        case (.present(let id, let organizations, let people), .ticked(let ticked, let added)):
            // Closing the list records who is ticked.
            return AttendanceFeature.record(ticked, added: added, session: id, organizations: organizations, people: people,
                                            &screen, &state)
        case (.newcomerOrganization(let id, let person, let next, let organizations), _):
            var effects: [Effect] = []
            if case .chosen(let index) = answer, let organization = organizations[index],
               let session = screen.agenda.session(id) {
                // Their organization is present with them.
                var attendance = session.attendance
                if !attendance.organizations.contains(organization) { attendance.organizations.append(organization) }
                effects = Editing.commit([.setPersonOrganization(person: person, organization: organization),
                                          .changeSession(id: id, .setAttendance(attendance))], &screen, &state)
            }
            if let following = next.first {
                AttendanceFeature.askOrganization(of: following, next: Array(next.dropFirst()), session: id, screen.agenda, &state)
            }
            return effects
        case (.markPresent(let id, let person), .confirmed):
            guard let session = screen.agenda.session(id), let member = screen.agenda.person(person) else { return [] }
            var attendance = session.attendance
            attendance.people.append(person)
            if let organization = member.organization, !attendance.organizations.contains(organization) {
                attendance.organizations.append(organization)
            }
            return Editing.commit([.changeSession(id: id, .setAttendance(attendance))], &screen, &state)
        default:
            return []
        }
    }
}
