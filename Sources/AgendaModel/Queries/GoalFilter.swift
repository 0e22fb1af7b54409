/// Which goals to show: by status, area, owner, organization, country, last review and a search text.
///
/// Text criteria match case- and accent-insensitively: `michoacan` finds Michoacán.
public struct GoalFilter: Equatable, Sendable {
    /// Goals with any of these statuses; empty means every status.
    public var statuses: Set<GoalStatus>
    public var area: String?
    /// Part of an owner's name.
    public var owner: String?
    /// An organization id.
    public var organization: String?
    /// An ISO 3166 alpha-2 code, matched against the goal's countries and its organizations' countries.
    public var country: String?
    /// Text to find in the goal's texts (`Goal.forEachSearchText`), in any language.
    public var search: String?
    /// Only open goals (not achieved, not dropped) with no review on or after this day: the goals a
    /// reviewer still has to look at, as the dashboard counts them.
    public var notReviewedSince: Day?
    /// Only goals whose latest review judged them so.
    public var health: Health?
    /// Only goals whose title or description has no current translation into this language (missing,
    /// or made from an earlier original).
    public var needsTranslation: String?
    /// Only these goals (by id): the goals behind a figure of the dashboard.
    public var goals: Set<String>?
    /// What `goals` stands for, in words, to show while it applies.
    public var goalsLabel: String?

    public init(
        statuses: Set<GoalStatus> = [], area: String? = nil, owner: String? = nil, organization: String? = nil,
        country: String? = nil, search: String? = nil, notReviewedSince: Day? = nil, health: Health? = nil,
        goals: Set<String>? = nil, goalsLabel: String? = nil
    ) {
        self.statuses = statuses
        self.area = area
        self.owner = owner
        self.organization = organization
        self.country = country
        self.search = search
        self.notReviewedSince = notReviewedSince
        self.health = health
        self.goals = goals
        self.goalsLabel = goalsLabel
    }

    /// Whether no criterion is set.
    public var isEmpty: Bool {
        statuses.isEmpty && area == nil && owner == nil && organization == nil && country == nil
            && (search ?? "").isEmpty && notReviewedSince == nil && health == nil
            && goals == nil && needsTranslation == nil
    }

    /// The goals of the agenda that match, in file order.
    public func apply(to agenda: Agenda) -> [Goal] {
        let matcher = Matcher(self, agenda: agenda)
        return agenda.goals.filter(matcher.matches)
    }

    /// A filter prepared for one agenda: folded texts and organization lookups computed once.
    public struct Matcher {
        let filter: GoalFilter
        let owner: String?
        let search: FoldedNeedle?
        let organizations: [String: Organization]
        /// Each goal's latest review, when the filter asks about reviews.
        let latestReviews: [String: Review]

        public init(_ filter: GoalFilter, agenda: Agenda) {
            self.filter = filter
            owner = filter.owner.map(TextFolding.fold)
            search = filter.search.flatMap { $0.isEmpty ? nil : FoldedNeedle($0) }
            organizations = Dictionary(agenda.organizations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            latestReviews = filter.notReviewedSince == nil && filter.health == nil ? [:] : agenda.latestReviews
        }

        /// Whether the goal meets every criterion.
        public func matches(_ goal: Goal) -> Bool {
            if let goals = filter.goals, !goals.contains(goal.id) { return false }
            if !filter.statuses.isEmpty, !filter.statuses.contains(goal.status) { return false }
            if let area = filter.area, goal.area != area { return false }
            if let org = filter.organization, !goal.organizations.contains(org) { return false }
            if let owner, !goal.owners.contains(where: { TextFolding.fold($0).contains(owner) }) { return false }
            if let country = filter.country?.uppercased(),
               !goal.countries.contains(country),
               !goal.organizations.contains(where: { organizations[$0]?.country == country }) {
                return false
            }
            if let since = filter.notReviewedSince {
                if goal.status.isClosed { return false }
                if let last = latestReviews[goal.id], last.date >= since { return false }
            }
            if let health = filter.health, latestReviews[goal.id]?.health != health { return false }
            if let language = filter.needsTranslation, !goal.needsTranslation(into: language) { return false }
            if let search, !mentions(goal, search) { return false }
            return true
        }

        /// Whether the folded text occurs in any of the goal's searchable texts.
        private func mentions(_ goal: Goal, _ needle: FoldedNeedle) -> Bool {
            var found = false
            goal.forEachSearchText(organizations: organizations) { text in
                if !found, needle.isFound(in: text) { found = true }
            }
            return found
        }
    }
}
