import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt Virtual Keyboard inside the window (a kiosk has no system keyboard). It takes room at the
// bottom only while a field is being edited, so the page above shrinks and scrolls. Its layout
// follows the displayed language where Qt has one; phone and BG fields get the number pad
// through their inputMethodHints.
Item {
    id: keyboard
    objectName: "onScreenKeyboard"
    readonly property bool active: panel.active
    readonly property string layout: VirtualKeyboardSettings.locale
    implicitHeight: panel.active ? panel.height : 0
    visible: panel.active
    // The keyboard's own layouts are already right-to-left where the language is; mirroring
    // them again would reverse the keys.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    Rectangle {
        anchors.fill: parent
        color: "#000000"
    }
    InputPanel {
        id: panel
        objectName: "inputPanel"
        // Full width would make the keys huge and leave no room for the page.
        width: Math.min(parent.width, Math.round(1400 * Theme.scale))
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
    }

    // Qt's layout names where they differ from the displayed language's locale name.
    readonly property var layoutNames: ({ "ar": "ar_AR", "en": "en_GB", "de": "de_DE" })
    function keyboardLocale(wanted) {
        var available = VirtualKeyboardSettings.availableLocales
        if (available.indexOf(wanted) >= 0)
            return wanted
        var language = wanted.split("_")[0]
        for (var i = 0; i < available.length; ++i) {
            if (available[i].split("_")[0] === language)
                return available[i]
        }
        // The list of layouts can still be empty while the panel starts.
        return layoutNames[language] || wanted
    }
    function followLanguage() {
        var locale = keyboardLocale(languages.localeName)
        // The language's own layout first, and German for what staff must read (a street,
        // an e-mail address): the globe key switches between them.
        var active = [locale]
        if (locale !== "de_DE")
            active.push("de_DE")
        // The settings are one object for the whole process: set only what changes.
        if (String(VirtualKeyboardSettings.activeLocales) !== String(active))
            VirtualKeyboardSettings.activeLocales = active
        if (VirtualKeyboardSettings.locale !== locale)
            VirtualKeyboardSettings.locale = locale
    }
    Connections {
        target: languages
        function onChanged() { keyboard.followLanguage() }
    }
    Component.onCompleted: followLanguage()
}
