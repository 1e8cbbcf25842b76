import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ScrollPage {
    GridLayout {
        // As many columns as fit tiles of a comfortable width (one with large text on a
        // narrow screen), so a long word such as "Weiterbewilligung" stays whole.
        columns: Math.max(1, Math.min(3, Math.floor(width / Math.round(400 * Theme.zoom))))
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
                implicitHeight: Math.max(Math.round(96 * Theme.zoom), contentItem.implicitHeight + Theme.gap)
                text: modelData.label
                onClicked: journey.chooseConcern(modelData.id)
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                contentItem: Text {
                    text: tile.text
                    font: tile.font
                    color: Theme.text
                    // Wrap, not WordWrap: a word longer than the tile breaks instead of spilling.
                    wrapMode: Text.Wrap
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
        text: journey.stepError
        Layout.fillWidth: true
    }
}
