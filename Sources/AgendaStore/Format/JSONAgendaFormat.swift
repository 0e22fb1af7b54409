import AgendaModel

/// The agenda file format: pretty-printed JSON as `docs/FORMAT.md` documents it.
public struct JSONAgendaFormat: AgendaFormat {
    public init() {}

    public func decode(_ bytes: [UInt8]) throws(JSONSyntaxError) -> Agenda {
        try decode(bytes, parallel: true)
    }

    /// The agenda in the bytes with only what listing goals needs: goals without their description,
    /// notes, history, source and times, no people and no sessions. Every byte is still checked as
    /// JSON, but nothing more is: `agenda validate` checks the whole file.
    public func decodeForListing(_ bytes: [UInt8]) throws(JSONSyntaxError) -> Agenda {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> Agenda in try decodeForListing(buffer) }
    }

    /// The same, from bytes in memory that are not an array (a file mapped into memory).
    public func decodeForListing(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> Agenda {
        try decodeForListing(bytes, goalsByTable: false)
    }

    /// The same, the goals read through their layout's table with `goalsByTable` (tests compare the two).
    func decodeForListing(_ bytes: UnsafeBufferPointer<UInt8>, goalsByTable: Bool) throws(JSONSyntaxError) -> Agenda {
        do {
            return try JSONReader.read(buffer: bytes) { (reader) throws(JSONSyntaxError) -> Agenda in
                try AgendaJSONDecoder.agenda(&reader, listing: true, goalsByTable: goalsByTable)
            }
        } catch {
            throw Self.explained(error, in: bytes)
        }
    }

    /// The agenda in the bytes, read in one pass when `parallel` is false (tests compare the two).
    func decode(_ bytes: [UInt8], parallel: Bool) throws(JSONSyntaxError) -> Agenda {
        try decode(bytes, splitAbove: parallel ? AgendaJSONDecoder.parallelThreshold : nil)
    }

    /// The agenda in the bytes, its goals array split between two readers when it holds more than
    /// `splitAbove` bytes (0: always, when a boundary is found; nil: never); with `goalsByTable`, the
    /// goals read through their layout's table rather than the code generated from it.
    func decode(_ bytes: [UInt8], splitAbove: Int?, goalsByTable: Bool = false) throws(JSONSyntaxError) -> Agenda {
        do {
            return try JSONReader.read(bytes) { (reader) throws(JSONSyntaxError) -> Agenda in
                try AgendaJSONDecoder.agenda(&reader, splitAbove: splitAbove, goalsByTable: goalsByTable)
            }
        } catch {
            throw bytes.withUnsafeBufferPointer { Self.explained(error, in: $0) }
        }
    }

    /// A syntax error in a file with git conflict markers becomes an error that says so, at the first
    /// marker; any other error is returned as it is.
    static func explained(_ error: JSONSyntaxError, in bytes: UnsafeBufferPointer<UInt8>) -> JSONSyntaxError {
        guard let found = GitConflictMarkers.find(in: bytes) else { return error }
        return GitConflictMarkers.error(found)
    }

    public func encode(_ agenda: Agenda) -> [UInt8] {
        AgendaJSONEncoder.encode(agenda)
    }

    public func locate(_ path: [PathComponent], in bytes: [UInt8]) -> Int? {
        JSONLocator.locate(path, in: bytes)
    }

    public func locate(_ paths: [[PathComponent]], in bytes: [UInt8]) -> [Int?] {
        JSONLocator.locate(paths, in: bytes)
    }

    public func controlCharacters(in bytes: [UInt8]) -> [ControlCharacterFinding] {
        JSONControlCharacterScan.findings(in: bytes)
    }

    /// The bytes of one goal object, for `show --format json`.
    public func encodeGoal(_ goal: Goal) -> [UInt8] {
        var w = JSONWriter()
        w.write(goal, GoalCodec())
        return w.finish()
    }

    /// The bytes of an array of goal objects with the file's key names, for `list --format json`.
    public func encodeGoals(_ goals: [Goal]) -> [UInt8] {
        encodeArray(goals, GoalCodec())
    }

    /// The bytes of a list of organizations, for `org list --format json`.
    public func encodeOrganizations(_ organizations: [Organization]) -> [UInt8] {
        encodeArray(organizations, ObjectLayout<Organization>.organization)
    }

    /// The bytes of an array of records, each written by its codec.
    private func encodeArray<Codec: ObjectCodec>(_ records: [Codec.Record], _ codec: Codec) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        w.writeElements(records, codec)
        w.endArray()
        return w.finish()
    }
}
