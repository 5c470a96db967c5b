"""What the dashboard's views compute, with no Streamlit: filters and evidence, comparison, co-occurrence, summaries, highlight spans, suggestions."""
