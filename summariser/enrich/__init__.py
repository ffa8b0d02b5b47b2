"""Stage 4, enrich: what code finds beside the model's answers, each finder family by its id
(summariser/finders.py): people a parser tags, counts, gifts, treaties, and their forms in other languages.
One runner (runner.py) runs them in one signature, in the order registry.py gives. The finders themselves live
with their fact kind (summariser/kinds/<kind>/finders/); origin.py marks what they add."""
