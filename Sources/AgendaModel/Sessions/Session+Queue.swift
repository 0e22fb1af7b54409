import Foundation

extension Session {
    /// The speaker who has the floor, if any.
    public var currentSpeaker: Speaker? {
        speakers.last { $0.isSpeaking }
    }

    /// The speakers waiting, in the order they will speak.
    ///
    /// Points of order come first. With the progressive option, those who have not spoken yet in the
    /// session come next, and among them those whose organization serves a community not yet heard;
    /// otherwise, and within each group, the order they asked in.
    public func queue(organizations: [String: Organization]) -> [Speaker] {
        let waiting = speakers.enumerated().filter { $0.element.isWaiting }
        var spokenNames: Set<String> = []
        var heardCommunities: Set<String> = []
        for speaker in speakers where speaker.startedAt != nil {
            spokenNames.insert(TextFolding.fold(speaker.name))
            heardCommunities.formUnion(Communities.keys(speaker.organization.flatMap { organizations[$0]?.communities } ?? []))
        }
        func rank(_ speaker: Speaker) -> Int {
            if speaker.kind == .pointOfOrder { return 0 }
            guard progressive else { return 1 }
            let new = !spokenNames.contains(TextFolding.fold(speaker.name))
            let communities = Communities.keys(speaker.organization.flatMap { organizations[$0]?.communities } ?? [])
            let unheard = communities.contains { !heardCommunities.contains($0) }
            switch (new, unheard) {
            case (true, true): return 1
            case (true, false): return 2
            case (false, true): return 3
            case (false, false): return 4
            }
        }
        return waiting.sorted { a, b in
            let (x, y) = (rank(a.element), rank(b.element))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// How often and how long each person spoke, by name, in order of first turn.
    public func speakingTimes(at now: Date) -> [(name: String, organization: String?, turns: Int, seconds: TimeInterval)] {
        var order: [String] = []
        var totals: [String: (String, String?, Int, TimeInterval)] = [:]
        let turns = speakers.filter { $0.startedAt != nil }.sorted { $0.startedAt! < $1.startedAt! }
        for speaker in turns {
            let key = TextFolding.fold(speaker.name)
            if totals[key] == nil {
                order.append(key)
                totals[key] = (speaker.name, speaker.organization, 0, 0)
            }
            totals[key]!.2 += 1
            totals[key]!.3 += speaker.spoken(at: now)
        }
        return order.map { key in
            let value = totals[key]!
            return (value.0, value.1, value.2, value.3)
        }
    }
}
