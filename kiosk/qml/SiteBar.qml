import QtQuick
import QtQuick.Layouts

// The way to a person, always visible: hotline and opening hours.
Rectangle {
    color: Theme.surfaceMuted
    implicitHeight: Math.round(84 * Theme.scale)

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: Theme.border
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gapLarge
        Text {
            objectName: "hotlineText"
            text: qsTr("Questions? Call us: %1").arg(shell.hotline)
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Text {
            objectName: "openingHoursText"
            text: qsTr("Opening hours: %1").arg(shell.openingHours)
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.textMuted
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
            Layout.fillWidth: true
        }
    }
}
