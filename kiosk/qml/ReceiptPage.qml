import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Saved: the reference code, spaced for reading aloud on the phone, and when we will call.
// Centred when it fits; scrolls instead of clipping when large text makes it taller.
Flickable {
    id: receipt
    contentWidth: width
    contentHeight: Math.max(height, receiptColumn.implicitHeight + 2 * Theme.gapLarge)
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: receiptColumn
        x: (receipt.width - width) / 2
        y: Math.max(Theme.gapLarge, (receipt.height - implicitHeight) / 2)
        width: Math.min(receipt.width - 2 * Theme.margin, Theme.contentWidth)
        spacing: Theme.gapLarge

        RowLayout {
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Rectangle {
                implicitWidth: Math.round(88 * Theme.scale)
                implicitHeight: implicitWidth
                radius: width / 2
                color: Theme.success
                Text {
                    anchors.centerIn: parent
                    text: "✓"
                    font.pixelSize: Math.round(56 * Theme.scale)
                    font.weight: Font.Bold
                    color: Theme.primaryText
                }
            }
            Text {
                objectName: "receiptTitle"
                Accessible.role: Accessible.Heading
                Accessible.name: text
                text: qsTr("Your request is saved.")
                font.pixelSize: Theme.title
                font.family: Theme.fontFamily
                font.weight: Font.Bold
                color: Theme.heading
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: codeColumn.implicitHeight + 2 * Theme.gapLarge
            radius: Theme.radius * 1.5
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: codeColumn
                anchors.fill: parent
                anchors.margins: Theme.gapLarge
                spacing: Theme.gap
                Text {
                    text: qsTr("Your reference number")
                    font.pixelSize: Theme.body
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    Layout.alignment: Qt.AlignHCenter
                }
                Text {
                    objectName: "referenceCode"
                    text: journey.referenceCode
                    font.pixelSize: Theme.display
                    font.family: "DejaVu Sans Mono"
                    font.weight: Font.Bold
                    font.letterSpacing: Math.round(Theme.display * 0.35)
                    color: Theme.heading
                    Layout.alignment: Qt.AlignHCenter
                    Accessible.name: journey.referenceCode.split("").join(" ")
                }
                Text {
                    text: qsTr("Please write it down or take a photo. You may need it if you call us.")
                    font.pixelSize: Theme.body
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
        Repeater {
            model: journey.callbackSentences
            delegate: BodyText {
                required property string modelData
                required property int index
                objectName: "callbackSentence_" + index
                text: modelData
                font.pixelSize: index === 0 ? Theme.large : Theme.body
                font.weight: index === 0 ? Font.DemiBold : Font.Normal
                Layout.fillWidth: true
            }
        }
        BodyText {
            text: qsTr("If you cannot take the call, we will try again. You can always call us on %1.").arg(shell.hotline)
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapLarge
            BodyText {
                objectName: "receiptCountdown"
                text: qsTr("This screen closes by itself in %n seconds.", "", shell.receiptSecondsLeft)
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "doneButton"
                text: qsTr("Done")
                onClicked: shell.reset()
            }
        }
    }
}
