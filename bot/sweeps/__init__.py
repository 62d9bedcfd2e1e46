"""Sweeps: every node-level step on every node (`run`), stored with what is new and resolved
(`history`), on a schedule across replicas (`nightly`; bot/cron.py reads the cron expression, for the
settings too). Posting a summary is the interface's business: the nightly job is handed a publisher
(bot/slack/summary.py) and imports no Slack."""
