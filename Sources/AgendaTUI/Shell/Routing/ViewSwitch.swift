/// Switching between the views of an open agenda, and leaving it for the picker: the same keys in
/// every view.
enum ViewSwitch {
    /// Answers a key that switches views (Tab, 1 to 6, 2 again for people) or opens the picker (`p`); nil for other keys.
    static func handle(_ action: Action, _ screen: inout AgendaScreen) -> [Effect]? {
        if action == .nextView {
            screen.view = screen.view.next(hasConflicts: !screen.agenda.conflicts.isEmpty)
            return []
        }
        if action == .showOrganizations, screen.view == .organizations || screen.view == .people {
            // Organizations and people share the number 2: pressed again, it shows the other.
            screen.view = screen.view == .organizations ? .people : .organizations
            return []
        }
        if let view = AgendaView(showing: action) {
            screen.view = view
            return []
        }
        if action == .picker {
            return [.list(folder: folder(of: screen.document.path))]
        }
        return nil
    }

    /// The folder an agenda file is in.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}
