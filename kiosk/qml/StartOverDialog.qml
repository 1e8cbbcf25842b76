import QtQuick
import QtQuick.Layouts

// "Start over?": one short question before everything entered is deleted.
DialogLayer {
    objectName: "startOverDialog"
    visible: shell.overlay === "startOver"
    title: qsTr("Start over?")

    BodyText {
        text: qsTr("Everything you entered here will be deleted. Then you can start again from the beginning.")
        font.pixelSize: Theme.large
        Layout.fillWidth: true
    }
    DialogButtons {
        Layout.fillWidth: true
        SecondaryButton {
            objectName: "startOverNo"
            text: qsTr("No, go on")
            Layout.fillWidth: true
            onClicked: shell.closeOverlay()
        }
        PrimaryButton {
            objectName: "startOverYes"
            text: qsTr("Yes, start over")
            Layout.fillWidth: true
            onClicked: shell.startOver()
        }
    }
}
