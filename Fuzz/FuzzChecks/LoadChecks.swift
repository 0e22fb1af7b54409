import AgendaModel
@_spi(Fuzzing) import AgendaStore
import Foundation

extension FuzzChecks {
    /// The name the checked read gives the file, to find in its messages.
    static let fileName = "fuzz.json"

    /// Feeds the bytes to every reader of agenda files and checks what they promise.
    ///
    /// - the full read in one pass and with its goals split between two readers give the same
    ///   agenda, or the same error at the same offset;
    /// - an error's offset lies inside the input (or at its end) and its message is not empty;
    /// - the goals read by the code generated from their layout and through the layout's table give
    ///   the same agenda or the same error, in a full read and in a listing, and are written the same;
    /// - the listing read accepts whatever the full read accepts and then holds the same agenda
    ///   less what a list does not show;
    /// - an agenda read, written and read again is the same agenda;
    /// - the checked read (`decodeAndCheck`) refuses exactly the unreadable and the invalid agendas,
    ///   every problem at a line and column inside the file;
    /// - the outline, tree and roll-ups the interface and `list` build before any check, and the
    ///   dashboard's figures of a valid agenda, are computed without a trap;
    /// - the interface draws the file's first frames, and every view of a valid agenda, within the screen.
    public static func load(_ bytes: [UInt8]) throws(FuzzFailure) {
        let format = JSONAgendaFormat()
        let whole = Result { () throws(JSONSyntaxError) -> Agenda in try format.decodeForFuzzing(bytes, splitAbove: nil) }
        try checkError(whole, in: bytes, "the full read")
        let split = Result { () throws(JSONSyntaxError) -> Agenda in try format.decodeForFuzzing(bytes, splitAbove: 0) }
        try expect(
            split == whole, "a read split between two readers agrees with one pass",
            "split: \(outcome(split)); one pass: \(outcome(whole))")

        let listing = Result { () throws(JSONSyntaxError) -> Agenda in try format.decodeForListing(bytes) }
        try checkError(listing, in: bytes, "the listing read")
        try tableAgrees(bytes, whole: whole, listing: listing, format: format)
        switch (whole, listing) {
        case (.success(let agenda), .success(let listed)):
            let expected = listingView(of: agenda)
            try expect(listed == expected, "the listing read agrees with the full read", difference(listed, expected))
        case (.success, .failure(let error)):
            throw FuzzFailure("the listing read accepts what the full read accepts", "listing: \(error)")
        case (.failure, _):
            // The listing passes over what a list does not show, so it may accept more.
            break
        }
        if case .success(let listed) = listing { try uncheckedViews(of: listed) }

        let problems = try checkedRead(bytes, whole: whole)
        guard case .success(let agenda) = whole else { return }
        try uncheckedViews(of: agenda)
        try firstFrames(of: agenda, problems: problems)
        try roundTrip(agenda, format: format)
    }

    /// An error of a read, if it failed, must point inside the input and say something.
    static func checkError(_ result: Result<Agenda, JSONSyntaxError>, in bytes: [UInt8], _ read: String) throws(FuzzFailure) {
        guard case .failure(let error) = result else { return }
        try expect(
            (0...bytes.count).contains(error.offset), "\(read)'s error lies inside the input",
            "offset \(error.offset) in \(bytes.count) bytes: \(error)")
        try expect(!error.message.isEmpty, "\(read)'s error has a message", "\(error)")
    }

    /// What the listing read holds of an agenda the full read holds.
    static func listingView(of agenda: Agenda) -> Agenda {
        var view = agenda
        view.people = []
        view.sessions = []
        view.conflicts = []
        view.extras = ExtraFields()
        for index in view.goals.indices {
            view.goals[index].description = ""
            view.goals[index].notes = []
            view.goals[index].history = []
            view.goals[index].source = nil
            view.goals[index].origin = nil
            view.goals[index].createdAt = Date(timeIntervalSince1970: 0)
            view.goals[index].updatedAt = Date(timeIntervalSince1970: 0)
            view.goals[index].extras = ExtraFields()
        }
        return view
    }

    /// Written and read again, an agenda is the same agenda, and written again the same bytes.
    static func roundTrip(_ agenda: Agenda, format: JSONAgendaFormat) throws(FuzzFailure) {
        let encoded = format.encode(agenda)
        let byTable = format.encodeForFuzzing(agenda, goalsByTable: true)
        try expect(byTable == encoded, "the goals' table writes what the code generated from it writes", firstDifferentLine(byTable, encoded))
        let again = Result { () throws(JSONSyntaxError) -> Agenda in try format.decodeForFuzzing(encoded, splitAbove: nil) }
        switch again {
        case .failure(let error):
            let shown = String(decoding: encoded, as: UTF8.self)
            throw FuzzFailure("a saved agenda reads back", "\(error) in what was written:\n\(shown)")
        case .success(let read):
            try expect(read == agenda, "a saved agenda reads back the same", difference(read, agenda))
            let rewritten = format.encode(read)
            try expect(rewritten == encoded, "an agenda read back is written the same", firstDifferentLine(rewritten, encoded))
        }
    }

    /// The goals read through their layout's table, in a full read in one pass and in a listing, give
    /// what the code generated from the table gives: the same agenda, or the same error at the same place.
    static func tableAgrees(
        _ bytes: [UInt8], whole: Result<Agenda, JSONSyntaxError>, listing: Result<Agenda, JSONSyntaxError>, format: JSONAgendaFormat
    ) throws(FuzzFailure) {
        let byTable = Result { () throws(JSONSyntaxError) -> Agenda in
            try format.decodeForFuzzing(bytes, splitAbove: nil, goalsByTable: true)
        }
        try expect(
            byTable == whole, "the goals' table reads what the code generated from it reads",
            "table: \(outcome(byTable)); generated: \(outcome(whole))")
        let listedByTable = Result { () throws(JSONSyntaxError) -> Agenda in
            try format.decodeForListingForFuzzing(bytes, goalsByTable: true)
        }
        try expect(
            listedByTable == listing, "the goals' table lists what the code generated from it lists",
            "table: \(outcome(listedByTable)); generated: \(outcome(listing))")
    }
}
