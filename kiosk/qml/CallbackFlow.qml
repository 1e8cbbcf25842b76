import QtQuick
import QtQuick.Layouts

// The callback journey: step header, the current step, and one action bar.
Item {
    id: flow
    readonly property bool onReceipt: journey.page > journey.stepCount
    readonly property var titles: [
        qsTr("What is your call about?"),
        qsTr("How can we reach you?"),
        qsTr("When may we call you?"),
        qsTr("Your details are protected"),
        qsTr("Is everything correct?")
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        spacing: Theme.gap

        StepHeader {
            visible: !flow.onReceipt
            compact: Theme.keyboardOpen
            step: Math.min(journey.page, journey.stepCount)
            count: journey.stepCount
            title: flow.onReceipt ? "" : flow.titles[journey.page - 1]
            Layout.fillWidth: true
        }

        StackLayout {
            objectName: "callbackPages"
            currentIndex: journey.page - 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            ConcernPage {}
            ContactPage {}
            TimePage {}
            PrivacyPage {}
            SummaryPage {}
            ReceiptPage {}
        }

        // The step's actions: always in view, whatever the page above holds.
        RowLayout {
            visible: !flow.onReceipt
            spacing: Theme.gapLarge
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gap
            SecondaryButton {
                objectName: "backButton"
                text: journey.page === 1 ? qsTr("Back to start") : qsTr("Back")
                onClicked: journey.back()
            }
            Item {
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "nextButton"
                visible: journey.page > 1 && journey.page < journey.stepCount
                text: journey.returnsToSummary ? qsTr("Back to the summary") : qsTr("Next")
                Layout.maximumWidth: flow.width * 0.6
                onClicked: journey.next()
            }
            PrimaryButton {
                objectName: "submitButton"
                visible: journey.page === journey.stepCount && (journey.submitError === "" || journey.canRetry)
                text: journey.submitError !== "" ? qsTr("Try again") : qsTr("Send request")
                Layout.maximumWidth: flow.width * 0.6
                onClicked: journey.submit()
            }
        }
    }
}
