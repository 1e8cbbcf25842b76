import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One scanned page: the picture, a plain finding where something is wrong, and what to do.
// The card grows with its text; the buttons wrap onto more rows when large text needs room.
Rectangle {
    id: card
    required property var modelData
    readonly property bool hasFinding: modelData.finding !== ""
    objectName: "pageCard_" + modelData.number
    implicitHeight: Math.max(Math.round(262 * Theme.scale), details.implicitHeight + 2 * Theme.gap)
    radius: Theme.radius
    color: Theme.surface
    border.width: hasFinding ? Theme.borderWidth + 1 : 1
    border.color: hasFinding ? Theme.error : Theme.border

    Rectangle {
        id: previewFrame
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: Math.round(164 * Theme.scale)
        color: Theme.surfaceMuted
        radius: Theme.radius / 2
        Image {
            id: preview
            objectName: "pagePreview_" + card.modelData.number
            anchors.fill: parent
            anchors.margins: 4
            source: card.modelData.preview
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            cache: false
            sourceSize.width: Math.round(420 * Theme.scale)
        }
        PageFindingMarks {
            objectName: "pageMarks_" + card.modelData.number
            anchors.fill: preview
            edges: card.modelData.edges
            blank: card.modelData.blank
            pictureWidth: preview.paintedWidth
            pictureHeight: preview.paintedHeight
        }
    }
    ColumnLayout {
        id: details
        anchors.left: previewFrame.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: Math.round(Theme.gap * 0.75)
        Text {
            text: qsTr("Page %1").arg(card.modelData.number)
            font.pixelSize: Theme.large
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.heading
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "pageFinding_" + card.modelData.number
            visible: card.hasFinding
            text: card.modelData.finding
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.error
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            visible: !card.hasFinding
            text: "✓ " + qsTr("This page looks good.")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.success
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        // With a finding, the fix comes first and looks like it: "Scan again" is the primary
        // action, "Keep as it is" a quieter one; turning and removing come after.
        Flow {
            id: actions
            Layout.fillWidth: true
            spacing: Math.round(Theme.gap / 2)
            PrimaryButton {
                objectName: "rescan_" + card.modelData.number
                visible: card.hasFinding
                text: qsTr("Scan again")
                enabled: !documents.isScanning
                width: Math.min(implicitWidth, actions.width)
                onClicked: documents.rescan(card.modelData.id)
            }
            SecondaryButton {
                objectName: "keep_" + card.modelData.number
                visible: card.hasFinding
                text: qsTr("Keep as it is")
                enabled: !documents.isScanning
                width: Math.min(implicitWidth, actions.width)
                onClicked: documents.keep(card.modelData.id)
            }
            SecondaryButton {
                objectName: "rescan_" + card.modelData.number
                visible: !card.hasFinding
                text: qsTr("Scan again")
                enabled: !documents.isScanning
                width: Math.min(implicitWidth, actions.width)
                onClicked: documents.rescan(card.modelData.id)
            }
            SecondaryButton {
                objectName: "rotate_" + card.modelData.number
                text: qsTr("Turn")
                enabled: !documents.isScanning
                width: Math.min(implicitWidth, actions.width)
                Accessible.name: qsTr("Turn page %1 a quarter to the right").arg(card.modelData.number)
                onClicked: documents.rotate(card.modelData.id)
            }
            SecondaryButton {
                objectName: "remove_" + card.modelData.number
                text: qsTr("Remove")
                enabled: !documents.isScanning
                width: Math.min(implicitWidth, actions.width)
                Accessible.description: qsTr("You can undo this.")
                onClicked: documents.remove(card.modelData.id)
            }
        }
    }
}
