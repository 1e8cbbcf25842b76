import QtQuick
import QtQuick.Layouts

// One part of the documents summary, with a way back to correct it.
Rectangle {
    id: row
    property string label
    property string value
    property int step
    implicitHeight: content.implicitHeight + 2 * Theme.gap
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Theme.gapLarge
        spacing: Theme.gapLarge
        Text {
            text: row.label
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.textMuted
            Layout.preferredWidth: Math.round(300 * Theme.zoom)
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: row.objectName + "Value"
            text: row.value
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: Theme.text
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        SecondaryButton {
            objectName: "docEdit_" + row.step
            text: qsTr("Change")
            implicitHeight: Math.round(Theme.touch * 0.85)
            enabled: !documents.isSending
            opacity: enabled ? 1 : 0.5
            onClicked: documents.edit(row.step)
            Accessible.name: qsTr("Change: %1").arg(row.label)
        }
    }
}
