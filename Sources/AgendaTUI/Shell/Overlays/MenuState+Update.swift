import AgendaLocalization
import AgendaModel
import TerminalWidgets

extension Reducer {
    /// Keys of an open menu.
    static func handleMenu(_ action: Action?, key: Key, _ menu: inout MenuState, _ state: inout AppState) -> [Effect] {
        switch action {
        case .moveUp, .moveDown:
            _ = move(&menu.selection, action, count: menu.items.count, page: 1)
            state.overlay = .menu(menu)
        case .menuClose:
            switch menu.purpose {
            case .filterValues:
                state.overlay = .menu(reopenedFilterFields(state))
            case .attendance(let id):
                // Closing the attendance list records who is ticked.
                state.overlay = nil
                let ticked = menu.allItems.filter(\.isCurrent).map(\.value)
                let attendance = Attendance(
                    people: ticked.filter { $0.hasPrefix("person:") }.map { String($0.dropFirst(7)) },
                    organizations: ticked.filter { $0.hasPrefix("org:") }.map { String($0.dropFirst(4)) })
                return withAgenda(&state) { screen, state in
                    guard let session = screen.document.agenda.session(id) else { return [] }
                    var updated = attendance
                    updated.extras = session.attendance.extras
                    return commit([.changeSession(id: id, .setAttendance(updated))], &screen, &state)
                }
            case .speakerOrganization(let id, let name, let kind):
                // Escape skips the question: the guest joins the queue with no organization.
                state.overlay = nil
                return withAgenda(&state) { screen, state in
                    addSpeaker(name, kind: kind, organization: nil, language: nil, session: id, &screen, &state)
                }
            case .formMulti(let index):
                // Closing a multiple-choice menu keeps what was ticked.
                state.overlay = nil
                let values = menu.allItems.filter(\.isCurrent).map(\.value)
                let options = menu.allItems.map { MenuItem(label: $0.label, value: $0.value) }
                return withAgenda(&state) { screen, _ in
                    if var form = screen.form, form.fields.indices.contains(index),
                       case .multi(_, _, let allowsNew) = form.fields[index].kind {
                        form.fields[index].kind = .multi(options: options, values: values, allowsNew: allowsNew)
                        screen.form = form
                    }
                    return []
                }
            default:
                state.overlay = nil
            }
        case .menuToggle where isMulti(menu) && (menu.filter?.text ?? "").isEmpty:
            // Space ticks while nothing is typed; once a search is typed, it types a space.
            toggle(&menu)
            state.overlay = .menu(menu)
        case .menuChoose where isMulti(menu):
            // Enter ticks the item, or adds the typed value when it is new.
            if menu.items.indices.contains(menu.selection) {
                toggle(&menu)
            } else if let typed = menu.filter?.text.trimmingWhitespace, !typed.isEmpty {
                menu.allItems.append(MenuItem(label: typed, value: typed, isCurrent: true))
                menu.filter = TextField()
                menu.applyFilter()
                menu.selection = menu.items.count - 1
            }
            state.overlay = .menu(menu)
        case .menuChoose where !menu.items.indices.contains(menu.selection):
            break
        case .menuChoose where isFormOrEdit(menu):
            state.overlay = nil
            return chooseForEdit(menu.items[menu.selection].value, menu.purpose, &state)
        case .menuChoose:
            guard case .agenda(var screen) = state.screen else { break }
            // Take the screen out of the state while it changes, so its arrays are not copied on write.
            state.screen = .loading(path: screen.document.path)
            defer { if case .loading = state.screen { state.screen = .agenda(screen) } }
            let value = menu.items[menu.selection].value
            switch menu.purpose {
            case .filterFields where value == FilterField.reviewed.rawValue:
                // A day, typed; it starts at the dashboard's: thirty days ago.
                let day = screen.goals.filter.notReviewedSince ?? state.today.adding(days: -30)
                state.overlay = .prompt(PromptState(title: state.strings[.promptNotReviewedSince], purpose: .notReviewedSince,
                                                    text: day.description, replacesOnType: true))
                return []
            case .filterFields:
                if let field = FilterField(rawValue: value) {
                    state.overlay = .menu(filterValuesMenu(field, screen, state.strings))
                }
                return []
            case .filterValues(let field):
                let chosen: String? = value.isEmpty ? nil : value
                switch field {
                case .status: screen.goals.filter.statuses = chosen.map { [GoalStatus(rawValue: $0)] } ?? []
                case .area: screen.goals.filter.area = chosen
                case .owner: screen.goals.filter.owner = chosen
                case .organization: screen.goals.filter.organization = chosen
                case .country: screen.goals.filter.country = chosen
                case .health: screen.goals.filter.health = chosen.map { Health(rawValue: $0) }
                case .reviewed: break
                }
            case .sort:
                screen.goals.sort = GoalSort(rawValue: value) ?? .file
            default:
                break
            }
            refreshRows(&screen)
            screen.goals.viewport.reveal(
                screen.goals.selection, height: ScreenLayout(size: state.size).listBody.height,
                count: screen.goals.rows.count)
            state.screen = .agenda(screen)
            state.overlay = nil
        default:
            // A searchable menu narrows as you type.
            if var filter = menu.filter, filter.handle(key) == .edited {
                menu.filter = filter
                menu.applyFilter()
                state.overlay = .menu(menu)
            }
        }
        return []
    }

    private static func isMulti(_ menu: MenuState) -> Bool {
        switch menu.purpose {
        case .formMulti, .attendance: true
        default: false
        }
    }

    private static func isFormOrEdit(_ menu: MenuState) -> Bool {
        switch menu.purpose {
        case .status, .move, .formChoice, .goalItem, .speakerKind, .speakerOrganization, .figure, .reportFormat, .activityFields,
             .activityValues, .conflictSide: true
        default: false
        }
    }

    /// Ticks or unticks the selected item of a multiple-choice menu, and the form field behind it.
    private static func toggle(_ menu: inout MenuState) {
        guard menu.items.indices.contains(menu.selection) else { return }
        let value = menu.items[menu.selection].value
        menu.items[menu.selection].isCurrent.toggle()
        if let index = menu.allItems.firstIndex(where: { $0.value == value }) {
            menu.allItems[index].isCurrent = menu.items[menu.selection].isCurrent
        }
    }

    /// Carries out a choice made in a menu that edits: a status, a new place for a goal, a form's value.
    static func chooseForEdit(_ value: String, _ purpose: MenuPurpose, _ state: inout AppState) -> [Effect] {
        withAgenda(&state) { screen, state in
            switch purpose {
            case .status(let goal):
                return commit([.setGoal(id: goal, .status(GoalStatus(rawValue: value)))], &screen, &state)
            case .move(let goal):
                let edit: Edit = value.hasPrefix("area:")
                    ? .moveGoal(id: goal, parent: nil, area: String(value.dropFirst(5)))
                    : .moveGoal(id: goal, parent: String(value.dropFirst(5)), area: nil)
                let effects = commit([edit], &screen, &state)
                refreshRows(&screen, keeping: "goal:" + goal)
                return effects
            case .formChoice(let index):
                guard var form = screen.form, form.fields.indices.contains(index),
                      case .choice(let options, _) = form.fields[index].kind else { return [] }
                form.fields[index].kind = .choice(options: options, value: value)
                screen.form = form
                return []
            case .goalItem(let id):
                guard let session = screen.document.agenda.session(id) else { return [] }
                let item = SessionItem(id: nextItemID(session), goal: value, minutes: 10)
                let effects = commit([.changeSession(id: id, .addItem(item, at: nil))], &screen, &state)
                screen.plan?.selection = session.items.count
                return effects
            case .figure(let targets):
                guard let index = Int(value), targets.indices.contains(index) else { return [] }
                showGoals(targets[index], &screen)
                return []
            case .reportFormat:
                return [.writeReport(path: screen.document.path, format: value, language: state.strings.language, today: state.today,
                                     agenda: screen.document.agenda)]
            case .activityFields:
                if value == "since" {
                    state.overlay = .prompt(PromptState(title: state.strings[.promptSince], purpose: .activitySince,
                                                        text: screen.activity.filter.since?.description ?? "", replacesOnType: true))
                } else {
                    state.overlay = .menu(activityValuesMenu(value, screen, state.strings))
                }
                return []
            case .conflictSide(let conflict):
                return settle(conflict, side: Int(value) ?? 0, &screen, &state)
            case .activityValues(let field):
                let chosen: String? = value.isEmpty ? nil : value
                switch field {
                case "person": screen.activity.filter.person = chosen
                case "organization": screen.activity.filter.organization = chosen
                default: screen.activity.filter.area = chosen
                }
                screen.activity.selection = 0
                screen.activity.viewport = ListViewport()
                return []
            case .speakerKind(let id, let name, let organization, let language):
                return speakerKindChosen(InterventionKind(rawValue: value), session: id, name: name, organization: organization,
                                         language: language, &screen, &state)
            case .speakerOrganization(let id, let name, let kind):
                return addSpeaker(name, kind: kind, organization: value.isEmpty ? nil : value, language: nil, session: id,
                                  &screen, &state)
            default:
                return []
            }
        }
    }

    private static func reopenedFilterFields(_ state: AppState) -> MenuState {
        guard case .agenda(let screen) = state.screen else {
            return MenuState(title: "", items: [], purpose: .filterFields)
        }
        return filterFieldsMenu(screen, state.strings)
    }

    /// The filter menu's first level: each criterion with its current value.
    static func filterFieldsMenu(_ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let filter = screen.goals.filter
        let agenda = screen.document.agenda
        let any = strings[.filterAny]
        func line(_ label: Text, _ value: String?) -> String { strings[label] + ": " + (value ?? any) }
        let items = [
            MenuItem(label: line(.filterStatus, filter.statuses.first.map { Labels.status($0, strings) }), value: FilterField.status.rawValue),
            MenuItem(label: line(.filterArea, filter.area.map { agenda.area($0)?.name ?? $0 }), value: FilterField.area.rawValue),
            MenuItem(label: line(.filterOwner, filter.owner), value: FilterField.owner.rawValue),
            MenuItem(label: line(.filterOrganization, filter.organization.map { agenda.organization($0)?.name ?? $0 }),
                     value: FilterField.organization.rawValue),
            MenuItem(label: line(.filterCountry, filter.country), value: FilterField.country.rawValue),
            MenuItem(label: line(.filterNotReviewedSince, filter.notReviewedSince.map { DateText.day($0, strings.language) }),
                     value: FilterField.reviewed.rawValue),
            MenuItem(label: line(.fieldHealth, filter.health.map { Labels.health($0, strings) }), value: FilterField.health.rawValue),
        ]
        return MenuState(title: strings[.filterMenuTitle], items: items, purpose: .filterFields)
    }

    /// The values one criterion can take, "any" first, the current one marked.
    static func filterValuesMenu(_ field: FilterField, _ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let agenda = screen.document.agenda
        let filter = screen.goals.filter
        var items = [MenuItem(label: strings[.filterAny], value: "")]
        let title: Text
        switch field {
        case .status:
            title = .filterStatus
            items += GoalStatus.known.map {
                MenuItem(label: Labels.status($0, strings), value: $0.rawValue, isCurrent: filter.statuses == [$0])
            }
        case .area:
            title = .filterArea
            items += agenda.areas.map { MenuItem(label: $0.name, value: $0.id, isCurrent: filter.area == $0.id) }
        case .owner:
            title = .filterOwner
            var seen: Set<String> = []
            let owners = agenda.goals.flatMap(\.owners).filter { seen.insert($0).inserted }
                .sorted { TextFolding.fold($0) < TextFolding.fold($1) }
            items += owners.map { MenuItem(label: $0, value: $0, isCurrent: filter.owner == $0) }
        case .organization:
            title = .filterOrganization
            items += agenda.organizations.sorted { TextFolding.fold($0.name) < TextFolding.fold($1.name) }.map {
                MenuItem(label: "\($0.name) (\($0.country))", value: $0.id, isCurrent: filter.organization == $0.id)
            }
        case .country:
            title = .filterCountry
            let countries = Set(agenda.goals.flatMap(\.countries) + agenda.organizations.map(\.country)).sorted()
            items += countries.map { MenuItem(label: $0, value: $0, isCurrent: filter.country == $0) }
        case .reviewed:
            title = .filterNotReviewedSince
        case .health:
            title = .fieldHealth
            items += Health.known.map {
                MenuItem(label: Labels.health($0, strings), value: $0.rawValue, isCurrent: filter.health == $0)
            }
        }
        if !items.dropFirst().contains(where: \.isCurrent) { items[0].isCurrent = true }
        return MenuState(title: strings[title], items: items, purpose: .filterValues(field))
    }

    /// The sort orders, the current one marked.
    static func sortMenu(_ screen: AgendaScreen, _ strings: Strings) -> MenuState {
        let labels: [(GoalSort, Text)] = [(.file, .sortFile), (.due, .sortDue), (.progress, .sortProgress),
                                          (.status, .sortStatus), (.title, .sortTitle)]
        let items = labels.map { MenuItem(label: strings[$0.1], value: $0.0.rawValue, isCurrent: screen.goals.sort == $0.0) }
        return MenuState(title: strings[.sortMenuTitle], items: items, purpose: .sort)
    }
}
