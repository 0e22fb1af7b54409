import AgendaModel

/// Goals as CSV for spreadsheets: one RFC 4180 row per goal with every field; lists joined with "; ".
public enum GoalCSV {
    public static let header = [
        "id", "title", "area", "parent", "status", "progress", "priority", "due", "level", "countries", "owners",
        "organizations", "tags", "source", "description", "notes", "createdAt", "updatedAt", "lastReview", "health",
        "reviewComment",
    ]

    /// The CSV of goals, with each goal's latest review (day, health, comment) when `reviews` has one;
    /// `notes` counts the notes.
    public static func render(_ goals: [Goal], reviews: [String: Review] = [:]) -> String {
        var csv = CSVWriter()
        csv.append(header)
        for goal in goals {
            let review = reviews[goal.id]
            csv.append([
                goal.id, goal.title, goal.area, goal.parent ?? "", goal.status.rawValue, String(goal.progress),
                goal.priority.rawValue, goal.due?.description ?? "", goal.level?.rawValue ?? "",
                goal.countries.joined(separator: "; "), goal.owners.joined(separator: "; "),
                goal.organizations.joined(separator: "; "), goal.tags.joined(separator: "; "), goal.source ?? "",
                goal.description, String(goal.notes.count), Timestamp.format(goal.createdAt),
                Timestamp.format(goal.updatedAt), review?.date.description ?? "", review?.health.rawValue ?? "",
                review?.comment ?? "",
            ])
        }
        return csv.text
    }
}
