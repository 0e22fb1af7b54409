import AgendaLocalization
import AgendaModel

/// Goals as CSV: one RFC 4180 row per goal with every field of the goal's field table that has a column
/// (`GoalFieldDescriptor.isInCSV`), then the latest review; lists joined with "; ", notes as their text
/// (each `day author: text`, one a line).
///
/// With words (`CSVOptions.words`), headers are the fields' names and values the words of the
/// interface's language: statuses, priorities and levels, areas and organizations by name, countries by
/// name, times as `YYYY-MM-DD HH:MM:SS` (UTC), which spreadsheets read as times. Without, the file's keys
/// and values.
public enum GoalCSV {
    /// The goal's fields that have a column, in the file's order.
    static let fields = Goal.fields.filter(\.isInCSV)

    /// The header with the file's keys.
    public static let header = fields.map(\.key) + ["lastReview", "health", "reviewComment"]

    /// The header in the interface's words.
    public static func header(_ strings: Strings) -> [String] {
        fields.map { field in
            switch field.key {
            case "id": strings[.columnID]
            case "createdAt": strings[.detailCreated]
            case "updatedAt": strings[.detailUpdated]
            default: Labels.fieldLabel(field.key).map { strings[$0] } ?? field.key
            }
        } + [strings[.reportLastReview], strings[.fieldHealth], strings[.csvReviewComment]]
    }

    /// The CSV of goals, with each goal's latest review (day, health, comment) when `reviews` has one.
    /// `agenda` names areas and organizations in words.
    public static func render(_ goals: [Goal], reviews: [String: Review] = [:], agenda: Agenda? = nil,
                              options: CSVOptions = .raw(byteOrderMark: false)) -> String {
        var csv = CSVWriter(options)
        let cells = GoalCells(agenda: agenda, options: options)
        csv.append(options.words.map(header) ?? header)
        for goal in goals {
            let review = reviews[goal.id]
            csv.append(fields.map { cells.text($0, of: goal) } + [
                review?.date.description ?? "", review.map { cells.health($0.health) } ?? "",
                options.redaction.text(review?.comment ?? ""),
            ])
        }
        return csv.text
    }
}

/// The cells of a goal's row, in the file's values or in words.
struct GoalCells {
    let options: CSVOptions
    let words: ChangeWords?
    /// With words, the agenda's texts in their language (originals marked `[en]` where a translation is
    /// missing); without, nil: the file's texts.
    let reading: Reading?
    let agenda: Agenda?

    init(agenda: Agenda?, options: CSVOptions) {
        self.options = options
        self.agenda = agenda
        words = options.words.map { ChangeWords(agenda ?? Agenda(title: ""), $0) }
        reading = options.words.flatMap { strings in agenda.map { Reading($0, strings) } }
    }

    /// A field's cell.
    func text(_ field: GoalFieldDescriptor, of goal: Goal) -> String {
        switch field.kind {
        case .notes(let notes): return notes.get(goal).map(note).joined(separator: "\n")
        case .time(let time): return words == nil ? field.csvText(of: goal) ?? "" : SpreadsheetTime.text(time.get(goal))
        default: break
        }
        let raw = field.csvText(of: goal) ?? ""
        if let reading, field.key == "title" { return options.redaction.text(LanguageSpan.plain(reading.reportTitle(goal))) }
        if let reading, field.key == "description" { return options.redaction.text(LanguageSpan.plain(reading.reportDescription(goal))) }
        if let reading, field.key == "area", let area = agenda?.area(goal.area) { return LanguageSpan.plain(reading.reportName(area)) }
        if ["title", "description", "source"].contains(field.key) { return options.redaction.text(raw) }
        guard !raw.isEmpty else { return raw }
        switch (field.key, words) {
        case ("status", let words?), ("priority", let words?), ("level", let words?), ("area", let words?):
            return words.value(raw, of: field.key)
        case ("organizations", let words?), ("countries", let words?):
            return raw.components(separatedBy: "; ").map { words.value($0, of: field.key) }.joined(separator: "; ")
        default: return raw
        }
    }

    /// A note as a line: `2026-11-20 Lucía Hernández: text`; a private report leaves out authors who
    /// are not owners, and contacts in the text.
    func note(_ note: Note) -> String {
        let author = options.redaction.person(note.author).map { " " + $0 } ?? ""
        return Day(note.time).description + author + ": " + options.redaction.text(note.text)
    }

    /// A review's health, as a word or its key.
    func health(_ health: Health) -> String {
        words.map { Labels.health(health, $0.strings) } ?? health.rawValue
    }
}
