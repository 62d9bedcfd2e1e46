"""`podnet serve`'s observability: the health server, the metrics, structured logs with redaction, the
counted Slack retries and what the engine reports for them, their settings, and the real process end to end.
Real servers on 127.0.0.1, no sleeps: every wait is on an event or a condition, with a timeout."""
