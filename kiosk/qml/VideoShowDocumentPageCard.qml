import QtQuick
import QtQuick.Layouts

// One page shown during the call: the picture, its finding if any, whether the case worker
// can see it yet, and a way to take it back.
Rectangle {
    id: card
    required property var modelData
    readonly property bool hasFinding: modelData.finding !== ""
    objectName: "shownPage_" + modelData.number
    implicitHeight: Math.max(Math.round(170 * Theme.scale), details.implicitHeight + 2 * Theme.gap)
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
        width: Math.round(120 * Theme.scale)
        color: Theme.surfaceMuted
        radius: Theme.radius / 2
        Image {
            objectName: "shownPagePreview_" + card.modelData.number
            anchors.fill: parent
            anchors.margins: 4
            source: card.modelData.preview
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            cache: false
            sourceSize.width: Math.round(320 * Theme.scale)
        }
    }
    ColumnLayout {
        id: details
        anchors.left: previewFrame.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: Math.round(Theme.gap * 0.6)
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                text: qsTranslate("DocumentsPageCard", "Page %1").arg(card.modelData.number)
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.heading
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            SecondaryButton {
                objectName: "removeShown_" + card.modelData.number
                text: qsTranslate("DocumentsPageCard", "Remove")
                Accessible.name: qsTr("Remove page %1").arg(card.modelData.number)
                enabled: !card.busy
                Layout.maximumWidth: details.width / 2
                onClicked: video.documentsModel.remove(card.modelData.id)
            }
        }
        Text {
            objectName: "shownPageFinding_" + card.modelData.number
            visible: card.hasFinding
            text: card.modelData.finding
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: Theme.error
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "shownPageSeen_" + card.modelData.number
            text: card.modelData.seen
                  ? "✓ " + qsTr("Your case worker can see this page.")
                  : qsTr("On its way to your case worker …")
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: card.modelData.seen ? Font.DemiBold : Font.Normal
            color: card.modelData.seen ? Theme.success : Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    readonly property bool busy: video.documentsModel !== null && video.documentsModel.isHandingIn
}
