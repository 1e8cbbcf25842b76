import QtQuick
import QtQuick.Layouts

// Handing in documents: step header, the current step, and one action bar.
Item {
    id: flow
    readonly property bool onReceipt: documents.page > documents.stepCount
    readonly property var titles: [
        qsTr("What kind of document is it?"),
        qsTr("Do you know your BG number?"),
        qsTr("Scan your pages"),
        qsTr("Check and send")
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gapLarge
        spacing: Theme.gapLarge

        StepHeader {
            visible: !flow.onReceipt
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

        Item {
            visible: !flow.onReceipt
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gapLarge
            implicitHeight: Theme.touch
            SecondaryButton {
                objectName: "docBackButton"
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                enabled: !documents.isScanning
                text: documents.page === 1 ? qsTr("Back to start") : qsTr("Back")
                onClicked: documents.back()
            }
            PrimaryButton {
                objectName: "docNextButton"
                visible: documents.page > 1 && documents.page < documents.stepCount
                enabled: !documents.isScanning
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Next")
                onClicked: documents.next()
            }
            PrimaryButton {
                objectName: "docSendButton"
                visible: documents.page === documents.stepCount && (documents.submitError === "" || documents.canRetry)
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: documents.submitError !== "" ? qsTr("Try again") : qsTr("Send documents")
                onClicked: documents.submit()
            }
        }
    }
}
