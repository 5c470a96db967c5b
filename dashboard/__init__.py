"""The dashboard's shared code, imported by ``app.py`` and the pages: loading the cached analysis,
the sidebar filters and the URL, labels, and drawing helpers. Pages stay short scripts."""
