import AgendaLocalization
import AgendaModel
import AgendaReports
import Foundation
import Testing

/// A vote as a sentence: the question, then its count and result, with no colon after a question that
/// ends with its own mark.
@Suite struct VoteWordsTests {
    let time = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aQuestionWithItsOwnMarkTakesNoColon() {
        let vote = Vote(time: time, question: "¿Aprobar el presupuesto de la escuela para 2027?", inFavor: 14, against: 3, abstentions: 2)
        #expect(VoteWords.describe(vote, Strings(.spanish))
            == "¿Aprobar el presupuesto de la escuela para 2027? 14 a favor, 3 en contra y 2 abstenciones. Resultado: aprobada.")
        #expect(VoteWords.describe(vote, Strings(.french)).hasPrefix("¿Aprobar el presupuesto de la escuela para 2027? 14 pour"))
    }

    @Test func aMotionWithoutAMarkKeepsItsColon() {
        let vote = Vote(time: time, question: "Presupuesto de la escuela", inFavor: 2, against: 5, abstentions: 1)
        #expect(VoteWords.describe(vote, Strings(.spanish))
            == "Presupuesto de la escuela: 2 a favor, 5 en contra y 1 abstención. Resultado: no aprobada.")
        #expect(VoteWords.describe(vote, Strings(.french)).hasPrefix("Presupuesto de la escuela : 2 pour"))
    }
}
