import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Saved: the reference code, what was handed in, and when.
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
                objectName: "docReceiptTitle"
                Accessible.role: Accessible.Heading
                Accessible.name: text
                text: qsTr("Your documents are saved and will be sent to the job centre.")
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
                    objectName: "docReferenceCode"
                    text: documents.referenceCode
                    font.pixelSize: Theme.display
                    font.family: "DejaVu Sans Mono"
                    font.weight: Font.Bold
                    font.letterSpacing: Math.round(Theme.display * 0.35)
                    color: Theme.heading
                    Layout.alignment: Qt.AlignHCenter
                    Accessible.name: documents.referenceCode.split("").join(" ")
                }
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.gapLarge
                    rowSpacing: Theme.gap / 2
                    Layout.alignment: Qt.AlignHCenter
                    Layout.maximumWidth: codeColumn.width
                    Text {
                        text: qsTr("Document")
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "docReceiptType"
                        wrapMode: Text.Wrap
                        Layout.maximumWidth: Math.round(codeColumn.width * 0.6)
                        text: documents.receiptType
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Text {
                        text: qsTr("Pages")
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "docReceiptPages"
                        wrapMode: Text.Wrap
                        Layout.maximumWidth: Math.round(codeColumn.width * 0.6)
                        text: documents.receiptPages
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Text {
                        text: qsTr("Handed in")
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        color: Theme.textMuted
                    }
                    Text {
                        objectName: "docReceiptWhen"
                        wrapMode: Text.Wrap
                        Layout.maximumWidth: Math.round(codeColumn.width * 0.6)
                        text: documents.receiptWhen
                        font.pixelSize: Theme.body
                        font.family: Theme.fontFamily
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                }
                Text {
                    text: qsTr("Please write the number down or take a photo. With it, staff can find your documents.")
                    font.pixelSize: Theme.body
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }
        }
        BodyText {
            text: qsTr("Please take your papers with you. Nothing of them stays readable on this terminal.")
            font.pixelSize: Theme.large
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gapLarge
            BodyText {
                objectName: "docReceiptCountdown"
                text: qsTr("This screen closes by itself in %n seconds.", "", shell.receiptSecondsLeft)
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "docDoneButton"
                text: qsTr("Done")
                onClicked: shell.reset()
            }
        }
    }
}
