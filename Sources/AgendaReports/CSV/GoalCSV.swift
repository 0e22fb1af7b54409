import AgendaModel

/// Goals as CSV for spreadsheets: one RFC 4180 row per goal with every field of the goal's field
/// table that has a column (`GoalFieldDescriptor.isInCSV`), then the latest review; lists joined with "; ".
public enum GoalCSV {
    /// The goal's fields that have a column, in the file's order.
    static let fields = Goal.fields.filter(\.isInCSV)

    public static let header = fields.map(\.key) + ["lastReview", "health", "reviewComment"]

    /// The CSV of goals, with each goal's latest review (day, health, comment) when `reviews` has one;
    /// `notes` counts the notes.
    public static func render(_ goals: [Goal], reviews: [String: Review] = [:]) -> String {
        var csv = CSVWriter()
        csv.append(header)
        for goal in goals {
            let review = reviews[goal.id]
            csv.append(fields.map { $0.csvText(of: goal) ?? "" } + [
                review?.date.description ?? "", review?.health.rawValue ?? "", review?.comment ?? "",
            ])
        }
        return csv.text
    }
}
