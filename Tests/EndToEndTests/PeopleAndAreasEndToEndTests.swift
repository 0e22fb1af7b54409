import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The roster and the areas edited in the real program in a real terminal, in Spanish, and checked in
/// the file on disk.
@Suite(.serialized) struct PeopleAndAreasEndToEndTests {
    var agenda: String { "'" + Paths.agendaBinary + "'" }

    @Test(arguments: [(80, 24), (40, 12)])
    func anAreaRenamedAndMovedOnScreenIsSoOnDisk(width: Int, height: Int) throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: width, height: height)
        tmux.run(agenda + " --lang es '" + path + "'")
        #expect(tmux.waitFor("45"), "\(tmux.screen())")
        // The first row is the Leadership area: e edits its name.
        tmux.send("e")
        #expect(tmux.waitFor("Área Leadership"), "\(tmux.screen())")
        tmux.send("C-u")
        tmux.send("Liderazgo y fortalecimiento", literal: true)
        tmux.send("C-s")
        #expect(tmux.waitFor("Liderazgo y fort"), "\(tmux.screen())")
        // m moves it after Legislative reform.
        tmux.send("m")
        #expect(tmux.waitFor("Mover Liderazgo"), "\(tmux.screen())")
        tmux.send("legis", literal: true)
        tmux.send("Enter")
        #expect(tmux.waitUntil { !$0.contains("Mover Liderazgo") }, "\(tmux.screen())")
        if width >= 80 { #expect(tmux.waitFor("guardad"), "\(tmux.screen())") }
        tmux.send("q")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")

        let saved = try FileAgendaStore().load(path)
        #expect(saved.area("leadership")?.name == "Liderazgo y fortalecimiento")
        #expect(saved.areas.prefix(3).map(\.id) == ["transnational-alliances", "legislative-reform", "leadership"])
        #expect(saved.goals.filter { $0.area == "leadership" }.count == 6)
    }

    @Test func aPersonAddedInThePeopleViewIsInTheRosterOnDisk() throws {
        let folder = TemporaryFolder()
        let path = try folder.sampleCopy()
        let tmux = try TmuxSession(width: 80, height: 24)
        tmux.run(agenda + " --lang pt '" + path + "'")
        #expect(tmux.waitFor("45"), "\(tmux.screen())")
        tmux.send("2")
        tmux.send("2")
        #expect(tmux.waitFor("4 · Pessoas"), "\(tmux.screen())")
        tmux.send("n")
        #expect(tmux.waitFor("Nova pessoa"), "\(tmux.screen())")
        tmux.send("Conceição Araújo 日本", literal: true)
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.send("br", literal: true)
        tmux.send("C-s")
        #expect(tmux.waitFor("5 · Pessoas"), "\(tmux.screen())")
        #expect(tmux.waitFor("entrou no cadastro"), "\(tmux.screen())")
        tmux.send("q")
        #expect(tmux.shellAnswers(), "\(tmux.screen())")

        let person = try #require(try FileAgendaStore().load(path).people.first { $0.name == "Conceição Araújo 日本" })
        #expect(person.id == "conceicao-araujo")
        #expect(person.country == "BR")
    }
}
