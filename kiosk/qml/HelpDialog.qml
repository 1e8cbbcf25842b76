import QtQuick
import QtQuick.Layouts

// Help from a person, from every step: at the reception desk where there is one, by video
// or on the phone everywhere. What was entered stays until the citizen chooses video.
DialogLayer {
    objectName: "helpDialog"
    visible: shell.overlay === "help"
    title: qsTr("Help from a person")

    BodyText {
        objectName: "helpPlace"
        text: shell.hasReception
              ? qsTr("Please ask at the reception desk. Our staff are happy to help you.")
              : qsTr("There is no staff in this cabin. A colleague can still help you: by video, here and now, or on the phone.")
        font.pixelSize: Theme.large
        Layout.fillWidth: true
    }
    BodyText {
        objectName: "helpPhone"
        text: qsTr("Call us: %1").arg(shell.hotline)
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
    BodyText {
        text: qsTr("Opening hours: %1").arg(shell.openingHours)
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    BodyText {
        visible: shell.videoOffered
        text: qsTr("If you choose video, what you entered so far is deleted.")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    DialogButtons {
        Layout.fillWidth: true
        SecondaryButton {
            objectName: "helpVideoButton"
            visible: shell.videoOffered
            text: qsTr("Talk to a person by video")
            Layout.fillWidth: true
            onClicked: shell.helpByVideo()
        }
        PrimaryButton {
            objectName: "helpCloseButton"
            text: qsTr("Back to where I was")
            Layout.fillWidth: true
            onClicked: shell.closeOverlay()
        }
    }
}
