import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The office's fixed list of document types: one large tile each.
ScrollPage {
    BodyText {
        text: documents.documentNumber > 1
              ? qsTr("Tap the kind of your next document. Your BG number is kept.")
              : qsTr("Tap the kind of document you want to hand in. You can add a different kind afterwards.")
        color: Theme.textMuted
        font.pixelSize: Theme.large
        Layout.fillWidth: true
    }
    GridLayout {
        // Fewer, wider tiles with large text: long German compounds stay whole where they can.
        columns: Math.max(1, Math.min(3, Math.floor(width / Math.round(560 * Theme.zoom))))
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
                // Grows with its text: a label may take two or three lines with large text.
                implicitHeight: Math.max(Math.round(112 * Theme.zoom), contentItem.implicitHeight + Theme.gap)
                text: modelData.label
                onClicked: documents.chooseType(modelData.id)
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
        text: documents.stepError
        Layout.fillWidth: true
    }
}
