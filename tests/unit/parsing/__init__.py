"""The paste parser: hand-made examples per format, a corpus of real pasted messages, and a 1 MB paste."""
