/// The strings of running meetings, of what a closed meeting recorded and of how progress adds up, in
/// every language: kept apart from the main tables, whose literals are already as large as the compiler
/// checks quickly.
extension Catalog {
    /// The strings of a language.
    static func meetings(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishMeetings
        case .spanish: spanishMeetings
        case .portuguese: portugueseMeetings
        case .french: frenchMeetings
        }
    }

    static let englishMeetings: [Text: String] = [
        .reportNotStarted: "%d {action item|action items} from meetings not started, left out of the progress figures until {it starts|they start}",
        .detailNotStarted: "Action items not started, not counted in progress yet",
        .dashboardNotStartedFigure: "%d {action item|action items} not started, not counted yet",
        .helpSectionProgress: "How progress adds up",
        .helpProgressRule: "A goal with sub-goals shows their mean, and an area the mean of its top goals; dropped goals do "
            + "not count. An action item agreed in a meeting counts once it has progress of its own or is achieved; until "
            + "then it is listed apart as not started, so recording one never lowers a goal or an area.",
    ]

    static let spanishMeetings: [Text: String] = [
        .reportNotStarted: "%d {tarea acordada en sesión sin empezar, fuera de las cifras de avance hasta que empiece|tareas acordadas en sesión sin empezar, fuera de las cifras de avance hasta que empiecen}",
        .detailNotStarted: "Tareas acordadas sin empezar: aún no cuentan en el avance",
        .dashboardNotStartedFigure: "%d {tarea acordada sin empezar, que aún no cuenta|tareas acordadas sin empezar, que aún no cuentan}",
        .helpSectionProgress: "Cómo se calcula el avance",
        .helpProgressRule: "Una meta con submetas muestra el promedio de estas, y un área el de sus metas principales; las metas "
            + "descartadas no cuentan. Una tarea acordada en una sesión cuenta desde que tiene avance propio o se logra; hasta "
            + "entonces figura aparte, sin empezar, así que registrarla nunca baja el avance de una meta ni de un área.",
    ]

    static let portugueseMeetings: [Text: String] = [
        .reportNotStarted: "%d {encaminhamento de sessão não iniciado, fora dos números de progresso até começar|encaminhamentos de sessão não iniciados, fora dos números de progresso até começarem}",
        .detailNotStarted: "Encaminhamentos não iniciados: ainda não contam no progresso",
        .dashboardNotStartedFigure: "%d {encaminhamento não iniciado, que ainda não conta|encaminhamentos não iniciados, que ainda não contam}",
        .helpSectionProgress: "Como o progresso é calculado",
        .helpProgressRule: "Uma meta com submetas mostra a média delas, e uma área a média de suas metas principais; metas "
            + "descartadas não contam. Um encaminhamento de uma sessão passa a contar quando tem progresso próprio ou é "
            + "alcançado; até lá aparece à parte, como não iniciado, e por isso registrá-lo nunca reduz o progresso de uma "
            + "meta nem de uma área.",
    ]

    static let frenchMeetings: [Text: String] = [
        .reportNotStarted: "%d {action à mener décidée en séance non commencée, hors des chiffres d'avancement jusqu'à ce qu'elle commence|actions à mener décidées en séance non commencées, hors des chiffres d'avancement jusqu'à ce qu'elles commencent}",
        .detailNotStarted: "Actions à mener non commencées : elles ne comptent pas encore dans l'avancement",
        .dashboardNotStartedFigure: "%d {action à mener non commencée, pas encore comptée|actions à mener non commencées, pas encore comptées}",
        .helpSectionProgress: "Comment l'avancement est calculé",
        .helpProgressRule: "Un objectif qui a des sous-objectifs affiche leur moyenne, et un domaine celle de ses objectifs "
            + "principaux ; les objectifs abandonnés ne comptent pas. Une action à mener décidée en séance compte dès qu'elle a "
            + "un avancement propre ou qu'elle est atteinte ; jusque-là elle figure à part, comme non commencée : l'enregistrer "
            + "ne fait donc jamais baisser un objectif ni un domaine.",
    ]
}
