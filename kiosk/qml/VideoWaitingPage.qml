import QtQuick
import QtQuick.Layouts

// Waiting for a colleague: honest words, the time waited, and a way out.
CentredPage {
    ColumnLayout {
        spacing: Theme.gapLarge
        Layout.fillWidth: true

        // A calm pulse: something is happening, nothing is broken.
        Item {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: Math.round(200 * Theme.zoom)
            implicitHeight: implicitWidth
            Rectangle {
                id: pulse
                anchors.centerIn: parent
                width: parent.width
                height: width
                radius: width / 2
                color: Theme.selected
                SequentialAnimation on scale {
                    running: video.stage === "waiting" || video.stage === "connecting"
                    loops: Animation.Infinite
                    NumberAnimation { from: 0.82; to: 1.0; duration: 1400; easing.type: Easing.InOutSine }
                    NumberAnimation { from: 1.0; to: 0.82; duration: 1400; easing.type: Easing.InOutSine }
                }
            }
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.6
                height: width
                radius: width / 2
                color: Theme.primary
                VideoIcon {
                    anchors.centerIn: parent
                    name: "person"
                    size: Math.round(64 * Theme.zoom)
                    color: Theme.primaryText
                }
            }
        }

        Text {
            objectName: "waitingTitle"
            text: video.stage === "connecting"
                  ? qsTr("A colleague has answered. Connecting …")
                  : qsTr("A colleague will be with you shortly.")
            Accessible.role: Accessible.Heading
            Accessible.name: text
            font.pixelSize: Theme.title
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.heading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "waitingDetail"
            text: video.ringing
                  ? qsTr("Your call is ringing in the office now. Please stay in front of the screen.")
                  : qsTr("We are calling the service team. Please stay in front of the screen.")
            font.pixelSize: Theme.large
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "waitedTime"
            readonly property int minutes: Math.floor(video.waitedSeconds / 60)
            readonly property int seconds: video.waitedSeconds % 60
            text: qsTr("Waiting time: %1").arg(Theme.ltr(minutes + ":" + (seconds < 10 ? "0" + seconds : seconds)))
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        // How long it rings, and what happens then: no open-ended wait.
        BodyText {
            objectName: "ringTime"
            text: qsTr("It rings for up to %1. If nobody can answer by then, you can leave a callback request or call again.").arg(video.ringTimeWords)
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        SecondaryButton {
            objectName: "cancelCallButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.gap
            text: qsTr("Cancel the call")
            onClicked: video.cancelWaiting()
        }
    }
}
