import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// What will be sent: the BG number once, then each document with its kind, pages and a few
// thumbnails, a way to add a different kind of document, and where the documents go.
ScrollPage {
    SummaryRow {
        objectName: "docSummaryBg"
        label: qsTr("BG number")
        value: documents.bgDisplay !== "" ? Theme.ltr(documents.bgDisplay) : qsTr("not given")
        changeName: "docEdit_bg"
        editable: !documents.isSending
        onChange: documents.editDocument(0, 2)
        Layout.fillWidth: true
    }
    Repeater {
        model: documents.documents
        delegate: SummaryRow {
            id: row
            required property var modelData
            objectName: "docSummary_" + modelData.index
            label: documents.documents.length > 1 ? qsTr("Document %1").arg(modelData.index + 1) : qsTr("Document")
            value: modelData.type + "\n" + modelData.pages
            previews: modelData.previews
            changeName: "docEdit_" + modelData.index
            editable: !documents.isSending
            onChange: documents.editDocument(modelData.index, 3)
            Layout.fillWidth: true
        }
    }
    SecondaryButton {
        objectName: "addDocumentButton"
        text: qsTr("Add a different kind of document")
        Accessible.description: qsTr("For example a payslip as well as a bank statement. Your BG number is kept.")
        enabled: !documents.isSending
        Layout.maximumWidth: parent ? parent.width : implicitWidth
        onClicked: documents.addDocument()
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.contentWidth
        implicitHeight: notice.implicitHeight + 2 * Theme.gapLarge
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        BodyText {
            id: notice
            objectName: "docPrivacyNotice"
            anchors.fill: parent
            anchors.margins: Theme.gapLarge
            text: documents.privacyNotice
        }
    }
    ErrorText {
        objectName: "docSubmitError"
        text: documents.submitError
        Layout.fillWidth: true
    }
}
