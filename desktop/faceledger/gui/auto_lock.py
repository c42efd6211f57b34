"""When to lock the vault by itself: after some idle minutes, and when the screen locks.

    idle = IdleLock(minutes=10, parent=window)      # 0 = never; idle.idle fires once per idle period
    idle.idle.connect(window.lock)
    screen = ScreenLockWatcher(window)              # Linux desktops that say so on D-Bus
    screen.screen_locked.connect(window.lock)

Idle means no key press, mouse button, wheel or mouse move anywhere in the app. Screen locking is
heard from the freedesktop and GNOME screen savers' ``ActiveChanged(true)`` D-Bus signal on the
session bus (KDE Plasma, GNOME, Xfce, Cinnamon, MATE implement one of them). Other platforms: not
watched (``ScreenLockWatcher.watching`` says so); the idle lock still applies.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

MS_PER_MINUTE = 60_000
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}


class IdleLock(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.minutes = 0
        QCoreApplication.instance().installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        if self.minutes:
            self.timer.setInterval(self.minutes * MS_PER_MINUTE)
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if self.minutes and event.type() in _INPUT:
            self.timer.start()
        return False


# (object path, interface): the signal is taken from whichever process owns the screen saver's name (the
# desktop's own, under a name Qt cannot know before it starts), so no sender is required; a local process
# that fakes it can only make FaceLedger lock.
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.watching: list[str] = []
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for path, iface in SCREEN_SAVERS:
            if bus.connect("", path, iface, "ActiveChanged", self, SLOT("active_changed(bool)")):
                self.watching.append(f"{iface} {path}")

    @Slot(bool)
    def active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
