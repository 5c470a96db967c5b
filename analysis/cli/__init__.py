"""The command line: ``python -m analysis analyze …`` and ``python -m analysis corpus …``."""
