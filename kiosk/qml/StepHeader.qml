import QtQuick
import QtQuick.Layouts

// "Step 2 of 5", a bar of steps, the ways out of the step (help from a person, start over),
// and the step's question. On a narrow screen the two buttons go under the step count. While
// the on-screen keyboard is open (`compact`) the step count gives its room to the field: the
// question and the two buttons share one row.
GridLayout {
    id: header
    property int step: 1
    property int count: 5
    property string title
    property bool compact: false
    // Measured against the room the flow gives (not the header's own width, which follows
    // this choice and would keep a wide row wide).
    readonly property real room: parent ? parent.width : width
    readonly property bool together: progress.implicitWidth + tools.implicitWidth + Theme.gapLarge <= room
    columns: compact ? 2 : (together ? 3 : 1)
    columnSpacing: Theme.gap
    rowSpacing: Theme.gap

    RowLayout {
        id: progress
        visible: !header.compact
        spacing: Theme.gap
        Layout.row: 0
        Layout.column: 0
        Text {
            objectName: "stepIndicator"
            text: qsTr("Step %1 of %2").arg(header.step).arg(header.count)
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            font.weight: Font.DemiBold
            color: Theme.primary
        }
        Repeater {
            model: header.count
            delegate: Rectangle {
                required property int index
                implicitWidth: Math.round(48 * Theme.scale)
                implicitHeight: Math.round(10 * Theme.scale)
                radius: height / 2
                color: index < header.step ? Theme.primary : Theme.border
            }
        }
    }
    Item {
        visible: header.together && !header.compact
        Layout.row: 0
        Layout.column: 1
        Layout.fillWidth: true
    }
    JourneyTools {
        id: tools
        Layout.row: header.compact || header.together ? 0 : 1
        Layout.column: header.compact ? 1 : (header.together ? 2 : 0)
        Layout.alignment: Qt.AlignTop | (header.compact ? Qt.AlignRight : Qt.AlignLeft)
    }
    Text {
        objectName: "stepTitle"
        Accessible.role: Accessible.Heading
        Accessible.name: text
        text: header.title
        // Large already; with large text it grows less than body text, so the step's content
        // keeps its room.
        font.pixelSize: header.compact ? Theme.large
                                       : Math.round(42 * Theme.scale * Math.min(Theme.textScale, 1.25))
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.heading
        wrapMode: Text.WordWrap
        Layout.row: header.compact ? 0 : (header.together ? 1 : 2)
        Layout.column: 0
        Layout.columnSpan: header.compact ? 1 : header.columns
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
    }
}
