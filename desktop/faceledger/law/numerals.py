"""Chinese numerals for article labels (第四十七条, 第一千零三十二条)."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def chinese_number(n: int) -> str:
    """The Chinese numeral of 1 <= n <= 9999 as Chinese statutes write it (十五, 一百一十一, 一千零三十二)."""
    if not 1 <= n <= 9999:
        raise ValueError(f"article number out of range: {n}")
    out: list[str] = []
    zero_pending = False
    rest = n
    for value, unit in _UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if zero_pending:
                out.append("零")
                zero_pending = False
            # 10-19 at the top: 十五 (not 一十五); inside a larger number: 一百一十一
            if not (value == 10 and digit == 1 and not out):
                out.append(_DIGITS[digit])
            out.append(unit)
        elif out and rest:
            zero_pending = True
    if rest:
        if zero_pending:
            out.append("零")
        out.append(_DIGITS[rest])
    return "".join(out)


def article_label_zh(number: int) -> str:
    """第四十七条."""
    return f"第{chinese_number(number)}条"
