"""The node-output parsers (`checks/outputs/`) on real output: the runbook's samples and what was captured on
the lab's nodes, healthy and under faults (`tests/fixtures/lab/NODE.COMMAND[.FAULT].txt`), one module per
command family; `samples.py` holds what they share.

Inline texts that are not from those two sources are marked as constructed, with where their format is from.
"""
