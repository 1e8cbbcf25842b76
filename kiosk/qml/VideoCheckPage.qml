import QtQuick
import QtQuick.Layouts
import Buergerterminal.Video

// Before the call: can the citizen be seen and heard, and hear us? Plain words, a way on.
// The picture beside the checks on a wide screen, above them on an upright one; the page
// scrolls (with a visible cue) if large text makes it taller, the buttons stay.
Item {
    id: page
    // An upright stele (1080 wide) stacks: beside a useful picture, the checks' column would be
    // too narrow for the longer languages' words.
    readonly property bool sideBySide: width >= Math.round(1200 * Theme.zoom)
    // The self-view: 4:3, 45 % of the width side by side, else most of it (and never taller
    // than a third of the screen).
    readonly property int viewWidth: Math.min(Math.round((width - 2 * Theme.margin) * (sideBySide ? 0.45 : 0.9)),
                                              Math.round(height / 3 * 4 / 3))
    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gapLarge
        anchors.bottomMargin: Theme.gapLarge
        spacing: Theme.gapLarge

        Text {
            objectName: "videoCheckTitle"
            text: qsTr("Before we call: a short check")
            Accessible.role: Accessible.Heading
            Accessible.name: text
            font.pixelSize: Theme.title
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.heading
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        ScrollArea {
            id: checks
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: checkGrid.implicitHeight
            content: GridLayout {
                id: checkGrid
                width: checks.width - checks.barWidth
                columns: page.sideBySide ? 2 : 1
                columnSpacing: Theme.gapLarge * 1.5
                rowSpacing: Theme.gapLarge

                ColumnLayout {
                    spacing: Theme.gap
                    Layout.preferredWidth: page.viewWidth
                    Layout.alignment: Qt.AlignTop
                    Rectangle {
                        Layout.preferredWidth: page.viewWidth
                        Layout.preferredHeight: Math.round(page.viewWidth * 3 / 4)
                        radius: Theme.radius
                        color: "#10202E"
                        clip: true
                        VideoSurface {
                            id: preview
                            objectName: "checkSelfView"
                            anchors.fill: parent
                            anchors.margins: 2
                            mirrored: true
                            Component.onCompleted: video.attach("preview", preview)
                        }
                        Text {
                            anchors.centerIn: parent
                            visible: !(preview && preview.hasPicture)
                            text: qsTr("Starting the camera …")
                            font.pixelSize: Theme.body
                            font.family: Theme.fontFamily
                            color: "#FFFFFF"
                        }
                    }
                    BodyText {
                        text: qsTr("This is you. Please sit so that you can see your face.")
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                }

                ColumnLayout {
                    spacing: Theme.gapLarge
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop

                    VideoStatusRow {
                        objectName: "cameraStatus"
                        icon: "camera"
                        missing: video.cameraMissing
                        title: video.cameraMissing ? qsTr("The camera is not working.")
                                                   : qsTr("Camera")
                        detail: video.cameraMissing
                                ? qsTr("You can still talk. The colleague will hear you but not see you.")
                                : qsTr("You can see yourself in the picture.")
                        Layout.fillWidth: true
                    }
                    VideoStatusRow {
                        objectName: "microphoneStatus"
                        icon: "mic"
                        missing: video.microphoneMissing
                        title: video.microphoneMissing ? qsTr("The microphone is not working.")
                                                       : qsTr("Microphone")
                        detail: video.microphoneMissing
                                ? qsTr("The colleague would not hear you. You can leave a callback request instead.")
                                : qsTr("Say something. The bar moves when we hear you.")
                        Layout.fillWidth: true
                        Rectangle {
                            objectName: "micLevel"
                            visible: !video.microphoneMissing
                            Layout.fillWidth: true
                            implicitHeight: Math.round(18 * Theme.zoom)
                            radius: height / 2
                            color: Theme.surfaceMuted
                            border.width: 1
                            border.color: Theme.border
                            Accessible.ignored: true
                            Rectangle {
                                width: Math.max(height, parent.width * video.micLevel)
                                height: parent.height
                                radius: height / 2
                                color: Theme.primary
                            }
                        }
                    }
                    VideoStatusRow {
                        objectName: "speakerStatus"
                        icon: "speaker"
                        missing: video.speakerMissing
                        title: video.speakerMissing ? qsTr("The loudspeaker is not working.")
                                                    : qsTr("Loudspeaker")
                        detail: video.speakerMissing
                                ? qsTr("You would not hear the colleague. You can leave a callback request instead.")
                                : qsTr("Tap the button. Can you hear a short chime?")
                        Layout.fillWidth: true
                        SecondaryButton {
                            objectName: "testSoundButton"
                            visible: !video.speakerMissing
                            text: qsTr("Play a test sound")
                            onClicked: video.playTestSound()
                        }
                    }
                }
            }
        }
        // The way on, and the ways back, always in view (side by side, or stacked).
        DialogButtons {
            Layout.fillWidth: true
            SecondaryButton {
                objectName: "videoBackButton"
                text: qsTr("Back to start")
                Layout.fillWidth: true
                onClicked: video.done()
            }
            SecondaryButton {
                objectName: "checkCallbackButton"
                visible: video.microphoneMissing || video.speakerMissing
                text: qsTr("Request a callback instead")
                Layout.fillWidth: true
                onClicked: video.requestCallback()
            }
            PrimaryButton {
                objectName: "startCallButton"
                text: qsTr("Call now")
                enabled: video.devicesReady
                opacity: enabled ? 1 : 0.5
                Layout.fillWidth: true
                onClicked: video.startCall()
            }
        }
    }
}
