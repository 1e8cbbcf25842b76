import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Left: how to place the pages, the scan button, progress and scanner messages.
// Right: every page as it arrives, with its finding and what can be done with it.
Item {
    RowLayout {
        anchors.fill: parent
        spacing: Theme.gapLarge

        // Scrolls instead of clipping when large text makes the instructions taller.
        Flickable {
            id: instructions
            objectName: "scanInstructions"
            Layout.preferredWidth: Math.min(Math.round(560 * Theme.zoom), Math.round(parent.width * 0.45))
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: instructionColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollIndicator {}
            // What just changed (a message, the page count) is at the bottom: keep it in view.
            onContentHeightChanged: contentY = Math.max(0, contentHeight - height)

            ColumnLayout {
                id: instructionColumn
                width: instructions.width
                spacing: Theme.gap

                DocumentsPlacement {
                    feeder: documents.feeder
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "pagesSoFar"
                    visible: documents.pageCount > 0
                    text: qsTr("%n page(s) scanned so far.", "", documents.pageCount)
                    font.pixelSize: Theme.large
                    font.family: Theme.fontFamily
                    font.weight: Font.DemiBold
                    color: Theme.heading
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                PrimaryButton {
                    objectName: "scanButton"
                    visible: !documents.isScanning
                    Layout.fillWidth: true
                    text: documents.pageCount === 0
                          ? (documents.feeder ? qsTr("Scan the pages") : qsTr("Scan the page"))
                          : qsTr("Scan more pages")
                    onClicked: documents.scan()
                }
                ColumnLayout {
                    visible: documents.isScanning
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Text {
                        objectName: "scanProgressText"
                        text: documents.isRescanning ? qsTr("Scanning the page again …") : documents.progressText
                        font.pixelSize: Theme.large
                        font.family: Theme.fontFamily
                        font.weight: Font.DemiBold
                        color: Theme.primary
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    Rectangle {
                        objectName: "scanProgressBar"
                        Layout.fillWidth: true
                        implicitHeight: Math.round(16 * Theme.zoom)
                        radius: height / 2
                        color: Theme.border
                        Rectangle {
                            width: parent.width * Math.max(0.03, documents.progress)
                            height: parent.height
                            radius: height / 2
                            color: Theme.primary
                        }
                    }
                    SecondaryButton {
                        objectName: "stopScanButton"
                        text: qsTr("Stop scanning")
                        onClicked: documents.cancelScan()
                    }
                }
                ErrorText {
                    objectName: "scanFault"
                    text: documents.faultMessage
                    Layout.fillWidth: true
                }
                ErrorText {
                    objectName: "scanStepError"
                    text: documents.stepError
                    Layout.fillWidth: true
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius * 1.5
            color: Theme.surfaceMuted

            BodyText {
                objectName: "noPagesYet"
                visible: documents.pageCount === 0 && !documents.isScanning
                anchors.centerIn: parent
                width: parent.width * 0.7
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your pages will appear here as they are scanned. You can look at each one before you send it.")
                font.pixelSize: Theme.large
                color: Theme.textMuted
            }
            Flickable {
                id: pagesView
                objectName: "pagesView"
                anchors.fill: parent
                anchors.margins: Theme.gap
                contentWidth: width
                contentHeight: grid.implicitHeight
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator {}
                // Keep the newest page in view while a feeder run adds pages.
                onContentHeightChanged: if (documents.isScanning && !documents.isRescanning)
                    contentY = Math.max(0, contentHeight - height)
                GridLayout {
                    id: grid
                    width: pagesView.width
                    columns: 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: documents.pages
                        delegate: DocumentsPageCard {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                        }
                    }
                }
            }
        }
    }
}
