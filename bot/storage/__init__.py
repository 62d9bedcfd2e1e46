"""What podnet remembers, in one database (SQLite or PostgreSQL): Slack event ids, diagnoses and the
reports behind verdicts (`store`); the connection shared by everything that stores (`db`)."""
