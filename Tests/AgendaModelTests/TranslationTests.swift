import AgendaModel
import Foundation
import Testing
import TestSupport

/// Translations of an agenda's texts: set and undone, stale when the original changes, shown with
/// their fallback, counted per language, and merged language by language.
@Suite struct TranslationTests: MergeCopies {
    func translate(_ ref: TextRef, _ language: String, _ text: String, in agenda: inout Agenda, by who: String = "Ana",
                   at time: Date? = nil) throws {
        let original = try #require(agenda.original(ref))
        try agenda.apply(.setTranslation(ref, language: language, Translation(text: text, from: original)), by: who,
                         at: time ?? morning)
    }

    @Test func aTranslationIsSetUndoneAndShownInItsLanguage() throws {
        var agenda = base
        agenda.language = "en"
        let title = TextRef.goal("G-0001", field: "title")
        let undo = try agenda.apply(
            .setTranslation(title, language: "es", Translation(text: "Formar líderes migrantes", from: "Train migrant leaders")),
            by: "Ana", at: morning)
        let made = try #require(agenda.translations(title)["es"])
        #expect(made.text == "Formar líderes migrantes" && made.by == "Ana" && made.at == morning)
        #expect(agenda.shown(title, in: "es") == ShownText(original: "Train migrant leaders", translations: ["es": made],
                                                          in: "es", originalLanguage: "en"))
        #expect(agenda.shown(title, in: "es").text == "Formar líderes migrantes")
        #expect(agenda.shown(title, in: "es").kind == .translation)
        // A region asked for finds the language's translation.
        #expect(agenda.shown(title, in: "es-MX").text == "Formar líderes migrantes")
        // No Portuguese: the original, labelled as English and as a fallback.
        let portuguese = agenda.shown(title, in: "pt")
        #expect(portuguese.text == "Train migrant leaders" && portuguese.kind == .original)
        #expect(portuguese.language == "en" && portuguese.isFallback)
        // The agenda's own language: the original, no fallback.
        #expect(!agenda.shown(title, in: "en").isFallback)
        try agenda.apply(undo, by: "Ana", at: noon)
        #expect(agenda.translations(title).isEmpty)
    }

    @Test func changingTheOriginalMakesTheTranslationStaleUntilConfirmed() throws {
        var agenda = base
        let title = TextRef.goal("G-0001", field: "title")
        try translate(title, "es", "Formar líderes migrantes", in: &agenda)
        try translate(title, "pt", "Formar lideranças migrantes", in: &agenda)
        #expect(agenda.translationStatus("es").translated == 1)
        try agenda.apply(.setGoal(id: "G-0001", .title("Train migrant leaders in every state")), by: "Luis", at: noon)
        // Still there, still shown, marked stale; never counted as translated.
        #expect(agenda.shown(title, in: "es").kind == .stale)
        #expect(agenda.shown(title, in: "es").text == "Formar líderes migrantes")
        let status = agenda.translationStatus("es")
        #expect(status.translated == 0 && status.stale == 1)
        #expect(status.missing == status.total - 1)
        // Confirming makes it from the original as it is now.
        var confirmed = try #require(agenda.translations(title)["es"])
        confirmed.from = agenda.original(title)!
        confirmed.by = nil
        confirmed.at = nil
        try agenda.apply(.setTranslation(title, language: "es", confirmed), by: "Rosa", at: noon)
        #expect(agenda.shown(title, in: "es").kind == .translation)
        #expect(agenda.translations(title)["es"]?.by == "Rosa")
        #expect(agenda.translationLanguages == ["es", "pt"])
    }

    @Test func everyKindOfTextCanBeTranslatedAndNothingElse() throws {
        var agenda = base
        agenda.sessions = [Session(id: "S-1", title: "Asamblea", date: Day("2026-11-20")!, items: [
            SessionItem(id: "I-1", topic: "Informe de tesorería", minutes: 10,
                        decisions: [Decision(time: morning, text: "Aprobar el informe")]),
        ])]
        let refs: [TextRef] = [.area("leadership", field: "name"), .organization("alianza"), .session("S-1"),
                               .topic(session: "S-1", item: "I-1"), .decision(session: "S-1", item: "I-1", index: 0)]
        for ref in refs {
            try translate(ref, "pt", "tradução de " + ref.context, in: &agenda)
            #expect(agenda.translations(ref)["pt"]?.text == "tradução de " + ref.context)
            #expect(TextRef(context: ref.context) == ref)
        }
        #expect(agenda.translatableTexts.contains(.decision(session: "S-1", item: "I-1", index: 0)))
        #expect(throws: EditError.noSuchText("goal G-9999 title")) {
            try agenda.apply(.setTranslation(.goal("G-9999", field: "title"), language: "es",
                                             Translation(text: "x", from: "y")), by: "Ana", at: noon)
        }
        #expect(throws: EditError.self) {
            try agenda.apply(.setTranslation(.goal("G-0001", field: "title"), language: "not a tag",
                                             Translation(text: "x", from: "y")), by: "Ana", at: noon)
        }
        #expect(TextRef(context: "goal G-1 owners") == nil)
        #expect(TextRef(context: "decision S-1 I-1 -1 text") == nil)
    }

    @Test func twoPeopleTranslatingIntoDifferentLanguagesNeverConflict() throws {
        var ours = base, theirs = base
        try translate(.goal("G-0001", field: "title"), "es", "Formar líderes migrantes", in: &ours, by: "Ana", at: morning)
        try translate(.area("leadership", field: "name"), "es", "Liderazgo", in: &ours, by: "Ana", at: morning)
        try translate(.goal("G-0001", field: "title"), "pt", "Formar lideranças migrantes", in: &theirs, by: "Luis", at: noon)
        try translate(.area("leadership", field: "name"), "fr", "Leadership", in: &theirs, by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.isClean)
        #expect(Set(outcome.agenda.translations(.goal("G-0001", field: "title")).keys) == ["es", "pt"])
        #expect(Set(outcome.agenda.translations(.area("leadership", field: "name")).keys) == ["es", "fr"])
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda == outcome.agenda)
    }

    @Test func theSameLanguageTranslatedInBothCopiesKeepsTheLaterOne() throws {
        var ours = base, theirs = base
        try translate(.goal("G-0001", field: "title"), "es", "Formar líderes", in: &ours, by: "Ana", at: noon)
        try translate(.goal("G-0001", field: "title"), "es", "Capacitar líderes", in: &theirs, by: "Luis", at: morning)
        let merged = Agenda.merge(base: base, ours: ours, theirs: theirs).agenda
        #expect(merged.translations(.goal("G-0001", field: "title"))["es"]?.text == "Formar líderes")
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda == merged)
    }

    @Test func aSessionTranslatedInTwoLanguagesOnTwoCopiesStaysOneSession() throws {
        var start = base
        start.sessions = [Session(id: "S-1", title: "Asamblea", date: Day("2026-11-20")!, items: [
            SessionItem(id: "I-1", topic: "Informe", minutes: 10),
        ])]
        var ours = start, theirs = start
        try translate(.session("S-1"), "en", "Assembly", in: &ours)
        try translate(.topic(session: "S-1", item: "I-1"), "pt", "Relatório", in: &theirs, by: "Luis", at: noon)
        let outcome = Agenda.merge(base: start, ours: ours, theirs: theirs)
        #expect(outcome.isClean)
        #expect(outcome.agenda.sessions.count == 1)
        #expect(outcome.agenda.translations(.session("S-1"))["en"]?.text == "Assembly")
        #expect(outcome.agenda.translations(.topic(session: "S-1", item: "I-1"))["pt"]?.text == "Relatório")
    }

    @Test func languageTagsAreReadFromWhatPeopleType() {
        #expect(LanguageTag.normalized("PT_br") == "pt-BR")
        #expect(LanguageTag.normalized("español") == "es")
        #expect(LanguageTag.normalized(" Français ") == "fr")
        #expect(LanguageTag.normalized("qu") == "qu")
        #expect(LanguageTag.normalized("zh-hant-tw") == "zh-Hant-TW")
        #expect(!LanguageTag.isWellFormed("e"))
        #expect(!LanguageTag.isWellFormed("es_MX"))
        #expect(LanguageTag.sameLanguage("pt", "pt-BR"))
    }
}
