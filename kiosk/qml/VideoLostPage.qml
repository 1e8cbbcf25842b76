import QtQuick
import QtQuick.Layouts

// The connection broke in the middle of the call: not the citizen's doing, and not an
// ordinary end. No tick, no countdown; call again, or leave a callback request.
CentredPage {
    ColumnLayout {
        spacing: Theme.gapLarge
        Layout.fillWidth: true

        RowLayout {
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: Math.round(88 * Theme.zoom)
                implicitHeight: implicitWidth
                radius: width / 2
                color: Theme.errorBackground
                border.width: Theme.borderWidth
                border.color: Theme.error
                Layout.alignment: Qt.AlignTop
                VideoIcon {
                    anchors.centerIn: parent
                    name: "alert"
                    color: Theme.error
                    size: Math.round(52 * Theme.zoom)
                }
            }
            Text {
                objectName: "lostTitle"
                text: qsTr("The connection was lost.")
                Accessible.role: Accessible.Heading
                Accessible.name: text
                font.pixelSize: Theme.title
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.heading
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        BodyText {
            text: qsTr("This was not your fault. The line to the office broke off.")
            font.pixelSize: Theme.large
            Layout.fillWidth: true
        }
        BodyText {
            text: qsTr("You can call again now. Or leave a callback request: we call you back at a time that suits you.")
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "lostPagesHandedIn"
            readonly property var docs: video.documentsModel
            visible: docs !== null && docs.handedInReferences !== ""
            text: qsTr("The pages you handed in are saved and go to your file.")
            Layout.fillWidth: true
        }
        ReferenceBox {
            name: "lostReference"
            readonly property var docs: video.documentsModel
            visible: docs !== null && docs.handedInReferences !== ""
            code: docs ? docs.handedInReferences : ""
            Layout.fillWidth: true
        }
        DialogButtons {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            SecondaryButton {
                objectName: "lostBackButton"
                text: qsTr("Back to start")
                Layout.fillWidth: true
                onClicked: video.done()
            }
            SecondaryButton {
                objectName: "lostCallbackButton"
                text: qsTr("Leave a callback request")
                Layout.fillWidth: true
                onClicked: video.requestCallback()
            }
            PrimaryButton {
                objectName: "callAgainButton"
                text: qsTr("Call again")
                Layout.fillWidth: true
                onClicked: video.callAgain()
            }
        }
    }
}
