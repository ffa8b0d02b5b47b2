"""Where answers come from besides an API: the embedded local model, and recorded cassettes."""
