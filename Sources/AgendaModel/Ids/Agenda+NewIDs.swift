extension Agenda {
    /// An id for a new person of the roster, from their name: `rosa-hernandez`, or `rosa-hernandez-2`
    /// when taken.
    public func newPersonID(for name: String) -> String {
        Slug.make(from: name, avoiding: Set(people.map(\.id)), fallback: "person")
    }

    /// An id for a new area, from its name: `voto-en-el-exterior`, or with `-2` when taken.
    public func newAreaID(for name: String) -> String {
        Slug.make(from: name, avoiding: Set(areas.map(\.id)), fallback: "area")
    }
}
