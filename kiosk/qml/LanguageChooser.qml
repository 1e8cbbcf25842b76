import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The large language list: every language in its own name and script, so a citizen finds
// theirs without reading the current one. Choosing keeps everything already entered.
Rectangle {
    id: chooser
    objectName: "languageChooser"
    property bool open: false
    // Read-aloud reads this layer while it is open (see kiosk/reading.py).
    readonly property bool readingScope: true
    visible: open
    color: Theme.overlay

    // A touch beside the list closes it, as people expect from a pop-up.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onClicked: chooser.open = false
    }

    Rectangle {
        id: panel
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Math.round(1200 * Theme.zoom))
        height: Math.min(parent.height - 2 * Theme.gap, content.implicitHeight + 2 * Theme.gapLarge)
        radius: Theme.radius * 2
        color: Theme.surface
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.border

        MouseArea {
            anchors.fill: parent  // touches on the panel itself do not close it
        }

        ScrollArea {
            id: scroll
            anchors.fill: parent
            anchors.margins: Theme.gapLarge
            contentHeight: content.implicitHeight

            content: ColumnLayout {
                id: content
                width: scroll.width - scroll.barWidth
                spacing: Theme.gapLarge

                Text {
                    objectName: "languageChooserTitle"
                    text: qsTr("Choose your language")
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                    font.pixelSize: Theme.title
                    font.family: Theme.fontFamily
                    font.weight: Font.Bold
                    color: Theme.heading
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                GridLayout {
                    columns: content.width >= Math.round(760 * Theme.zoom) ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Layout.fillWidth: true
                    Repeater {
                        model: languages.languages
                        delegate: Button {
                            id: entry
                            required property var modelData
                            objectName: "lang_" + modelData.code
                            text: modelData.name
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            implicitHeight: Math.max(Math.round(Theme.touch * 1.2), label.implicitHeight + Theme.gap)
                            font.pixelSize: Theme.large
                            font.family: Theme.fontFamily
                            font.weight: modelData.current ? Font.Bold : Font.DemiBold
                            Accessible.name: modelData.name
                            Accessible.checkable: true
                            Accessible.checked: modelData.current
                            onClicked: {
                                // Close first: choosing rebuilds this list, and this button with it.
                                const code = modelData.code
                                chooser.open = false
                                languages.select(code)
                            }
                            contentItem: RowLayout {
                                spacing: Theme.gap
                                Text {
                                    id: label
                                    text: entry.text
                                    font: entry.font
                                    color: entry.modelData.current ? Theme.primaryText : Theme.text
                                    wrapMode: Text.Wrap
                                    verticalAlignment: Text.AlignVCenter
                                    Layout.fillWidth: true
                                    Layout.leftMargin: Theme.gap
                                }
                                Icon {
                                    name: "check"
                                    visible: entry.modelData.current
                                    color: Theme.primaryText
                                    Layout.rightMargin: Theme.gap
                                }
                            }
                            background: Rectangle {
                                radius: Theme.radius
                                color: entry.modelData.current ? Theme.primary
                                     : (entry.down ? Theme.selected : Theme.surface)
                                border.width: Theme.borderWidth
                                border.color: entry.modelData.current ? Theme.primary : Theme.border
                            }
                        }
                    }
                }
                SecondaryButton {
                    objectName: "closeLanguageChooser"
                    text: qsTr("Close")
                    Layout.alignment: Qt.AlignRight
                    onClicked: chooser.open = false
                }
            }
        }
    }
}
