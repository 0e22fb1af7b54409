import AgendaModel

/// Why a menu, a prompt, a confirmation or a form was opened, and so who takes its answer: one case per
/// feature, each holding the feature's own typed purpose. The shell's overlays and forms are generic;
/// the answer goes back to the feature that asked.
public enum Purpose: Equatable, Sendable {
    case goals(GoalsFeature.Purpose)
    case organizations(OrganizationsFeature.Purpose)
    case people(PeopleFeature.Purpose)
    case areas(AreasFeature.Purpose)
    case translations(TranslationsFeature.Purpose)
    case sessions(SessionsFeature.Purpose)
    case plan(PlanFeature.Purpose)
    case live(LiveFeature.Purpose)
    case closed(ClosedSessionFeature.Purpose)
    case attendance(AttendanceFeature.Purpose)
    case dashboard(DashboardFeature.Purpose)
    case activity(ActivityFeature.Purpose)
    case conflicts(ConflictsFeature.Purpose)
    case form(FormFeature.Purpose)
    case shell(ShellPurpose)

    /// The feature's purpose, which answers.
    var owner: any FeaturePurpose {
        switch self {
        case .goals(let purpose): purpose
        case .organizations(let purpose): purpose
        case .people(let purpose): purpose
        case .areas(let purpose): purpose
        case .translations(let purpose): purpose
        case .sessions(let purpose): purpose
        case .plan(let purpose): purpose
        case .live(let purpose): purpose
        case .closed(let purpose): purpose
        case .attendance(let purpose): purpose
        case .dashboard(let purpose): purpose
        case .activity(let purpose): purpose
        case .conflicts(let purpose): purpose
        case .form(let purpose): purpose
        case .shell(let purpose): purpose
        }
    }
}
