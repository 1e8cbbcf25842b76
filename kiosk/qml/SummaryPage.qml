import QtQuick
import QtQuick.Layouts

ScrollPage {
    BodyText {
        text: qsTr("Please check your details. Tap “Change” to correct something.")
        color: Theme.textMuted
        Layout.fillWidth: true
    }
    ColumnLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        SummaryRow {
            objectName: "summaryConcern"
            label: qsTr("Concern")
            value: journey.concernLabel
            changeName: "edit_1"
            onChange: journey.edit(1)
            Layout.fillWidth: true
        }
        SummaryRow {
            objectName: "summaryContact"
            label: qsTr("Name and phone")
            value: journey.name + "\n" + journey.phoneDisplay
                   + (journey.bgDisplay !== "" ? "\n" + qsTr("BG number: %1").arg(Theme.ltr(journey.bgDisplay)) : "")
            changeName: "edit_2"
            onChange: journey.edit(2)
            Layout.fillWidth: true
        }
        SummaryRow {
            objectName: "summaryTimes"
            label: qsTr("Times for the call")
            value: journey.chosenWindows.join("\n")
                   + (journey.note !== "" ? "\n" + qsTr("Your note: %1").arg(journey.note) : "")
            changeName: "edit_3"
            onChange: journey.edit(3)
            Layout.fillWidth: true
        }
    }
    ErrorText {
        objectName: "submitError"
        text: journey.submitError
        Layout.fillWidth: true
    }
}
