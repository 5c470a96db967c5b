"""Documents and where they come from and go: ingest of files, saved pages and uploads, the SQLite store, the seeds, exports of frames."""
