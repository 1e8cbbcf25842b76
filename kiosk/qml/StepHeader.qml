import QtQuick
import QtQuick.Layouts

// "Step 2 of 5", a bar of steps, the ways out of the step (help from a person, start over),
// and the step's question. On a narrow screen the two buttons go under the step count.
ColumnLayout {
    id: header
    property int step: 1
    property int count: 5
    property string title
    // While the on-screen keyboard is open the step count gives its room to the field; help
    // and "Start over" stay.
    property bool compact: false
    spacing: Theme.gap

    GridLayout {
        id: top
        // Measured against the room the flow gives (not the header's own width, which follows
        // this choice and would keep a wide row wide).
        readonly property bool together: progress.implicitWidth + tools.implicitWidth + Theme.gapLarge
                                         <= (header.parent ? header.parent.width : header.width)
        columns: together ? 3 : 1
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap
        Layout.fillWidth: true

        RowLayout {
            id: progress
            visible: !header.compact
            spacing: Theme.gap
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
            visible: top.together
            Layout.fillWidth: true
        }
        JourneyTools {
            id: tools
            Layout.alignment: header.compact ? Qt.AlignRight : Qt.AlignLeft
        }
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
        Layout.fillWidth: true
    }
}
