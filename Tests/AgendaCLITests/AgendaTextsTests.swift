@testable import AgendaCLI
import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The one-pass gathering of an agenda's texts that `translate` uses agrees with the model's own
/// answers, text by text.
@Suite struct AgendaTextsTests {
    @Test(arguments: ["sample", "sessions"])
    func everyTextItsOriginalTranslationsAndCountsAreTheModels(_ which: String) throws {
        var agenda = which == "sample" ? try FileAgendaStore().load(Paths.sampleAgenda) : SessionFixtures.runAgenda()
        let time = Date(timeIntervalSince1970: 1_780_000_000)
        let refs = agenda.translatableTexts
        // Translate every third text, then change every fifth original of a goal so that some are stale.
        for (index, ref) in refs.enumerated() where index % 3 == 0 {
            try agenda.apply(Edit.setTranslation(ref, language: index % 2 == 0 ? "pt" : "pt-BR",
                                                 Translation(text: "tradução \(index)", from: agenda.original(ref) ?? "")),
                             by: "Ana", at: time)
        }
        for goal in agenda.goals.enumerated() where goal.offset % 5 == 0 {
            try agenda.apply(Edit.setGoal(id: goal.element.id, .title(goal.element.title + " (revised)")), by: "Ana", at: time)
        }
        let texts = AgendaTexts(agenda)
        #expect(texts.texts.map(\.ref) == agenda.translatableTexts)
        #expect(refs.contains { if case .decision = $0 { true } else { false } } == (which == "sessions"))
        for text in texts.texts {
            #expect(text.original == agenda.original(text.ref))
            #expect(text.translations == agenda.translations(text.ref))
            #expect(texts[text.ref]?.original == text.original)
        }
        for language in ["pt", "pt-BR", "es"] {
            #expect(texts.status(language, originalLanguage: agenda.language) == agenda.translationStatus(language))
        }
        #expect(agenda.translationStatus("pt").stale > 0)
        #expect(texts[.goal("G-NONE", field: "title")] == nil)
    }
}
