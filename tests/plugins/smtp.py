"""Real SMTP server fixtures (aiosmtpd). Filled in with the email notifier."""
