import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The languages on the start screen, each in its own name and script, so a citizen finds
// theirs without reading the current one. One tap switches; the chosen one is marked.
Flow {
    id: row
    spacing: Theme.gap
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Languages")

    Repeater {
        model: languages.languages
        delegate: Button {
            id: entry
            required property var modelData
            objectName: "homeLang_" + modelData.code
            text: modelData.name
            implicitHeight: Theme.touch
            // Narrow enough that the seven share one row on a wide screen even with large text.
            implicitWidth: Math.max(Theme.touch * 1.5, label.implicitWidth + 2 * Theme.gap)
            // Names in seven scripts on one row: they grow less than the rest with large text.
            font.pixelSize: Math.round(24 * Theme.scale * Math.min(Theme.textScale, 1.25))
            font.family: Theme.fontFamily
            font.weight: modelData.current ? Font.Bold : Font.Medium
            Accessible.name: modelData.name
            Accessible.checkable: true
            Accessible.checked: modelData.current
            onClicked: languages.select(modelData.code)
            contentItem: Text {
                id: label
                text: entry.text
                font: entry.font
                color: entry.modelData.current ? Theme.primaryText : Theme.primary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: height / 2
                color: entry.modelData.current ? Theme.primary : (entry.down ? Theme.selected : Theme.surface)
                border.width: Theme.borderWidth
                border.color: Theme.primary
            }
        }
    }
}
