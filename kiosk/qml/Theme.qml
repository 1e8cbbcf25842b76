pragma Singleton
import QtQuick

// One place for the look: calm deep blue and teal on warm white, large type, large targets.
// Sizes are for 1920x1080; Main.qml sets `scale` for smaller screens.
QtObject {
    property real scale: 1.0

    readonly property color background: "#F7F4EE"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#EFEAE1"
    readonly property color header: "#163A5F"
    readonly property color headerText: "#FFFFFF"
    readonly property color headerMuted: "#C9D6E3"
    readonly property color primary: "#0B6E6E"
    readonly property color primaryPressed: "#08524F"
    readonly property color primaryText: "#FFFFFF"
    readonly property color selected: "#DDEFED"
    readonly property color text: "#1E2A36"
    readonly property color textMuted: "#4F5D6B"
    readonly property color border: "#CFC7B8"
    readonly property color focus: "#163A5F"
    readonly property color error: "#A4262C"
    readonly property color errorBackground: "#FBEAEA"
    readonly property color success: "#1F7A4D"
    readonly property color overlay: "#B3163A5F"

    readonly property string fontFamily: "Noto Sans"
    readonly property int small: Math.round(20 * scale)
    readonly property int body: Math.round(24 * scale)
    readonly property int large: Math.round(30 * scale)
    readonly property int title: Math.round(42 * scale)
    readonly property int display: Math.round(84 * scale)

    readonly property int gap: Math.round(16 * scale)
    readonly property int gapLarge: Math.round(32 * scale)
    readonly property int margin: Math.round(56 * scale)
    readonly property int radius: Math.round(14 * scale)
    // WCAG 2.5.5 asks for 44 px; a terminal used standing, often by older people, gets more.
    readonly property int touch: Math.max(56, Math.round(76 * scale))
    readonly property int contentWidth: Math.round(1280 * scale)
}
