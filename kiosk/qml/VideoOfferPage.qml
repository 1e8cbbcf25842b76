import QtQuick
import QtQuick.Layouts

// Nobody could take the call: say so plainly, and offer the callback request instead.
CentredPage {
    ColumnLayout {
        spacing: Theme.gapLarge
        Layout.fillWidth: true

        Text {
            objectName: "offerTitle"
            text: ({
                "nobody_available": qsTr("Right now nobody is free to take your call."),
                "no_answer": qsTr("Nobody could answer your call in time.")
            })[video.offerReason] ?? qsTr("A video call is not possible at the moment.")
            Accessible.role: Accessible.Heading
            Accessible.name: text
            font.pixelSize: Theme.title
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.heading
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BodyText {
            text: qsTr("We are sorry. Leave a callback request instead: we call you back at a time that suits you. It takes about 3 minutes.")
            font.pixelSize: Theme.large
            Layout.fillWidth: true
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            implicitHeight: offerRow.implicitHeight + 2 * Theme.gapLarge
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.color: Theme.border
            GridLayout {
                id: offerRow
                // The button beside the words where there is room, below them where not.
                columns: width >= Math.round(900 * Theme.zoom) ? 3 : 2
                anchors.fill: parent
                anchors.margins: Theme.gapLarge
                columnSpacing: Theme.gapLarge
                rowSpacing: Theme.gap
                Rectangle {
                    implicitWidth: Math.round(96 * Theme.zoom)
                    implicitHeight: implicitWidth
                    radius: width / 2
                    color: Theme.selected
                    Text {
                        anchors.centerIn: parent
                        text: "☎"
                        font.pixelSize: Math.round(52 * Theme.zoom)
                        color: Theme.primary
                    }
                }
                BodyText {
                    text: qsTr("Your language stays as it is. You only need to tell us your concern, your phone number and a good time.")
                    Layout.fillWidth: true
                }
                PrimaryButton {
                    objectName: "offerCallbackButton"
                    text: qsTr("Request a callback")
                    Layout.columnSpan: offerRow.columns === 3 ? 1 : 2
                    Layout.fillWidth: offerRow.columns !== 3
                    onClicked: video.requestCallback()
                }
            }
        }

        BodyText {
            text: qsTr("You can also call our hotline on %1.").arg(shell.hotline)
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        DialogButtons {
            Layout.fillWidth: true
            SecondaryButton {
                objectName: "offerBackButton"
                text: qsTr("Back to start")
                Layout.fillWidth: true
                onClicked: video.done()
            }
            // Nobody answered this time; someone may be free a minute later.
            SecondaryButton {
                objectName: "offerCallAgainButton"
                visible: video.offerReason === "no_answer" || video.offerReason === "nobody_available"
                text: qsTr("Call again")
                Layout.fillWidth: true
                onClicked: video.callAgain()
            }
        }
    }
}
