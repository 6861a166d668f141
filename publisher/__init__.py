"""Renders approved resolutions for publication. Takes plain records; never sees raw mail."""
