"""The Slack stand-in (`tests/slack_standin/`), proved against the real clients: slack_sdk's WebClient, its
built-in Socket Mode client, slack_bolt, and slack_sdk's SignatureVerifier; one module per part of the
stand-in (Web API, Socket Mode, HTTP mode). No sleeps: every wait is on a condition or an event, with a
timeout."""
