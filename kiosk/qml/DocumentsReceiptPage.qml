import QtQuick
import QtQuick.Layouts

// The documents are saved: each with its kind, pages and reference number on its own line.
ReceiptLayout {
    title: qsTr("Your documents are saved and will be sent to the job centre.")
    titleName: "docReceiptTitle"
    countdownName: "docReceiptCountdown"
    doneName: "docDoneButton"

    Repeater {
        model: documents.receipt
        delegate: Rectangle {
            required property var modelData
            required property int index
            objectName: "docReceipt_" + index
            Layout.fillWidth: true
            implicitHeight: lines.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: lines
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Math.round(Theme.gap / 2)
                Text {
                    objectName: "docReceiptType_" + index
                    text: modelData.type
                    font.pixelSize: Theme.large
                    font.family: Theme.fontFamily
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "docReceiptPages_" + index
                    text: modelData.pages
                    font.pixelSize: Theme.body
                    font.family: Theme.fontFamily
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
                ReferenceBox {
                    name: index === 0 ? "docReferenceCode" : "docReferenceCode_" + index
                    code: modelData.code
                    Layout.fillWidth: true
                }
            }
        }
    }
    BodyText {
        objectName: "docReceiptWhen"
        text: qsTr("Handed in: %1").arg(documents.receiptWhen)
        Layout.fillWidth: true
    }
    BodyText {
        text: qsTr("Please write the number down or take a photo. With it, staff can find your documents.")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    BodyText {
        text: qsTr("Please take your papers with you. Nothing of them stays readable on this terminal.")
        font.pixelSize: Theme.large
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
}
