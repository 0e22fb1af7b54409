import AgendaModel
@testable import AgendaStore
import Foundation
import Testing
import TestSupport

/// The file format: exact layout, round trips, unknown members, and one-field diffs.
@Suite struct FormatTests {
    let format = JSONAgendaFormat()

    func sampleBytes() throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: Paths.sampleAgenda)))
    }

    @Test func theSampleRoundTripsByteForByte() throws {
        let bytes = try sampleBytes()
        let agenda = try format.decode(bytes)
        #expect(agenda.goals.count >= 20)
        #expect(format.encode(agenda) == bytes)
    }

    @Test func theSampleIsValidAndBuiltFromTheSummit() throws {
        let agenda = try format.decode(try sampleBytes())
        #expect(agenda.validate().isEmpty)
        #expect(agenda.schemaVersion == 1)
        #expect(agenda.goals.contains { $0.parent != nil })
        #expect(Set(agenda.goals.map(\.status)) == Set(GoalStatus.known))
        let sources = Set(agenda.goals.compactMap(\.source).joined(separator: "\n").split(separator: "\n"))
        for speaker in ["Claudio Méndez", "Jesús Martínez Saldaña", "Moisés Pérez", "Oscar Chacón"] {
            #expect(sources.contains { $0.contains(speaker) }, "no goal has \(speaker) as its source")
        }
        for name in ["Alianza", "Michoacán", "Zacatecas", "Morelos", "Jalisco", "dioceses"] {
            #expect(agenda.organizations.contains { $0.name.contains(name) }, "no organization named \(name)")
        }
    }

    @Test func theLayoutIsTheDocumentedOne() {
        var agenda = Fixtures.agenda()
        agenda.goals = [agenda.goals[4]]
        agenda.organizations = []
        agenda.people = []
        agenda.areas = [agenda.areas[1]]
        agenda.goals[0].organizations = []
        let text = String(decoding: format.encode(agenda), as: UTF8.self)
        #expect(text == """
            {
              "schemaVersion": 1,
              "title": "Test agenda",
              "description": "For tests.",
              "areas": [
                {
                  "id": "vote-abroad",
                  "name": "Voting rights abroad",
                  "description": ""
                }
              ],
              "organizations": [],
              "people": [],
              "goals": [
                {
                  "id": "G-0005",
                  "title": "Vote from abroad in Michoacán",
                  "area": "vote-abroad",
                  "status": "proposed",
                  "progress": 0,
                  "priority": "medium",
                  "countries": [],
                  "owners": [
                    "Comité de Organización"
                  ],
                  "organizations": [],
                  "tags": [],
                  "description": "",
                  "notes": [],
                  "history": [
                    {
                      "time": "2026-01-15T12:00:00Z",
                      "by": "Fixture",
                      "field": "created",
                      "to": "Vote from abroad in Michoacán"
                    }
                  ],
                  "createdAt": "2026-01-15T12:00:00Z",
                  "updatedAt": "2026-01-15T12:00:00Z"
                }
              ],
              "sessions": [],
              "reviews": []
            }

            """)
    }

    @Test func unknownMembersSurviveAtEveryLevel() throws {
        let text = """
            {
              "schemaVersion": 1,
              "title": "T",
              "description": "",
              "areas": [
                {
                  "id": "a",
                  "name": "A",
                  "description": "",
                  "color": "#ff0000"
                }
              ],
              "organizations": [
                {
                  "id": "o",
                  "name": "O",
                  "country": "MX",
                  "kind": "ngo",
                  "communities": [],
                  "contact": {
                    "email": "x@example.org",
                    "signal": "+52 555"
                  },
                  "founded": 1998
                }
              ],
              "people": [
                {
                  "id": "p",
                  "name": "Jesús",
                  "communities": [],
                  "languages": [],
                  "pronouns": "él"
                }
              ],
              "goals": [
                {
                  "id": "G-1",
                  "title": "T",
                  "area": "a",
                  "status": "active",
                  "progress": 10,
                  "priority": "low",
                  "countries": [],
                  "owners": [],
                  "organizations": [],
                  "tags": [],
                  "description": "",
                  "notes": [
                    {
                      "author": "A",
                      "time": "2026-01-01T00:00:00Z",
                      "text": "n",
                      "mood": [
                        1.50,
                        true,
                        null
                      ]
                    }
                  ],
                  "history": [
                    {
                      "time": "2026-01-01T00:00:00Z",
                      "by": "A",
                      "field": "created",
                      "to": "T",
                      "device": "phone"
                    }
                  ],
                  "createdAt": "2026-01-01T00:00:00Z",
                  "updatedAt": "2026-01-01T00:00:00Z",
                  "budget": {
                    "currency": "USD",
                    "amount": 1.2e3,
                    "lines": []
                  }
                }
              ],
              "sessions": [
                {
                  "id": "S-1",
                  "title": "Asamblea",
                  "date": "2026-01-15",
                  "languages": [
                    "es"
                  ],
                  "attendance": {
                    "people": [],
                    "organizations": [
                      "o"
                    ],
                    "guests": 3
                  },
                  "state": "live",
                  "progressive": true,
                  "startedAt": "2026-01-15T15:00:00Z",
                  "currentItem": "I-1",
                  "items": [
                    {
                      "id": "I-1",
                      "goal": "G-1",
                      "minutes": 10,
                      "notes": "",
                      "decisions": [
                        {
                          "time": "2026-01-15T15:05:00Z",
                          "text": "Sí",
                          "unanimous": true
                        }
                      ],
                      "votes": [
                        {
                          "time": "2026-01-15T15:06:00Z",
                          "question": "¿Aprobamos?",
                          "for": 5,
                          "against": 1,
                          "abstain": 0,
                          "ballot": "secret"
                        }
                      ],
                      "actions": [],
                      "clock": [
                        {
                          "start": "2026-01-15T15:00:00Z",
                          "device": "tablet"
                        }
                      ],
                      "room": "B"
                    }
                  ],
                  "speakers": [
                    {
                      "id": "P-1",
                      "name": "Jesús",
                      "kind": "new-point",
                      "addedAt": "2026-01-15T15:01:00Z",
                      "startedAt": "2026-01-15T15:02:00Z",
                      "microphone": 2
                    }
                  ],
                  "stream": "https://example.org"
                }
              ],
              "reviews": [],
              "futureFeature": {
                "nested": [
                  [
                    "deep"
                  ]
                ]
              }
            }

            """
        let agenda = try format.decode(Array(text.utf8))
        #expect(agenda.goals[0].extras["budget"] != nil)
        #expect(agenda.organizations[0].contact?.extras["signal"] == .string("+52 555"))
        #expect(String(decoding: format.encode(agenda), as: UTF8.self) == text)
        // And after an edit, they are still there.
        var edited = agenda
        try edited.apply(.setGoal(id: "G-1", .progress(20)), by: "B", at: Fixtures.time)
        let again = try format.decode(format.encode(edited))
        #expect(again.goals[0].extras == agenda.goals[0].extras)
        #expect(again.extras == agenda.extras)
        #expect(again.goals[0].notes[0].extras == agenda.goals[0].notes[0].extras)
        #expect(again.sessions[0].items[0].clock.runs[0].extras["device"] == .string("tablet"))
        #expect(again.sessions[0].attendance.extras["guests"] == .number("3"))
    }

    @Test func changingOneFieldChangesOnlyThatGoalsLines() throws {
        let bytes = try sampleBytes()
        var agenda = try format.decode(bytes)
        let index = agenda.goals.count / 2
        let id = agenda.goals[index].id
        let status: GoalStatus = agenda.goals[index].status == .blocked ? .active : .blocked
        try agenda.apply(.setGoal(id: id, .status(status)), by: "Reviewer", at: Date(timeIntervalSince1970: 1_800_000_000))
        let before = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let after = String(decoding: format.encode(agenda), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // The goal's lines in the old file: from its "id" line to the line that closes its object.
        let start = try #require(before.firstIndex { $0 == "      \"id\": \"\(id)\"," }) - 1
        let end = try #require(before[start...].firstIndex { $0 == "    }," || $0 == "    }" })
        let prefix = zip(before, after).prefix { $0 == $1 }.count
        let suffix = zip(before.reversed(), after.reversed()).prefix { $0 == $1 }.count
        #expect(prefix > start, "lines before the goal changed")
        #expect(before.count - suffix <= end, "lines after the goal changed")
        #expect(after.count - before.count == 7)  // one history entry: its 7 lines
    }

    @Test func missingOptionalMembersTakeDefaults() throws {
        let text = #"{"title": "Minimal", "areas": [{"id": "a", "name": "A"}], "goals": [{"id": "G-1", "title": "T", "area": "a"}]}"#
        let agenda = try format.decode(Array(text.utf8))
        #expect(agenda.schemaVersion == 1)
        #expect(agenda.goals[0].status == .proposed)
        #expect(agenda.goals[0].progress == 0)
        #expect(agenda.goals[0].notes.isEmpty)
        #expect(agenda.validate().isEmpty)
    }

    @Test func nullMeansAbsentForOptionalMembers() throws {
        let text = #"{"title": "T", "areas": [{"id": "a", "name": "A"}], "goals": [{"id": "G-1", "title": "T", "area": "a", "due": null, "parent": null, "level": null, "source": null}]}"#
        let goal = try format.decode(Array(text.utf8)).goals[0]
        #expect(goal.due == nil && goal.parent == nil && goal.level == nil && goal.source == nil)
    }
}

/// The attendance's people recorded by name are written only when there are some.
@Suite struct AttendanceNamedFormatTests {
    @Test func namedPeopleRoundTripAndAreLeftOutWhenThereAreNone() throws {
        let format = JSONAgendaFormat()
        var agenda = SessionFixtures.agenda()
        let plain = String(decoding: format.encode(agenda), as: UTF8.self)
        #expect(!plain.contains("\"named\""))
        agenda.sessions[0].attendance.named = ["Rosa Hernández"]
        let bytes = format.encode(agenda)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"named\": [\n"))
        #expect(try format.decode(bytes).sessions[0].attendance.named == ["Rosa Hernández"])
    }
}
