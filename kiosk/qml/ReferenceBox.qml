import QtQuick
import QtQuick.Layouts

// A reference number on a line of its own: large, spaced for reading it out on the phone,
// always left to right (inside Arabic too). Several numbers ("A, B") get a line each.
ColumnLayout {
    id: box
    property string code
    // The code's Text is called `name` (tests read it there), further codes `name_1`, `name_2`.
    property string name
    property string label: qsTr("Your reference number")
    readonly property var codes: code === "" ? [] : code.split(", ")
    spacing: Math.round(Theme.gap / 2)

    Text {
        text: box.codes.length > 1 ? qsTr("Your reference numbers") : box.label
        font.pixelSize: Theme.body
        font.family: Theme.fontFamily
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Repeater {
        model: box.codes
        delegate: Text {
            required property string modelData
            required property int index
            objectName: index === 0 ? box.name : box.name + "_" + index
            // A code is a row of Latin letters and digits: never mirrored, never broken.
            text: Theme.ltr(modelData)
            font.pixelSize: Theme.display
            font.family: "DejaVu Sans Mono"
            font.weight: Font.Bold
            font.letterSpacing: Math.round(Theme.display * 0.2)
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.round(Theme.display * 0.5)
            color: Theme.heading
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.name: modelData.split("").join(" ")
        }
    }
}
