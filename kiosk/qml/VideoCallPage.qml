import QtQuick
import QtQuick.Layouts
import Buergerterminal.Video

// The call: the colleague large, yourself small, and big controls within reach. Showing a
// document opens a panel beside the colleague, who stays in view (smaller); the controls stay.
Rectangle {
    id: callPage

    // One line about who is in the call, light on dark over the picture; hidden when empty.
    component PartyLine: Item {
        property alias text: line.text
        property alias textName: line.objectName
        visible: line.text !== ""
        implicitHeight: line.implicitHeight + Theme.gap
        // Anchored, not placed by x: right-to-left languages mirror them to the right.
        Rectangle {
            anchors.left: parent.left
            width: Math.min(line.implicitWidth + 2 * Theme.gap, parent.width)
            height: parent.height
            radius: Theme.radius
            color: "#CC10202E"
        }
        Text {
            id: line
            anchors.left: parent.left
            anchors.leftMargin: Theme.gap
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, parent.width - 2 * Theme.gap)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.body
            font.family: Theme.fontFamily
            color: "#FFFFFF"
        }
    }
    readonly property var docs: video.documentsModel
    readonly property var parties: video.partiesModel
    readonly property bool showing: docs !== null && docs.panelOpen && video.canShowDocument
    // On an upright or nearly square screen the panel goes under the colleague, across the
    // whole width: beside the picture it would be a narrow column where pages and long words
    // (Leichte Sprache, large text) no longer fit.
    readonly property bool panelBelow: width < height * 1.6
    color: "#10202E"

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: callPage.panelBelow ? 1 : 2
            rowSpacing: 0
            columnSpacing: 0

            Item {
                readonly property bool above: callPage.showing && callPage.panelBelow
                Layout.fillWidth: true
                // Above the panel the colleague keeps a fifth of the height (still seen,
                // still heard); the pages and their buttons get the rest.
                Layout.fillHeight: !above
                Layout.preferredHeight: above ? Math.round(callPage.height * 0.2) : -1

                VideoSurface {
                    id: remote
                    objectName: "remoteVideo"
                    anchors.fill: parent
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("The colleague you are talking to")
                    Component.onCompleted: video.attach("remote", remote)
                }
                Text {
                    anchors.centerIn: parent
                    visible: !(remote && remote.hasPicture)
                    text: qsTr("The picture is on its way …")
                    width: parent.width - 2 * Theme.gap
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.large
                    font.family: Theme.fontFamily
                    color: "#FFFFFF"
                }

                // Who the citizen talks to: the colleague, and an interpreter who joined or left.
                Column {
                    objectName: "callParties"
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: Theme.gapLarge * 2 + Math.round(44 * Theme.zoom)
                    anchors.leftMargin: Theme.gapLarge
                    anchors.rightMargin: Math.round((callPage.showing ? 200 : 320) * Theme.zoom)
                                         + Theme.gapLarge * 2
                    spacing: Theme.gap / 2
                    PartyLine {
                        textName: "staffLine"
                        text: callPage.parties.staffLine
                        width: parent.width
                    }
                    PartyLine {
                        textName: "interpreterLine"
                        text: callPage.parties.interpreterLine
                        width: parent.width
                    }
                }

                // The interpreter's picture, when they joined with their camera.
                Rectangle {
                    visible: callPage.parties.interpreterVideo
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.gapLarge
                    // Smaller beside pages; never more than half the picture's height.
                    height: Math.min(Math.round((callPage.showing ? 150 : 240) * Theme.zoom),
                                     Math.round(parent.height * 0.5))
                    width: Math.round(height * 4 / 3)
                    radius: Theme.radius
                    color: "#1E3347"
                    border.width: 3
                    border.color: "#FFFFFF"
                    clip: true
                    VideoSurface {
                        id: interpreterView
                        objectName: "interpreterVideo"
                        anchors.fill: parent
                        anchors.margins: 3
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("The interpreter")
                        Component.onCompleted: video.attach("interpreter", interpreterView)
                    }
                }

                // The link dropped and the terminal is reconnecting the same call.
                Rectangle {
                    objectName: "reconnecting"
                    visible: callPage.parties.reconnecting
                    anchors.fill: parent
                    color: "#B310202E"
                    ColumnLayout {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 2 * Theme.gapLarge, Theme.contentWidth)
                        spacing: Theme.gap
                        Text {
                            objectName: "reconnectingLine"
                            text: callPage.parties.reconnectingLine
                            Accessible.role: Accessible.Heading
                            Accessible.name: text
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.title
                            font.family: Theme.fontFamily
                            font.weight: Font.Bold
                            color: "#FFFFFF"
                            Layout.fillWidth: true
                        }
                        Text {
                            text: callPage.parties.reconnectingHint
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.large
                            font.family: Theme.fontFamily
                            color: "#FFFFFF"
                            Layout.fillWidth: true
                        }
                    }
                }

                Rectangle {
                    objectName: "callQuality"
                    anchors.left: parent.left
                    anchors.top: parent.top
                    anchors.margins: Theme.gapLarge
                    implicitWidth: qualityRow.implicitWidth + 2 * Theme.gap
                    implicitHeight: qualityRow.implicitHeight + Theme.gap
                    radius: height / 2
                    color: "#CC10202E"
                    RowLayout {
                        id: qualityRow
                        anchors.centerIn: parent
                        spacing: Theme.gap
                        Row {
                            spacing: 3
                            Layout.alignment: Qt.AlignVCenter
                            Repeater {
                                model: 3
                                delegate: Rectangle {
                                    required property int index
                                    readonly property int lit: ({"good": 3, "fair": 2, "poor": 1})[video.quality] ?? 0
                                    width: Math.round(8 * Theme.zoom)
                                    height: Math.round((10 + 8 * index) * Theme.zoom)
                                    anchors.bottom: parent.bottom
                                    radius: 2
                                    color: index < lit ? (lit === 1 ? "#FF9C9C" : "#7FD8B0") : "#4D6A85"
                                }
                            }
                        }
                        Text {
                            objectName: "callQualityText"
                            text: ({
                                "good": qsTr("Good connection"),
                                "fair": qsTr("The picture may be jerky"),
                                "poor": qsTr("Weak connection")
                            })[video.quality] ?? qsTr("Connecting the picture …")
                            font.pixelSize: Theme.body
                            font.family: Theme.fontFamily
                            color: "#FFFFFF"
                        }
                    }
                }

                Rectangle {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.gapLarge
                    // Smaller beside pages; never more than half the picture's height.
                    height: Math.min(Math.round((callPage.showing ? 150 : 240) * Theme.zoom),
                                     Math.round(parent.height * 0.5))
                    width: Math.round(height * 4 / 3)
                    radius: Theme.radius
                    color: "#1E3347"
                    border.width: 3
                    border.color: "#FFFFFF"
                    clip: true
                    VideoSurface {
                        id: selfView
                        objectName: "selfView"
                        anchors.fill: parent
                        anchors.margins: 3
                        mirrored: true
                        Accessible.ignored: true
                        Component.onCompleted: video.attach("self", selfView)
                    }
                    Rectangle {
                        visible: video.muted
                        anchors.left: parent.left
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.gap
                        width: Math.round(48 * Theme.zoom)
                        height: width
                        radius: width / 2
                        color: Theme.error
                        VideoIcon {
                            anchors.centerIn: parent
                            name: "micOff"
                            color: "#FFFFFF"
                            size: Math.round(30 * Theme.zoom)
                        }
                    }
                }
            }

            Loader {
                active: callPage.showing
                visible: active
                Layout.fillHeight: true
                Layout.fillWidth: callPage.panelBelow
                Layout.preferredWidth: callPage.panelBelow ? -1 : Math.round(callPage.width * 0.66)
                Layout.margins: Theme.gap
                sourceComponent: VideoShowDocumentPanel {
                    objectName: "showDocPanel"
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: controls.implicitHeight + 2 * Theme.gap
            color: Theme.surfaceMuted
            // The controls in a row, or in two when large text makes them wider than the screen.
            Flow {
                id: controls
                readonly property real needed: {
                    let sum = 0
                    for (let i = 0; i < children.length; ++i)
                        sum += children[i].visible ? children[i].implicitWidth + spacing : 0
                    return sum - spacing
                }
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(needed, parent.width - 2 * Theme.gap)
                spacing: Theme.gapLarge
                // A switch, not an alternating label: it says how the microphone is now
                // (bold) and what a tap does (below), and looks pressed while it is off.
                VideoCallButton {
                    objectName: "muteButton"
                    iconName: video.muted ? "micOff" : "mic"
                    text: video.muted ? qsTr("Microphone is off") : qsTr("Microphone is on")
                    hint: video.muted ? qsTr("Tap to switch it on") : qsTr("Tap to switch it off")
                    fill: video.muted ? Theme.errorBackground : Theme.surface
                    ink: video.muted ? Theme.error : Theme.primary
                    Accessible.role: Accessible.CheckBox
                    Accessible.checkable: true
                    Accessible.checked: !video.muted
                    Accessible.name: qsTr("Microphone")
                    Accessible.description: text + ". " + hint
                    onClicked: video.toggleMute()
                }
                VideoCallButton {
                    objectName: "showDocumentButton"
                    // With the panel under the picture its "Done" closes it: the controls keep
                    // to one row, leaving the height to the pages.
                    visible: callPage.docs !== null && !(callPage.showing && callPage.panelBelow)
                    enabled: video.canShowDocument
                    iconName: "document"
                    text: qsTr("Show a document")
                    fill: callPage.showing ? Theme.selected : Theme.surface
                    onClicked: callPage.showing ? callPage.docs.done() : callPage.docs.open()
                }
                VideoCallButton {
                    objectName: "hangUpButton"
                    iconName: "hangUp"
                    text: qsTr("End the call")
                    fill: Theme.error
                    ink: Theme.primaryText
                    onClicked: video.hangUp()
                }
            }
        }
    }
}
