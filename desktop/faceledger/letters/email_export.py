"""A letter as e-mail: an .eml file addressed to the holder (or the regulator), and a mailto: link.

The .eml is UTF-8 multipart/alternative (plain text and the same letter as HTML), optionally with the
PDF attached, and carries ``X-Unsent: 1`` so Outlook opens it as a draft to send. Nothing is sent by
FaceLedger: the user's own mail client sends it.

mailto: links are limited in practice (about 2,000 characters on Windows and in several clients), and
Chinese text grows ninefold when percent-encoded, so most letters do not fit. :func:`mailto_link`
then returns a link with the recipient, subject and a one-line body asking to paste the letter, with
``complete=False``: the caller puts the full text on the clipboard or opens the .eml instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

from faceledger.errors import FaceLedgerError

MAILTO_MAX_CHARS = 2000
PASTE_NOTE = "（信件正文已复制到剪贴板，请粘贴到此处。）\n(The letter text is on the clipboard: paste it here.)"


def _address(name: str | None, email: str) -> Address:
    local, _, domain = email.rpartition("@")
    return Address(display_name=name or "", username=local, domain=domain)


def build_eml(*, to_email: str | None, to_name: str | None, from_email: str | None, from_name: str | None,
              subject: str, text: str, html: str | None = None, reference: str | None = None,
              attachment: tuple[str, bytes, str] | None = None, when: datetime | None = None) -> bytes:
    """The message as bytes (CRLF line ends). ``attachment`` is (filename, data, media type)."""
    if not to_email:
        raise FaceLedgerError("The recipient has no e-mail address, so no e-mail can be made.",
                              "Add the holder's e-mail in the ledger (or the regulator's in the letter), "
                              "or export a PDF and send it by post.",
                              zh="收件方没有电子邮箱地址，无法生成电子邮件。",
                              hint_zh=("请在账本中填写持有方的电子邮箱（或在信函中填写监管部门的邮箱），或者导出 "
                                       "PDF 邮寄。"))
    from faceledger.safetext import header_value

    # a CR or LF in a name, the subject or the reference would start a header of its own (Bcc: ...): refused
    to_name = header_value(to_name or "", "recipient's name", "收件方名称")
    to_email = header_value(to_email, "recipient's e-mail address", "收件方电子邮箱")
    from_name = header_value(from_name or "", "sender's name", "发件人姓名")
    from_email = header_value(from_email, "sender's e-mail address", "发件人电子邮箱") if from_email else None
    subject = header_value(subject, "subject", "邮件主题")
    reference = header_value(reference, "reference", "编号") if reference else None
    msg = EmailMessage()
    msg["To"] = _address(to_name, to_email)
    if from_email:
        msg["From"] = _address(from_name, from_email)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or datetime.now().astimezone())
    domain = from_email.rpartition("@")[2] if from_email else "faceledger.invalid"
    msg["Message-ID"] = make_msgid(domain=domain)
    if reference:
        msg["X-FaceLedger-Reference"] = reference
    msg["X-Unsent"] = "1"
    msg.set_content(text, subtype="plain", charset="utf-8")
    if html is not None:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    if attachment is not None:
        name, data, media = attachment
        maintype, _, subtype = media.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    from email import policy

    return msg.as_bytes(policy=policy.SMTP)


@dataclass(frozen=True)
class MailtoLink:
    url: str
    complete: bool          # False: the body did not fit; put the text on the clipboard / open the .eml
    body: str               # the full body the user should send


def mailto_link(to_email: str | None, subject: str, body: str, *, max_chars: int = MAILTO_MAX_CHARS) -> MailtoLink:
    def url(b: str) -> str:
        params = f"subject={quote(subject, safe='')}"
        if b:
            params += f"&body={quote(b.replace(chr(10), chr(13) + chr(10)), safe='')}"
        return f"mailto:{quote(to_email or '', safe='@')}?{params}"

    full = url(body)
    if len(full) <= max_chars:
        return MailtoLink(full, True, body)
    return MailtoLink(url(PASTE_NOTE), False, body)
