import AgendaModel

/// Goals as CSV for spreadsheets: one row per goal, every field, lists joined with "; ".
enum GoalCSV {
    static let header = [
        "id", "title", "area", "parent", "status", "progress", "priority", "due", "level", "countries", "owners",
        "organizations", "tags", "source", "description", "notes", "createdAt", "updatedAt",
    ]

    static func render(_ goals: [Goal]) -> String {
        var csv = CSVWriter()
        csv.append(header)
        for goal in goals {
            csv.append([
                goal.id, goal.title, goal.area, goal.parent ?? "", goal.status.rawValue, String(goal.progress),
                goal.priority.rawValue, goal.due?.description ?? "", goal.level?.rawValue ?? "",
                goal.countries.joined(separator: "; "), goal.owners.joined(separator: "; "),
                goal.organizations.joined(separator: "; "), goal.tags.joined(separator: "; "), goal.source ?? "",
                goal.description, String(goal.notes.count), Timestamp.format(goal.createdAt),
                Timestamp.format(goal.updatedAt),
            ])
        }
        return csv.text
    }
}
