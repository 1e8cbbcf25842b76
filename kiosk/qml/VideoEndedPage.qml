import QtQuick
import QtQuick.Layouts

// The call is over: say how it ended, then the terminal clears itself.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
        spacing: Theme.gapLarge

        RowLayout {
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: Math.round(88 * Theme.scale)
                implicitHeight: implicitWidth
                radius: width / 2
                color: video.endReason === "lost" ? Theme.error : Theme.success
                VideoIcon {
                    anchors.centerIn: parent
                    name: video.endReason === "lost" ? "alert" : "check"
                    color: Theme.primaryText
                    size: Math.round(52 * Theme.scale)
                }
            }
            Text {
                objectName: "endedTitle"
                text: ({
                    "lost": qsTr("The connection was lost."),
                    "staff_ended": qsTr("Our colleague has ended the call.")
                })[video.endReason] ?? qsTr("The call has ended.")
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
            text: video.endReason === "lost"
                  ? qsTr("We are sorry. If you still need help, start a new call or leave a callback request.")
                  : qsTr("Thank you for your call. If you need anything else, you can start again at any time.")
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
            text: docs ? qsTr("The pages you handed in go to your file. Your reference number: %1").arg(docs.handedInReferences) : ""
            font.weight: Font.DemiBold
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
                text: qsTr("This screen closes by itself in %n seconds.", "", video.endedSecondsLeft)
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            SecondaryButton {
                objectName: "endedCallbackButton"
                visible: video.endReason === "lost"
                text: qsTr("Request a callback")
                onClicked: video.requestCallback()
            }
            PrimaryButton {
                objectName: "endedDoneButton"
                text: qsTr("Done")
                onClicked: video.done()
            }
        }
    }
}
