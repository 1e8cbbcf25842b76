import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One service on the home screen: a large tile with a symbol, its name and one line on what
// happens. All services look the same, so none seems more official than the others.
// `stacked` (tiles side by side) puts the symbol above the words; otherwise the tile is a
// wide row (tiles one below the other, when large text leaves too little room side by side).
Button {
    id: tile
    property string title
    property string explanation
    property string symbol  // "phone", "document" or "camera"
    property bool stacked: true
    // Side by side with large text: the title shares its row with the arrow, without the
    // symbol, and the explanation is a size smaller, so that every tile's name is on the
    // screen at once (the title keeps its size: it is what people look for).
    readonly property bool compact: stacked && Theme.textScale > 1

    readonly property int symbolCircle: Math.round((stacked ? 80 : 88) * Theme.zoom)
    readonly property var shapes: ({
        "phone": '<path d="M6.6 10.8a15.2 15.2 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z" fill="C"/>',
        "document": '<path d="M6 2h8l5 5v15H6z" fill="none" stroke="C" stroke-width="2"/><path d="M14 2v5h5" fill="none" stroke="C" stroke-width="2"/><path d="M9 12h7M9 15.5h7M9 19h5" stroke="C" stroke-width="1.8"/>',
        "camera": '<rect x="2" y="6" width="13" height="12" rx="2" fill="C"/><path d="M16 10l6-3.5v11L16 14z" fill="C"/>'
    })

    Accessible.name: title
    Accessible.description: explanation
    implicitWidth: Math.round(480 * Theme.zoom)
    implicitHeight: contentItem.implicitHeight + topPadding + bottomPadding
    padding: compact ? Math.round(Theme.gapLarge * 0.75) : Theme.gapLarge
    topPadding: compact ? Theme.gap : Math.round(Theme.gapLarge * 0.8)
    bottomPadding: topPadding

    background: Rectangle {
        radius: Theme.radius * 1.5
        color: tile.down ? Theme.primaryPressed : Theme.primary
        // A pressed tile must look pressed in high contrast too (yellow turns white there).
        border.width: tile.visualFocus ? Theme.borderWidth * 2 : 0
        border.color: Theme.focus
    }

    component Symbol: Rectangle {
        implicitWidth: tile.symbolCircle
        implicitHeight: implicitWidth
        radius: width / 2
        color: Theme.primaryAccent
        Accessible.ignored: true
        Image {
            anchors.centerIn: parent
            width: Math.round(parent.width * 0.5)
            height: width
            sourceSize: Qt.size(width, height)
            fillMode: Image.PreserveAspectFit
            source: "data:image/svg+xml;utf8," + encodeURIComponent(
                '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
                + (tile.shapes[tile.symbol] || "").replace(/"C"/g, '"' + Theme.primaryText + '"')
                + "</svg>")
        }
    }

    // Drawn, not a "›" glyph: the Unicode bidi algorithm would mirror a glyph a second time.
    component Chevron: Image {
        readonly property int side: Math.round(48 * Theme.zoom)
        width: side
        height: side
        Layout.preferredWidth: side
        Layout.preferredHeight: side
        sourceSize: Qt.size(side, side)
        mirror: tile.LayoutMirroring.enabled
        Accessible.ignored: true
        source: "data:image/svg+xml;utf8," + encodeURIComponent(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M8.5 4l8 8-8 8"'
            + ' fill="none" stroke="' + Theme.primaryText + '" stroke-width="3"'
            + ' stroke-linecap="round" stroke-linejoin="round"/></svg>')
    }

    component Title: Text {
        objectName: tile.objectName + "Title"
        text: tile.title
        font.pixelSize: Math.round(38 * Theme.zoom)
        font.family: Theme.fontFamily
        font.weight: Font.Bold
        color: Theme.primaryText
        wrapMode: Text.WordWrap
        lineHeight: 1.05
        Accessible.ignored: true
    }

    component Explanation: Text {
        text: tile.explanation
        font.pixelSize: tile.compact ? Theme.body : Theme.large
        font.family: Theme.fontFamily
        color: Theme.primaryTextMuted
        wrapMode: Text.WordWrap
        lineHeight: 1.1
        Accessible.ignored: true
    }

    contentItem: Item {
        implicitHeight: tile.stacked ? stackedColumn.implicitHeight : rowLayout.implicitHeight

        // Side by side: symbol and arrow, then name and explanation.
        ColumnLayout {
            id: stackedColumn
            visible: tile.stacked
            anchors.fill: parent
            spacing: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Symbol {
                    visible: !tile.compact
                }
                Item {
                    visible: !tile.compact
                    Layout.fillWidth: true
                }
                Title {
                    visible: tile.compact
                    Layout.fillWidth: true
                }
                Chevron {
                    Layout.alignment: tile.compact ? Qt.AlignTop : Qt.AlignVCenter
                }
            }
            Title {
                visible: !tile.compact
                Layout.fillWidth: true
            }
            Explanation {
                Layout.fillWidth: true
            }
            Item {
                Layout.fillHeight: true
            }
        }

        // One below the other: symbol, then the words, then the arrow.
        RowLayout {
            id: rowLayout
            visible: !tile.stacked
            anchors.fill: parent
            spacing: Theme.gapLarge
            Symbol {}
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Title {
                    Layout.fillWidth: true
                }
                Explanation {
                    Layout.fillWidth: true
                }
            }
            Chevron {}
        }
    }
}
