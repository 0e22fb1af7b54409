import AgendaModel
import Foundation
import TestSupport

/// Copies of the fixture agenda edited by different people at two moments of a day, for merge tests.
protocol MergeCopies {}

extension MergeCopies {
    var base: Agenda { Fixtures.agenda() }
    var morning: Date { Fixtures.time.addingTimeInterval(3_600) }
    var noon: Date { Fixtures.time.addingTimeInterval(7_200) }

    /// The fixture agenda with `edits` made by `who` at `time`.
    func copy(_ edits: [Edit], by who: String, at time: Date) throws -> Agenda {
        var agenda = base
        try agenda.apply(edits, by: who, at: time)
        return agenda
    }
}
