import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// Admin mode for IT, laid over the whole window (created by kiosk.admin.overlay, not Main.qml).
// The hidden gesture: five taps in the top-left corner within three seconds. The taps pass
// through to whatever lies below, so the corner stays usable for citizens.
Item {
    id: overlay
    objectName: "adminOverlay"
    anchors.fill: parent
    z: 1000
    // The on-screen keyboard (Main.qml's input panel) must stay visible and tappable below.
    readonly property real keyboardHeight: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0

    MouseArea {
        objectName: "adminCorner"
        width: 96
        height: 96
        anchors.top: parent.top
        anchors.left: parent.left
        visible: admin.state === "closed"
        onPressed: function (mouse) {
            admin.cornerTapped()
            mouse.accepted = false
        }
    }

    // ---- the PIN -------------------------------------------------------------------------
    Rectangle {
        objectName: "adminPinScreen"
        width: parent.width
        height: parent.height - overlay.keyboardHeight
        visible: admin.state === "pin"
        color: "#F2163A5F"
        MouseArea { anchors.fill: parent; onPressed: admin.touch() }

        Rectangle {
            anchors.centerIn: parent
            width: 560
            height: pinColumn.implicitHeight + 64
            radius: 12
            color: "#FFFFFF"
            ColumnLayout {
                id: pinColumn
                anchors.fill: parent
                anchors.margins: 32
                spacing: 16
                Text {
                    text: qsTr("Admin mode")
                    font.pixelSize: 36
                    font.weight: Font.Bold
                    color: "#163A5F"
                }
                TextField {
                    id: pinField
                    objectName: "adminPinField"
                    Layout.fillWidth: true
                    implicitHeight: 64
                    font.pixelSize: 32
                    // Never shown, never read aloud: password echo, no predictions, no memory.
                    echoMode: TextInput.Password
                    passwordCharacter: "•"
                    inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        | Qt.ImhHiddenText | Qt.ImhNoAutoUppercase
                    placeholderText: qsTr("PIN")
                    Accessible.name: qsTr("PIN")
                    Accessible.passwordEdit: true
                    enabled: !admin.checking && admin.waitSeconds === 0
                    onAccepted: pinOk.clicked()
                    Connections {
                        target: admin
                        function onChanged() {
                            if (admin.state !== "pin") pinField.clear()
                        }
                    }
                }
                Text {
                    objectName: "adminPinMessage"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 24
                    color: "#A4262C"
                    text: admin.waitSeconds > 0
                        ? qsTr("Wrong PIN. Try again in %1 s.").arg(admin.waitSeconds)
                        : admin.pinMessage
                    visible: text.length > 0
                }
                RowLayout {
                    spacing: 16
                    Button {
                        id: pinOk
                        objectName: "adminPinOk"
                        text: qsTr("Open")
                        implicitHeight: 64
                        implicitWidth: 200
                        font.pixelSize: 28
                        enabled: pinField.enabled && pinField.text.length > 0
                        onClicked: {
                            admin.submitPin(pinField.text)
                            pinField.clear()
                        }
                    }
                    Button {
                        objectName: "adminPinCancel"
                        text: qsTr("Cancel")
                        implicitHeight: 64
                        implicitWidth: 200
                        font.pixelSize: 28
                        onClicked: admin.close()
                    }
                }
            }
        }
    }

    // A button whose words wrap (German labels are long) instead of being cut off.
    component AdminButton: Button {
        id: adminButton
        implicitHeight: Math.max(64, wrappingLabel.implicitHeight + 16)
        font.pixelSize: 22
        contentItem: Text {
            id: wrappingLabel
            text: adminButton.text
            font: adminButton.font
            color: adminButton.enabled ? "#1E2A36" : "#6B7280"
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    // ---- the admin screen ------------------------------------------------------------------
    // Findings in words; exact device strings, full ids and exception classes behind "Details".
    // Two columns on a wide screen, one on an upright one; scrolls when it does not fit.
    Rectangle {
        objectName: "adminScreen"
        width: parent.width
        height: parent.height - overlay.keyboardHeight
        visible: admin.state === "open"
        color: "#F7F4EE"
        MouseArea {
            anchors.fill: parent
            onPressed: function (mouse) { admin.touch(); mouse.accepted = false }
        }

        Flickable {
            id: adminFlick
            anchors.fill: parent
            anchors.margins: 32
            contentWidth: width
            contentHeight: adminGrid.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: adminFlick.contentHeight > adminFlick.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }

            GridLayout {
                id: adminGrid
                width: adminFlick.width - 24
                columns: width >= 1500 ? 2 : 1
                columnSpacing: 32
                rowSpacing: 24

                ColumnLayout {
                    Layout.preferredWidth: adminGrid.columns === 2 ? adminGrid.width * 0.5 : adminGrid.width
                    Layout.alignment: Qt.AlignTop
                    spacing: 12
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            text: qsTr("Admin mode")
                            font.pixelSize: 40
                            font.weight: Font.Bold
                            color: "#163A5F"
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "adminDetails"
                            text: admin.showDetails ? qsTr("Hide details") : qsTr("Details")
                            checkable: true
                            checked: admin.showDetails
                            implicitHeight: 56
                            font.pixelSize: 20
                            Accessible.name: text
                            onClicked: admin.toggleDetails()
                        }
                    }
                    Repeater {
                        model: admin.rows
                        delegate: GridLayout {
                            required property var modelData
                            columns: 2
                            columnSpacing: 16
                            rowSpacing: 2
                            Layout.fillWidth: true
                            Text {
                                text: modelData.label
                                font.pixelSize: 22
                                font.weight: Font.DemiBold
                                color: "#4F5D6B"
                                wrapMode: Text.WordWrap
                                Layout.preferredWidth: 220
                                Layout.alignment: Qt.AlignTop
                            }
                            Text {
                                objectName: "adminRow_" + modelData.key
                                text: modelData.value
                                font.pixelSize: 22
                                font.family: modelData.monospace ? "DejaVu Sans Mono" : "Noto Sans"
                                color: "#1E2A36"
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Item { visible: detailText.visible; implicitWidth: 1 }
                            Text {
                                id: detailText
                                objectName: "adminDetail_" + modelData.key
                                visible: admin.showDetails && modelData.detail !== ""
                                text: modelData.detail
                                font.pixelSize: 16
                                font.family: "DejaVu Sans Mono"
                                color: "#4F5D6B"
                                wrapMode: Text.WrapAnywhere
                                Layout.fillWidth: true
                            }
                        }
                    }
                    Text {
                        objectName: "adminScanMessage"
                        text: admin.scanMessage
                        visible: text.length > 0
                        font.pixelSize: 20
                        color: "#1E2A36"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "adminScanDetail"
                        text: admin.scanDetail
                        visible: admin.showDetails && text.length > 0
                        font.pixelSize: 16
                        font.family: "DejaVu Sans Mono"
                        color: "#4F5D6B"
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "adminSyncMessage"
                        text: admin.syncMessage
                        visible: text.length > 0
                        font.pixelSize: 20
                        color: "#1E2A36"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "adminFailureDetail"
                        text: admin.failureDetail
                        visible: admin.showDetails && text.length > 0
                        font.pixelSize: 16
                        font.family: "DejaVu Sans Mono"
                        color: "#4F5D6B"
                        wrapMode: Text.WrapAnywhere
                        Layout.fillWidth: true
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 12
                    GridLayout {
                        columns: adminGrid.width >= 900 ? 3 : 2
                        columnSpacing: 12
                        rowSpacing: 12
                        Layout.fillWidth: true
                        Repeater {
                            model: [
                                { name: "adminRefresh", label: qsTr("Refresh"), busy: "report" },
                                { name: "adminTestScan", label: qsTr("Scan a test page"), busy: "scan" },
                                { name: "adminForceSync", label: qsTr("Send queue now"), busy: "sync" },
                                { name: "adminShowLog", label: qsTr("Show log"), busy: "" },
                                { name: "adminRestart", label: qsTr("Restart app"), busy: "" },
                                { name: "adminClose", label: qsTr("Leave admin mode"), busy: "" }
                            ]
                            delegate: AdminButton {
                                required property var modelData
                                objectName: modelData.name
                                text: modelData.label
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                enabled: modelData.busy === "" || admin.busy.indexOf(modelData.busy) < 0
                                onClicked: {
                                    if (modelData.name === "adminRefresh") admin.refresh()
                                    else if (modelData.name === "adminTestScan") admin.testScan()
                                    else if (modelData.name === "adminForceSync") admin.forceSync()
                                    else if (modelData.name === "adminShowLog") admin.showLog()
                                    else if (modelData.name === "adminRestart") admin.restartApp()
                                    else admin.close()
                                }
                            }
                        }
                    }
                    Text { text: qsTr("Enroll again"); font.pixelSize: 24; font.weight: Font.DemiBold; color: "#163A5F" }
                    GridLayout {
                        columns: adminGrid.width >= 900 ? 3 : 1
                        columnSpacing: 12
                        rowSpacing: 12
                        Layout.fillWidth: true
                        TextField { id: enrollUrl; objectName: "adminEnrollUrl"; placeholderText: qsTr("Office URL"); Accessible.name: placeholderText; font.pixelSize: 20; implicitHeight: 56; Layout.fillWidth: true }
                        TextField { id: enrollToken; objectName: "adminEnrollToken"; placeholderText: qsTr("Enrollment token"); Accessible.name: placeholderText; font.pixelSize: 20; implicitHeight: 56; Layout.fillWidth: true; inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText }
                        Button {
                            objectName: "adminEnroll"
                            text: qsTr("Enroll")
                            implicitHeight: 56
                            font.pixelSize: 20
                            enabled: enrollUrl.text.length > 0 && enrollToken.text.length > 0
                            onClicked: admin.reenroll(enrollUrl.text, enrollToken.text)
                        }
                    }
                    Text { objectName: "adminEnrollMessage"; text: admin.enrollMessage; visible: text.length > 0; font.pixelSize: 20; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    TextArea {
                        objectName: "adminLog"
                        visible: admin.logText.length > 0
                        text: admin.logText
                        readOnly: true
                        font.family: "DejaVu Sans Mono"
                        font.pixelSize: 14
                        wrapMode: TextEdit.WrapAnywhere
                        Accessible.name: qsTr("Log")
                        Layout.fillWidth: true
                        background: Rectangle { color: "#FFFFFF"; border.color: "#8C8472" }
                    }
                }
            }
        }
    }
}
