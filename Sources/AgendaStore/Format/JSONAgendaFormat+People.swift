import AgendaModel

extension JSONAgendaFormat {
    /// The bytes of a list of people with the file's key names, for `person list --format json`.
    public func encodePeople(_ people: [Person]) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        w.writeElements(people, ObjectLayout<Person>.person)
        w.endArray()
        return w.finish()
    }
}
