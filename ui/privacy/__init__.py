"""AVG: consent, retention review, inzageverzoek, vergeetrecht, sensitive text, audit log."""
