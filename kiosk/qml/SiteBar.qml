import QtQuick
import QtQuick.Layouts

// The way to a person, always visible: hotline and opening hours. Both wrap rather than cut
// off when large text makes them longer than the bar.
Rectangle {
    color: Theme.surfaceMuted
    implicitHeight: Math.max(Math.round(84 * Theme.scale), row.implicitHeight + 2 * Theme.gap)

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Theme.highContrast ? Theme.borderWidth : 1
        color: Theme.border
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.gap
        spacing: Theme.gapLarge
        Text {
            objectName: "hotlineText"
            text: qsTr("Questions? Call us: %1").arg(shell.hotline)
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            // The number on one line if at all possible; the opening hours wrap first.
            Layout.preferredWidth: Math.min(implicitWidth, row.width * 0.6)
        }
        Text {
            objectName: "openingHoursText"
            text: qsTr("Opening hours: %1").arg(shell.openingHours)
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.textMuted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignRight
            Layout.fillWidth: true
        }
    }
}
