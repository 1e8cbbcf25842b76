import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Handing in documents: step header, the current step, and one action bar.
Item {
    id: flow
    readonly property bool onReceipt: documents.page > documents.stepCount
    readonly property var titles: [
        documents.documentNumber > 1 ? qsTr("What kind is your next document?") : qsTr("What kind of document is it?"),
        qsTr("Do you know your BG number?"),
        qsTr("Scan your pages"),
        qsTr("Check and send")
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        spacing: Theme.gap

        StepHeader {
            visible: !flow.onReceipt
            compact: Theme.keyboardOpen
            step: Math.min(documents.page, documents.stepCount)
            count: documents.stepCount
            title: flow.onReceipt ? "" : flow.titles[documents.page - 1]
            Layout.fillWidth: true
        }

        StackLayout {
            objectName: "documentsPages"
            currentIndex: documents.page - 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            DocumentsTypePage {}
            DocumentsBgPage {}
            DocumentsScanPage {}
            DocumentsReviewPage {}
            DocumentsReceiptPage {}
        }

        // While the document is built and stored (a second or two): what is happening,
        // and a button that cannot be tapped twice.
        RowLayout {
            objectName: "docSendingIndicator"
            visible: documents.isSending
            spacing: Theme.gap
            Layout.fillWidth: true
            BusyIndicator {
                running: documents.isSending
                implicitWidth: Math.round(56 * Theme.zoom)
                implicitHeight: implicitWidth
                Accessible.ignored: true
            }
            Text {
                objectName: "docSendingText"
                text: qsTr("Your documents are being saved. Please wait a moment.")
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                color: Theme.primary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        // The step's actions: always in view, whatever the page above holds.
        RowLayout {
            visible: !flow.onReceipt
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gap
            SecondaryButton {
                objectName: "docBackButton"
                enabled: !documents.isScanning && !documents.isSending
                opacity: enabled ? 1 : 0.5
                text: documents.page === 1 ? qsTr("Back to start") : qsTr("Back")
                onClicked: documents.back()
            }
            Item {
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "docNextButton"
                visible: documents.page > 1 && documents.page < documents.stepCount
                enabled: !documents.isScanning
                text: qsTr("Next")
                Layout.maximumWidth: flow.width * 0.6
                onClicked: documents.next()
            }
            PrimaryButton {
                id: sendButton
                objectName: "docSendButton"
                visible: documents.page === documents.stepCount && (documents.submitError === "" || documents.canRetry)
                enabled: !documents.isSending
                opacity: enabled ? 1 : 0.75
                text: documents.isSending ? qsTr("Sending …")
                      : documents.submitError !== "" ? qsTr("Try again") : qsTr("Send documents")
                Layout.maximumWidth: flow.width * 0.6
                onClicked: documents.submit()
            }
        }
    }
}
