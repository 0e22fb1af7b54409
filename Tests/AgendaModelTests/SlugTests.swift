import AgendaModel
import Testing

/// Ids made from names: folded, hyphenated, numbered when taken.
@Suite struct SlugTests {
    @Test func aNameBecomesAReadableId() {
        #expect(Slug.make(from: "Rosa Hernández", avoiding: []) == "rosa-hernandez")
        #expect(Slug.make(from: "  Ñandú  Peña-Gómez (CDMX) ", avoiding: []) == "nandu-pena-gomez-cdmx")
        #expect(Slug.make(from: "Rosa Hernández", avoiding: ["rosa-hernandez", "rosa-hernandez-2"]) == "rosa-hernandez-3")
        #expect(Slug.make(from: "李明", avoiding: []) == "person")
        #expect(Slug.make(from: "李明", avoiding: ["person"]) == "person-2")
        let long = Slug.make(from: String(repeating: "Organización ", count: 10), avoiding: [])
        #expect(long.count <= 48 && !long.hasSuffix("-") && FieldRules.isSlug(long))
    }
}
