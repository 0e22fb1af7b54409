import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The sample agenda's translations: written in English, its areas named and described in Spanish,
/// Portuguese and French, its goals' titles in Spanish, with a few left stale or missing on purpose so
/// that a new user sees what the marks mean.
@Suite struct SampleTranslationsTests {
    let sample: Agenda

    init() throws {
        sample = try FileAgendaStore().load(Paths.sampleAgenda)
    }

    var titles: [TextRef] { sample.goals.map { TextRef.goal($0.id, field: "title") } }

    func ids(ofTitlesShownIn language: String, as kind: ShownText.Kind) -> [String] {
        titles.filter { sample.shown($0, in: language).kind == kind }.map { ref in
            guard case .goal(let id, _) = ref else { return "" }
            return id
        }
    }

    @Test func theSampleIsWrittenInEnglishAndTranslatedIntoSpanishPortugueseAndFrench() {
        #expect(sample.language == "en")
        #expect(sample.translationLanguages == ["es", "fr", "pt"])
    }

    @Test func everyAreaHasItsNameInSpanishPortugueseAndFrench() {
        #expect(sample.areas.count == 11)
        for area in sample.areas {
            for language in ["es", "pt", "fr"] {
                let name = sample.shown(.area(area.id, field: "name"), in: language)
                // A translation, even where the word is the same (Infrastructure in French).
                #expect(name.kind == .translation && name.language == language, "\(area.id) in \(language): \(name)")
            }
        }
    }

    @Test func everyAreaIsDescribedInSpanishAndPortugueseAndAllButOneInFrench() {
        for language in ["es", "pt"] {
            let kinds = sample.areas.map { sample.shown(.area($0.id, field: "description"), in: language).kind }
            #expect(kinds.allSatisfy { $0 == .translation }, "\(language): \(kinds)")
        }
        let untranslated = sample.areas.filter { sample.shown(.area($0.id, field: "description"), in: "fr").kind != .translation }
        #expect(untranslated.map(\.id) == ["legislative-reform"])
    }

    @Test func twoSpanishTitlesAreStaleAndTwoMissingOnPurpose() {
        #expect(titles.count == 45)
        let stale = ids(ofTitlesShownIn: "es", as: .stale)
        let missing = ids(ofTitlesShownIn: "es", as: .original)
        #expect(stale.count == 2 && missing.count == 2, "stale \(stale), missing \(missing)")
        #expect(ids(ofTitlesShownIn: "es", as: .translation).count == 41)
        // In different areas, the first one in the first area, where a new user looks first.
        let areas = Set((stale + missing).compactMap { sample.goal($0)?.area })
        #expect(areas.count == 4, "\(areas)")
        #expect(stale.first == sample.goals.first?.id)
        // A stale translation is still shown, in Spanish, marked; a missing one falls back to the
        // original, labelled English.
        for id in stale {
            let shown = sample.shown(.goal(id, field: "title"), in: "es")
            #expect(shown.language == "es" && !shown.isFallback && shown.text != sample.goal(id)?.title)
        }
        for id in missing {
            let shown = sample.shown(.goal(id, field: "title"), in: "es")
            #expect(shown.language == "en" && shown.isFallback && shown.text == sample.goal(id)?.title)
        }
    }

    @Test func theSpanishStatusOfTheTitlesCountsTwoStaleAndTwoMissing() {
        // The sample with its goals' titles as its only texts.
        var titlesOnly = sample
        titlesOnly.areas = []
        titlesOnly.organizations = []
        titlesOnly.sessions = []
        for index in titlesOnly.goals.indices { titlesOnly.goals[index].description = "" }
        #expect(titlesOnly.translatableTexts == titles)
        let status = titlesOnly.translationStatus("es")
        #expect(status.translated == 41 && status.stale == 2 && status.missing == 2, "\(status)")
        // The whole agenda counts them among its other texts: the areas' names and descriptions too.
        let whole = sample.translationStatus("es")
        #expect(whole.translated == status.translated + 2 * sample.areas.count && whole.stale == 2, "\(whole)")
    }

    @Test func everyTranslationSaysWhoMadeItWhenAndFromWhat() {
        for ref in sample.translatableTexts {
            for (language, translation) in sample.translations(ref) {
                #expect(LanguageTag.isWellFormed(language), "\(ref.context) \(language)")
                #expect(!LanguageTag.sameLanguage(language, "en"), "\(ref.context) \(language)")
                #expect(!translation.text.isEmpty && !translation.from.isEmpty, "\(ref.context) \(language)")
                #expect(translation.by?.isEmpty == false && translation.at != nil, "\(ref.context) \(language)")
            }
        }
    }

    @Test func nothingInTheSampleIsInvalid() {
        #expect(sample.validate().isEmpty, "\(sample.validate())")
    }
}
