import QtQuick
import QtQuick.Controls.Basic

// Content that may be taller than its room, and says so: while there is more than fits, a
// wide scroll bar stays visible and a "More below" button sits at the bottom edge until the
// end is reached (a thin bar that only shows while moving is missed by most people).
// `scrollCueShown` is what the accessibility audit (tests/helpers/a11y_audit.py) looks for
// before it accepts a control outside the visible part.
Item {
    id: area
    default property alias content: flick.flickableData
    property alias flickable: flick
    property alias contentY: flick.contentY
    property alias contentHeight: flick.contentHeight
    // Measured against the whole area, not the view: the view is shorter while the cue shows,
    // and measuring against it would switch the cue on and off.
    readonly property bool overflowing: flick.contentHeight > area.height + 1
    readonly property bool atEnd: flick.contentY >= flick.contentHeight - flick.height - 1
    // Off only in the audit's own test, which breaks a screen on purpose.
    property bool cueEnabled: true
    readonly property bool scrollCueShown: overflowing && cueEnabled
    // The bar's width, so content can keep clear of it.
    readonly property int barWidth: scrollCueShown ? bar.width + Theme.gap : 0
    // "More below" has a strip of its own under the content, so it never covers a tile, a
    // title or a button (while typing there is no room for it: the bar alone says it then).
    readonly property int cueStrip: scrollCueShown && !Theme.keyboardOpen
                                    ? moreBelow.implicitHeight + Math.round(Theme.gap / 2) : 0

    // Scrolls so that `item` (inside the content) shows whole, with a little room around it.
    function reveal(item) {
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        const highest = Math.max(0, flick.contentHeight - flick.height)
        const clearance = Math.max(0, Math.min(Theme.gap, flick.height - item.height))
        if (top + item.height > flick.contentY + flick.height - clearance)
            flick.contentY = Math.min(top + item.height - flick.height + clearance, highest)
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - Theme.gap)
    }

    // Scrolls to the end (where a page shows what just changed). Called later, not at once:
    // the view's height settles after the content's (the cue's strip comes with the overflow).
    // (A method, not a closure: Qt skips the later call if the page is gone by then.)
    function scrollToEnd() {
        Qt.callLater(area.scrollToEndNow)
    }
    function scrollToEndNow() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
    }

    // Scrolls so that `item` starts at the top edge: what is above it goes out of sight whole
    // rather than showing cut in half.
    function revealAtTop(item) {
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(top, flick.contentHeight - flick.height))
    }

    // The bar sits beside the content, not over it: on the right, or on the left in a
    // right-to-left language (the anchors mirror), and the content keeps clear of it in both.
    Flickable {
        id: flick
        objectName: area.objectName !== "" ? area.objectName + "Flickable" : ""
        anchors.fill: parent
        anchors.rightMargin: area.barWidth
        anchors.bottomMargin: area.cueStrip
        contentWidth: width
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: bar
    }
    ScrollBar {
        id: bar
        objectName: "scrollBar"
        orientation: Qt.Vertical
        anchors.top: parent.top
        anchors.bottom: flick.bottom
        anchors.right: parent.right
        policy: area.scrollCueShown ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        visible: area.scrollCueShown
        implicitWidth: Math.round(16 * Theme.zoom)
        padding: 2
        contentItem: Rectangle {
            implicitWidth: Math.round(12 * Theme.zoom)
            radius: width / 2
            color: bar.pressed ? Theme.primaryPressed : Theme.primary
        }
        background: Rectangle {
            radius: width / 2
            color: Theme.surfaceMuted
            border.width: Theme.highContrast ? 1 : 0
            border.color: Theme.border
        }
    }

    // "More below": tap it to move on by most of a screen.
    Button {
        id: moreBelow
        objectName: "moreBelow"
        // While typing, the scroll bar alone says it: the field being typed in stays clear.
        visible: area.scrollCueShown && !area.atEnd && !Theme.keyboardOpen
        anchors.right: parent.right
        anchors.rightMargin: area.barWidth
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Math.round(Theme.gap / 4)
        implicitHeight: Math.max(48, Math.round(52 * Theme.zoom))
        leftPadding: Theme.gapLarge
        rightPadding: Theme.gapLarge
        implicitWidth: moreRow.implicitWidth + leftPadding + rightPadding
        focusPolicy: Qt.NoFocus
        text: qsTr("More below")
        Accessible.name: text
        Accessible.description: qsTr("Shows the rest of this page.")
        onClicked: flick.contentY = Math.min(flick.contentY + flick.height * 0.8,
                                             flick.contentHeight - flick.height)
        contentItem: Row {
            id: moreRow
            spacing: Math.round(Theme.gap / 2)
            Text {
                text: moreBelow.text
                font.pixelSize: Theme.body
                font.family: Theme.fontFamily
                font.weight: Font.DemiBold
                color: Theme.headerText
                anchors.verticalCenter: parent.verticalCenter
            }
            Image {
                readonly property int side: Math.round(Theme.body * 1.1)
                width: side
                height: side
                sourceSize: Qt.size(side, side)
                anchors.verticalCenter: parent.verticalCenter
                Accessible.ignored: true
                source: "data:image/svg+xml;utf8," + encodeURIComponent(
                    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M5 8.5l7 7 7-7"'
                    + ' fill="none" stroke="' + Theme.headerText + '" stroke-width="3"'
                    + ' stroke-linecap="round" stroke-linejoin="round"/></svg>')
            }
        }
        // Dark with a light rim: it must stand out on the page and on a tile alike.
        background: Rectangle {
            radius: height / 2
            color: Theme.header
            opacity: moreBelow.down ? 0.8 : 1.0
            border.width: Theme.borderWidth
            border.color: Theme.headerText
        }
    }
}
