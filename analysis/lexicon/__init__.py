"""Lexicon folders (subjects): reading and validating the CSV files, language resources, and saving an analyst's edits."""
