@testable import AgendaCLI
import Testing

/// How sync names a path from the top of the repository for a user in another folder of it.
@Suite struct AgendaEditsElsewhereTests {
    @Test func pathsAreNamedFromTheFolderTheUserGave() {
        let named = AgendaEditsElsewhere.named
        #expect(named("Agendas/a.json", ".", "") == "Agendas/a.json")
        #expect(named("Agendas", ".", "") == "Agendas")
        #expect(named("", ".", "") == ".")
        #expect(named("Agendas", ".", "docs/") == "../Agendas")
        #expect(named("docs/Old", ".", "docs/") == "Old")
        #expect(named("Agendas", "docs", "docs/") == "Agendas")
        #expect(named("Agendas", "../repo/docs/", "docs/") == "../repo/Agendas")
        #expect(named("Agendas/a.json", "/home/ana/repo", "") == "/home/ana/repo/Agendas/a.json")
        #expect(named("Agendas", "/home/ana/repo/docs/notes", "docs/notes/") == "/home/ana/repo/Agendas")
    }
}
