import summariser


def test_public_names_are_pinned() -> None:
    assert summariser.__all__ == [
        "Article",
        "ConfigError",
        "ExtractionError",
        "FatalProviderError",
        "InputError",
        "LimitError",
        "ProviderError",
        "ReplayMissError",
        "Settings",
        "SummariserError",
        "Summary",
        "asummarise",
        "json_schemas",
        "load_articles",
        "summarise",
    ]
    assert summariser.__all__ == sorted(summariser.__all__)
    for name in summariser.__all__:
        assert getattr(summariser, name) is not None


def test_json_schemas_are_exported() -> None:
    schemas = summariser.json_schemas()
    assert set(schemas) == {"extraction", "gifts", "actors", "military", "summary"}
    assert schemas["extraction"]["properties"]["gifts"]["items"]["prefixItems"][0] == {"type": "integer"}
    gift = schemas["gifts"]["$defs"]["Gift"]
    assert "evidence" in gift["required"] and gift["additionalProperties"] is False
