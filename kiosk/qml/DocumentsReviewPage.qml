import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// What will be sent, the pages at a glance, and where the documents go.
ScrollPage {
    ColumnLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        DocumentsSummaryRow {
            objectName: "docSummaryType"
            label: qsTr("Document")
            value: documents.typeLabel
            step: 1
            Layout.fillWidth: true
        }
        DocumentsSummaryRow {
            objectName: "docSummaryBg"
            label: qsTr("BG number")
            value: documents.bgDisplay !== "" ? documents.bgDisplay : qsTr("not given")
            step: 2
            Layout.fillWidth: true
        }
        DocumentsSummaryRow {
            objectName: "docSummaryPages"
            label: qsTr("Pages")
            value: qsTr("%n page(s)", "", documents.pageCount)
            step: 3
            Layout.fillWidth: true
        }
    }
    RowLayout {
    spacing: Theme.gapLarge
    Layout.fillWidth: true
    Flickable {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        implicitHeight: Math.round(170 * Theme.scale)
        contentWidth: strip.implicitWidth
        contentHeight: height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Row {
            id: strip
            spacing: Theme.gap
            Repeater {
                model: documents.pages
                delegate: Rectangle {
                    required property var modelData
                    width: Math.round(120 * Theme.scale)
                    height: Math.round(170 * Theme.scale)
                    color: Theme.surface
                    border.color: Theme.border
                    Image {
                        anchors.fill: parent
                        anchors.margins: 3
                        source: parent.modelData.preview
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        cache: false
                        sourceSize.width: Math.round(240 * Theme.scale)
                    }
                }
            }
        }
    }
    Rectangle {
        Layout.preferredWidth: Math.round(820 * Theme.scale)
        Layout.alignment: Qt.AlignTop
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
    }
    ErrorText {
        objectName: "docSubmitError"
        text: documents.submitError
        Layout.fillWidth: true
    }
}
