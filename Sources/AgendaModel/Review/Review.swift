import Foundation

/// How a reviewer judges a goal's course: on track, at risk, or off track.
public struct Health: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let onTrack = Health(rawValue: "on-track")
    public static let atRisk = Health(rawValue: "at-risk")
    public static let offTrack = Health(rawValue: "off-track")

    public static let known: [Health] = [.onTrack, .atRisk, .offTrack]
}

/// A review mark on a goal: who reviewed it, when, how they judge it, and why.
public struct Review: Equatable, Sendable {
    /// The goal reviewed, by id.
    public var goal: String
    public var reviewer: String
    public var date: Day
    public var health: Health
    public var comment: String
    /// When the review was recorded, where known (files written before it was kept have the day only).
    public var time: Date?
    public var extras: ExtraFields

    public init(goal: String, reviewer: String, date: Day, health: Health, comment: String = "", time: Date? = nil,
                extras: ExtraFields = ExtraFields()) {
        self.goal = goal
        self.reviewer = reviewer
        self.date = date
        self.health = health
        self.comment = comment
        self.time = time
        self.extras = extras
    }
}

extension Agenda {
    /// The latest review of each goal, by goal id.
    public var latestReviews: [String: Review] {
        var latest: [String: Review] = [:]
        for review in reviews where latest[review.goal].map({ $0.date <= review.date }) ?? true {
            latest[review.goal] = review
        }
        return latest
    }
}
