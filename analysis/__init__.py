"""Marsad's analysis core: Arabic news text in, tidy pandas frames out.

Importing the package is cheap on purpose (no deep-learning framework, no Streamlit): the
submodules are imported where they are used. ``analysis.extract.pipeline.analyze`` is the entry point.
"""

__version__ = "0.1.0"
