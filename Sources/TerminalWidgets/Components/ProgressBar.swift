/// A progress bar drawn with block characters, with eighths for a smooth edge: `█████▌    `.
public enum ProgressBar {
    private static let partials: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar's text for `percent` (0-100) in `width` columns; empty columns are `empty`.
    public static func text(percent: Int, width: Int, empty: Character = "·") -> String {
        guard width > 0 else { return "" }
        let clamped = min(100, max(0, percent))
        let eighths = clamped * width * 8 / 100
        var text = String(repeating: "█", count: eighths / 8)
        if eighths / 8 < width {
            let part = eighths % 8
            text.append(part == 0 ? empty : partials[part])
            text += String(repeating: empty, count: width - eighths / 8 - 1)
        }
        return text
    }
}
