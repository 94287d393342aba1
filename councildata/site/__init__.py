"""The German site for journalists, on top of Datasette: labels, front page,
row pages, Atom feeds and charts. Registered as its own Datasette plugin
(``councildata.site.plugin``, an entry point in pyproject.toml); templates
are in ``publish/templates``, the German words in ``publish/labels.yaml``.
"""
