"""resolution-intake: turns a campaign inbox into reviewed, published resolutions."""

__version__ = "0.1.0"
