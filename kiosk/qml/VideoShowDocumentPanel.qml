import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Beside the call: how to lay a page on the scanner, one big button to scan it, and every page
// shown so far with what the case worker sees. "Hand in these pages" files them; "Done" only
// closes the panel.
Rectangle {
    id: panel
    readonly property var docs: video.documentsModel
    // Wide and tall enough (beside the picture on a landscape screen): instructions and pages
    // side by side, each scrolling on its own. Narrow, tall (under the picture on an upright
    // screen) or short (large text on a 1280x1024 screen): one scrolling column, instructions
    // above the pages, so neither becomes a column too thin or too short for its words.
    // Short: the title scrolls with the rest and "Done" moves down beside "Hand in".
    readonly property bool short: height < Math.round(560 * Theme.zoom)
    readonly property bool sideBySide: width >= Math.round(900 * Theme.scale)
                                       && height <= width * 0.8 && !short
    color: Theme.background
    radius: Theme.radius

    // The primary button, with its words wrapping instead of cut off in large text.
    component WrappingButton: PrimaryButton {
        id: wrapping
        property int minimumHeight: Theme.touch
        implicitHeight: Math.max(minimumHeight, wrappingLabel.implicitHeight + Theme.gap)
        contentItem: Text {
            id: wrappingLabel
            text: wrapping.text
            font: wrapping.font
            color: Theme.primaryText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
        }
    }

    component Title: Text {
        objectName: "showDocTitle"
        text: qsTr("Show a document")
        Accessible.role: Accessible.Heading
        Accessible.name: text
        // Grows less than body text: the pages need the room.
        font.pixelSize: Math.round(42 * Theme.scale * Math.min(Theme.textScale, 1.25))
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.heading
        wrapMode: Text.WordWrap
    }

    component DoneButton: SecondaryButton {
        objectName: "showDocDoneButton"
        text: qsTr("Done")
        Accessible.description: qsTr("Closes this panel. Your pages stay here.")
        onClicked: panel.docs.done()
    }

    // The parts, placed by one of the two arrangements below.
    component Instructions: ColumnLayout {
        spacing: Theme.gap

        DocumentsPlacement {
            feeder: panel.docs.feeder
            // Once there are pages, the picture has done its job on a narrow panel.
            visible: panel.sideBySide || panel.docs.pageCount === 0
            Layout.fillWidth: true
        }
        WrappingButton {
            objectName: "showDocScanButton"
            visible: !panel.docs.isScanning
            enabled: !panel.docs.isHandingIn
            Layout.fillWidth: true
            minimumHeight: Math.round(Theme.touch * 1.3)
            text: panel.docs.pageCount === 0
                  ? qsTranslate("DocumentsScanPage", "Scan the page")
                  : qsTranslate("DocumentsScanPage", "Scan more pages")
            onClicked: panel.docs.scan()
        }
        RowLayout {
            visible: panel.docs.isScanning
            spacing: Theme.gap
            Layout.fillWidth: true
            BusyIndicator {
                running: panel.docs.isScanning
                implicitWidth: Math.round(56 * Theme.zoom)
                implicitHeight: implicitWidth
                Accessible.ignored: true
            }
            Text {
                objectName: "showDocScanning"
                text: panel.docs.progressText
                font.pixelSize: Theme.large
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                color: Theme.primary
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        ErrorText {
            objectName: "showDocFault"
            text: panel.docs.faultMessage
            Layout.fillWidth: true
        }
        BodyText {
            objectName: "showDocEndNote"
            text: qsTr("Pages you do not hand in are deleted when the call ends.")
            color: Theme.textMuted
            Layout.fillWidth: true
        }
    }

    // Pages shown so far, newest last, under the note that some were handed in.
    component ShownPages: ColumnLayout {
        spacing: Theme.gap
        Rectangle {
            objectName: "showDocHandedIn"
            visible: panel.docs.referenceCode !== ""
            Layout.fillWidth: true
            implicitHeight: handedIn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.success
            ColumnLayout {
                id: handedIn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: Math.round(Theme.gap / 2)
                BodyText {
                    text: "✓ " + qsTr("%n page(s) handed in. They go to your file.", "", panel.docs.handedInCount)
                    font.pixelSize: Theme.large
                    font.weight: Font.DemiBold
                    color: Theme.success
                    Layout.fillWidth: true
                }
                BodyText {
                    text: qsTr("Your reference number")
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "showDocReference"
                    text: panel.docs.referenceCode
                    font.pixelSize: Theme.title
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    font.letterSpacing: 2
                    color: Theme.heading
                    Layout.fillWidth: true
                }
            }
        }
        Repeater {
            model: panel.docs.pages
            delegate: VideoShowDocumentPageCard {
                Layout.fillWidth: true
            }
        }
    }

    component NoPagesYet: BodyText {
        objectName: "showDocNoPages"
        visible: panel.docs.pageCount === 0 && panel.docs.referenceCode === ""
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Your pages will appear here. Your case worker sees them at the same time.")
        font.pixelSize: Theme.large
        color: Theme.textMuted
    }

    // Handing in stays in view under the pages in both arrangements.
    component HandIn: ColumnLayout {
        spacing: Theme.gap
        ErrorText {
            objectName: "showDocError"
            text: panel.docs.errorMessage
            Layout.fillWidth: true
        }
        WrappingButton {
            objectName: "showDocHandInButton"
            visible: panel.docs.pageCount > 0
            enabled: !panel.docs.isHandingIn && !panel.docs.isScanning
            Layout.fillWidth: true
            text: panel.docs.isHandingIn ? qsTr("Handing in your pages …")
                                         : qsTr("Hand in these pages")
            Accessible.description: qsTr("The pages go to your file at the job centre.")
            onClicked: panel.docs.handIn()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            visible: !panel.short
            Layout.fillWidth: true
            spacing: Theme.gap
            Title {
                Layout.fillWidth: true
            }
            DoneButton {}
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: panel.sideBySide ? sideBySideParts : oneColumn
        }
    }

    Component {
        id: sideBySideParts
        RowLayout {
            spacing: Theme.gap

            // Scrolls instead of clipping when large text makes the instructions taller.
            ScrollArea {
                id: instructions
                objectName: "showDocInstructions"
                Layout.preferredWidth: Math.round(panel.width * 0.4)
                Layout.maximumWidth: Layout.preferredWidth
                Layout.fillHeight: true
                contentHeight: instructionColumn.implicitHeight
                onContentHeightChanged: scrollToEnd()
                content: Instructions {
                    id: instructionColumn
                    width: instructions.width - instructions.barWidth
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surfaceMuted

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap

                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        NoPagesYet {
                            anchors.centerIn: parent
                            width: parent.width * 0.85
                        }
                        ScrollArea {
                            id: pagesView
                            objectName: "showDocPages"
                            anchors.fill: parent
                            contentHeight: pageColumn.implicitHeight
                            // The newest page is the one the citizen is talking about.
                            onContentHeightChanged: scrollToEnd()
                            content: ShownPages {
                                id: pageColumn
                                width: pagesView.width - pagesView.barWidth
                            }
                        }
                    }
                    HandIn {
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    Component {
        id: oneColumn
        ColumnLayout {
            spacing: Theme.gap
            ScrollArea {
                id: whole
                objectName: "showDocPages"
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentHeight: column.implicitHeight
                onContentHeightChanged: scrollToEnd()
                content: ColumnLayout {
                    id: column
                    width: whole.width - whole.barWidth
                    spacing: Theme.gap
                    Title {
                        visible: panel.short
                        Layout.fillWidth: true
                    }
                    Instructions {
                        Layout.fillWidth: true
                    }
                    NoPagesYet {
                        Layout.fillWidth: true
                    }
                    ShownPages {
                        Layout.fillWidth: true
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                HandIn {
                    Layout.fillWidth: true
                }
                DoneButton {
                    visible: panel.short
                    Layout.alignment: Qt.AlignBottom
                }
            }
        }
    }
}
