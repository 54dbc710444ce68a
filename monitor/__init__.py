"""The moderation worker: config, store, policy, actions, alerts, audit and the actors
that tie them to the platform connectors and classifiers."""

__version__ = "0.1.0"
