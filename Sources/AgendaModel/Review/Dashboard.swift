import Foundation

/// The figures a reviewer reads in a minute: by area, over time, by country and level of government,
/// by community represented, and by organization. Each figure keeps the goals behind it.
public struct Dashboard: Sendable {

    /// Whether communities served include one the summit found missing.
    public static func represents(_ communities: some Sequence<String>) -> Bool {
        communities.contains { Communities.missing.contains(Communities.key($0)) }
    }

    /// Figures of one area.
    public struct AreaFigures: Sendable {
        public var area: String
        public var goals: [String]
        public var counts: [GoalStatus: Int]
        public var progress: Int
        /// Past their due date and not achieved or dropped.
        public var overdue: [String]
        /// Open and not updated for `staleDays`.
        public var stale: [String]
        /// Communities served by the organizations of the area's goals.
        public var communities: [String]
        /// Goals with no Afro-Latino or indigenous organization.
        public var unrepresented: [String]
        /// Action items recorded in meetings that have not started: apart from the area's progress
        /// until they have some (see `Rollup`).
        public var notStarted: [String]
    }

    /// One point of the burn-up chart: on a day, the goals that existed and those achieved.
    public struct BurnUpPoint: Equatable, Sendable {
        public var day: Day
        public var total: Int
        public var achieved: Int
    }

    /// One cell of the country by level grid.
    public struct GridCell: Sendable {
        public var goals: [String]
        public var progress: Int
    }

    /// Figures of one organization.
    public struct OrganizationFigures: Sendable {
        public var organization: String
        public var linked: [String]
        public var achieved: [String]
        public var overdue: [String]
    }

    public let today: Day
    public let staleDays: Int
    public let areas: [AreaFigures]
    public let burnUp: [BurnUpPoint]
    /// Countries (rows), in code order.
    public let countries: [String]
    /// Levels (columns): the known ones, then "" for goals with no level.
    public let levels: [String]
    /// The grid, by country then level.
    public let grid: [String: [String: GridCell]]
    public let organizations: [OrganizationFigures]
    /// Open goals with no organization serving an Afro-Latino or indigenous community.
    public let unrepresentedGoals: [String]
    /// Sessions where no attending organization serves an Afro-Latino or indigenous community.
    public let unrepresentedSessions: [String]
    /// Open goals not reviewed since `reviewedSince`.
    public let unreviewed: [String]
    /// Open goals by the health their latest review gave them, in the order of `Health.known`.
    public let byHealth: [(health: Health, goals: [String])]
    public let reviewedSince: Day

    /// Computes every figure of an agenda on a day.
    public init(_ agenda: Agenda, today: Day, staleDays: Int = 30, reviewedSince: Day? = nil) {
        self.today = today
        self.staleDays = staleDays
        let since = reviewedSince ?? today.adding(days: -staleDays)
        self.reviewedSince = since
        let rollup = Rollup(agenda)
        let orgs = Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let staleLimit = Date(timeIntervalSince1970: Double(today.adding(days: -staleDays).daysSinceEpoch) * 86_400)
        func isOverdue(_ goal: Goal) -> Bool { !goal.status.isClosed && (goal.due.map { $0 < today } ?? false) }
        func isStale(_ goal: Goal) -> Bool { !goal.status.isClosed && goal.updatedAt < staleLimit }
        func communities(_ goal: Goal) -> Set<String> {
            Set(goal.organizations.flatMap { Communities.keys(orgs[$0]?.communities ?? []) })
        }
        func represented(_ goal: Goal) -> Bool { Self.represents(communities(goal)) }

        let summaries = Dictionary(Rollup.byArea(agenda, rollup: rollup).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        areas = agenda.areas.map { area in
            let goals = agenda.goals.filter { $0.area == area.id }
            let served = goals.reduce(into: Set<String>()) { $0.formUnion(communities($1)) }
            return AreaFigures(
                area: area.id, goals: goals.map(\.id), counts: summaries[area.id]?.counts ?? [:],
                progress: summaries[area.id]?.progress ?? 0, overdue: goals.filter(isOverdue).map(\.id),
                stale: goals.filter(isStale).map(\.id), communities: served.sorted(),
                unrepresented: goals.filter { !$0.status.isClosed && !represented($0) }.map(\.id),
                notStarted: goals.filter(rollup.isNotStartedActionItem).map(\.id))
        }
        burnUp = Self.burnUp(agenda, today: today)
        // The country by level grid: a goal counts in its own countries, else its organizations'.
        var grid: [String: [String: [Goal]]] = [:]
        for goal in agenda.goals {
            var countries = Set(goal.countries)
            if countries.isEmpty { countries = Set(goal.organizations.compactMap { orgs[$0]?.country }) }
            let level = goal.level?.rawValue ?? ""
            for country in countries { grid[country, default: [:]][level, default: []].append(goal) }
        }
        countries = grid.keys.sorted()
        let usedLevels = Set(grid.values.flatMap(\.keys))
        levels = GovernmentLevel.known.map(\.rawValue).filter { usedLevels.contains($0) } + (usedLevels.contains("") ? [""] : [])
        self.grid = grid.mapValues { row in
            row.mapValues { goals in
                let open = goals.filter(rollup.counts)
                let mean = open.isEmpty ? 0 : Int((Double(open.reduce(0) { $0 + (rollup.progress(of: $1.id) ?? $1.progress) })
                                                     / Double(open.count)).rounded())
                return GridCell(goals: goals.map(\.id), progress: mean)
            }
        }
        organizations = agenda.organizations.map { org in
            let linked = agenda.goals.filter { $0.organizations.contains(org.id) }
            return OrganizationFigures(organization: org.id, linked: linked.map(\.id),
                                       achieved: linked.filter { $0.status == .achieved }.map(\.id),
                                       overdue: linked.filter(isOverdue).map(\.id))
        }
        unrepresentedGoals = agenda.goals.filter { !$0.status.isClosed && !represented($0) }.map(\.id)
        unrepresentedSessions = agenda.sessions.filter { session in
            !Self.represents(session.attendance.organizations.flatMap { orgs[$0]?.communities ?? [] })
        }.map(\.id)
        let latest = agenda.latestReviews
        unreviewed = agenda.goals.filter { goal in
            !goal.status.isClosed && (latest[goal.id].map { $0.date < since } ?? true)
        }.map(\.id)
        byHealth = Health.known.map { health in
            (health, agenda.goals.filter { !$0.status.isClosed && latest[$0.id]?.health == health }.map(\.id))
        }
    }

    /// The burn-up from the goals' history: each week's end (and today), the goals created by then and
    /// those achieved by then (a goal counts as achieved from its last change to achieved, until a
    /// change away from it).
    static func burnUp(_ agenda: Agenda, today: Day) -> [BurnUpPoint] {
        var events: [(day: Int, total: Int, achieved: Int)] = []
        for goal in agenda.goals {
            events.append((Day(goal.createdAt).daysSinceEpoch, 1, 0))
            var achieved = false
            for change in goal.history where change.field == "status" {
                let now = change.to == GoalStatus.achieved.rawValue
                if now != achieved {
                    events.append((Day(change.time).daysSinceEpoch, 0, now ? 1 : -1))
                    achieved = now
                }
            }
            // A goal achieved with no status change in its history (created achieved) counts from its creation.
            if goal.status == .achieved && !achieved {
                events.append((Day(goal.createdAt).daysSinceEpoch, 0, 1))
            }
        }
        guard let first = events.map(\.day).min() else { return [] }
        events.sort { $0.day < $1.day }
        var points: [BurnUpPoint] = []
        var total = 0
        var achieved = 0
        var index = 0
        var day = first + 6
        let last = today.daysSinceEpoch
        while true {
            let cut = min(day, last)
            while index < events.count, events[index].day <= cut {
                total += events[index].total
                achieved += events[index].achieved
                index += 1
            }
            points.append(BurnUpPoint(day: Day(daysSinceEpoch: cut), total: total, achieved: achieved))
            if cut >= last { break }
            day += 7
        }
        return points
    }
}
