#!/usr/bin/env python3
"""Generate Sources/TextWidth/WidthTables.swift: the range tables behind DisplayWidth.

Usage (from the package root):

    python3 Scripts/generate-width-tables.py > Sources/TextWidth/WidthTables.swift

The data comes from Python's `unicodedata` (general category and East Asian Width) plus
the emoji properties hard-coded below, because `unicodedata` has no emoji properties.
Python 3.11 ships Unicode 14.0, the same version as glibc 2.35-2.37, so the per-scalar
widths match glibc's wcwidth (the tests cross-check this).

Rules, per scalar (C0/C1 controls and DEL are handled in Swift code, not in tables):
  zero width: general category Mn, Me, Cf, Zl, Zp, except U+00AD SOFT HYPHEN and the
              Prepended_Concatenation_Mark characters (visible signs, width 1 as in
              glibc); plus Hangul jungseong/jongseong U+1160-U+11FF and U+D7B0-U+D7FF
              (they join a leading consonant, as in glibc).
  wide:       East Asian Width W or F (assigned code points); U+3248-U+324F and
              U+4DC0-U+4DFF (glibc's compatibility choices); the UAX #11 default-W
              blocks for unassigned code points; Extended_Pictographic scalars with
              Emoji_Presentation=Yes; the whole 1FA70-1FAFF block (reserved for emoji,
              so emoji newer than Unicode 14 are wide too) and U+1F6DC (Unicode 15).
              Zero width wins where both apply (e.g. U+302A, U+3099).
  text-presentation emoji: Emoji=Yes but not Emoji_Presentation: one column alone,
              two columns as an emoji (with VS16, a skin tone, in a ZWJ sequence, or
              as a keycap base).
"""

import sys
import unicodedata

# Emoji=Yes, from emoji-data.txt (Unicode 14.0).
EMOJI = """
0023 002A 0030..0039 00A9 00AE 203C 2049 2122 2139 2194..2199 21A9..21AA 231A..231B
2328 23CF 23E9..23F3 23F8..23FA 24C2 25AA..25AB 25B6 25C0 25FB..25FE 2600..2604 260E
2611 2614..2615 2618 261D 2620 2622..2623 2626 262A 262E..262F 2638..263A 2640 2642
2648..2653 265F..2660 2663 2665..2666 2668 267B 267E..267F 2692..2697 2699 269B..269C
26A0..26A1 26A7 26AA..26AB 26B0..26B1 26BD..26BE 26C4..26C5 26C8 26CE..26CF 26D1
26D3..26D4 26E9..26EA 26F0..26F5 26F7..26FA 26FD 2702 2705 2708..270D 270F 2712 2714
2716 271D 2721 2728 2733..2734 2744 2747 274C 274E 2753..2755 2757 2763..2764
2795..2797 27A1 27B0 27BF 2934..2935 2B05..2B07 2B1B..2B1C 2B50 2B55 3030 303D 3297
3299 1F004 1F0CF 1F170..1F171 1F17E..1F17F 1F18E 1F191..1F19A 1F1E6..1F1FF
1F201..1F202 1F21A 1F22F 1F232..1F23A 1F250..1F251 1F300..1F321 1F324..1F393
1F396..1F397 1F399..1F39B 1F39E..1F3F0 1F3F3..1F3F5 1F3F7..1F4FD 1F4FF..1F53D
1F549..1F54E 1F550..1F567 1F56F..1F570 1F573..1F57A 1F587 1F58A..1F58D 1F590
1F595..1F596 1F5A4..1F5A5 1F5A8 1F5B1..1F5B2 1F5BC 1F5C2..1F5C4 1F5D1..1F5D3
1F5DC..1F5DE 1F5E1 1F5E3 1F5E8 1F5EF 1F5F3 1F5FA..1F64F 1F680..1F6C5 1F6CB..1F6D2
1F6D5..1F6D7 1F6DD..1F6E5 1F6E9 1F6EB..1F6EC 1F6F0 1F6F3..1F6FC 1F7E0..1F7EB 1F7F0
1F90C..1F93A 1F93C..1F945 1F947..1F9FF 1FA70..1FA74 1FA78..1FA7C 1FA80..1FA86
1FA90..1FAAC 1FAB0..1FABA 1FAC0..1FAC5 1FAD0..1FAD9 1FAE0..1FAE7 1FAF0..1FAF6
"""

# Emoji_Presentation=Yes, from emoji-data.txt (Unicode 14.0).
EMOJI_PRESENTATION = """
231A..231B 23E9..23EC 23F0 23F3 25FD..25FE 2614..2615 2648..2653 267F 2693 26A1
26AA..26AB 26BD..26BE 26C4..26C5 26CE 26D4 26EA 26F2..26F3 26F5 26FA 26FD 2705
270A..270B 2728 274C 274E 2753..2755 2757 2795..2797 27B0 27BF 2B1B..2B1C 2B50 2B55
1F004 1F0CF 1F18E 1F191..1F19A 1F1E6..1F1FF 1F201 1F21A 1F22F 1F232..1F236
1F238..1F23A 1F250..1F251 1F300..1F320 1F32D..1F335 1F337..1F37C 1F37E..1F393
1F3A0..1F3CA 1F3CF..1F3D3 1F3E0..1F3F0 1F3F4 1F3F8..1F43E 1F440 1F442..1F4FC
1F4FF..1F53D 1F54B..1F54E 1F550..1F567 1F57A 1F595..1F596 1F5A4 1F5FB..1F64F
1F680..1F6C5 1F6CC 1F6D0..1F6D2 1F6D5..1F6D7 1F6DD..1F6DF 1F6EB..1F6EC 1F6F4..1F6FC
1F7E0..1F7EB 1F7F0 1F90C..1F93A 1F93C..1F945 1F947..1F9FF 1FA70..1FA74 1FA78..1FA7C
1FA80..1FA86 1FA90..1FAAC 1FAB0..1FABA 1FAC0..1FAC5 1FAD0..1FAD9 1FAE0..1FAE7
1FAF0..1FAF6
"""

# Prepended_Concatenation_Mark, from PropList.txt (Unicode 14.0): format characters
# that are drawn (they span the digits after them), so one column as in glibc.
PREPENDED_CONCATENATION_MARKS = "0600..0605 06DD 070F 0890..0891 08E2 110BD 110CD"

REGIONAL_INDICATORS = range(0x1F1E6, 0x1F1FF + 1)

# Code points that East Asian Width defaults to W while unassigned (UAX #11).
DEFAULT_WIDE_BLOCKS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                       (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]

# Wide in glibc although East Asian Width says otherwise (glibc's utf8_gen.py).
GLIBC_WIDE = [(0x3248, 0x324F), (0x4DC0, 0x4DFF)]

# Reserved for emoji: wide even where Unicode 14 has nothing assigned yet, so that newer
# emoji (which Swift's grapheme breaking already knows) line up.
FUTURE_EMOJI = [(0x1FA70, 0x1FAFF), (0x1F6DC, 0x1F6DC)]


def parse(spec):
    """The set of code points in a whitespace-separated list of `X` and `X..Y` items."""
    points = set()
    for item in spec.split():
        low, _, high = item.partition("..")
        points.update(range(int(low, 16), int(high or low, 16) + 1))
    return points


def ranges(points):
    """Sorted inclusive (low, high) ranges covering exactly `points`."""
    result = []
    for point in sorted(points):
        if result and result[-1][1] == point - 1:
            result[-1][1] = point
        else:
            result.append([point, point])
    return result


def main():
    emoji = parse(EMOJI)
    presentation = parse(EMOJI_PRESENTATION)
    prepended = parse(PREPENDED_CONCATENATION_MARKS)

    zero, wide = set(), set()
    for point in range(0x110000):
        if 0xD800 <= point <= 0xDFFF:
            continue
        char = chr(point)
        category = unicodedata.category(char)
        if category in ("Mn", "Me", "Cf", "Zl", "Zp") and point != 0x00AD and point not in prepended:
            zero.add(point)
        if category != "Cn" and unicodedata.east_asian_width(char) in ("W", "F"):
            wide.add(point)
    zero.update(range(0x1160, 0x11FF + 1))
    zero.update(range(0xD7B0, 0xD7FF + 1))
    for low, high in DEFAULT_WIDE_BLOCKS + GLIBC_WIDE + FUTURE_EMOJI:
        wide.update(range(low, high + 1))

    # Sanity checks on the hand-copied emoji data.
    problems = []
    if not presentation <= emoji:
        problems.append("Emoji_Presentation not within Emoji: %s" % sorted(presentation - emoji))
    for point in sorted(presentation - set(REGIONAL_INDICATORS)):
        char = chr(point)
        if unicodedata.category(char) == "Cn":
            problems.append("U+%04X: Emoji_Presentation but unassigned in Unicode %s"
                            % (point, unicodedata.unidata_version))
        elif unicodedata.east_asian_width(char) != "W":
            problems.append("U+%04X: Emoji_Presentation but East Asian Width %s"
                            % (point, unicodedata.east_asian_width(char)))
    for point in sorted(emoji):
        if unicodedata.category(chr(point)) == "Cn":
            problems.append("U+%04X: Emoji but unassigned" % point)
    if problems:
        sys.exit("generate-width-tables: " + "\n".join(problems))

    # Regional indicators are Emoji_Presentation but not Extended_Pictographic: alone they
    # are one column, and a pair (a flag) is handled by the cluster rules.
    wide.update(presentation - set(REGIONAL_INDICATORS))
    wide -= zero
    # Some text-presentation emoji are wide anyway (U+3030, U+303D, U+3297, U+3299).
    text_presentation = emoji - presentation - set(REGIONAL_INDICATORS) - wide

    print_swift(ranges(zero), ranges(wide), ranges(text_presentation))


def print_swift(zero, wide, text_presentation):
    out = sys.stdout
    out.write("// Generated by Scripts/generate-width-tables.py from Unicode %s data. Do not edit.\n"
              % unicodedata.unidata_version)
    out.write("// Regenerate: python3 Scripts/generate-width-tables.py > Sources/TextWidth/WidthTables.swift\n\n")
    out.write("/// Sorted, disjoint, inclusive ranges of Unicode scalar values, searched by `WidthTables.contains`.\n")
    out.write("enum WidthTables {\n")
    write_table(out, "zeroWidth",
                "Scalars that take no column: nonspacing and enclosing marks, format characters\n"
                "    /// (except U+00AD and prepended concatenation marks), line and paragraph separators,\n"
                "    /// Hangul medial vowels and final consonants. C0 and C1 controls are handled in code.",
                zero)
    write_table(out, "wide",
                "Scalars that take two columns: East Asian Wide and Fullwidth, default-wide unassigned\n"
                "    /// CJK code points, and emoji with emoji presentation by default.",
                wide)
    write_table(out, "textPresentationEmoji",
                "Emoji shown as text by default (one column) that become two-column emoji with U+FE0F,\n"
                "    /// a skin-tone modifier, a zero-width joiner sequence, or as a keycap base.",
                text_presentation)
    out.write("}\n")


def write_table(out, name, doc, table):
    out.write("    /// %s\n" % doc)
    out.write("    static let %s: [(UInt32, UInt32)] = [\n" % name)
    items = ["(0x%04X, 0x%04X)," % (low, high) for low, high in table]
    line = "       "
    for item in items:
        if len(line) + 1 + len(item) > 100:
            out.write(line + "\n")
            line = "       "
        line += " " + item
    out.write(line + "\n")
    out.write("    ]\n\n" if name != "textPresentationEmoji" else "    ]\n")


if __name__ == "__main__":
    main()
