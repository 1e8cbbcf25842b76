import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// How to place the pages, the scan button, progress and scanner messages; and every page as
// it arrives, with its finding and what can be done with it. On a wide screen side by side,
// each part scrolling on its own (the scan button stays in view); on a narrow one (an upright
// screen, large text on a small one) one above the other in a single scrolling page, so a
// page card always has the room it needs.
Item {
    id: scanPage
    readonly property bool sideBySide: width >= Math.round(1100 * Theme.zoom)

    component Instructions: ColumnLayout {
        spacing: Theme.gap

        DocumentsPlacement {
            feeder: documents.feeder
            // Once there are pages, the picture has done its job on a small screen.
            visible: scanPage.sideBySide || documents.pageCount === 0
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
        // A removed page can come back until the next change.
        Rectangle {
            objectName: "undoRemoveBanner"
            visible: documents.removedText !== ""
            Layout.fillWidth: true
            implicitHeight: undoRow.implicitHeight + Theme.gap
            radius: Theme.radius / 2
            color: Theme.selected
            RowLayout {
                id: undoRow
                anchors.fill: parent
                anchors.margins: Math.round(Theme.gap / 2)
                anchors.leftMargin: Theme.gap
                spacing: Theme.gap
                Text {
                    objectName: "removedText"
                    text: documents.removedText
                    font.pixelSize: Theme.body
                    font.family: Theme.fontFamily
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                SecondaryButton {
                    objectName: "undoRemoveButton"
                    text: qsTr("Undo")
                    Accessible.name: qsTr("Undo: put the page back")
                    onClicked: documents.undoRemove()
                }
            }
        }
    }

    component PageCards: ColumnLayout {
        spacing: Theme.gap
        Repeater {
            model: documents.pages
            delegate: DocumentsPageCard {
                Layout.fillWidth: true
            }
        }
    }

    component NoPagesYet: BodyText {
        objectName: "noPagesYet"
        visible: documents.pageCount === 0 && !documents.isScanning
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Your pages will appear here as they are scanned. You can look at each one before you send it.")
        font.pixelSize: Theme.large
        color: Theme.textMuted
    }

    Loader {
        anchors.fill: parent
        sourceComponent: scanPage.sideBySide ? sideBySideParts : oneColumn
    }

    Component {
        id: sideBySideParts
        RowLayout {
            spacing: Theme.gapLarge
            ScrollArea {
                id: instructions
                objectName: "scanInstructions"
                Layout.preferredWidth: Math.min(Math.round(560 * Theme.zoom), Math.round(scanPage.width * 0.45))
                Layout.fillHeight: true
                contentHeight: instructionColumn.implicitHeight
                // What just changed (a message, the page count) is at the bottom: keep it in view.
                onContentHeightChanged: scrollToEnd()
                content: Instructions {
                    id: instructionColumn
                    width: instructions.width - instructions.barWidth
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius * 1.5
                color: Theme.surfaceMuted
                NoPagesYet {
                    anchors.centerIn: parent
                    width: parent.width * 0.7
                }
                ScrollArea {
                    id: pagesView
                    objectName: "pagesView"
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    contentHeight: cards.implicitHeight
                    // Keep the newest page in view while a feeder run adds pages.
                    onContentHeightChanged: if (documents.isScanning && !documents.isRescanning)
                        scrollToEnd()
                    content: PageCards {
                        id: cards
                        width: pagesView.width - pagesView.barWidth
                    }
                }
            }
        }
    }

    Component {
        id: oneColumn
        ScrollArea {
            id: whole
            objectName: "pagesView"
            contentHeight: column.implicitHeight
            onContentHeightChanged: if (documents.isScanning && !documents.isRescanning)
                scrollToEnd()
            content: ColumnLayout {
                id: column
                width: whole.width - whole.barWidth
                spacing: Theme.gapLarge
                Instructions {
                    Layout.fillWidth: true
                }
                NoPagesYet {
                    Layout.fillWidth: true
                }
                PageCards {
                    Layout.fillWidth: true
                }
            }
        }
    }
}
