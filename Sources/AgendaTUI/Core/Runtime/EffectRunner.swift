import AgendaLocalization
import AgendaModel
import AgendaReports
import AgendaStore
import Foundation

/// Carries out the reducer's effects: reads agendas and lists folders, and turns the results into messages.
public struct EffectRunner: Sendable {
    public let store: any AgendaStore

    public init(store: any AgendaStore) {
        self.store = store
    }

    /// The message that reports an effect's result, or nil for effects with none (quit).
    public func perform(_ effect: Effect) -> Message? {
        switch effect {
        case .load(let path):
            do throws(AgendaFileError) {
                let (agenda, stamp) = try store.read(path, checking: false)
                return .loaded(path: path, .success(agenda), stamp: stamp)
            } catch {
                return .loaded(path: path, .failure(error))
            }
        case .check(let path, let agenda):
            return .checked(path: path, store.problems(in: agenda, file: path))
        case .save(let path, let pending, let who, let time, let known):
            do throws(AgendaFileError) {
                let modified = try store.modify(path, knowing: known) { (agenda: inout Agenda) throws(AgendaFileError) -> RebaseReport in
                    agenda.rebase(pending, by: who, at: time)
                }
                return .saved(path: path, .success(SaveReport(agenda: modified.agenda, stamp: modified.stamp,
                                                              rebase: modified.value,
                                                              warning: modified.warning?.items.first?.message)),
                              count: pending.count)
            } catch {
                return .saved(path: path, .failure(error), count: pending.count)
            }
        case .watch(let path, let since):
            guard let now = store.stamp(path), now != since else { return nil }
            do throws(AgendaFileError) {
                let (agenda, stamp) = try store.read(path)
                return .changedOnDisk(path: path, agenda, stamp: stamp)
            } catch {
                return .unreadableOnDisk(path: path, error)
            }
        case .list(let folder):
            return .listed(folder: folder, Self.entries(in: folder, store: store))
        case .writeMinutes(let path, let id, let language, let agenda):
            return .minutesWritten(Self.writeMinutes(path: path, session: id, language: language, agenda: agenda))
        case .writeReport(let path, let format, let language, let today, let agenda):
            return .reportWritten(Self.writeReport(path: path, format: format, language: language, today: today, agenda: agenda))
        case .searchBodies(let search):
            return .bodiesSearched(search: search.search, search.run())
        case .quit:
            return nil
        }
    }

    /// Writes a progress report in `reports/` beside the agenda, named for the agenda and the day
    /// (`reports/hemispheric-agenda-2026-11-29.md`, or `.html`, `.csv`); a second one the same day gets
    /// `-2`, `-3`, ..., so no report is overwritten.
    static func writeReport(path: String, format: String, language: Language, today: Day, agenda: Agenda)
        -> Result<String, AgendaFileError> {
        do throws(AgendaFileError) {
            let report = ProgressReport(agenda: agenda, strings: Strings(language), today: today,
                                        since: today.adding(days: -30))
            let text = format == "html" ? report.html() : format == "csv" ? report.csv() : report.markdown()
            let folder = (path as NSString).deletingLastPathComponent
            let reports = (folder.isEmpty ? "." : folder) + "/reports"
            try? FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
            let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let ext = ["html", "csv"].contains(format) ? format : "md"
            let base = reports + "/" + stem + "-" + today.description
            var file = base + "." + ext
            var number = 2
            while FileManager.default.fileExists(atPath: file) {
                file = base + "-\(number)." + ext
                number += 1
            }
            try ReportFile.write(Array(text.utf8), to: file)
            return .success(file)
        } catch {
            return .failure(error)
        }
    }

    /// Writes a session's minutes as Markdown in `minutes/` beside the agenda: `minutes/DATE-ID.md`.
    static func writeMinutes(path: String, session id: String, language: Language, agenda: Agenda)
        -> Result<String, AgendaFileError> {
        do throws(AgendaFileError) {
            guard let session = agenda.session(id) else {
                return .failure(AgendaFileError(file: path, EditError.noSuchSession(id).description))
            }
            let folder = (path as NSString).deletingLastPathComponent
            let minutesFolder = (folder.isEmpty ? "." : folder) + "/minutes"
            try? FileManager.default.createDirectory(atPath: minutesFolder, withIntermediateDirectories: true)
            let file = minutesFolder + "/" + session.date.description + "-" + session.id + ".md"
            let report = MinutesReport(session: session, agenda: agenda, strings: Strings(language), now: Date(),
                                       utcOffset: TimeZone.current.secondsFromGMT())
            try ReportFile.write(Array(report.markdown().utf8), to: file)
            return .success(file)
        } catch {
            return .failure(error)
        }
    }

    /// The agenda files (`*.json`) of a folder, sorted by name, each with its title, goal count and last change.
    public static func entries(in folder: String, store: any AgendaStore) -> [PickerEntry] {
        agendaFiles(in: folder).map { path in
            do throws(AgendaFileError) {
                let agenda = try store.load(path)
                let latest = agenda.goals.map(\.updatedAt).max()
                return PickerEntry(path: path, title: agenda.title, goals: agenda.goals.count,
                                   lastChange: latest ?? modificationDate(path))
            } catch {
                return PickerEntry(path: path, title: nil, goals: 0, lastChange: modificationDate(path),
                                   problem: error.items.first.map { item in
                                       (item.position.map { "\($0.line):\($0.column): " } ?? "") + item.message
                                   } ?? "")
            }
        }
    }

    /// The paths of the agenda files in a folder, sorted by name; hidden files are left out.
    public static func agendaFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            .map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }

    private static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
