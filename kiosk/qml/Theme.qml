pragma Singleton
import QtQuick

// One place for the look: calm deep blue and teal on warm white, large type, large targets.
// Sizes are for 1920x1080; Main.qml sets `scale` for smaller screens, `textScale` for the
// large-text mode and `highContrast` for the high-contrast colours (both chosen by the citizen).
// Every size below goes through `zoom`, so large text also grows the controls around it.
QtObject {
    id: theme
    property real scale: 1.0
    property real textScale: 1.0
    property bool highContrast: false
    // The on-screen keyboard is open: journeys show only what typing needs.
    property bool keyboardOpen: false
    readonly property real zoom: scale * textScale

    // Calm colours on warm white. Every text/background pair in `textPairs` reaches 4.5:1.
    readonly property QtObject standardColours: QtObject {
        readonly property color background: "#F7F4EE"
        readonly property color surface: "#FFFFFF"
        readonly property color surfaceMuted: "#EFEAE1"
        readonly property color header: "#163A5F"
        readonly property color headerText: "#FFFFFF"
        readonly property color headerMuted: "#C9D6E3"
        readonly property color heading: "#163A5F"
        readonly property color primary: "#0B6E6E"
        readonly property color primaryPressed: "#08524F"
        readonly property color primaryText: "#FFFFFF"
        readonly property color primaryTextMuted: "#E3F2F1"
        readonly property color primaryAccent: "#2A8A88"
        readonly property color selected: "#DDEFED"
        readonly property color text: "#1E2A36"
        readonly property color textMuted: "#4F5D6B"
        readonly property color border: "#8C8472"  // 3:1 for field outlines (WCAG 1.4.11)
        readonly property color focus: "#163A5F"
        readonly property color error: "#A4262C"
        readonly property color errorBackground: "#FBEAEA"
        readonly property color success: "#1F7A4D"
        readonly property color overlay: "#B3163A5F"
    }
    // White and yellow on black, the usual high-contrast scheme of public terminals.
    readonly property QtObject contrastColours: QtObject {
        readonly property color background: "#000000"
        readonly property color surface: "#000000"
        readonly property color surfaceMuted: "#1A1A1A"
        readonly property color header: "#000000"
        readonly property color headerText: "#FFFFFF"
        readonly property color headerMuted: "#FFFFFF"
        readonly property color heading: "#FFFFFF"
        readonly property color primary: "#FFE14D"
        readonly property color primaryPressed: "#FFFFFF"
        readonly property color primaryText: "#000000"
        readonly property color primaryTextMuted: "#000000"
        readonly property color primaryAccent: "#FFFFFF"
        readonly property color selected: "#3D3500"
        readonly property color text: "#FFFFFF"
        readonly property color textMuted: "#E8E8E8"
        readonly property color border: "#FFFFFF"
        readonly property color focus: "#5CE1FF"
        readonly property color error: "#FF9C9C"
        readonly property color errorBackground: "#000000"
        readonly property color success: "#FFE14D"
        readonly property color overlay: "#E6000000"
    }
    readonly property QtObject colours: highContrast ? contrastColours : standardColours

    readonly property color background: colours.background
    readonly property color surface: colours.surface
    readonly property color surfaceMuted: colours.surfaceMuted
    readonly property color header: colours.header
    readonly property color headerText: colours.headerText
    readonly property color headerMuted: colours.headerMuted
    readonly property color heading: colours.heading
    readonly property color primary: colours.primary
    readonly property color primaryPressed: colours.primaryPressed
    readonly property color primaryText: colours.primaryText
    readonly property color primaryTextMuted: colours.primaryTextMuted
    readonly property color primaryAccent: colours.primaryAccent
    readonly property color selected: colours.selected
    readonly property color text: colours.text
    readonly property color textMuted: colours.textMuted
    readonly property color border: colours.border
    readonly property color focus: colours.focus
    readonly property color error: colours.error
    readonly property color errorBackground: colours.errorBackground
    readonly property color success: colours.success
    readonly property color overlay: colours.overlay
    // High contrast draws every outline thicker: thin lines vanish for low vision.
    readonly property int borderWidth: highContrast ? 3 : 2

    // Which text colour is drawn on which background (tests/unit/test_contrast_themes.py
    // checks every pair in both colour sets). The third entry marks large or bold-large
    // text or a graphic symbol, for which WCAG asks 3:1 instead of 4.5:1.
    readonly property var textPairs: [
        ["text", "background", false], ["text", "surface", false],
        ["text", "surfaceMuted", false], ["text", "selected", false],
        ["textMuted", "background", false], ["textMuted", "surface", false],
        ["textMuted", "surfaceMuted", false],
        ["heading", "background", false], ["heading", "surface", false],
        ["headerText", "header", false], ["headerMuted", "header", false],
        ["header", "headerText", false],
        ["primaryText", "primary", false], ["primaryText", "primaryPressed", false],
        ["primaryTextMuted", "primary", false], ["primaryText", "primaryAccent", true],
        ["primary", "surface", false], ["primary", "background", false],
        ["primary", "selected", false],
        ["error", "errorBackground", false], ["error", "background", false],
        ["primaryText", "success", true], ["focus", "surface", true],
        ["border", "surface", true], ["border", "background", true]
    ]

    // A number, code, time or range kept left to right inside right-to-left text (Unicode
    // isolates LRI ... PDI): "08:00–10:00" and "K7F-3QX" read the same in Arabic.
    function ltr(text) {
        return "\u2066" + text + "\u2069"
    }

    readonly property string fontFamily: "Noto Sans"
    readonly property int small: Math.round(20 * zoom)
    readonly property int body: Math.round(24 * zoom)
    readonly property int large: Math.round(30 * zoom)
    readonly property int title: Math.round(42 * zoom)
    readonly property int display: Math.round(84 * zoom)

    readonly property int gap: Math.round(16 * zoom)
    readonly property int gapLarge: Math.round(32 * zoom)
    // Margins do not grow with large text: the text needs the room more than the frame.
    readonly property int margin: Math.round(56 * scale)
    readonly property int radius: Math.round(14 * zoom)
    // WCAG 2.5.5 asks for 44 px; a terminal used standing, often by older people, gets more.
    readonly property int touch: Math.max(56, Math.round(76 * zoom))
    readonly property int contentWidth: Math.round(1280 * zoom)
}
