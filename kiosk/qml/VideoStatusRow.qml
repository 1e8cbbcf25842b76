import QtQuick
import QtQuick.Layouts

// One device on the check screen: its icon, a plain sentence, and what to do if it is missing.
RowLayout {
    id: row
    property string icon
    property string title
    property string detail
    property bool missing: false
    default property alias extra: extraColumn.data
    spacing: Theme.gapLarge

    Rectangle {
        implicitWidth: Math.round(72 * Theme.zoom)
        implicitHeight: implicitWidth
        radius: width / 2
        color: row.missing ? Theme.errorBackground : Theme.selected
        border.width: row.missing ? Theme.borderWidth : 0
        border.color: Theme.error
        Layout.alignment: Qt.AlignTop
        VideoIcon {
            anchors.centerIn: parent
            name: row.icon
            size: Math.round(40 * Theme.zoom)
            color: row.missing ? Theme.error : Theme.primary
        }
    }
    ColumnLayout {
        id: extraColumn
        Layout.fillWidth: true
        spacing: Math.round(Theme.gap / 2)
        Text {
            text: row.title
            font.pixelSize: Theme.large
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: row.missing ? Theme.error : Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BodyText {
            text: row.detail
            color: Theme.textMuted
            visible: text !== ""
            Layout.fillWidth: true
        }
    }
}
