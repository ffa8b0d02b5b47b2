"""One rule for outside strings: control characters and direction overrides are shown, never obeyed."""

from summariser.escaping import visible


def test_control_characters_and_overrides_become_visible_escapes() -> None:
    assert visible("a\x1b[31mred\x07\r\x9b2J\u202eevil") == "a\\x1b[31mred\\x07\\x0d\\x9b2J\\u202eevil"
    assert visible("two\nlines\tand tab") == "two\nlines\tand tab"
    assert visible("two\nlines\tand tab", one_line=True) == "two\\x0alines\\x09and tab"
    assert visible("Ünïcödé and emoji 👍 stay") == "Ünïcödé and emoji 👍 stay"
