"""The analysis pipeline: extraction steps (mentions, topics, stances) that turn a document and a lexicon into tidy frames, and the frames' schema."""
