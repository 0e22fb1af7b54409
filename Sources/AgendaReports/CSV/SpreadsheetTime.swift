import AgendaModel
import Foundation

/// An instant as spreadsheets read a time: `2026-11-29 03:31:46`, in UTC.
///
/// ISO 8601's `2026-11-29T03:31:46Z` stays text in Excel and LibreOffice; with a space for the `T` and
/// no zone, both read it as a date and time (the report says the times are UTC).
enum SpreadsheetTime {
    static func text(_ date: Date) -> String {
        String(Timestamp.format(date).prefix(19)).replacingOccurrences(of: "T", with: " ")
    }
}
