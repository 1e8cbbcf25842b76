import QtQuick
import QtQuick.Layouts

// The way to a person, always visible: hotline and opening hours, side by side or one below
// the other; both wrap rather than cut off when large text makes them longer than the bar.
// Leichte Sprache's line breaks (one sentence per line) are spaces here: a bar of four lines
// would leave a small screen little room for the step itself; the help dialog keeps them.
Rectangle {
    color: Theme.surfaceMuted
    implicitHeight: Math.max(Math.round(76 * Theme.scale), row.implicitHeight + 2 * Theme.gap)

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Theme.highContrast ? Theme.borderWidth : 1
        color: Theme.border
    }
    GridLayout {
        id: row
        // Side by side when both fit on one line each; else one below the other.
        readonly property bool sideBySide: hotline.implicitWidth + hours.implicitWidth + columnSpacing <= width
        columns: sideBySide ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Math.round(Theme.gap / 2)
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.gap
        Text {
            id: hotline
            objectName: "hotlineText"
            text: qsTr("Questions? Call us: %1").arg(shell.hotline).replace(/\n/g, " ")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: !row.sideBySide
        }
        Text {
            id: hours
            objectName: "openingHoursText"
            text: qsTr("Opening hours: %1").arg(shell.openingHours).replace(/\n/g, " ")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.Wrap
            horizontalAlignment: row.sideBySide ? Text.AlignRight : Text.AlignLeft
            Layout.fillWidth: true
        }
    }
}
