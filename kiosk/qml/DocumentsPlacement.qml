import QtQuick
import QtQuick.Layouts

// A picture of how to place the pages: on the glass in the marked corner, or in the feeder.
ColumnLayout {
    id: placement
    property bool feeder: false
    spacing: Theme.gap

    Item {
        objectName: "placementPicture"
        Layout.fillWidth: true
        implicitHeight: Math.round(250 * Theme.scale)
        Accessible.role: Accessible.Graphic
        Accessible.name: caption.text

        // Scanner body, seen from above.
        Rectangle {
            id: body
            width: Math.round(380 * Theme.scale)
            height: Math.round(230 * Theme.scale)
            anchors.centerIn: parent
            radius: Theme.radius
            // Theme colours only: the picture must stay visible in high contrast too.
            color: Theme.textMuted
            // The glass (flatbed) or the feeder's slot.
            Rectangle {
                id: glass
                visible: !placement.feeder
                anchors.fill: parent
                anchors.margins: Math.round(18 * Theme.scale)
                radius: Theme.radius / 2
                color: Theme.selected
                border.color: Theme.primaryAccent
                border.width: Theme.borderWidth
            }
            Rectangle {
                visible: placement.feeder
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.top: parent.top
                anchors.topMargin: Math.round(40 * Theme.scale)
                width: Math.round(250 * Theme.scale)
                height: Math.round(16 * Theme.scale)
                radius: height / 2
                color: Theme.header
            }
        }
        // The page: on the glass in the top corner, or standing in the feeder.
        Rectangle {
            id: sheet
            width: Math.round((placement.feeder ? 210 : 148) * Theme.scale)
            height: Math.round((placement.feeder ? 130 : 196) * Theme.scale)
            x: placement.feeder ? body.x + (body.width - width) / 2 : body.x + Math.round(18 * Theme.scale)
            y: placement.feeder ? body.y - height + Math.round(56 * Theme.scale) : body.y + Math.round(18 * Theme.scale)
            color: Theme.surface
            border.color: Theme.primary
            border.width: 3
            Column {
                anchors.fill: parent
                anchors.margins: Math.round(16 * Theme.scale)
                spacing: Math.round(10 * Theme.scale)
                Repeater {
                    model: placement.feeder ? 4 : 7
                    delegate: Rectangle {
                        required property int index
                        width: index % 3 === 2 ? parent.width * 0.6 : parent.width
                        height: Math.max(3, Math.round(6 * Theme.scale))
                        radius: height / 2
                        color: Theme.border
                    }
                }
            }
        }
        // The marked corner (flatbed) or the direction of feeding.
        Text {
            visible: !placement.feeder
            text: "↖"
            font.pixelSize: Math.round(72 * Theme.scale)
            font.weight: Font.Bold
            color: Theme.primary
            x: sheet.x + sheet.width + Theme.gap
            y: sheet.y + sheet.height / 2 - height / 2
        }
        Text {
            visible: placement.feeder
            text: "↓"
            font.pixelSize: Math.round(72 * Theme.scale)
            font.weight: Font.Bold
            color: Theme.primary
            x: sheet.x + sheet.width + Theme.gap
            y: sheet.y
        }
    }
    BodyText {
        id: caption
        objectName: "placementText"
        text: placement.feeder
              ? qsTr("Put all pages into the feeder, text facing up and the top edge first.")
              : qsTr("Lay one page with the text facing down on the glass, in the corner with the arrow. Close the lid.")
        font.pixelSize: Theme.body
        Layout.fillWidth: true
    }
}
