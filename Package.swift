// swift-tools-version: 6.0
import PackageDescription

/// The `agenda` package: layers as in DESIGN.md, dependencies pointing one way.
///
/// executable -> CLI -> TUI -> terminal widgets; TUI -> store -> model; ncurses backend -> widgets.
let package = Package(
    name: "agenda",
    products: [
        .executable(name: "agenda", targets: ["agenda"]),
        .executable(name: "agenda-bench", targets: ["AgendaBench"]),
        // libFuzzer's entry points for the loader and the merge: see Fuzz/ and Benchmarks/fuzz.sh.
        .executable(name: "agenda-fuzz-loader", targets: ["LoaderFuzzer"]),
        .executable(name: "agenda-fuzz-merge", targets: ["MergeFuzzer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The agenda model: goals, organizations, edits, validation, queries, roll-ups.
        .target(name: "AgendaModel"),
        // Load and save of agenda files: JSON reader and writer, atomic writes, locks.
        .target(name: "AgendaStore", dependencies: ["AgendaModel"]),
        // Display width of text, shared by the command line's tables and the terminal widgets.
        .target(name: "TextWidth"),
        // Terminal widgets: a screen buffer of cells, layout, key events, reusable components.
        .target(name: "TerminalWidgets", dependencies: ["TextWidth"]),
        // The ncurses system library, through a shim header that turns on the wide-character API.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // Draws screen buffers with ncurses, reads keys, mouse and resizes, restores the terminal.
        .target(name: "NcursesBackend", dependencies: ["CNcurses", "TerminalWidgets"]),
        // The interface's strings in four languages, dates in each language's form, words for the model's values.
        .target(name: "AgendaLocalization", dependencies: ["AgendaModel"]),
        // Reports and minutes for people who never open a terminal: Markdown, CSV, HTML.
        .target(name: "AgendaReports", dependencies: ["AgendaModel", "AgendaLocalization"]),
        // The terminal UI: app state, actions and key maps, a pure reducer, rendering into a screen buffer.
        .target(
            name: "AgendaTUI",
            dependencies: ["AgendaModel", "AgendaStore", "AgendaLocalization", "AgendaReports", "TerminalWidgets", "TextWidth"]
        ),
        // The headless command line: every subcommand, with no terminal UI.
        .target(
            name: "AgendaCLI",
            dependencies: [
                "AgendaModel", "AgendaStore", "TextWidth", "AgendaTUI", "NcursesBackend", "AgendaLocalization", "AgendaReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "agenda", dependencies: ["AgendaCLI"]),
        .executableTarget(
            name: "AgendaBench",
            dependencies: ["AgendaModel", "AgendaStore", "AgendaTUI", "TerminalWidgets", "TestSupport"],
            path: "Benchmarks/AgendaBench"
        ),
        // The checks the fuzz targets run on each input, shared with the corpus replay in `swift test`.
        .target(
            name: "FuzzChecks",
            dependencies: ["AgendaModel", "AgendaStore", "AgendaTUI", "AgendaLocalization", "TerminalWidgets", "TextWidth"],
            path: "Fuzz/FuzzChecks"
        ),
        // The loader's fuzz target; built with --sanitize=fuzzer, libFuzzer supplies `main`. In an ordinary
        // build its one file is empty top-level code: it links and does nothing, so no special case is needed.
        .executableTarget(name: "LoaderFuzzer", dependencies: ["FuzzChecks"], path: "Fuzz/LoaderFuzzer"),
        // The merge's fuzz target, built the same way.
        .executableTarget(name: "MergeFuzzer", dependencies: ["FuzzChecks"], path: "Fuzz/MergeFuzzer"),
        .target(
            name: "TestSupport", dependencies: ["AgendaModel", "AgendaStore", "TerminalWidgets"], path: "Tests/TestSupport"
        ),
        .testTarget(name: "AgendaModelTests", dependencies: ["AgendaModel", "TestSupport", "TextWidth"]),
        .testTarget(name: "AgendaStoreTests", dependencies: ["AgendaStore", "AgendaModel", "TestSupport"]),
        .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"]),
        .testTarget(
            name: "AgendaReportsTests",
            dependencies: ["AgendaReports", "AgendaModel", "AgendaStore", "AgendaLocalization", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "TerminalWidgetsTests", dependencies: ["TerminalWidgets", "TextWidth"]),
        .testTarget(
            name: "AgendaTUITests",
            dependencies: ["AgendaTUI", "AgendaModel", "AgendaStore", "AgendaLocalization", "TerminalWidgets", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalWidgets", "CNcurses"]),
        .testTarget(name: "EndToEndTests", dependencies: ["AgendaStore", "AgendaModel", "TestSupport"]),
        // Proof that nothing is lost: kills during saves, concurrent writers, full disks, hostile files.
        .testTarget(
            name: "ReliabilityTests",
            dependencies: ["AgendaStore", "AgendaModel", "AgendaTUI", "AgendaLocalization", "TerminalWidgets", "TestSupport"]
        ),
        // Every committed fuzz input replayed through its target's checks.
        .testTarget(name: "FuzzCorpusTests", dependencies: ["FuzzChecks", "TestSupport"]),
        // The HTML reports and minutes in headless Chromium on a phone and a desktop, and the CSV files read
        // back by Python's csv module (check_reports.py, run by the Swift test).
        .testTarget(
            name: "BrowserTests", dependencies: ["AgendaModel", "AgendaStore", "TestSupport"],
            exclude: ["check_reports.py"]
        ),
        .testTarget(
            name: "AgendaCLITests",
            dependencies: ["AgendaCLI", "AgendaStore", "AgendaModel", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
