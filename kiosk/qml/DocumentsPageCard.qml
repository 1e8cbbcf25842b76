import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One scanned page: the picture, a plain finding where something is wrong, and what to do.
Rectangle {
    id: card
    required property var modelData
    readonly property bool hasFinding: modelData.finding !== ""
    objectName: "pageCard_" + modelData.number
    implicitHeight: Math.round(262 * Theme.scale)
    radius: Theme.radius
    color: Theme.surface
    border.width: hasFinding ? 3 : 1
    border.color: hasFinding ? Theme.error : Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Rectangle {
            Layout.preferredWidth: Math.round(164 * Theme.scale)
            Layout.fillHeight: true
            color: Theme.surfaceMuted
            radius: Theme.radius / 2
            Image {
                objectName: "pagePreview_" + card.modelData.number
                anchors.fill: parent
                anchors.margins: 4
                source: card.modelData.preview
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                cache: false
                sourceSize.width: Math.round(420 * Theme.scale)
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Math.round(Theme.gap * 0.75)
            Text {
                text: qsTr("Page %1").arg(card.modelData.number)
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.header
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
            Item { Layout.fillHeight: true }
        }
        GridLayout {
            columns: 2
            Layout.preferredWidth: Math.round(440 * Theme.scale)
            Layout.alignment: Qt.AlignVCenter
            columnSpacing: Math.round(Theme.gap / 2)
            rowSpacing: Math.round(Theme.gap / 2)
            Layout.minimumWidth: Math.round(440 * Theme.scale)
            Layout.maximumWidth: Math.round(440 * Theme.scale)
            SecondaryButton {
                objectName: "rescan_" + card.modelData.number
                text: qsTr("Scan again")
                enabled: !documents.isScanning
                implicitHeight: Math.max(56, Math.round(60 * Theme.scale))
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: documents.rescan(card.modelData.id)
            }
            SecondaryButton {
                objectName: "rotate_" + card.modelData.number
                text: qsTr("Turn")
                enabled: !documents.isScanning
                implicitHeight: Math.max(56, Math.round(60 * Theme.scale))
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Accessible.name: qsTr("Turn page %1 a quarter to the right").arg(card.modelData.number)
                onClicked: documents.rotate(card.modelData.id)
            }
            SecondaryButton {
                objectName: "remove_" + card.modelData.number
                text: qsTr("Remove")
                enabled: !documents.isScanning
                implicitHeight: Math.max(56, Math.round(60 * Theme.scale))
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: documents.remove(card.modelData.id)
            }
            SecondaryButton {
                objectName: "keep_" + card.modelData.number
                visible: card.hasFinding
                text: qsTr("Keep as it is")
                enabled: !documents.isScanning
                implicitHeight: Math.max(56, Math.round(60 * Theme.scale))
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: documents.keep(card.modelData.id)
            }
        }
    }
}
