import QtQuick
import QtQuick.Layouts

// "Step 2 of 5", a bar of steps, and the step's question.
ColumnLayout {
    id: header
    property int step: 1
    property int count: 5
    property string title
    spacing: Theme.gap

    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
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
                implicitWidth: Math.round(56 * Theme.scale)
                implicitHeight: Math.round(10 * Theme.scale)
                radius: height / 2
                color: index < header.step ? Theme.primary : Theme.border
            }
        }
    }
    Text {
        objectName: "stepTitle"
        Accessible.role: Accessible.Heading
        Accessible.name: text
        text: header.title
        font.pixelSize: Theme.title
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.heading
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
