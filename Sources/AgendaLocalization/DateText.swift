import AgendaModel
import Foundation

/// Dates in the form each language writes them: `Jun 30, 2026`, `30 jun 2026`, `30 juin 2026`.
public enum DateText {
    private static let months: [Language: [String]] = [
        .english: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        .spanish: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
        .portuguese: ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
        .french: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    ]

    /// A calendar day, short.
    public static func day(_ day: Day, _ language: Language) -> String {
        let month = months[language]![day.month - 1]
        switch language {
        case .english: return "\(month) \(day.day), \(day.year)"
        case .spanish, .portuguese: return "\(day.day) \(month) \(day.year)"
        case .french: return (day.day == 1 ? "1er" : "\(day.day)") + " \(month) \(day.year)"
        }
    }

    /// The widest a day can be in a language, in columns, for sizing a column of dates.
    public static func widestDay(_ language: Language) -> Int {
        (1...12).map { day(Day(year: 2026, month: $0, day: 28)!, language).count }.max() ?? 12
    }

    /// An instant as a day and time, shifted by `utcOffset` seconds into local time: `Jun 30, 2026 14:05`.
    public static func time(_ date: Date, _ language: Language, utcOffset: Int = 0) -> String {
        let date = date.addingTimeInterval(Double(utcOffset))
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let hours = secondOfDay / 3600
        let minutes = secondOfDay / 60 % 60
        return day(Day(date), language) + " " + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
