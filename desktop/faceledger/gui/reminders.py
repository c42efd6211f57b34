"""Deadline reminders: open requests whose reply is due soon or overdue, in the app and in the system tray.

    reminders = Reminders(ctx, window)          # the main window creates it once a vault is open
    reminders.changed.connect(show_in_app)      # list[ReminderItem], refreshed on ledger changes and hourly
    reminders.open_requested.connect(window.show_page_letters)

The tray icon appears only where ``QSystemTrayIcon.isSystemTrayAvailable()``; a tray message is shown
once per request when it becomes overdue (not on every refresh). Everything reads the vault on the GUI
thread: the queries are small.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from faceledger.gui.context import AppContext
from faceledger.ledger.model import Request

DUE_SOON_DAYS = 3
REFRESH_MS = 60 * 60 * 1000


@dataclass(frozen=True)
class ReminderItem:
    request: Request
    holder: str
    due: date
    overdue: bool
    next_letter: str | None     # "followup" / "complaint" for overdue or refused requests


class Reminders(QObject):
    changed = Signal(list)          # list[ReminderItem]
    open_requested = Signal()       # the user clicked the tray icon or its message

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, tray: bool = True,
                 today=None):
        super().__init__(parent)
        self.ctx = ctx
        self._today = today           # a callable returning the date (tests); None: date.today()
        self.items: list[ReminderItem] = []
        self._notified: set[int] = set()
        self.tray = None
        if tray:
            self._make_tray()
        ctx.ledger_changed.connect(self.refresh)
        ctx.vault_changed.connect(self._vault_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def today(self) -> date:
        return self._today() if self._today else date.today()

    # ------------------------------------------------------------ data
    def refresh(self) -> list[ReminderItem]:
        vault = self.ctx.vault
        items: list[ReminderItem] = []
        if vault is not None:
            from faceledger.ledger import store
            from faceledger.letters.record import next_steps

            today = self.today()
            holders = {h.id: h.name_zh for h in store.list_holders(vault)}
            steps = {s.request.id: s.letter_type for s in next_steps(vault, today)}
            horizon = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
            for r in store.list_requests(vault, state="open"):
                if r.state not in ("sent", "awaiting") or not r.due_date or r.due_date > horizon:
                    continue
                items.append(ReminderItem(r, holders.get(r.holder_id, "?"), date.fromisoformat(r.due_date),
                                          r.is_overdue(today), steps.get(r.id)))
            for rid, kind in steps.items():
                if not any(i.request.id == rid for i in items):
                    r = store.get_request(vault, rid)
                    due = date.fromisoformat(r.due_date) if r.due_date else today
                    items.append(ReminderItem(r, holders.get(r.holder_id, "?"), due, True, kind))
            items.sort(key=lambda i: (not i.overdue, i.due))
        self.items = items
        self._update_tray()
        self.changed.emit(items)
        return items

    def _vault_changed(self) -> None:
        self._notified.clear()
        self.refresh()

    @property
    def overdue(self) -> list[ReminderItem]:
        return [i for i in self.items if i.overdue]

    def messages(self) -> list[str]:
        """One line per item, in the UI language (for the window's own list and the tray)."""
        from faceledger.gui.pages import letters_labels as LL

        kinds = LL.letter_type_labels()
        out = []
        for i in self.items:
            if i.overdue:
                out.append(LL.reminder_overdue(i.holder, i.due.isoformat(), kinds.get(i.next_letter or "followup", "")))
            else:
                out.append(LL.reminder_due_soon(i.holder, i.due.isoformat()))
        return out

    # ------------------------------------------------------------ tray
    def set_tray(self, wanted: bool) -> None:
        """Show the tray icon (when the system has a tray) or take it away: the Settings check box."""
        if wanted and self.tray is None:
            self._make_tray()
            self._update_tray()
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _make_tray(self) -> None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        from faceledger.gui.pages import letters_labels as LL
        from faceledger.paths import resource

        icon_path = resource("icons", "faceledger.svg")
        tray = QSystemTrayIcon(QIcon(str(icon_path)) if icon_path.exists() else QIcon(), self)
        menu = QMenu()
        menu.addAction(LL.show_window(), self.open_requested.emit)
        tray.setContextMenu(menu)
        self._menu = menu
        tray.activated.connect(lambda _reason: self.open_requested.emit())
        tray.messageClicked.connect(self.open_requested.emit)
        self.tray = tray

    def _update_tray(self) -> None:
        if self.tray is None:
            return
        from faceledger.gui.pages import letters_labels as LL

        overdue = self.overdue
        soon = len(self.items) - len(overdue)
        self.tray.setToolTip(f"{LL.reminder_title()}\n{LL.reminder_summary(len(overdue), soon)}")
        self.tray.setVisible(bool(self.items))
        fresh = [i for i in overdue if i.request.id not in self._notified]
        if fresh:
            self._notified.update(i.request.id for i in fresh)
            lines = [m for m, i in zip(self.messages(), self.items) if i in fresh]
            self.tray.showMessage(LL.reminder_title(), "\n".join(lines[:5]))
