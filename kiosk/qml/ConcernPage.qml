import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ScrollPage {
    GridLayout {
        columns: width > 1100 * Theme.scale ? 3 : 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            model: journey.concerns
            delegate: Button {
                id: tile
                required property var modelData
                objectName: "concern_" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: Math.max(Math.round(112 * Theme.scale), contentItem.implicitHeight + Theme.gap)
                text: modelData.label
                onClicked: journey.chooseConcern(modelData.id)
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
        text: journey.stepError
        Layout.fillWidth: true
    }
}
