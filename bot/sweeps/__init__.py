"""Sweeps: every node-level step on every node (`run`), stored with what is new and resolved
(`history`), on a schedule across replicas (`nightly`; the cron reading is bot/cron.py, shared with the settings). Posting a summary is the interface's
business: the nightly job is handed a publisher (bot/slack/summary.py) and imports no Slack."""
