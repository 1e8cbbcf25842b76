import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The office's fixed list of document types: one large tile each.
ScrollPage {
    BodyText {
        text: qsTr("Tap the kind of document you want to hand in. For a different kind, start again afterwards.")
        color: Theme.textMuted
        font.pixelSize: Theme.large
        Layout.fillWidth: true
    }
    GridLayout {
        columns: width > 1100 * Theme.scale ? 3 : 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            model: documents.types
            delegate: Button {
                id: tile
                required property var modelData
                objectName: "docType_" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: Math.round(112 * Theme.scale)
                text: modelData.label
                onClicked: documents.chooseType(modelData.id)
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                contentItem: Text {
                    text: tile.text
                    font: tile.font
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: Text.AlignLeft
                    leftPadding: Theme.gap
                    rightPadding: Theme.gap
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: tile.down || tile.modelData.selected ? Theme.selected : Theme.surface
                    border.width: tile.modelData.selected ? 4 : 2
                    border.color: tile.modelData.selected ? Theme.primary : Theme.border
                }
            }
        }
    }
    ErrorText {
        text: documents.stepError
        Layout.fillWidth: true
    }
}
