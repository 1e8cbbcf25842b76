import QtQuick
import QtQuick.Layouts

// The call is over: say how it ended, then the terminal clears itself.
CentredPage {
    ColumnLayout {
        spacing: Theme.gapLarge
        Layout.fillWidth: true

        RowLayout {
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: Math.round(88 * Theme.scale)
                implicitHeight: implicitWidth
                radius: width / 2
                color: Theme.success
                VideoIcon {
                    anchors.centerIn: parent
                    name: "check"
                    color: Theme.primaryText
                    size: Math.round(52 * Theme.scale)
                }
            }
            Text {
                objectName: "endedTitle"
                text: video.endReason === "staff_ended" ? qsTr("Our colleague has ended the call.")
                                                        : qsTr("The call has ended.")
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
            text: qsTr("Thank you for your call. If you need anything else, you can start again at any time.")
            font.pixelSize: Theme.large
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "endedPagesHandingIn"
            readonly property var docs: video.documentsModel
            visible: docs !== null && docs.isHandingIn
            text: qsTr("Your pages are still being handed in. This takes a moment.")
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "endedPagesHandedIn"
            readonly property var docs: video.documentsModel
            visible: docs !== null && docs.handedInReferences !== ""
            text: qsTr("The pages you handed in are saved and go to your file.")
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        ReferenceBox {
            name: "endedReference"
            readonly property var docs: video.documentsModel
            visible: docs !== null && docs.handedInReferences !== ""
            code: docs ? docs.handedInReferences : ""
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "endedPagesDeleted"
            readonly property var docs: video.documentsModel
            visible: docs !== null && docs.discardedAtEnd > 0
            text: qsTr("The pages you showed but did not hand in have been deleted.")
            Layout.fillWidth: true
        }
        BodyText {
            text: qsTr("Nothing of this call is stored on this terminal.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            spacing: Theme.gapLarge
            BodyText {
                objectName: "endedCountdown"
                text: qsTr("This screen closes by itself in %1.").arg(video.endedTimeLeft)
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "endedDoneButton"
                text: qsTr("Done")
                onClicked: video.done()
            }
        }
    }
}
