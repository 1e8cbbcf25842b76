import QtQuick
import QtQuick.Layouts

// What every receipt has: a tick and what was saved, the screen's own lines, a QR code to
// photograph (the reference number and our phone number, nothing about the citizen), and
// when the screen closes, with "Done". It stays at least two minutes (timeouts.receipt_seconds).
CentredPage {
    id: receipt
    property alias title: heading.text
    property string titleName
    property string countdownName
    property string doneName
    default property alias lines: body.data

    RowLayout {
        spacing: Theme.gapLarge
        Layout.fillWidth: true
        Rectangle {
            implicitWidth: Math.round(88 * Theme.zoom)
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.success
            Layout.alignment: Qt.AlignTop
            Text {
                anchors.centerIn: parent
                text: "✓"
                font.pixelSize: Math.round(56 * Theme.zoom)
                font.weight: Font.Bold
                color: Theme.primaryText
            }
        }
        Text {
            id: heading
            objectName: receipt.titleName
            Accessible.role: Accessible.Heading
            Accessible.name: text
            font.pixelSize: Theme.title
            font.family: Theme.fontFamily
            font.weight: Font.Bold
            color: Theme.heading
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    GridLayout {
        // The QR code beside the lines where there is room, below them where not.
        columns: receipt.columnWidth >= Math.round(1000 * Theme.zoom) ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gapLarge
        Layout.fillWidth: true
        ColumnLayout {
            id: body
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            objectName: "receiptQr"
            spacing: Theme.gap
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            Layout.maximumWidth: Math.round(340 * Theme.zoom)
            Rectangle {
                // The code on white with its quiet zone, in both colour sets: phones read
                // dark on light.
                implicitWidth: Math.round(260 * Theme.zoom)
                implicitHeight: implicitWidth
                color: "#FFFFFF"
                radius: Theme.radius / 2
                border.width: Theme.highContrast ? Theme.borderWidth : 1
                border.color: Theme.border
                Layout.alignment: Qt.AlignHCenter
                Image {
                    objectName: "receiptQrImage"
                    anchors.fill: parent
                    anchors.margins: Math.round(8 * Theme.zoom)
                    source: shell.receiptQr
                    sourceSize: Qt.size(width, height)
                    smooth: false
                    fillMode: Image.PreserveAspectFit
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("QR code with your reference number and our phone number")
                }
            }
            Text {
                text: qsTr("Photograph this code with your phone: it holds the reference number and our phone number.")
                font.pixelSize: Theme.small
                font.family: Theme.fontFamily
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }
    GridLayout {
        id: closing
        columns: receipt.columnWidth >= Math.round(800 * Theme.zoom) ? 2 : 1
        columnSpacing: Theme.gapLarge
        rowSpacing: Theme.gap
        Layout.fillWidth: true
        BodyText {
            objectName: receipt.countdownName
            text: qsTr("This screen closes by itself in %1.").arg(shell.receiptTimeLeft)
            color: Theme.textMuted
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
        PrimaryButton {
            objectName: receipt.doneName
            text: qsTr("Done")
            Layout.fillWidth: closing.columns === 1
            onClicked: shell.reset()
        }
    }
}
