import AgendaLocalization
import TextWidth

/// The filters in force, as the status line shows them: ` · Filter: a · b  (x clears)`.
enum FilterSummary {
    /// The summary of `parts` in at most `width` columns: the hint that clears it gives way first, then
    /// the filters are cut with an ellipsis.
    static func text(_ parts: [String], _ strings: Strings, width: Int) -> String {
        guard !parts.isEmpty, width > 0 else { return "" }
        let filters = " · " + strings[.filterLabel] + ": " + parts.joined(separator: " · ")
        let hint = "  (" + strings[.clearFiltersHint] + ")"
        if DisplayWidth.of(filters) + DisplayWidth.of(hint) <= width { return filters + hint }
        return filters.truncated(toWidth: width)
    }
}
