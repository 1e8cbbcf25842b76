import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt Virtual Keyboard inside the window (a kiosk has no system keyboard). It takes room at the
// bottom only while a field is being edited, so the page above shrinks and scrolls to the
// field. Its keys span the whole width it is given, and it takes at most 40 % of the window's
// height (the page needs the rest). Its layout follows the displayed language
// where Qt has one; phone and BG fields get the number pad through their inputMethodHints.
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

    InputPanel {
        id: panel
        objectName: "inputPanel"
        width: parent.width
        anchors.bottom: parent.bottom
    }
    readonly property int maximumHeight: Math.round((keyboard.Window.height > 0 ? keyboard.Window.height : 1080) * 0.4)
    Binding {
        target: panel.keyboard.style
        property: "keyboardDesignMaximumHeight"
        value: keyboard.maximumHeight
        when: panel.keyboard.style !== null
    }
    // Qt's built-in styles are drawn at 2560x800. On a wide screen that shape would be taller
    // than the cap, and Qt would then shrink the whole key area and centre it with empty sides;
    // a flatter design shape instead makes the same height span the width: wider keys, and
    // labels that grow with them.
    Binding {
        target: panel.keyboard.style
        property: "keyboardDesignHeight"
        value: panel.keyboard.style
               ? Math.min(800, panel.keyboard.style.keyboardDesignWidth * keyboard.maximumHeight
                               / Math.max(1, keyboard.width))
               : 800
        when: panel.keyboard.style !== null && keyboard.width > 0
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
